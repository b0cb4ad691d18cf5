"""The social research report (تقرير البحث الاجتماعي): the researcher's visit, findings and
recommendation, as the committee reads it on paper."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib import colors

from saa_desk.catalogues import label, support_type_label
from saa_desk.messages import Lang
from saa_desk.printing.formatting import as_text, date_both, money
from saa_desk.printing.layout import (
    ACCENT,
    CONTENT_WIDTH,
    COPY_RED,
    LABEL,
    VALUE,
    Cell,
    Flow,
    SignatureBlock,
    TextStyle,
    build_pdf,
    request_letterhead,
)
from saa_desk.printing.models import PrintContext
from saa_desk.printing.texts import text

DOCUMENT_KIND = "research_report"
_LABEL_WIDTH = 130.0
_RECOMMENDATION = TextStyle(LABEL.font, 13, 20)
_COLOURS = {
    "accept": ACCENT,
    "reject": COPY_RED,
    "accept_with_conditions": colors.HexColor("#9a5b00"),
}


@dataclass(frozen=True)
class ResearchReportData:
    request_number: str
    beneficiary_name: str
    id_number: str
    support_type: str  # a support-type code from the catalogue
    question: str
    researcher: str
    filed_on: dt.date
    visit_date: dt.date
    visit_place: str
    household: str | None
    housing: str | None
    declared_income: int | None
    income_verified: bool
    income_verification: str | None
    needs: str | None
    recommendation: str  # Recommendation
    conditions: str | None
    notes: str | None

    def __post_init__(self) -> None:
        if self.recommendation not in _COLOURS:
            raise ValueError(f"unknown recommendation {self.recommendation!r}")


def render_research_report(data: ResearchReportData, ctx: PrintContext) -> bytes:
    """The report as A4 PDF bytes (long free text flows onto further pages)."""
    head = request_letterhead(DOCUMENT_KIND, data.request_number, ctx)
    metadata = {
        "doc": DOCUMENT_KIND,
        "version": 1,
        "request_number": data.request_number,
        "recommendation": data.recommendation,
        "visit_date": data.visit_date.isoformat(),
        **ctx.metadata(),
    }

    def body(flow: Flow) -> None:
        flow.gap(6)
        flow.heading(_t("section_case"))
        flow.table([
            _row(text("common", "beneficiary_name"), data.beneficiary_name),
            _row(text("common", "id_number"), data.id_number),
            _row(text("common", "support_type"), support_type_label(data.support_type)),
            _row(_t("question"), data.question),
            _row(_t("researcher"), data.researcher),
            _row(_t("filed_on"), date_both(data.filed_on)),
            _row(_t("visit_date"), date_both(data.visit_date)),
            _row(_t("visit_place"), data.visit_place),
        ])
        flow.heading(_t("section_household"))
        flow.table([
            _row(_t("household"), as_text(data.household)),
            _row(_t("housing"), as_text(data.housing)),
            _row(_t("declared_income"), money(data.declared_income)),
            _row(_t("income_verified"), _t("verified.yes" if data.income_verified else "verified.no")),
            _row(_t("income_verification"), as_text(data.income_verification)),
            _row(_t("section_needs"), as_text(data.needs)),
        ])
        flow.heading(_t("section_recommendation"))
        flow.boxed(_t("recommendation", value=label("recommendation", data.recommendation)), _RECOMMENDATION,
                   _COLOURS[data.recommendation])
        if data.conditions:
            flow.gap(4)
            flow.table([_row(_t("conditions"), data.conditions)])
        if data.notes:
            flow.heading(_t("section_notes"))
            flow.paragraph(data.notes)
        flow.gap(8)
        flow.signatures([SignatureBlock(_t("signatory"), data.researcher),
                         SignatureBlock(_t("reviewer"), "", stamp=True)])

    return build_pdf(head, metadata, body, subject=f"SAA-RESEARCH:1:{data.request_number}")


def _t(key: str, lang: Lang = "ar", **params: object) -> str:
    return text(DOCUMENT_KIND, key, lang, **params)


def _row(label_text: str, value: str) -> list[Cell]:
    return [
        Cell(label_text, _LABEL_WIDTH, LABEL, shaded=True),
        Cell(value, CONTENT_WIDTH - _LABEL_WIDTH, VALUE),
    ]
