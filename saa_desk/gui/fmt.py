"""How values are shown on screen: labels in the current language, both calendars, LTR isolates."""

from __future__ import annotations

import datetime as dt
import re

from saa_desk import catalogues
from saa_desk.domain.checklist import ItemState
from saa_desk.domain.dates import format_gregorian, format_hijri
from saa_desk.domain.phone import local_form
from saa_desk.gui import i18n
from saa_desk.messages import field_label

LRI, PDI = "\u2066", "\u2069"


def ltr(text: str | None) -> str:
    """Keep an ID, phone or hash in left-to-right order inside Arabic text (a Unicode isolate)."""
    return f"{LRI}{text}{PDI}" if text else ""


_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def bidi_safe(text: str) -> str:
    """Keep hyphenated ISO dates inside Arabic sentences in order (the bidi algorithm would show
    2026-10-16 as 16-10-2026): wrap each in a left-to-right isolate."""
    return _ISO_DATE.sub(lambda m: ltr(m.group(0)), text)


def strip_isolates(text: str) -> str:
    return text.replace(LRI, "").replace(PDI, "")


def label(kind: str, code: str | None) -> str:
    return catalogues.label(kind, code, i18n.current())


def item_state(state: ItemState, status: str) -> str:
    """A checklist item's label: its recorded status, unless today the core counts it expired."""
    return label("document_status", ItemState.EXPIRED.value if state is ItemState.EXPIRED else status)


def field(name: str) -> str:
    return field_label(name, i18n.current())


def support_type(code: str | None) -> str:
    return catalogues.support_type_label(code, i18n.current()) if code else ""


def document(code: str) -> str:
    return catalogues.document_label(code, i18n.current())


def local(value: dt.datetime) -> dt.datetime:
    """The core stores timestamps in UTC without a zone; the desk shows Riyadh time."""
    from saa_desk.services.context import RIYADH  # here, not at import: the login window stays light

    if value.tzinfo is not None:
        return value.astimezone(RIYADH).replace(tzinfo=None)
    return value + RIYADH.utcoffset(None)


def _calendars(value: dt.date | dt.datetime) -> list[str]:
    if isinstance(value, dt.datetime):
        value = local(value).date()
    lang = i18n.current()
    return [part for part in (format_hijri(value, lang), format_gregorian(value, lang)) if part]


def _reading_order(part: str) -> str:
    """One calendar's date in the window's reading order.

    Arabic: a right-to-left mark first, so even a table cell that starts with digits reads from
    the right. English: the date in a left-to-right isolate, or `… هـ — … م` would be reordered
    as one right-to-left run.
    """
    return f"\u200f{part}" if i18n.current() == "ar" else f"\u200e{ltr(part)}"


def day(value: dt.date | dt.datetime | None) -> str:
    """Hijri and Gregorian: `04/06/1447 هـ — 25/11/2025 م` (slash dates read correctly in RTL).

    A datetime is a stored UTC timestamp and is shown on its Riyadh date.
    """
    if value is None:
        return ""
    return " — ".join(_reading_order(part) for part in _calendars(value))


def day_lines(value: dt.date | dt.datetime | None) -> str:
    """Both calendars on two lines, for narrow table cells."""
    if value is None:
        return ""
    return "\n".join(_reading_order(part) for part in _calendars(value))


def moment(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return f"{day(value)} {ltr(local(value).strftime('%H:%M'))}"


def moment_lines(value: dt.datetime | None) -> str:
    """Date (both calendars) and time on separate lines, for table cells."""
    if value is None:
        return ""
    return f"{day_lines(value)}\n{ltr(local(value).strftime('%H:%M'))}"


def phone(e164: str | None) -> str:
    """Saudi mobiles as 05XXXXXXXX (what people say and type); others in E.164, kept LTR."""
    if not e164:
        return ""
    return ltr(local_form(e164))


def money(amount: int | None) -> str:
    if amount is None:
        return ""
    return f"{amount:,}"


_CHOICE_KINDS = {"id_type": "id_type", "gender": "gender", "marital_status": "marital_status",
                 "employment": "employment", "preferred_channel": "channel", "nationality": "nationality",
                 "passport_country": "nationality"}


def beneficiary_value(name: str, value: object) -> str:
    """A beneficiary field as the desk shows it (stored values, or what was typed)."""
    if value is None or value == "":
        return "—"
    if name in _CHOICE_KINDS:
        return label(_CHOICE_KINDS[name], str(value))
    if isinstance(value, dt.date):
        return day(value)
    if name == "mobile":
        return phone(str(value)) if str(value).startswith("+") else ltr(str(value))
    if name == "id_number":
        return ltr(str(value))
    if name == "monthly_income" and isinstance(value, int):
        return money(value)
    return str(value)
