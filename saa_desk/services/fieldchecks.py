"""Checks a screen runs while the user types, before anything is saved: the same validators the
save runs, so a field is refused live for exactly the reason the save would refuse it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from saa_desk.domain.beneficiary import validate_beneficiary, validate_household
from saa_desk.domain.errors import ValidationError, ValidationErrors
from saa_desk.domain.identity import validate_identity
from saa_desk.services.context import today
from saa_desk.store.database import Store


def beneficiary_problems(store: Store, data: Mapping[str, Any]) -> list[ValidationError]:
    """Every reason the beneficiary's data would be refused today (none: it would be accepted)."""
    try:
        validate_beneficiary(data, today(store))
    except ValidationErrors as exc:
        return list(exc.errors)
    except ValidationError as exc:
        return [exc]
    return []


def check_member(store: Store, member: Mapping[str, Any]) -> dict[str, Any]:
    """Validate one household member; returns it as the core will store it."""
    entry = validate_household([member], today(store))[0]
    return {"name": entry.name, "relation": entry.relation,
            "birth_date": entry.birth_date.isoformat() if entry.birth_date else None}


def clean_id_number(id_type: object, number: object, passport_country: object) -> str | None:
    """The ID number as the core stores it, or None while it is not valid yet."""
    try:
        return validate_identity(id_type, number, passport_country).number
    except ValidationError:
        return None


def whole_number(value: object, field: str, low: int, high: int) -> int:
    """A setting typed as a whole number (text or int), within [low, high]; else the error names `field`."""
    if isinstance(value, bool):
        raise ValidationError("not_a_number", field)
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError("not_a_number", field) from None
    if not low <= number <= high:
        raise ValidationError("out_of_range", field, min=low, max=high)
    return number
