"""Mobile numbers: Saudi 05XXXXXXXX (and its variants) or international, stored as E.164."""

from __future__ import annotations

import re

from saa_desk.domain.errors import ValidationError
from saa_desk.domain.text import ascii_digits

# Spaces, dashes of every width, brackets, dots, and the invisible direction marks that copying a
# number out of Arabic text brings along.
_SEPARATORS = re.compile(r"[\s\-().\u2010-\u2015\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_E164 = re.compile(r"^\+[1-9]\d{7,14}$")


def normalise_mobile(value: object, field: str = "mobile", *, required: bool = False) -> str | None:
    """Return the E.164 form (`+9665XXXXXXXX`), None when empty and optional."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError("required", field)
        return None
    if not isinstance(value, str):
        raise ValidationError("phone_format", field)
    raw = _SEPARATORS.sub("", ascii_digits(value.strip()))
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    if re.fullmatch(r"05\d{8}", raw):
        return "+966" + raw[1:]
    if re.fullmatch(r"5\d{8}", raw):
        return "+966" + raw
    if re.fullmatch(r"9665\d{8}", raw):
        return "+" + raw
    if raw.startswith("+966") and not re.fullmatch(r"\+9665\d{8}", raw):
        raise ValidationError("phone_format", field)
    if _E164.match(raw):
        return raw
    raise ValidationError("phone_format", field)


def local_form(e164: str) -> str:
    """`+9665XXXXXXXX` → `05XXXXXXXX` for display and search; other numbers unchanged."""
    return "0" + e164[4:] if e164.startswith("+9665") else e164
