"""What a write changed: the kinds of record and the ids, computed from the rows actually written.

Nobody declares what they change. The store's `before_flush` hook (capture.py) notes every row a
write session adds, edits or deletes, and the pull notes the rows it applied with raw SQL; when the
transaction commits, `Store.write` hands the change set to every `collect()` open on this thread.

Why a collector and not a return value: every service already runs in `Store.write` (through
`services.context.unit` or directly), so collecting there covers all of them without changing one
service's signature, and a caller that does not care (the CLI, the tests) pays nothing. Collectors
live in a context variable, so each thread (a GUI worker, the sync) sees only its own writes, and
collectors nest: `sync_once` collects for its summary while the GUI's job collects for its screens.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

CHANGES_KEY = "saa_changes"  # session.info: table -> ids written in this transaction


class Kind(enum.Flag):
    """The kinds of record screens show; a screen refreshes for the kinds that concern it."""

    NONE = 0
    BENEFICIARIES = enum.auto()
    REQUESTS = enum.auto()
    DOCUMENTS = enum.auto()
    DECLARATIONS = enum.auto()
    INTERACTIONS = enum.auto()
    DRAFTS = enum.auto()
    USERS = enum.auto()
    SETTINGS = enum.auto()
    AUDIT = enum.auto()
    LIBRARY = enum.auto()
    CATALOGUE = enum.auto()
    ALL = (BENEFICIARIES | REQUESTS | DOCUMENTS | DECLARATIONS | INTERACTIONS | DRAFTS | USERS | SETTINGS
           | AUDIT | LIBRARY | CATALOGUE)


# Tables not here (the outbox, counters, conflict and quarantine logs) are sync bookkeeping.
TABLE_KIND: dict[str, Kind] = {
    "users": Kind.USERS,
    "beneficiaries": Kind.BENEFICIARIES,
    "household_members": Kind.BENEFICIARIES,
    "requests": Kind.REQUESTS,
    "status_transitions": Kind.REQUESTS,
    "referrals": Kind.REQUESTS,
    "committee_meetings": Kind.REQUESTS,
    "meeting_members": Kind.REQUESTS,
    "agenda_items": Kind.REQUESTS,
    "decisions": Kind.REQUESTS,
    "research_reports": Kind.REQUESTS,
    "checklist_items": Kind.DOCUMENTS,
    "declarations": Kind.DECLARATIONS,
    "declaration_signatures": Kind.DECLARATIONS,
    "print_records": Kind.DECLARATIONS,
    "interactions": Kind.INTERACTIONS,
    "satisfaction_surveys": Kind.INTERACTIONS,
    "notifications": Kind.INTERACTIONS,  # reception's "to notify" list; done with an interaction
    "library_documents": Kind.LIBRARY,
    "catalogue_versions": Kind.CATALOGUE,
    "audit_events": Kind.AUDIT,
    "desk_settings": Kind.SETTINGS,
    "interview_drafts": Kind.DRAFTS,
}


# Beyond this many rows of one table a change set keeps only that the table changed: a first pull
# of 1,000,000 beneficiaries kept 2,000,000 ids and copied them at every page (a union per page),
# and no screen needs the ids of a change that large: it re-reads what it shows.
MAX_IDS = 1000


@dataclass(frozen=True)
class ChangeSet:
    """table -> ids of the rows written; `kinds` says which kinds of record that touches. A table
    in `many` had more than MAX_IDS rows written: its ids are not kept (`ids` leaves them out)."""

    rows: Mapping[str, frozenset[str]] = field(default_factory=dict)
    many: frozenset[str] = frozenset()

    @classmethod
    def of(cls, written: Mapping[str, Iterable[str]], many: Iterable[str] = ()) -> ChangeSet:
        kept: dict[str, frozenset[str]] = {}
        over = {t for t in many if t in TABLE_KIND}
        for table, ids in written.items():
            if table not in TABLE_KIND or table in over:
                continue
            ids = frozenset(ids)
            if len(ids) > MAX_IDS:
                over.add(table)
            elif ids:
                kept[table] = ids
        return cls(kept, frozenset(over))

    @property
    def kinds(self) -> Kind:
        kinds = Kind.NONE
        for table in (*self.rows, *self.many):
            kinds |= TABLE_KIND[table]
        return kinds

    def touches(self, kinds: Kind) -> bool:
        return bool(self.kinds & kinds)

    def ids(self, kind: Kind) -> frozenset[str]:
        """Ids written in the tables of `kind` (e.g. Kind.BENEFICIARIES: beneficiaries and members);
        incomplete when `complete(kind)` is False."""
        return frozenset().union(*(ids for t, ids in self.rows.items() if TABLE_KIND[t] & kind))

    def complete(self, kind: Kind) -> bool:
        """Whether `ids(kind)` names every row written of that kind."""
        return not any(TABLE_KIND[t] & kind for t in self.many)

    def __bool__(self) -> bool:
        return bool(self.rows) or bool(self.many)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        merged = {t: set(ids) for t, ids in self.rows.items()}
        for t, ids in other.rows.items():
            merged.setdefault(t, set()).update(ids)
        return ChangeSet.of(merged, self.many | other.many)


NOTHING = ChangeSet()


def note(info: dict[str, Any], table: str, ids: Iterable[str]) -> None:
    """Remember rows written in the session whose `info` this is (until it commits)."""
    if table in TABLE_KIND:
        info.setdefault(CHANGES_KEY, {}).setdefault(table, set()).update(ids)


class Collector:
    def __init__(self) -> None:
        self.changes = NOTHING

    def add(self, changes: ChangeSet) -> None:
        self.changes = self.changes | changes


_collectors: ContextVar[tuple[Collector, ...]] = ContextVar("saa_change_collectors", default=())


@contextmanager
def collect() -> Iterator[Collector]:
    """Gather the change sets of every transaction this thread commits inside the block."""
    collector = Collector()
    token = _collectors.set((*_collectors.get(), collector))
    try:
        yield collector
    finally:
        _collectors.reset(token)


def committed(written: Mapping[str, Iterable[str]] | None) -> None:
    """A transaction committed these rows: tell the open collectors (Store.write calls this)."""
    collectors = _collectors.get()
    if not collectors or not written:
        return
    changes = ChangeSet.of(written)
    if changes:
        for collector in collectors:
            collector.add(changes)
