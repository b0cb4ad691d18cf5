"""A data row's cells → the values the interview form would have received.

Only the spelling is translated here (choice words to codes, a full name to its parts, the ID
type its first digit decides, a date cell's serial number to its date); every rule of the form is
then applied by the same validation the form uses.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from saa_desk.domain.beneficiary import BENEFICIARY_FIELDS
from saa_desk.domain.dates import from_serial
from saa_desk.domain.identity import IdType, infer_id_type
from saa_desk.domain.names import split_full_name
from saa_desk.domain.text import ascii_digits
from saa_desk.services.importing import vocabulary

DATE_FIELDS = ("birth_date", "id_expiry")
NUMBER_FIELDS = ("monthly_income",)


def form_values(cells: dict[str, Any]) -> dict[str, Any]:
    values = {f: _cell(f, cells[f]) for f in BENEFICIARY_FIELDS if f in cells}
    values = {f: v for f, v in values.items() if not _empty(v)}
    full = cells.get(vocabulary.FULL_NAME)
    if isinstance(full, str) and full.strip():
        for part, name in split_full_name(full.strip()).items():
            values.setdefault(part, name)
    for f in vocabulary.CHOICE_KINDS:
        value = values.get(f)
        if isinstance(value, str):
            values[f] = vocabulary.choice_code(f, value) or value
    if "id_type" not in values:
        inferred = infer_id_type(values.get("id_number"))
        if inferred is not None:
            values["id_type"] = inferred.value
        elif values.get("passport_country"):
            values["id_type"] = IdType.PASSPORT.value
    return values


def present_fields(values: dict[str, Any]) -> set[str]:
    """The fields the row gives a value for (an update changes only those)."""
    return {f for f in BENEFICIARY_FIELDS if not _empty(values.get(f))}


def id_key(values: dict[str, Any]) -> str:
    """The ID number as validation will read it, to find a second row for the same person."""
    number = values.get("id_number")
    if not isinstance(number, str):
        return ""
    return ascii_digits(number).replace(" ", "").replace("-", "").upper()


def _cell(field: str, value: Any) -> Any:
    """Spreadsheet cells arrive typed: dates stay dates, numbers in a date column are serial
    numbers, whole numbers become their digits (an ID or a phone read as a number)."""
    if isinstance(value, dt.datetime | dt.date) or value is None:
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        if field in DATE_FIELDS:
            return from_serial(value) or str(value)
        if field in NUMBER_FIELDS:
            return value
        return str(int(value)) if float(value).is_integer() else str(value)
    return value


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


__all__ = ["form_values", "id_key", "present_fields"]
