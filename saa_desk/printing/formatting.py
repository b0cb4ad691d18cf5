"""Values as they print: dates in Hijri and Gregorian, money, codes to Arabic labels."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from saa_desk.domain.dates import format_gregorian, format_hijri
from saa_desk.domain.phone import local_form
from saa_desk.printing.texts import text


def as_text(value: object) -> str:
    """A value for printing; None and empty become the "not provided" mark."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return text("common", "not_provided")
    return str(value)


def parse_iso_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def date_both(day: dt.date) -> str:
    """`04/06/1447 هـ الموافق 25/11/2025 م`; Gregorian alone outside the Umm al-Qura tables."""
    hijri = format_hijri(day)
    if not hijri:
        return format_gregorian(day)
    return text("common", "date_both", hijri=hijri, gregorian=format_gregorian(day))


def date_line(day: dt.date) -> str:
    return text(
        "common", "date_line", hijri=format_hijri(day) or "—", gregorian=format_gregorian(day)
    )


def money(amount: object) -> str:
    """`3,500 ريال سعودي`; halalas only when there are any."""
    if isinstance(amount, bool) or not isinstance(amount, int | float | Decimal):
        return as_text(amount)
    if not math.isfinite(amount):
        return as_text(None)
    figure = f"{amount:,.0f}" if amount == int(amount) else f"{amount:,.2f}"
    return text("common", "currency", amount=figure)


def mobile(e164: object) -> str:
    return local_form(e164) if isinstance(e164, str) and e164 else as_text(e164)


def full_name(person: Mapping[str, Any]) -> str:
    parts = (person.get(k) for k in ("first_name", "father_name", "grandfather_name",
                                     "family_name"))
    return " ".join(str(p).strip() for p in parts if p and str(p).strip())
