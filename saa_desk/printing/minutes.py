"""The minutes of a committee meeting (محضر اجتماع اللجنة): the meeting, who attended, every
decision, and signature lines for the members present."""

from __future__ import annotations

from saa_desk.catalogues import document_label, label, rejection_reason_label, support_type_label
from saa_desk.domain.dates import format_gregorian, format_hijri
from saa_desk.printing.formatting import as_text, date_both, date_line
from saa_desk.printing.layout import (
    CONTENT_WIDTH,
    LABEL,
    SMALL,
    VALUE,
    Cell,
    Flow,
    Letterhead,
    SignatureBlock,
    build_pdf,
)
from saa_desk.printing.models import MinutesData, MinutesDecision, PrintContext
from saa_desk.printing.texts import text

DOCUMENT_KIND = "minutes"
_LABEL_WIDTH = 130.0
# The decisions table, right to left: #, request, applicant, decision, details.
_COLUMNS = (24.0, 96.0, 120.0, 62.0)
_DETAILS = CONTENT_WIDTH - sum(_COLUMNS)


def render_minutes(data: MinutesData, ctx: PrintContext) -> bytes:
    head = Letterhead(
        title=_t("title"), subtitle=_t("title", "en"), request_number=data.meeting_number,
        date_line=date_line(ctx.printed_at.date()), ctx=ctx,
        footer_note=_t("footer", number=data.meeting_number),
        number_line=_t("number_line", number=data.meeting_number))
    metadata = {
        "doc": DOCUMENT_KIND, "version": 1, "meeting_number": data.meeting_number,
        "meeting_date": data.meeting_date.isoformat(), "decisions": len(data.decisions),
        "present": sum(1 for m in data.attendance if m.present), **ctx.metadata(),
    }

    def body(flow: Flow) -> None:
        flow.gap(10)
        flow.paragraph(_t("opening", number=data.meeting_number, date=date_both(data.meeting_date)))
        flow.heading(_t("section_meeting"))
        flow.table(_meeting_rows(data))
        flow.heading(_t("section_attendance"))
        flow.table([[Cell(m.name, CONTENT_WIDTH - _LABEL_WIDTH, VALUE),
                     Cell(_t("present" if m.present else "absent"), _LABEL_WIDTH, LABEL, shaded=not m.present)]
                    for m in data.attendance],
                   header=[Cell(_t("member"), CONTENT_WIDTH - _LABEL_WIDTH, LABEL, shaded=True),
                           Cell(_t("attendance"), _LABEL_WIDTH, LABEL, shaded=True)])
        flow.heading(_t("section_decisions"))
        if data.decisions:
            header = [Cell(_t(k), w, LABEL, shaded=True) for k, w in
                      zip(("number", "request_number", "applicant", "outcome", "details"),
                          (*_COLUMNS, _DETAILS), strict=True)]
            flow.table([_decision_row(i, d) for i, d in enumerate(data.decisions, start=1)], header=header)
        else:
            flow.paragraph(_t("no_decisions"))
        flow.heading(_t("section_signatures"), keep_with_next=120)
        present = [m for m in data.attendance if m.present]
        for pair in range(0, len(present), 2):
            flow.signatures([SignatureBlock(_t("member_role"), m.name) for m in present[pair:pair + 2]])

    return build_pdf(head, metadata, body, subject=f"SAA-MINUTES:1:{data.meeting_number}")


def _t(key: str, lang: str = "ar", **params: object) -> str:
    return text("minutes", key, "en" if lang == "en" else "ar", **params)


def _meeting_rows(data: MinutesData) -> list[list[Cell]]:
    present = sum(1 for m in data.attendance if m.present)
    pairs = [
        (_t("meeting_number"), data.meeting_number),
        (_t("hijri_date"), format_hijri(data.meeting_date)),
        (_t("gregorian_date"), format_gregorian(data.meeting_date)),
        (_t("location"), as_text(data.location)),
        (_t("quorum"), _t("quorum_value", present=present, members=len(data.attendance), quorum=data.quorum)),
    ]
    if data.notes:
        pairs.append((_t("notes"), data.notes))
    return [[Cell(k, _LABEL_WIDTH, LABEL, shaded=True), Cell(v, CONTENT_WIDTH - _LABEL_WIDTH, VALUE)]
            for k, v in pairs]


def _details(d: MinutesDecision) -> str:
    parts: list[str] = []
    if d.outcome == "accept":
        parts.append(_t("support_granted", value=d.support_granted or support_type_label(d.support_type)))
        if d.conditions:
            parts.append(_t("conditions", value=d.conditions))
    if d.outcome == "reject":
        why = rejection_reason_label(d.reason_code)
        parts.append(_t("reason", value=f"{why} — {d.reason}" if why and d.reason else (why or as_text(d.reason))))
    if d.outcome == "return":
        if d.missing_documents:
            parts.append(_t("missing", value="، ".join(document_label(m) for m in d.missing_documents)))
        if d.reason:
            parts.append(_t("reason", value=d.reason))
    if d.conflict_of_interest:
        parts.append(_t("conflict"))
    return "\n".join(parts)


def _decision_row(index: int, d: MinutesDecision) -> list[Cell]:
    return [
        Cell(str(index), _COLUMNS[0], VALUE, align="centre"),
        Cell(d.request_number, _COLUMNS[1], SMALL),
        Cell(d.applicant, _COLUMNS[2], VALUE),
        Cell(label("decision", d.outcome), _COLUMNS[3], LABEL),
        Cell(_details(d), _DETAILS, VALUE),
    ]
