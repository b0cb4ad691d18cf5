"""Validation of a beneficiary's data (the interview form, an import row, an API payload).

All fields are checked and every fault is reported at once, each naming its field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from saa_desk.domain.dates import validate_birth_date, validate_expiry
from saa_desk.domain.enums import Channel, Employment, Gender, MaritalStatus, Relation
from saa_desk.domain.errors import ValidationError, ValidationErrors
from saa_desk.domain.identity import IdType, validate_country, validate_identity
from saa_desk.domain.names import NAME_PARTS, validate_arabic_name_part, validate_latin_name
from saa_desk.domain.phone import normalise_mobile
from saa_desk.domain.text import ascii_digits, clean_text

MAX_INCOME = 10_000_000
MAX_HOUSEHOLD = 30
# "3,500 ريال", "٣٬٥٠٠ ر.س", "3 500 SAR": the currency and the thousands separators go.
_CURRENCY = re.compile(r"(ريالات|ريال|ر\.?\s?س\.?|sar|sr|riyals?)", re.IGNORECASE)
_GROUPING = re.compile(r"[,٬'\s\u00a0\u202f]")

BENEFICIARY_FIELDS: tuple[str, ...] = (
    "id_type", "id_number", "passport_country", "id_expiry", *NAME_PARTS, "latin_name", "gender",
    "birth_date", "nationality", "mobile", "city", "district", "address", "marital_status",
    "monthly_income", "employment", "health_notes", "preferred_channel", "notes",
)
_TEXT_LIMITS = {"city": 60, "district": 60, "address": 200}
_NOTE_LIMIT = 2000


def choice(enum: type[StrEnum], value: object, field: str, *, required: bool = False) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError("required", field)
        return None
    try:
        return enum(str(value).strip()).value
    except ValueError:
        raise ValidationError("unknown_choice", field, value=str(value)[:40]) from None


def parse_income(value: object, field: str = "monthly_income") -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError("not_a_number", field)
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str):
        raw = _CURRENCY.sub("", ascii_digits(value.strip()).replace("٫", "."))
        raw = _GROUPING.sub("", raw)
        if not re.fullmatch(r"\d{1,9}(\.0+)?", raw):
            raise ValidationError("not_a_number", field)
        number = int(raw.split(".")[0])
    else:
        raise ValidationError("not_a_number", field)
    if not 0 <= number <= MAX_INCOME:
        raise ValidationError("out_of_range", field, min=0, max=MAX_INCOME)
    return number


def validate_beneficiary(data: Mapping[str, Any], today: dt.date) -> dict[str, Any]:
    """Return clean values for every beneficiary field, or raise ValidationErrors naming each."""
    errors: list[ValidationError] = []
    clean: dict[str, Any] = {}

    def run(field: str, fn: Any) -> None:
        try:
            clean[field] = fn()
        except ValidationErrors as exc:
            errors.extend(exc.errors)
        except ValidationError as exc:
            errors.append(exc)

    run("_identity", lambda: validate_identity(
        data.get("id_type"), data.get("id_number"), data.get("passport_country")))
    identity = clean.pop("_identity", None)
    if identity is not None:
        clean["id_type"] = identity.id_type.value
        clean["id_number"] = identity.number
        clean["passport_country"] = identity.passport_country
    run("id_expiry", lambda: validate_expiry(data.get("id_expiry"), "id_expiry"))
    for part in NAME_PARTS:
        run(part, lambda part=part: validate_arabic_name_part(data.get(part), part))
    run("latin_name", lambda: validate_latin_name(data.get("latin_name")))
    run("gender", lambda: choice(Gender, data.get("gender"), "gender", required=True))
    run("birth_date", lambda: validate_birth_date(data.get("birth_date"), "birth_date", today))
    # A national ID holder is Saudi; don't add a second fault when only the number is wrong.
    default_nat = "SA" if str(data.get("id_type") or "").strip() == IdType.NATIONAL_ID.value else None
    run("nationality", lambda: validate_country(
        data.get("nationality") or default_nat, "nationality", required=True))
    run("mobile", lambda: normalise_mobile(data.get("mobile")))
    for field, limit in _TEXT_LIMITS.items():
        run(field, lambda f=field, n=limit: clean_text(data.get(f), f, max_length=n))
    run("marital_status", lambda: choice(MaritalStatus, data.get("marital_status"), "marital_status"))
    run("monthly_income", lambda: parse_income(data.get("monthly_income")))
    run("employment", lambda: choice(Employment, data.get("employment"), "employment"))
    for field in ("health_notes", "notes"):
        run(field, lambda f=field: clean_text(data.get(f), f, max_length=_NOTE_LIMIT, multiline=True))
    run("preferred_channel", lambda: choice(Channel, data.get("preferred_channel"), "preferred_channel"))
    if errors:
        raise ValidationErrors(errors)
    return clean


@dataclass(frozen=True)
class HouseholdEntry:
    name: str
    relation: str
    birth_date: dt.date | None


def validate_household(members: Sequence[Mapping[str, Any]], today: dt.date) -> list[HouseholdEntry]:
    if len(members) > MAX_HOUSEHOLD:
        raise ValidationError("out_of_range", "household", min=0, max=MAX_HOUSEHOLD)
    errors: list[ValidationError] = []
    result: list[HouseholdEntry] = []
    for index, member in enumerate(members):
        checks = (("name", lambda m: clean_text(m.get("name"), "member_name", max_length=160, required=True)),
                  ("relation", lambda m: choice(Relation, m.get("relation"), "relation", required=True)),
                  ("birth_date", lambda m: validate_birth_date(m.get("birth_date"), "member_birth_date", today)))
        values: dict[str, Any] = {}
        for key, check in checks:
            try:
                values[key] = check(member)
            except ValidationError as exc:
                exc.index = index  # which member, for the screen to point at
                errors.append(exc)
        if len(values) == len(checks):
            result.append(HouseholdEntry(values["name"] or "", values["relation"] or "", values["birth_date"]))
    if errors:
        raise ValidationErrors(errors)
    return result

