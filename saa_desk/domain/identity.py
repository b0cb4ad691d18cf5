"""Identity documents: Saudi national ID, iqama (both Luhn-checked) and passports."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from saa_desk.domain.errors import ValidationError
from saa_desk.domain.text import ascii_digits

PASSPORT_RE = re.compile(r"^[A-Z0-9]{5,20}$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")


class IdType(StrEnum):
    NATIONAL_ID = "national_id"
    IQAMA = "iqama"
    PASSPORT = "passport"


_PREFIX = {IdType.NATIONAL_ID: ("1", "national_id_prefix"), IdType.IQAMA: ("2", "iqama_prefix")}


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, ch in enumerate(reversed(digits)):
        d = int(ch)
        if index % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(body: str) -> str:
    """The digit that makes `body + digit` pass the Luhn check (used by demo data and tests)."""
    for d in "0123456789":
        if luhn_valid(body + d):
            return d
    raise AssertionError("unreachable: one digit always completes a Luhn number")


@dataclass(frozen=True)
class Identity:
    id_type: IdType
    number: str
    passport_country: str | None = None


def parse_id_type(value: object, field: str = "id_type") -> IdType:
    if value is None or not str(value).strip():
        raise ValidationError("required", field)
    try:
        return IdType(str(value).strip())
    except ValueError:
        raise ValidationError("unknown_choice", field, value=str(value)[:40]) from None


def validate_identity(
    id_type: object, number: object, passport_country: object = None, field: str = "id_number"
) -> Identity:
    kind = parse_id_type(id_type)
    if not isinstance(number, str) or not number.strip():
        raise ValidationError("required", field)
    raw = ascii_digits(number).replace(" ", "").replace("-", "").upper()
    if kind is IdType.PASSPORT:
        if not PASSPORT_RE.match(raw):
            raise ValidationError("passport_format", field)
        country = validate_country(passport_country, "passport_country", required=True)
        return Identity(kind, raw, country)
    if not (len(raw) == 10 and raw.isascii() and raw.isdigit()):
        raise ValidationError("id_digits", field)
    prefix, code = _PREFIX[kind]
    if not raw.startswith(prefix):
        raise ValidationError(code, field)
    if not luhn_valid(raw):
        raise ValidationError("id_check_digit", field)
    return Identity(kind, raw, None)


def validate_country(value: object, field: str, *, required: bool = False) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError("required", field)
        return None
    if not isinstance(value, str):
        raise ValidationError("country_code", field)
    code = value.strip().upper()
    if not COUNTRY_RE.match(code):
        raise ValidationError("country_code", field)
    return code


def infer_id_type(number: object) -> IdType | None:
    """The type a Saudi number's first digit decides: 1 a national ID, 2 an iqama; else unknown
    (a passport needs its country, so it is never guessed)."""
    if not isinstance(number, str):
        return None
    raw = ascii_digits(number).replace(" ", "").replace("-", "")
    if len(raw) == 10 and raw.isdigit():
        return {"1": IdType.NATIONAL_ID, "2": IdType.IQAMA}.get(raw[0])
    return None
