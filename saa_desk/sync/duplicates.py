"""Duplicates across desks: one identity document registered offline at two desks.

Sync keeps both records (nothing is silently dropped); this finds them after every pull, and a
supervisor merges them (services/duplicates.py). The record that survives a merge is always the
older one, so that merges made offline at several desks agree. Three records of one person merged
pairwise at different desks can still leave a child on a merged-away record; after every pull
`follow_merges` moves such children on along `merged_into` to the record that survives.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from saa_desk.store import audit
from saa_desk.store.database import Store
from saa_desk.store.models import Beneficiary, HouseholdMember, SupportRequest


@dataclass(frozen=True)
class DuplicateGroup:
    id_type: str
    id_number: str
    beneficiary_ids: tuple[str, ...]  # oldest record first: the usual one to keep
    origin_desks: tuple[str, ...]


_LIVE = Beneficiary.deleted.is_(False)
_FEW = 500  # up to this many touched records, look only at their documents


def _duplicate_keys(session: Session, among: list[str] | None) -> set[tuple[str, str]]:
    query = (select(Beneficiary.id_type, Beneficiary.id_number).where(_LIVE)
             .group_by(Beneficiary.id_type, Beneficiary.id_number).having(func.count() > 1))
    if among is not None and len(among) <= _FEW:
        numbers = set(session.scalars(select(Beneficiary.id_number).where(Beneficiary.id.in_(among), _LIVE)))
        query = query.where(Beneficiary.id_number.in_(numbers))
    return {(t, n) for t, n in session.execute(query)}


def duplicate_groups(session: Session, among: Iterable[str] | None) -> list[DuplicateGroup]:
    """Live beneficiaries sharing an identity document, in this session (optionally only the
    groups touching `among`)."""
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
        return duplicate_groups(s, among)


_CHILDREN = (SupportRequest, HouseholdMember)


def _stranded(model: type[Any]) -> Select[tuple[Any]]:
    """Live children of `model` on merged-away records. Written as IN (subquery) so that SQLite
    starts from the few merged-away records (a partial index) instead of scanning every child."""
    merged_away = select(Beneficiary.id).where(Beneficiary.merged_into.is_not(None), Beneficiary.deleted.is_(True))
    return select(model).where(model.beneficiary_id.in_(merged_away), model.deleted.is_(False))


def follow_merges(store: Store) -> int:
    """Move live children of merged-away records on to the live record their merges lead to (the
    end of the `merged_into` chain). Returns how many moved; one indexed query when none need to."""
    with store.read() as s:
        if not any(s.scalar(_stranded(m).with_only_columns(m.id).limit(1)) for m in _CHILDREN):
            return 0
    with store.write(None) as s:
        merged = {bid: str(into) for bid, into in s.execute(select(Beneficiary.id, Beneficiary.merged_into).where(
            Beneficiary.merged_into.is_not(None), Beneficiary.deleted.is_(True)))}
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
