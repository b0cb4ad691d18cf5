"""The decision letter (خطاب القرار): the research committee's answer, with what to do next."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib import colors

from saa_desk.catalogues import label, support_type_label
from saa_desk.messages import Lang
from saa_desk.printing.formatting import as_text, date_both
from saa_desk.printing.layout import (
    ACCENT,
    BODY,
    CONTENT_WIDTH,
    COPY_RED,
    LABEL,
    VALUE,
    Cell,
    Flow,
    Letterhead,
    SignatureBlock,
    TextStyle,
    build_pdf,
    build_sections,
    request_letterhead,
)
from saa_desk.printing.models import DecisionLetterData, PrintContext
from saa_desk.printing.texts import text

DOCUMENT_KIND = "decision_letter"
_LABEL_WIDTH = 130.0
_ADDRESSEE = TextStyle(LABEL.font, 12, 19)
_DECISION = TextStyle(LABEL.font, 14, 22)
_OUTCOME_COLOURS = {
    "accept": ACCENT,
    "reject": COPY_RED,
    "return": colors.HexColor("#9a5b00"),
}


def render_decision_letter(data: DecisionLetterData, ctx: PrintContext) -> bytes:
    """The letter as A4 PDF bytes."""
    head, metadata, body = _letter(data, ctx)
    return build_pdf(head, metadata, body, subject=f"SAA-DECISION:1:{data.request_number}")


def render_decision_letters(letters: Sequence[tuple[DecisionLetterData, PrintContext]], meeting_number: str) -> bytes:
    """A meeting's letters as one PDF, each letter from a new page with its own letterhead and copy mark."""
    parts = [_letter(data, ctx) for data, ctx in letters]
    metadata = {"doc": "decision_letters", "version": 1, "meeting_number": meeting_number,
                "letters": [m for _, m, _ in parts]}
    return build_sections([(head, body) for head, _, body in parts], metadata,
                          title=f"{text('decision_letter', 'title')} — {meeting_number}",
                          subject=f"SAA-DECISIONS:1:{meeting_number}")


_Part = tuple[Letterhead, dict[str, object], Callable[[Flow], None]]


def _letter(data: DecisionLetterData, ctx: PrintContext) -> _Part:
    head = request_letterhead(DOCUMENT_KIND, data.request_number, ctx)
    metadata: dict[str, object] = {
        "doc": DOCUMENT_KIND,
        "version": 1,
        "request_number": data.request_number,
        "support_type": data.support_type,
        "outcome": data.outcome,
        "meeting_number": data.meeting_number,
        "meeting_date": data.meeting_date.isoformat(),
        "decided_on": data.decided_on.isoformat(),
        **ctx.metadata(),
    }

    def body(flow: Flow) -> None:
        flow.gap(14)
        flow.paragraph(_t("addressee", name=data.beneficiary_name), _ADDRESSEE)
        flow.paragraph(_t("addressee_id", id_number=data.id_number), VALUE)
        flow.gap(8)
        flow.paragraph(_t("greeting"))
        flow.paragraph(_body_text(data))
        flow.gap(8)
        decision = f"{_t('decision')}: {label('decision', data.outcome)}"
        flow.boxed(decision, _DECISION, _OUTCOME_COLOURS[data.outcome])
        flow.gap(8)
        rows = [_row(_t("decided_on"), date_both(data.decided_on))]
        if data.outcome != "accept":
            rows.insert(0, _row(_t(f"reason.{data.outcome}"), as_text(data.reason)))
        else:
            if data.conditions:
                rows.insert(0, _row(_t("conditions"), data.conditions))
            if data.support_granted:
                rows.insert(0, _row(_t("support_granted"), data.support_granted))
        flow.table(rows)
        flow.heading(_t("section_next"))
        flow.paragraph(_t(f"next_step.{data.outcome}"))
        flow.gap(12)
        flow.paragraph(_t("closing"), BODY)
        flow.gap(6)
        flow.signatures([SignatureBlock(_t("signatory"), ctx.printed_by, stamp=True)])

    return head, metadata, body


def _t(key: str, lang: Lang = "ar", **params: object) -> str:
    return text("decision_letter", key, lang, **params)


def _body_text(data: DecisionLetterData) -> str:
    return _t(
        "body",
        number=data.request_number,
        support_type=support_type_label(data.support_type),
        meeting=data.meeting_number,
        meeting_date=date_both(data.meeting_date),
    )


def _row(label_text: str, value: str) -> list[Cell]:
    return [
        Cell(label_text, _LABEL_WIDTH, LABEL, shaded=True),
        Cell(value, CONTENT_WIDTH - _LABEL_WIDTH, VALUE),
    ]
