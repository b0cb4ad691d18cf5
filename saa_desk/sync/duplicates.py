"""Duplicates across desks: one identity document registered offline at two desks.

Sync keeps both records (nothing is silently dropped); this finds them and lets a supervisor merge
them. A merge re-points the loser's mutable children (requests, household members) to the kept
record and tombstones the loser. Append-only rows (interactions, surveys, declarations, decisions)
are history and keep pointing at the record they were made for; the audit event of the merge lists
them, so the loser's history stays reachable.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from saa_desk.domain.permissions import Permission
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
    keep_id: str
    lose_id: str
    requests: tuple[str, ...]
    household: tuple[str, ...]
    history: dict[str, tuple[str, ...]]  # append-only rows still pointing at the loser, by table


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


def merge_duplicates(store: Store, actor: Actor, keep_id: str, lose_id: str) -> MergeResult:
    """Fold `lose_id` into `keep_id` (one transaction, audited)."""
    if keep_id == lose_id:
        raise MergeError("merge_same_record")
    with unit(store, actor, Permission.DUPLICATES_MERGE) as u:
        keep: Beneficiary = u.get(Beneficiary, keep_id, "beneficiary")
        lose: Beneficiary = u.get(Beneficiary, lose_id, "beneficiary")
        if (keep.id_type, keep.id_number) != (lose.id_type, lose.id_number):
            raise MergeError("merge_not_duplicates")
        moved: dict[str, tuple[str, ...]] = {}
        for key, model in (("requests", SupportRequest), ("household", HouseholdMember)):
            rows = list(u.session.scalars(select(model).where(model.beneficiary_id == lose.id)  # type: ignore[attr-defined]
                                          .order_by(model.id)))  # type: ignore[attr-defined]
            for row in rows:
                row.beneficiary_id = keep.id
            moved[key] = tuple(r.id for r in rows)
        history = {name: ids for name, ids in (
            (model.__tablename__, _ids(u.session, model, lose.id))
            for model in (Interaction, SatisfactionSurvey, Declaration)) if ids}
        lose.deleted = True
        u.session.flush()
        u.audit("beneficiary.merge", "beneficiaries", keep.id, lost=lose.id, id_type=keep.id_type,
                id_number=keep.id_number, requests=list(moved["requests"]),
                household=list(moved["household"]), history={k: list(v) for k, v in history.items()})
        return MergeResult(keep.id, lose.id, moved["requests"], moved["household"], history)
