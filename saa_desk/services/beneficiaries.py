"""Registering and updating beneficiaries, their household, and reading a beneficiary's file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from saa_desk.domain.beneficiary import (
    BENEFICIARY_FIELDS,
    HouseholdEntry,
    validate_beneficiary,
    validate_household,
)
from saa_desk.domain.errors import ValidationError
from saa_desk.domain.permissions import Permission
from saa_desk.services.context import Actor, Unit, live, reading, today, unit
from saa_desk.store.capture import new_id
from saa_desk.store.database import Store
from saa_desk.store.models import Beneficiary, HouseholdMember


class DuplicateBeneficiary(ValidationError):
    """The ID number is already registered; `existing_ids` lets the screen open that file."""

    def __init__(self, existing_ids: list[str]) -> None:
        super().__init__("duplicate_id", "id_number")
        self.existing_ids = existing_ids


@dataclass(frozen=True)
class HouseholdView:
    id: str
    name: str
    relation: str
    birth_date: dt.date | None


@dataclass(frozen=True)
class BeneficiaryView:
    id: str
    data: dict[str, Any]  # every field of BENEFICIARY_FIELDS
    household: list[HouseholdView] = field(default_factory=list)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    @property
    def full_name(self) -> str:
        d = self.data
        return " ".join((d["first_name"], d["father_name"], d["grandfather_name"], d["family_name"]))


def existing_with_id(session: Session, id_type: str, id_number: str) -> list[str]:
    return list(session.scalars(
        select(Beneficiary.id).where(Beneficiary.id_number == id_number,
                                     Beneficiary.id_type == id_type, Beneficiary.deleted.is_(False))
    ))


def view(session: Session, b: Beneficiary) -> BeneficiaryView:
    members = session.scalars(
        select(HouseholdMember).where(HouseholdMember.beneficiary_id == b.id,
                                      HouseholdMember.deleted.is_(False))
        .order_by(HouseholdMember.created_at, HouseholdMember.id)
    )
    return BeneficiaryView(
        b.id, {f: getattr(b, f) for f in BENEFICIARY_FIELDS},
        [HouseholdView(m.id, m.name, m.relation, m.birth_date) for m in members],
        b.created_at, b.updated_at,
    )


def add_beneficiary(u: Unit, clean: dict[str, Any], household: Sequence[Mapping[str, Any]] = (),
                    *, allow_duplicate: bool = False) -> Beneficiary:
    """Write one validated beneficiary and its household inside the caller's transaction."""
    members = validate_household(household, u.today)
    if not allow_duplicate:
        existing = existing_with_id(u.session, clean["id_type"], clean["id_number"])
        if existing:
            raise DuplicateBeneficiary(existing)
    b = Beneficiary(id=new_id(), **clean)
    u.session.add(b)
    for m in members:
        u.session.add(HouseholdMember(beneficiary_id=b.id, name=m.name, relation=m.relation,
                                      birth_date=m.birth_date))
    u.audit("beneficiary.register", "beneficiaries", b.id, household=len(members))
    return b


def register(store: Store, actor: Actor, data: Mapping[str, Any],
             household: Sequence[Mapping[str, Any]] = (), *, allow_duplicate: bool = False) -> str:
    """Register a new beneficiary. An ID already registered raises DuplicateBeneficiary unless the
    supervisor-level caller explicitly allows it (it is then reported for merging)."""
    actor.require(Permission.BENEFICIARY_WRITE)
    clean = validate_beneficiary(data, today(store))
    with unit(store, actor, Permission.BENEFICIARY_WRITE) as u:
        return add_beneficiary(u, clean, household, allow_duplicate=allow_duplicate).id


def update(store: Store, actor: Actor, beneficiary_id: str, changes: Mapping[str, Any]) -> list[str]:
    """Change some fields; returns the names of the fields that really changed."""
    with unit(store, actor, Permission.BENEFICIARY_WRITE) as u:
        b: Beneficiary = u.get(Beneficiary, beneficiary_id, "beneficiary")
        return apply_changes(u, b, validated_changes(u, b, changes))


def validated_changes(u: Unit, b: Beneficiary, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Every field of `b` after the changes, validated as a whole (an ID change is re-checked)."""
    unknown = [k for k in changes if k not in BENEFICIARY_FIELDS]
    if unknown:
        raise ValidationError("unknown_column", unknown[0], column=unknown[0])
    merged = {f: getattr(b, f) for f in BENEFICIARY_FIELDS} | dict(changes)
    return validate_beneficiary(merged, u.today)


def apply_changes(u: Unit, b: Beneficiary, clean: Mapping[str, Any]) -> list[str]:
    if (clean["id_type"], clean["id_number"]) != (b.id_type, b.id_number):
        others = [i for i in existing_with_id(u.session, clean["id_type"], clean["id_number"]) if i != b.id]
        if others:
            raise DuplicateBeneficiary(others)
    changed = [f for f in BENEFICIARY_FIELDS if getattr(b, f) != clean[f]]
    for f in changed:
        setattr(b, f, clean[f])
    if changed:
        u.audit("beneficiary.update", "beneficiaries", b.id, fields=changed)
    return changed


def replace_household(store: Store, actor: Actor, beneficiary_id: str,
                      members: Sequence[Mapping[str, Any]]) -> None:
    with unit(store, actor, Permission.BENEFICIARY_WRITE) as u:
        u.get(Beneficiary, beneficiary_id, "beneficiary")
        set_household(u, beneficiary_id, validate_household(members, u.today))


def set_household(u: Unit, beneficiary_id: str, members: Sequence[HouseholdEntry]) -> None:
    current = list(u.session.scalars(select(HouseholdMember).where(
        HouseholdMember.beneficiary_id == beneficiary_id, HouseholdMember.deleted.is_(False))))
    for old in current:
        old.deleted = True
    for m in members:
        u.session.add(HouseholdMember(beneficiary_id=beneficiary_id, name=m.name, relation=m.relation,
                                      birth_date=m.birth_date))
    u.audit("beneficiary.household", "beneficiaries", beneficiary_id, members=len(members))


def get(store: Store, actor: Actor, beneficiary_id: str) -> BeneficiaryView:
    with reading(store, actor) as s:
        return view(s, live(s, Beneficiary, beneficiary_id, "beneficiary"))


def find_by_id_number(store: Store, actor: Actor, id_number: str) -> list[str]:
    with reading(store, actor) as s:
        return list(s.scalars(select(Beneficiary.id).where(
            Beneficiary.id_number == id_number.strip().upper(), Beneficiary.deleted.is_(False))))
