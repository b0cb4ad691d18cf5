"""Dates in Hijri (Umm al-Qura) and Gregorian: either is accepted on entry; both are shown."""

from __future__ import annotations

import datetime as dt
import re

from hijridate import Gregorian, Hijri

from saa_desk.domain.errors import ValidationError
from saa_desk.domain.text import ascii_digits

HIJRI_MARK = {"ar": "هـ", "en": "AH"}
GREGORIAN_MARK = {"ar": "م", "en": "CE"}
# A four-digit year below this is read as Hijri (1447 AH ≈ 2025 CE; no Gregorian date we take is
# that old). The Umm al-Qura tables cover 1343–1500 AH.
_HIJRI_YEAR_LIMIT = 1600
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_YMD_SLASH = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_MIDNIGHT = re.compile(r"[ T]00:00(:00)?$")  # a date cell written out as text by a spreadsheet
# Spreadsheet serial numbers count days from 1899-12-30 (Excel's 1900 system, its leap-year bug
# included); 1 to 73050 covers 1900–2099.
_SERIAL_EPOCH = dt.date(1899, 12, 30)
_SERIAL_RANGE = range(1, 73051)
_MARKS = re.compile(r"\s*(هـ+|ه|م|AH|H|CE|AD|G)\.?\s*$", re.IGNORECASE)
# The association's time zone: Saudi Arabia keeps UTC+3 all year (no daylight saving). Its dates
# ("today", the day a request was submitted) are Riyadh dates; stored timestamps are UTC.
ASSOCIATION_TZ = dt.timezone(dt.timedelta(hours=3))


def local_date(stored: dt.datetime) -> dt.date:
    """The association's date of a stored timestamp (UTC without a zone, like created_at).

    Between midnight and 03:00 in Riyadh the UTC date is still yesterday's, so taking `.date()`
    of a stored timestamp is a day early at night."""
    if stored.tzinfo is not None:
        return stored.astimezone(ASSOCIATION_TZ).date()
    return (stored + dt.timedelta(hours=3)).date()


def days_since(stored: dt.datetime, today: dt.date) -> int:
    """Whole days from a stored timestamp to the association's `today`, both as Riyadh dates."""
    return (today - local_date(stored)).days


def parse_date(value: object, field: str, *, required: bool = False) -> dt.date | None:
    """Parse a date typed as Gregorian or Hijri.

    Accepted: ISO `2025-11-25`, `25/11/2025`, `25/11/2025 م`, `04/06/1447 هـ`, `1447/06/04`,
    Arabic-Indic digits. A date object passes through.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError("required", field)
        return None
    if not isinstance(value, str) or len(value) > 40:
        raise ValidationError("date_format", field)
    text = _MIDNIGHT.sub("", ascii_digits(value.strip()))
    mark_match = _MARKS.search(text)
    mark = mark_match.group(1).lower().rstrip("ـ") if mark_match else ""
    text = _MARKS.sub("", text).strip()
    if m := _ISO.match(text) or _YMD_SLASH.match(text):
        year, month, day = (int(g) for g in m.groups())
    elif m := _DMY.match(text):
        day, month, year = (int(g) for g in m.groups())
    else:
        raise ValidationError("date_format", field)
    hijri = mark in {"هـ", "ه", "ah", "h"} or (mark == "" and year < _HIJRI_YEAR_LIMIT)
    try:
        if hijri:
            return _hijri_to_date(year, month, day)
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        raise ValidationError("date_format", field) from None


def from_serial(value: object) -> dt.date | None:
    """A spreadsheet's date serial number (a date cell read as a number) → its date, else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not value.is_integer():
        value = int(value)  # the time of day is dropped
    number = int(value)
    if number not in _SERIAL_RANGE:
        return None
    return _SERIAL_EPOCH + dt.timedelta(days=number)


def _hijri_to_date(year: int, month: int, day: int) -> dt.date:
    g = Hijri(year, month, day).to_gregorian()
    return dt.date(g.year, g.month, g.day)


def to_hijri(day: dt.date) -> tuple[int, int, int] | None:
    """(year, month, day) in Umm al-Qura, or None outside its tables."""
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def day_month_year(day: dt.date) -> str:
    """`25/11/2025`: slash dates keep their order inside Arabic text (hyphenated ones do not)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def format_gregorian(day: dt.date, lang: str = "ar") -> str:
    return f"{day_month_year(day)} {GREGORIAN_MARK[lang]}"


def format_hijri(day: dt.date, lang: str = "ar") -> str:
    h = to_hijri(day)
    if h is None:
        return ""
    return f"{h[2]:02d}/{h[1]:02d}/{h[0]:04d} {HIJRI_MARK[lang]}"


def format_both(day: dt.date, lang: str = "ar") -> str:
    hijri = format_hijri(day, lang)
    return f"{hijri} — {format_gregorian(day, lang)}" if hijri else format_gregorian(day, lang)


def validate_birth_date(value: object, field: str, today: dt.date, *, required: bool = False) -> dt.date | None:
    day = parse_date(value, field, required=required)
    if day is None:
        return None
    if day > today:
        raise ValidationError("date_in_future", field)
    if day.year < today.year - 130:
        raise ValidationError("date_out_of_range", field)
    return day


def validate_expiry(value: object, field: str, *, required: bool = False) -> dt.date | None:
    day = parse_date(value, field, required=required)
    if day is not None and not (1900 <= day.year <= 2200):
        raise ValidationError("date_out_of_range", field)
    return day
