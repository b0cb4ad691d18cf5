"""Duplicates across desks: one identity document registered offline at two desks.

Sync keeps both records (nothing is silently dropped); this finds them and lets a supervisor merge
them. A merge re-points the loser's mutable children (requests, household members) to the kept
record, tombstones the loser and points it at the kept record (`merged_into`). Append-only rows
(interactions, surveys, declarations, decisions) are history and keep pointing at the record they
were made for; the audit event of the merge lists them, so the loser's history stays reachable.

Supervisors merge offline, at several desks. So that their merges agree, the record that survives
a merge is always the older one (by creation time, then id), whichever the supervisor chose to
keep: two desks merging the same pair in opposite directions then tombstone the same record. When
the supervisor chose the newer record, its data is written onto the survivor. Three records of one
person merged pairwise at different desks can still leave a child on a merged-away record; after
every pull `follow_merges` moves such children on along `merged_into` to the record that survives.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from saa_desk.domain.beneficiary import BENEFICIARY_FIELDS
from saa_desk.domain.permissions import Permission
from saa_desk.services import audit
from saa_desk.services.context import Actor, reading, unit
from saa_desk.store.database import Store
from saa_desk.store.models import (
    Beneficiary,
    Declaration,
    HouseholdMember,
    Interaction,
    SatisfactionSurvey,
    SupportRequest,
)
from saa_desk.sync.errors import MergeError


@dataclass(frozen=True)
class DuplicateGroup:
    id_type: str
    id_number: str
    beneficiary_ids: tuple[str, ...]  # oldest record first: the usual one to keep
    origin_desks: tuple[str, ...]


@dataclass(frozen=True)
class MergeResult:
    keep_id: str  # the record that survives: always the older of the two
    lose_id: str
    requests: tuple[str, ...]
    household: tuple[str, ...]
    history: dict[str, tuple[str, ...]]  # append-only rows still pointing at the loser, by table
    took: tuple[str, ...] = ()  # fields written onto the survivor from the record the supervisor chose


_LIVE = Beneficiary.deleted.is_(False)
_FEW = 500  # up to this many touched records, look only at their documents


def _duplicate_keys(session: Session, among: list[str] | None) -> set[tuple[str, str]]:
    query = (select(Beneficiary.id_type, Beneficiary.id_number).where(_LIVE)
             .group_by(Beneficiary.id_type, Beneficiary.id_number).having(func.count() > 1))
    if among is not None and len(among) <= _FEW:
        numbers = set(session.scalars(select(Beneficiary.id_number).where(Beneficiary.id.in_(among), _LIVE)))
        query = query.where(Beneficiary.id_number.in_(numbers))
    return {(t, n) for t, n in session.execute(query)}


def _groups(session: Session, among: Iterable[str] | None) -> list[DuplicateGroup]:
    wanted = None if among is None else list(among)
    if wanted == []:
        return []
    keys = _duplicate_keys(session, wanted)
    numbers = sorted({n for _t, n in keys})
    found: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for start in range(0, len(numbers), _FEW):
        rows = session.execute(
            select(Beneficiary.id_type, Beneficiary.id_number, Beneficiary.id, Beneficiary.origin_desk)
            .where(_LIVE, Beneficiary.id_number.in_(numbers[start:start + _FEW]))
            .order_by(Beneficiary.created_at, Beneficiary.id))
        for id_type, id_number, bid, desk in rows:
            if (id_type, id_number) in keys:
                found.setdefault((id_type, id_number), []).append((bid, desk))
    touched = set(wanted) if wanted is not None else None
    return [
        DuplicateGroup(t, n, tuple(b for b, _ in members), tuple(d for _, d in members))
        for (t, n), members in sorted(found.items())
        if touched is None or touched.intersection(b for b, _ in members)
    ]


def find_duplicates(store: Store, among: Iterable[str] | None = None) -> list[DuplicateGroup]:
    """Live beneficiaries sharing an identity document (optionally only groups touching `among`)."""
    with store.read() as s:
        return _groups(s, among)


def list_duplicates(store: Store, actor: Actor) -> list[DuplicateGroup]:
    """For the supervisor's review screen."""
    with reading(store, actor, Permission.DUPLICATES_MERGE) as s:
        return _groups(s, None)


def _ids(session: Session, model: type, beneficiary_id: str) -> tuple[str, ...]:
    return tuple(session.scalars(select(model.id).where(model.beneficiary_id == beneficiary_id)  # type: ignore[attr-defined]
                                 .order_by(model.id)))  # type: ignore[attr-defined]


def _survivor_first(a: Beneficiary, b: Beneficiary) -> tuple[Beneficiary, Beneficiary]:
    return (a, b) if (a.created_at, a.id) <= (b.created_at, b.id) else (b, a)


def _repoint(session: Session, model: type, from_ids: Iterable[str], to_id: str) -> tuple[str, ...]:
    rows = list(session.scalars(select(model).where(model.beneficiary_id.in_(list(from_ids)),  # type: ignore[attr-defined]
                                                    model.deleted.is_(False)).order_by(model.id)))  # type: ignore[attr-defined]
    for row in rows:
        row.beneficiary_id = to_id
    return tuple(r.id for r in rows)


def merge_duplicates(store: Store, actor: Actor, keep_id: str, lose_id: str) -> MergeResult:
    """Fold one of two records of the same person into the other (one transaction, audited).

    `keep_id` is the record whose data the supervisor keeps; the older record survives (see the
    module's docstring), so `MergeResult.keep_id` may be `lose_id`, now holding `keep_id`'s data."""
    if keep_id == lose_id:
        raise MergeError("merge_same_record")
    with unit(store, actor, Permission.DUPLICATES_MERGE) as u:
        chosen: Beneficiary = u.get(Beneficiary, keep_id, "beneficiary")
        other: Beneficiary = u.get(Beneficiary, lose_id, "beneficiary")
        if (chosen.id_type, chosen.id_number) != (other.id_type, other.id_number):
            raise MergeError("merge_not_duplicates")
        keep, lose = _survivor_first(chosen, other)
        taken = [f for f in BENEFICIARY_FIELDS if getattr(keep, f) != getattr(chosen, f)]
        for f in taken:
            setattr(keep, f, getattr(chosen, f))
        # Records merged into the loser earlier (perhaps at another desk) now lead to the survivor.
        earlier = list(u.session.scalars(select(Beneficiary).where(Beneficiary.merged_into == lose.id)))
        for record in earlier:
            record.merged_into = keep.id
        sources = [lose.id, *(r.id for r in earlier)]
        moved = {"requests": _repoint(u.session, SupportRequest, sources, keep.id),
                 "household": _repoint(u.session, HouseholdMember, sources, keep.id)}
        history = {name: ids for name, ids in (
            (model.__tablename__, _ids(u.session, model, lose.id))
            for model in (Interaction, SatisfactionSurvey, Declaration)) if ids}
        lose.deleted, lose.merged_into = True, keep.id
        u.session.flush()
        u.audit("beneficiary.merge", "beneficiaries", keep.id, lost=lose.id, chosen=chosen.id, took=taken,
                id_type=keep.id_type, id_number=keep.id_number, requests=list(moved["requests"]),
                household=list(moved["household"]), history={k: list(v) for k, v in history.items()})
        return MergeResult(keep.id, lose.id, moved["requests"], moved["household"], history, tuple(taken))


_CHILDREN = (SupportRequest, HouseholdMember)


def _stranded(model: type) -> Select[tuple[Any]]:
    """Live children of `model` on merged-away records. Written as IN (subquery) so that SQLite
    starts from the few merged-away records (a partial index) instead of scanning every child."""
    merged_away = select(Beneficiary.id).where(Beneficiary.merged_into.is_not(None), Beneficiary.deleted.is_(True))
    return select(model).where(model.beneficiary_id.in_(merged_away), model.deleted.is_(False))  # type: ignore[attr-defined]


def follow_merges(store: Store) -> int:
    """Move live children of merged-away records on to the live record their merges lead to (the
    end of the `merged_into` chain). Returns how many moved; one indexed query when none need to."""
    with store.read() as s:
        if not any(s.scalar(_stranded(m).with_only_columns(m.id).limit(1)) for m in _CHILDREN):  # type: ignore[attr-defined]
            return 0
    with store.write(None) as s:
        merged = dict(s.execute(select(Beneficiary.id, Beneficiary.merged_into).where(
            Beneficiary.merged_into.is_not(None), Beneficiary.deleted.is_(True))).all())
        ends = {bid: _chain_end(merged, bid) for bid in merged}
        live = set(s.scalars(select(Beneficiary.id).where(Beneficiary.id.in_(set(ends.values())), _LIVE)))
        moved: dict[str, dict[str, Any]] = {}
        for model in _CHILDREN:
            for row in s.scalars(_stranded(model)).all():
                end = ends[row.beneficiary_id]
                if end in live:  # not when the survivor has not been pulled yet, or was deleted
                    moved.setdefault(row.beneficiary_id, {"to": end, "rows": []})["rows"].append(row.id)
                    row.beneficiary_id = end
        if moved:
            s.flush()
            audit.append(s, None, "beneficiary.merge_followed", "beneficiaries", None, {"moved": moved})
        return sum(len(m["rows"]) for m in moved.values())


def _chain_end(merged: dict[str, str], start: str) -> str:
    """Where `merged_into` leads from `start`. Merges keep the older record, so the chain only
    goes to older records and cannot loop; the guard is for hand-edited data."""
    seen = {start}
    at = merged[start]
    while at in merged and at not in seen:
        seen.add(at)
        at = merged[at]
    return at
