"""How values are shown on screen: labels in the current language, both calendars, LTR isolates."""

from __future__ import annotations

import datetime as dt

from saa_desk import catalogues
from saa_desk.domain.dates import format_both
from saa_desk.domain.phone import local_form
from saa_desk.gui import i18n
from saa_desk.messages import field_label

LRI, PDI = "\u2066", "\u2069"


def ltr(text: str | None) -> str:
    """Keep an ID, phone or hash in left-to-right order inside Arabic text (a Unicode isolate)."""
    return f"{LRI}{text}{PDI}" if text else ""


def strip_isolates(text: str) -> str:
    return text.replace(LRI, "").replace(PDI, "")


def label(kind: str, code: str | None) -> str:
    return catalogues.label(kind, code, i18n.current())


def field(name: str) -> str:
    return field_label(name, i18n.current())


def support_type(code: str | None) -> str:
    return catalogues.support_type_label(code, i18n.current()) if code else ""


def document(code: str) -> str:
    return catalogues.document_label(code, i18n.current())


def day(value: dt.date | dt.datetime | None) -> str:
    """Hijri and Gregorian: `04/06/1447 هـ — 25/11/2025 م` (slash dates read correctly in RTL)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return format_both(value)


def moment(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return f"{format_both(value.date())} {ltr(value.strftime('%H:%M'))}"


def phone(e164: str | None) -> str:
    """Saudi mobiles as 05XXXXXXXX (what people say and type); others in E.164, kept LTR."""
    if not e164:
        return ""
    return ltr(local_form(e164))


def money(amount: int | None) -> str:
    if amount is None:
        return ""
    return f"{amount:,}"
