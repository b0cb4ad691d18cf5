"""The submission receipt (إيصال استلام الطلب): what the applicant takes home."""

from __future__ import annotations

from saa_desk.catalogues import codes, label, support_type_label
from saa_desk.messages import Lang
from saa_desk.printing.formatting import as_text, date_both
from saa_desk.printing.layout import (
    CONTENT_WIDTH,
    LABEL,
    SMALL,
    VALUE,
    Cell,
    Flow,
    SignatureBlock,
    TextStyle,
    build_pdf,
    request_letterhead,
)
from saa_desk.printing.models import PrintContext, ReceiptData
from saa_desk.printing.texts import text, text_list

DOCUMENT_KIND = "receipt"
_LABEL_WIDTH = 130.0
_EMPHASIS = TextStyle(LABEL.font, 12.5, 20)


def render_receipt(data: ReceiptData, ctx: PrintContext) -> bytes:
    """The receipt as A4 PDF bytes."""
    head = request_letterhead(DOCUMENT_KIND, data.request_number, ctx)
    metadata = {
        "doc": DOCUMENT_KIND,
        "version": 1,
        "request_number": data.request_number,
        "support_type": data.support_type,
        "submitted_on": data.submitted_on.isoformat(),
        "expected_answer_date": data.expected_answer_date.isoformat(),
        **ctx.metadata(),
    }

    def body(flow: Flow) -> None:
        flow.heading(_t("section_request"))
        flow.table([_row(label_text, value) for label_text, value in _facts(data)])
        flow.gap(10)
        expected = f"{_t('expected_answer')}: {date_both(data.expected_answer_date)}"
        flow.boxed(expected, _EMPHASIS)
        flow.gap(2)
        flow.paragraph(_t("expected_answer_note"), SMALL)
        flow.heading(_t("section_next"))
        flow.numbered(text_list("receipt", "next_steps"))
        flow.heading(_t("section_follow_up"))
        flow.paragraph(_t("follow_up_intro"))
        flow.gap(2)
        flow.bullets([label("channel", code) for code in codes("channel")])
        flow.gap(8)
        flow.paragraph(_t("keep_receipt"), LABEL)
        flow.gap(8)
        flow.signatures(
            [SignatureBlock(text("common", "employee_role"), ctx.printed_by, stamp=True)]
        )

    return build_pdf(head, metadata, body, subject=f"SAA-RCPT:1:{data.request_number}")


def _t(key: str, lang: Lang = "ar") -> str:
    return text("receipt", key, lang)


def _facts(data: ReceiptData) -> list[tuple[str, str]]:
    return [
        (text("common", "request_number_label"), as_text(data.request_number)),
        (text("common", "beneficiary_name"), as_text(data.beneficiary_name)),
        (text("common", "id_number"), as_text(data.id_number)),
        (text("common", "support_type"), as_text(support_type_label(data.support_type))),
        (_t("submitted_on"), date_both(data.submitted_on)),
    ]


def _row(label_text: str, value: str) -> list[Cell]:
    return [
        Cell(label_text, _LABEL_WIDTH, LABEL, shaded=True),
        Cell(value, CONTENT_WIDTH - _LABEL_WIDTH, VALUE),
    ]
