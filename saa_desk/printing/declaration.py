"""The data declaration (إقرار صحة البيانات): what the applicant declared, signed on paper.

Rendered from the declarations service's snapshot (schema 1). The QR code and the footer carry
the snapshot's SHA-256, so anyone can check a printout against the stored record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from saa_desk.catalogues import document_label, label, support_type_label
from saa_desk.messages import Lang
from saa_desk.printing.formatting import (
    as_text,
    date_both,
    date_line,
    full_name,
    mobile,
    money,
    parse_iso_date,
)
from saa_desk.printing.layout import (
    BODY,
    CONTENT_WIDTH,
    LABEL,
    VALUE,
    Cell,
    Flow,
    Letterhead,
    SignatureBlock,
    build_pdf,
)
from saa_desk.printing.models import PrintContext
from saa_desk.printing.texts import text

DOCUMENT_KIND = "declaration"
QR_PREFIX = "SAA-DECL"
QR_VERSION = 1
_LABEL_WIDTH = 94.0
_VALUE_WIDTH = (CONTENT_WIDTH - 2 * _LABEL_WIDTH) / 2

Pair = tuple[str, str, bool]  # label, value, needs the full width


def declaration_qr_payload(request_number: str, snapshot_hash: str) -> str:
    return f"{QR_PREFIX}:{QR_VERSION}:{request_number}:{snapshot_hash}"


def render_declaration(
    snapshot: Mapping[str, Any],
    snapshot_hash: str,
    ctx: PrintContext,
    signature_png: bytes | None = None,
) -> bytes:
    """The declaration as A4 PDF bytes; a second page follows when the data needs it."""
    request: Mapping[str, Any] = snapshot.get("request") or {}
    person: Mapping[str, Any] = snapshot.get("beneficiary") or {}
    number = str(request.get("number") or "")
    payload = declaration_qr_payload(number, snapshot_hash)
    name = full_name(person)
    head = Letterhead(
        title=_t("title"),
        subtitle=_t("title", "en"),
        request_number=number,
        date_line=date_line(ctx.printed_at.date()),
        ctx=ctx,
        footer_note=_t("fingerprint", hash=snapshot_hash),
        qr_payload=payload,
        qr_caption=_t("qr_caption"),
    )
    metadata = {
        "doc": DOCUMENT_KIND,
        "version": QR_VERSION,
        "schema": snapshot.get("schema"),
        "request_id": request.get("id"),
        "request_number": number,
        "beneficiary_id": person.get("id"),
        "snapshot_hash": snapshot_hash,
        "qr_payload": payload,
        "signature": "on_screen" if signature_png else "paper",
        **ctx.metadata(),
    }

    def body(flow: Flow) -> None:
        flow.heading(_t("section_applicant"))
        flow.table(_pair_rows(_applicant_pairs(request, person)))
        household = list(snapshot.get("household") or [])
        if household:
            flow.heading(_t("section_household"))
            flow.table(_household_rows(household), header=_household_header())
        documents = list(snapshot.get("documents") or [])
        if documents:
            flow.heading(_t("section_documents"))
            flow.table(_document_rows(documents), header=_document_header(documents))
        flow.heading(_t("section_declaration"), keep_with_next=90)
        flow.paragraph(_t("declaration_text", name=name))
        flow.gap(4)
        flow.paragraph(date_line(ctx.printed_at.date()), BODY)
        flow.gap(6)
        flow.signatures(
            [
                SignatureBlock(text("common", "applicant_role"), name, signature_png),
                SignatureBlock(text("common", "employee_role"), ctx.printed_by),
            ]
        )

    return build_pdf(head, metadata, body, subject=payload)


def _t(key: str, lang: Lang = "ar", **params: object) -> str:
    return text("declaration", key, lang, **params)


def _applicant_pairs(request: Mapping[str, Any], person: Mapping[str, Any]) -> list[Pair]:
    id_type = person.get("id_type")
    pairs: list[Pair] = [(_t("full_name"), as_text(full_name(person)), True)]
    if person.get("latin_name"):
        pairs.append((_t("latin_name"), str(person["latin_name"]), True))
    pairs += [
        (_t("id_type"), as_text(label("id_type", id_type)), False),
        (_t("id_number"), as_text(person.get("id_number")), False),
    ]
    if id_type == "passport" or person.get("passport_country"):
        country = person.get("passport_country")
        country_label = label("nationality", country)
        shown = f"{country_label} ({country})" if country and country_label != country else country
        pairs.append((_t("passport_country"), as_text(shown), False))
    pairs += [
        (_t("id_expiry"), _date_value(person.get("id_expiry")), False),
        (_t("birth_date"), _date_value(person.get("birth_date")), False),
        (_t("gender"), as_text(label("gender", person.get("gender"))), False),
        (_t("nationality"), as_text(label("nationality", person.get("nationality"))), False),
        (_t("mobile"), mobile(person.get("mobile")), False),
        (_t("marital_status"), as_text(label("marital_status", person.get("marital_status"))),
         False),
        (_t("city"), as_text(person.get("city")), False),
        (_t("district"), as_text(person.get("district")), False),
        (_t("address"), as_text(person.get("address")), True),
        (_t("employment"), as_text(label("employment", person.get("employment"))), False),
        (_t("monthly_income"), money(person.get("monthly_income")), False),
        (_t("support_type"), as_text(_support_type(request.get("support_type"))), False),
        (_t("channel"), as_text(label("channel", request.get("channel"))), False),
    ]
    if request.get("description"):
        pairs.append((_t("description"), str(request["description"]), True))
    return pairs


def _date_value(value: object) -> str:
    day = parse_iso_date(value)
    return date_both(day) if day else as_text(value)


def _support_type(code: object) -> str | None:
    return support_type_label(code) if isinstance(code, str) else None


def _pair_rows(pairs: Sequence[Pair]) -> list[list[Cell]]:
    """Two label/value pairs a row; a wide pair, or one left without a partner, takes a row."""
    rows: list[list[Cell]] = []
    pending: list[Pair] = []

    def flush() -> None:
        if len(pending) == 2:
            rows.append([c for p in pending for c in _pair_cells(p, _VALUE_WIDTH)])
        elif pending:
            rows.append(_pair_cells(pending[0], CONTENT_WIDTH - _LABEL_WIDTH))
        pending.clear()

    for pair in pairs:
        if pair[2]:
            flush()
            rows.append(_pair_cells(pair, CONTENT_WIDTH - _LABEL_WIDTH))
            continue
        pending.append(pair)
        if len(pending) == 2:
            flush()
    flush()
    return rows


def _pair_cells(pair: Pair, value_width: float) -> list[Cell]:
    return [Cell(pair[0], _LABEL_WIDTH, LABEL, shaded=True), Cell(pair[1], value_width, VALUE)]


_HOUSEHOLD_WIDTHS = (26.0, 200.0, 120.0, CONTENT_WIDTH - 26.0 - 200.0 - 120.0)


def _household_header() -> list[Cell]:
    keys = ("household_index", "household_name", "household_relation", "household_birth_date")
    return [
        Cell(_t(k), w, LABEL, shaded=True, align="centre")
        for k, w in zip(keys, _HOUSEHOLD_WIDTHS, strict=True)
    ]


def _household_rows(members: Sequence[Mapping[str, Any]]) -> list[list[Cell]]:
    index_w, name_w, relation_w, birth_w = _HOUSEHOLD_WIDTHS
    return [
        [
            Cell(str(i), index_w, VALUE, align="centre"),
            Cell(as_text(m.get("name")), name_w),
            Cell(as_text(label("relation", m.get("relation"))), relation_w),
            Cell(_date_value(m.get("birth_date")), birth_w, align="centre"),
        ]
        for i, m in enumerate(members, start=1)
    ]


# Document table: type, status (when the snapshot records it), number, expiry.
_DOCUMENT_WIDTHS = (165.0, 80.0, 105.0, CONTENT_WIDTH - 165.0 - 80.0 - 105.0)
_DOCUMENT_KEYS = ("document_type", "document_status", "document_number", "document_expiry")


def _document_columns(documents: Sequence[Mapping[str, Any]]) -> list[int]:
    with_status = any(d.get("status") for d in documents)
    return [0, 1, 2, 3] if with_status else [0, 2, 3]


def _document_widths(columns: list[int]) -> list[float]:
    widths = [_DOCUMENT_WIDTHS[c] for c in columns]
    widths[0] += CONTENT_WIDTH - sum(widths)  # the document name takes the spare room
    return widths


def _document_header(documents: Sequence[Mapping[str, Any]]) -> list[Cell]:
    columns = _document_columns(documents)
    return [
        Cell(_t(_DOCUMENT_KEYS[c]), w, LABEL, shaded=True, align="centre")
        for c, w in zip(columns, _document_widths(columns), strict=True)
    ]


def _document_rows(documents: Sequence[Mapping[str, Any]]) -> list[list[Cell]]:
    columns = _document_columns(documents)
    widths = _document_widths(columns)
    rows = []
    for d in documents:
        code = d.get("document_type")
        values = [
            as_text(document_label(code) if isinstance(code, str) else None),
            as_text(label("document_status", d.get("status"))),
            as_text(d.get("document_number")),
            _date_value(d.get("expiry_date")),
        ]
        rows.append(
            [
                Cell(values[c], w, align="right" if c < 2 else "centre")
                for c, w in zip(columns, widths, strict=True)
            ]
        )
    return rows
