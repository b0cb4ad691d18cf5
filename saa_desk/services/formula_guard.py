"""CSV cells that a spreadsheet would run as a formula, neutralised as OWASP recommends.

A cell beginning with = + - @, a tab or a carriage return is written with a leading single quote,
and import takes the quote off again, so the value comes back exactly. A value that itself begins
with a quote before one of those (or before another quote) is quoted too, so the round trip holds
for every text.
"""

from __future__ import annotations

from typing import Any, TypeVar

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_QUOTE = "'"
T = TypeVar("T")


def unguard(value: T) -> T:
    if isinstance(value, str) and value.startswith(_QUOTE) and value[1:2] in (*DANGEROUS, _QUOTE) \
            and len(value) > 1:
        return value[1:]  # type: ignore[return-value]  # str in, str out
    return value


def guard(value: str) -> str:
    if value.startswith(DANGEROUS) or unguard(value) != value:
        return _QUOTE + value
    return value


def xlsx_cell(sheet: Any, value: Any) -> Any:
    """An XLSX cell: text stays text (openpyxl would store a string beginning with = as a
    formula), so no quote is needed there and none is added."""
    if isinstance(value, str) and value.startswith("="):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value
