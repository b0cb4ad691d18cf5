"""The blank support-request form (طلب دعم مستفيد), one of the policy's four tools: printed empty
and filled in by hand when a beneficiary asks on paper (a visit without the desk, a branch
representative). Its fields are the interview's: the four-part name, the ID, contact, household,
income, the support requested (tick boxes from the catalogue), the documents attached, the
applicant's declaration and signature, and a box for the office.
"""

from __future__ import annotations

from collections.abc import Sequence

from saa_desk.catalogues import codes, document_types, label
from saa_desk.messages import Lang
from saa_desk.printing.arabic import draw_rtl_line, text_width
from saa_desk.printing.fonts import REGULAR
from saa_desk.printing.layout import (
    BODY,
    CONTENT_LEFT,
    CONTENT_RIGHT,
    CONTENT_WIDTH,
    INK,
    LABEL,
    RULE,
    Cell,
    Flow,
    Letterhead,
    SignatureBlock,
    TextStyle,
    build_pdf,
)
from saa_desk.printing.models import PrintContext
from saa_desk.printing.texts import text

DOCUMENT_KIND = "request_form"
FORM_VERSION = 1
_WRITE = TextStyle(REGULAR, 10, 22)  # an empty cell tall enough to write in by hand
_LABEL_WIDTH = 92.0
_HALF = (CONTENT_WIDTH - 2 * _LABEL_WIDTH) / 2
_BOX = 8.5  # a tick box's side
_TICK_ROW = 19.0
_HOUSEHOLD_ROWS = 6
_WRITING_LINE = 24.0

SupportChoice = tuple[str, str]  # code, Arabic label


def render_request_form(support_types: Sequence[SupportChoice], ctx: PrintContext) -> bytes:
    """The blank form as A4 PDF bytes (two pages); `support_types` are the catalogue's, in order."""
    head = Letterhead(
        title=_t("title"),
        subtitle=_t("title", "en"),
        request_number="",
        date_line=_t("date_line"),
        ctx=ctx,
        footer_note=_t("footer_note"),
        number_line=_t("number_line"),
    )
    metadata = {"doc": DOCUMENT_KIND, "version": FORM_VERSION,
                "support_types": [code for code, _ in support_types], **ctx.metadata()}

    def body(flow: Flow) -> None:
        flow.heading(_t("section_applicant"))
        flow.table([[_label(k, CONTENT_WIDTH / 4) for k in _NAME_PARTS]])
        flow.table([[_blank(CONTENT_WIDTH / 4) for _ in _NAME_PARTS]])
        flow.table(_applicant_rows())
        _ticks_row(flow, _t("id_type"), [label("id_type", c) for c in codes("id_type")])
        _ticks_row(flow, _t("marital_status"), [label("marital_status", c) for c in codes("marital_status")])
        flow.heading(_t("section_household"))
        flow.table(_household_rows(), header=_household_header())
        flow.heading(_t("section_support"))
        _tick_grid(flow, [name for _code, name in support_types], columns=3)
        _writing_lines(flow, [_t("description"), ""])
        flow.heading(_t("section_documents"))
        _tick_grid(flow, [d.ar for d in document_types().values()], columns=3)
        _writing_lines(flow, [_t("other_document")])
        flow.heading(_t("section_declaration"), keep_with_next=150)
        flow.paragraph(_t("declaration_text"))
        flow.gap(6)
        flow.signatures([SignatureBlock(text("common", "applicant_role"), ""),
                         SignatureBlock(text("common", "employee_role"), "")])
        flow.heading(_t("section_office"), keep_with_next=130)
        flow.table(_office_rows())

    return build_pdf(head, metadata, body, subject=f"SAA-FORM:{FORM_VERSION}:{DOCUMENT_KIND}")


def _t(key: str, lang: Lang = "ar") -> str:
    return text(DOCUMENT_KIND, key, lang)


_NAME_PARTS = ("first_name", "father_name", "grandfather_name", "family_name")


def _label(key: str, width: float) -> Cell:
    return Cell(_t(key), width, LABEL, shaded=True, align="centre")


def _blank(width: float) -> Cell:
    return Cell("", width, _WRITE)


def _pair(left_key: str, right_key: str) -> list[Cell]:
    """Two label/blank pairs side by side (rows list cells from the right)."""
    return [Cell(_t(left_key), _LABEL_WIDTH, LABEL, shaded=True), _blank(_HALF),
            Cell(_t(right_key), _LABEL_WIDTH, LABEL, shaded=True), _blank(_HALF)]


def _wide(key: str) -> list[Cell]:
    return [Cell(_t(key), _LABEL_WIDTH, LABEL, shaded=True), _blank(CONTENT_WIDTH - _LABEL_WIDTH)]


def _applicant_rows() -> list[list[Cell]]:
    return [
        _pair("id_number", "id_expiry"),
        _pair("nationality", "birth_date"),
        _pair("mobile", "employment"),
        _pair("city", "district"),
        _wide("address"),
        _pair("monthly_income", "household_size"),
    ]


_HOUSEHOLD_WIDTHS = (26.0, 220.0, 120.0, CONTENT_WIDTH - 26.0 - 220.0 - 120.0)
_HOUSEHOLD_KEYS = ("household_index", "household_name", "household_relation", "household_birth_date")


def _household_header() -> list[Cell]:
    return [_label(k, w) for k, w in zip(_HOUSEHOLD_KEYS, _HOUSEHOLD_WIDTHS, strict=True)]


def _household_rows() -> list[list[Cell]]:
    index_w, *rest = _HOUSEHOLD_WIDTHS
    return [[Cell(str(i), index_w, align="centre"), *(Cell("", w, TextStyle(REGULAR, 10, 16)) for w in rest)]
            for i in range(1, _HOUSEHOLD_ROWS + 1)]


def _office_rows() -> list[list[Cell]]:
    checked = f"{_t('office_complete')}  /  {_t('office_incomplete')}"
    return [
        [Cell(_t("office_request_number"), _LABEL_WIDTH, LABEL, shaded=True), _blank(_HALF),
         Cell(_t("office_received_on"), _LABEL_WIDTH, LABEL, shaded=True), _blank(_HALF)],
        [Cell(_t("office_received_by"), _LABEL_WIDTH, LABEL, shaded=True), _blank(_HALF),
         Cell(_t("office_documents_checked"), _LABEL_WIDTH, LABEL, shaded=True),
         Cell(checked, _HALF, _WRITE, align="centre")],
        _office_wide("office_notes"),
        _office_wide("office_signature"),
    ]


def _office_wide(key: str) -> list[Cell]:
    return [Cell(_t(key), _LABEL_WIDTH, LABEL, shaded=True), _blank(CONTENT_WIDTH - _LABEL_WIDTH)]


# -- tick boxes and writing lines ----------------------------------------------------------------


def _tick(flow: Flow, item: str, x_right: float, width: float) -> None:
    """A box on the reading side, then the item's text; a long item is cut to its column."""
    canvas = flow.canvas
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.8)
    canvas.rect(x_right - _BOX, flow.y - 4 - _BOX - 2, _BOX, _BOX, stroke=1, fill=0)
    canvas.setLineWidth(0.5)
    draw_rtl_line(canvas, item, x_right - _BOX - 5, flow.y - 13, BODY.font, 9.5,
                  max_width=width - _BOX - 8)


def _tick_grid(flow: Flow, items: Sequence[str], columns: int) -> None:
    gap = 10.0
    width = (CONTENT_WIDTH - gap * (columns - 1)) / columns
    flow.gap(2)
    for start in range(0, len(items), columns):
        flow.ensure(_TICK_ROW)
        x_right = CONTENT_RIGHT
        for item in items[start : start + columns]:
            _tick(flow, item, x_right, width)
            x_right -= width + gap
        flow.y -= _TICK_ROW


def _ticks_row(flow: Flow, title: str, items: Sequence[str]) -> None:
    """A label, then its choices in one row (ID type, marital status)."""
    flow.gap(4)
    flow.ensure(_TICK_ROW)
    canvas = flow.canvas
    draw_rtl_line(canvas, f"{title}:", CONTENT_RIGHT, flow.y - 13, LABEL.font, LABEL.size)
    x_right = CONTENT_RIGHT - _LABEL_WIDTH
    width = (CONTENT_WIDTH - _LABEL_WIDTH) / max(len(items), 1)
    for item in items:
        _tick(flow, item, x_right, width)
        x_right -= width
    flow.y -= _TICK_ROW


def _writing_lines(flow: Flow, labels: Sequence[str]) -> None:
    """Dotted lines across the page to write on, each after its label (or alone when empty)."""
    canvas = flow.canvas
    for caption in labels:
        flow.ensure(_WRITING_LINE)
        y = flow.y - _WRITING_LINE + 6
        line_right = CONTENT_RIGHT
        if caption:
            draw_rtl_line(canvas, caption, CONTENT_RIGHT, y + 3, LABEL.font, LABEL.size)
            line_right -= text_width(caption, LABEL.font, LABEL.size) + 6
        canvas.setStrokeColor(RULE)
        canvas.setDash(1, 2)
        canvas.line(CONTENT_LEFT, y + 1, line_right, y + 1)
        canvas.setDash()
        flow.y -= _WRITING_LINE
    flow.gap(2)

