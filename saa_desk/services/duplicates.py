"""The supervisor's merge of duplicates: one identity document registered offline at two desks.

A merge re-points the loser's mutable children (requests, household members) to the kept record,
tombstones the loser and points it at the kept record (`merged_into`). Append-only rows
(interactions, surveys, declarations, decisions) are history and keep pointing at the record they
were made for; the audit event of the merge lists them, so the loser's history stays reachable.

Supervisors merge offline, at several desks. So that their merges agree, the record that survives
a merge is always the older one (by creation time, then id), whichever the supervisor chose to
keep: two desks merging the same pair in opposite directions then tombstone the same record. When
the supervisor chose the newer record, its data is written onto the survivor. Sync finds the
duplicates and moves children stranded by merges made elsewhere (sync/duplicates.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from saa_desk.domain.beneficiary import BENEFICIARY_FIELDS
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
from saa_desk.sync.duplicates import DuplicateGroup, duplicate_groups
from saa_desk.sync.errors import MergeError


@dataclass(frozen=True)
class MergeResult:
    keep_id: str  # the record that survives: always the older of the two
    lose_id: str
    requests: tuple[str, ...]
    household: tuple[str, ...]
    history: dict[str, tuple[str, ...]]  # append-only rows still pointing at the loser, by table
    took: tuple[str, ...] = ()  # fields written onto the survivor from the record the supervisor chose


def list_duplicates(store: Store, actor: Actor) -> list[DuplicateGroup]:
    """For the supervisor's review screen."""
    with reading(store, actor, Permission.DUPLICATES_MERGE) as s:
        return duplicate_groups(s, None)


def _ids(session: Session, model: type[Any], beneficiary_id: str) -> tuple[str, ...]:
    return tuple(session.scalars(select(model.id).where(model.beneficiary_id == beneficiary_id)
                                 .order_by(model.id)))


def _survivor_first(a: Beneficiary, b: Beneficiary) -> tuple[Beneficiary, Beneficiary]:
    return (a, b) if (a.created_at, a.id) <= (b.created_at, b.id) else (b, a)


def _repoint(session: Session, model: type[Any], from_ids: Iterable[str], to_id: str) -> tuple[str, ...]:
    rows = list(session.scalars(select(model).where(model.beneficiary_id.in_(list(from_ids)),
                                                    model.deleted.is_(False)).order_by(model.id)))
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
