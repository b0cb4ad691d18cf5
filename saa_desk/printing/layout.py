"""Page furniture shared by the printed documents.

An A4 page with a letterhead, a footer that knows the page count, content that flows onto a new
page when it runs out of room, right-to-left tables whose cells wrap (a row taller than a page is
split), the QR code drawn as vector squares, signature blocks, and the copy mark.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from saa_desk.domain.dates import format_gregorian, format_hijri
from saa_desk.printing.arabic import (
    Align,
    draw_rtl_line,
    draw_visual_lines,
    shape_line,
    text_width,
    wrap_rtl,
)
from saa_desk.printing.fonts import BOLD, REGULAR, register_fonts
from saa_desk.printing.formatting import date_line
from saa_desk.printing.metadata import apply_metadata
from saa_desk.printing.models import PrintContext
from saa_desk.printing.texts import text

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 40.0
MARGIN_TOP = 36.0
MARGIN_BOTTOM = 64.0  # the footer lives below this line
CONTENT_LEFT = MARGIN_X
CONTENT_RIGHT = PAGE_WIDTH - MARGIN_X
CONTENT_WIDTH = CONTENT_RIGHT - CONTENT_LEFT
CELL_PAD = 3.0
# The declaration's QR code: top-left of page 1, clear of everything by more than the four-module
# quiet zone scanners want.
QR_SIZE = 70.0
QR_LEFT = CONTENT_LEFT
QR_TOP = PAGE_HEIGHT - MARGIN_TOP

INK = colors.HexColor("#1b1b1b")
RULE = colors.HexColor("#8d9a94")
SHADE = colors.HexColor("#eaf1ed")
ACCENT = colors.HexColor("#0b5a44")
COPY_RED = colors.HexColor("#b3261e")
_EPSILON = 1e-6
_SIGNATURE_ROW = 30.0  # room to sign by hand above each dotted line
_SIGNATURE_NAME_LINES = 3
_ELLIPSIS = "…"


@dataclass(frozen=True)
class TextStyle:
    font: str
    size: float
    leading: float


BODY = TextStyle(REGULAR, 10.5, 17)
LABEL = TextStyle(BOLD, 9, 14)
VALUE = TextStyle(REGULAR, 10, 14)
SMALL = TextStyle(REGULAR, 8, 12)
HEADING = TextStyle(BOLD, 11, 16)


@dataclass(frozen=True)
class Cell:
    """One table cell; rows list their cells from right to left."""

    text: str
    width: float
    style: TextStyle = VALUE
    shaded: bool = False
    align: Align = "right"


@dataclass(frozen=True)
class Letterhead:
    """What every page of one document repeats: who, what, which request, the copy mark."""

    title: str
    subtitle: str
    request_number: str
    date_line: str
    ctx: PrintContext
    footer_note: str
    qr_payload: str | None = None
    qr_caption: str = ""
    number_line: str | None = None  # under the title and atop later pages; the request number when None

    @property
    def number_text(self) -> str:
        return self.number_line or text("common", "request_number", number=self.request_number)


def request_letterhead(document: str, request_number: str, ctx: PrintContext) -> Letterhead:
    """The letterhead of a letter about one request (the receipt, the decision letter): the
    document's title in Arabic and English, the print date, the request number in the footer."""
    return Letterhead(
        title=text(document, "title"),
        subtitle=text(document, "title", "en"),
        request_number=request_number,
        date_line=date_line(ctx.printed_at.date()),
        ctx=ctx,
        footer_note=text("common", "request_number", number=request_number),
    )


@dataclass(frozen=True)
class SignatureBlock:
    role: str
    name: str
    image_png: bytes | None = None
    stamp: bool = False


# --- the document ----------------------------------------------------------------------------


def build_pdf(
    head: Letterhead,
    metadata: Mapping[str, Any],
    body: Callable[[Flow], None],
    *,
    subject: str,
) -> bytes:
    """Lay out one document and return its PDF bytes (identical bytes for identical input)."""
    return build_sections([(head, body)], metadata, title=f"{head.title} — {head.request_number}",
                          subject=subject)


_RENDERING = threading.Lock()


def build_sections(
    sections: Sequence[tuple[Letterhead, Callable[[Flow], None]]],
    metadata: Mapping[str, Any],
    *,
    title: str,
    subject: str,
) -> bytes:
    """Several documents in one PDF (a meeting's letters): each starts on a new page with its own
    letterhead, and its footer counts its own pages."""
    register_fonts()
    buffer = io.BytesIO()
    # One document at a time: reportlab's TTFont keeps the glyph subsets of the document being
    # written in the shared font object, and two threads saving at once (a preview read beside a
    # recorded print) broke a subset (KeyError in makeSubset). A page takes 7-70 ms, so waiting is cheap.
    with _RENDERING:
        canvas = _PagedCanvas(buffer)
        apply_metadata(canvas, metadata, title=title, subject=subject,
                       author=text("common", "association_name", "en"))
        for head, body in sections:
            canvas.begin_section(_footer_of(head))
            flow = Flow(canvas, head)
            body(flow)
            canvas.showPage()
        canvas.save()
    return buffer.getvalue()


def _footer_of(head: Letterhead) -> Callable[[Canvas, int, int], None]:
    return lambda canvas, page, total: _draw_footer(canvas, head, page, total)


class _PagedCanvas(Canvas):
    """Keeps finished pages until `save`, so each footer can say "page 2 of 3"."""

    def __init__(self, buffer: io.BytesIO) -> None:
        # invariant=1: fixed dates and document ID, so the same input gives the same bytes.
        super().__init__(buffer, pagesize=A4, invariant=1, pageCompression=1)
        self._finished: list[tuple[dict[str, Any], int]] = []  # (page state, its section)
        self._footers: list[Callable[[Canvas, int, int], None]] = []
        self._starts: list[int] = []  # the first page of each section

    def begin_section(self, footer: Callable[[Canvas, int, int], None]) -> None:
        self._footers.append(footer)
        self._starts.append(len(self._finished))

    def showPage(self) -> None:
        self._finished.append((dict(self.__dict__), len(self._footers) - 1))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own page reset, not in its stubs

    def save(self) -> None:
        ends = [*self._starts[1:], len(self._finished)]
        for index, (state, section) in enumerate(list(self._finished)):
            self.__dict__.update(state)
            start = self._starts[section]
            self._footers[section](self, index - start + 1, ends[section] - start)
            super().showPage()
        super().save()


# --- flowing content -------------------------------------------------------------------------


class Flow:
    """A cursor down the page that starts a new page (with its letterhead) when room runs out."""

    def __init__(self, canvas: Canvas, head: Letterhead) -> None:
        self.canvas = canvas
        self.head = head
        self.page = 1
        self.y = _draw_first_head(canvas, head)

    @property
    def room(self) -> float:
        return self.y - MARGIN_BOTTOM

    def new_page(self) -> None:
        self.canvas.showPage()
        self.page += 1
        self.y = _draw_next_head(self.canvas, self.head)

    def ensure(self, height: float) -> None:
        if height > self.room + _EPSILON:
            self.new_page()

    def gap(self, height: float) -> None:
        self.y = max(self.y - height, MARGIN_BOTTOM)

    def paragraph(
        self,
        content: str,
        style: TextStyle = BODY,
        *,
        x_right: float = CONTENT_RIGHT,
        width: float = CONTENT_WIDTH,
        colour: colors.Color = INK,
    ) -> None:
        self.canvas.setFillColor(colour)
        for line in wrap_rtl(content, style.font, style.size, width):
            self.ensure(style.leading)
            draw_visual_lines(self.canvas, [line], x_right, self.y, style.font, style.size,
                              style.leading)
            self.y -= style.leading
        self.canvas.setFillColor(INK)

    def numbered(self, items: Sequence[str], style: TextStyle = BODY, indent: float = 18) -> None:
        """A numbered list with hanging indent: the number in the right margin of the text."""
        for number, item in enumerate(items, start=1):
            lines = wrap_rtl(item, style.font, style.size, CONTENT_WIDTH - indent)
            for index, line in enumerate(lines):
                self.ensure(style.leading)
                if index == 0:
                    marker = shape_line(f"{number}.", style.font)  # reads "1." right to left
                    draw_visual_lines(self.canvas, [marker], CONTENT_RIGHT, self.y,
                                      style.font, style.size, style.leading)
                draw_visual_lines(self.canvas, [line], CONTENT_RIGHT - indent, self.y,
                                  style.font, style.size, style.leading)
                self.y -= style.leading

    def heading(self, title: str, keep_with_next: float = 60) -> None:
        """A shaded section bar, never left alone at the foot of a page."""
        bar = HEADING.leading + 4
        self.ensure(bar + keep_with_next)
        self.gap(5)
        canvas = self.canvas
        canvas.setFillColor(SHADE)
        canvas.rect(CONTENT_LEFT, self.y - bar, CONTENT_WIDTH, bar, stroke=0, fill=1)
        canvas.setFillColor(ACCENT)
        canvas.rect(CONTENT_RIGHT - 3, self.y - bar, 3, bar, stroke=0, fill=1)
        lines = wrap_rtl(title, HEADING.font, HEADING.size, CONTENT_WIDTH - 20)[:1]
        draw_visual_lines(canvas, lines, CONTENT_RIGHT - 10, self.y - 2, HEADING.font,
                          HEADING.size, HEADING.leading)
        canvas.setFillColor(INK)
        self.y -= bar + 3

    def table(self, rows: Sequence[Sequence[Cell]], header: Sequence[Cell] | None = None) -> None:
        if header is not None:
            self.ensure(_row_height(header, _wrap_cells(header)) + 2 * VALUE.leading)
            self._row(header, None)
        for row in rows:
            self._row(row, header)

    def boxed(self, content: str, style: TextStyle = BODY, colour: colors.Color = ACCENT) -> None:
        """A paragraph in a coloured frame (the expected-answer date, a decision)."""
        lines = wrap_rtl(content, style.font, style.size, CONTENT_WIDTH - 24)
        height = max(len(lines), 1) * style.leading + 12
        if height > _next_page_top() - MARGIN_BOTTOM:  # a frame cannot span pages
            self.paragraph(content, style, colour=colour)
            return
        self.ensure(height)
        canvas = self.canvas
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(1.4)
        canvas.roundRect(CONTENT_LEFT, self.y - height, CONTENT_WIDTH, height, 5, stroke=1, fill=0)
        canvas.setLineWidth(0.5)
        canvas.setFillColor(colour)
        draw_visual_lines(canvas, lines, CONTENT_RIGHT - 12, self.y - 6, style.font, style.size,
                          style.leading)
        canvas.setFillColor(INK)
        self.y -= height

    def bullets(self, items: Sequence[str], columns: int = 2, style: TextStyle = BODY) -> None:
        """Short items in columns, right to left then down, each with a bullet."""
        gap = 16.0
        width = (CONTENT_WIDTH - gap * (columns - 1)) / columns
        for start in range(0, len(items), columns):
            row = items[start : start + columns]
            wrapped = [wrap_rtl(item, style.font, style.size, width - 12) for item in row]
            height = max(max(len(lines), 1) for lines in wrapped) * style.leading
            self.ensure(height)
            x_right = CONTENT_RIGHT
            for lines in wrapped:
                draw_visual_lines(self.canvas, ["•"], x_right, self.y, style.font, style.size,
                                  style.leading)
                draw_visual_lines(self.canvas, lines, x_right - 12, self.y, style.font,
                                  style.size, style.leading)
                x_right -= width + gap
            self.y -= height

    def signatures(self, blocks: Sequence[SignatureBlock]) -> None:
        """Signature blocks side by side from the right, two to a row: role, name, then dotted
        lines to sign, date (and stamp) by hand."""
        gap = 24.0
        width = (CONTENT_WIDTH - gap) / 2
        # The block must fit on one page: a name (already printed in full above) is cut short.
        name_lines = [
            _at_most(wrap_rtl(text("common", "name_field", name=b.name), VALUE.font, VALUE.size,
                              width - 12), _SIGNATURE_NAME_LINES)  # 12: room for the "…"
            for b in blocks
        ]
        rows_below_name = 3 if any(b.stamp for b in blocks) else 2
        height = HEADING.leading + max(len(n) for n in name_lines) * VALUE.leading
        height += rows_below_name * _SIGNATURE_ROW
        self.ensure(height)
        x_right = CONTENT_RIGHT
        for block, names in zip(blocks, name_lines, strict=True):
            self._signature_block(block, names, x_right, width)
            x_right -= width + gap
        self.y -= height

    # -- internals --

    def _signature_block(
        self, block: SignatureBlock, names: list[str], x_right: float, width: float
    ) -> None:
        canvas = self.canvas
        y = self.y
        canvas.setFillColor(ACCENT)
        draw_rtl_line(canvas, block.role, x_right, y - 13, HEADING.font, HEADING.size,
                      max_width=width)
        canvas.setFillColor(INK)
        y -= HEADING.leading
        draw_visual_lines(canvas, names, x_right, y, VALUE.font, VALUE.size, VALUE.leading)
        y -= len(names) * VALUE.leading
        fields = ["signature_field", "date_field"] + (["stamp_field"] if block.stamp else [])
        for field in fields:
            y -= _SIGNATURE_ROW
            label = text("common", field)
            draw_rtl_line(canvas, label, x_right, y + 4, LABEL.font, LABEL.size)
            line_right = x_right - text_width(label, LABEL.font, LABEL.size) - 6
            canvas.setStrokeColor(RULE)
            canvas.setDash(1, 2)
            canvas.line(x_right - width, y + 2, line_right, y + 2)
            canvas.setDash()
            if field == "signature_field" and block.image_png:
                _draw_signature_image(canvas, block.image_png, x_right - width, y + 3,
                                      line_right - (x_right - width), _SIGNATURE_ROW)

    def _row(self, cells: Sequence[Cell], header: Sequence[Cell] | None) -> None:
        wrapped = _wrap_cells(cells)
        header_height = _row_height(header, _wrap_cells(header)) if header else 0.0
        fresh_room = _next_page_top() - MARGIN_BOTTOM - header_height
        while True:
            height = _row_height(cells, wrapped)
            if height <= self.room + _EPSILON:
                self._draw_row(cells, wrapped, height)
                return
            fits = [max(0, int((self.room - 2 * CELL_PAD) // c.style.leading)) for c in cells]
            progress = any(n and lines for n, lines in zip(fits, wrapped, strict=True))
            if height <= fresh_room or not progress:
                self._continue_table(header)
                continue
            # Taller than a whole page: draw what fits here, carry the rest over.
            part = [lines[:n] for lines, n in zip(wrapped, fits, strict=True)]
            self._draw_row(cells, part, self.room)
            wrapped = [lines[n:] for lines, n in zip(wrapped, fits, strict=True)]
            self._continue_table(header)

    def _continue_table(self, header: Sequence[Cell] | None) -> None:
        self.new_page()
        if header is not None:
            self._draw_row(header, _wrap_cells(header), _row_height(header, _wrap_cells(header)))

    def _draw_row(self, cells: Sequence[Cell], wrapped: list[list[str]], height: float) -> None:
        canvas = self.canvas
        canvas.setLineWidth(0.5)
        x_right = CONTENT_RIGHT
        for cell, lines in zip(cells, wrapped, strict=True):
            x_left = x_right - cell.width
            canvas.setStrokeColor(RULE)
            canvas.setFillColor(SHADE)
            canvas.rect(x_left, self.y - height, cell.width, height, stroke=1, fill=cell.shaded)
            canvas.setFillColor(INK)
            x = (x_left + x_right) / 2 if cell.align == "centre" else x_right - CELL_PAD
            draw_visual_lines(canvas, lines, x, self.y - CELL_PAD, cell.style.font,
                              cell.style.size, cell.style.leading, cell.align)
            x_right = x_left
        self.y -= height


def _at_most(lines: list[str], count: int) -> list[str]:
    """The first `count` visual lines; a cut right-to-left line ends (on its left) with "…"."""
    if len(lines) <= count:
        return lines
    last = lines[count - 1]
    return [*lines[: count - 1], _ELLIPSIS + last]


def _wrap_cells(cells: Sequence[Cell]) -> list[list[str]]:
    return [
        wrap_rtl(c.text, c.style.font, c.style.size, c.width - 2 * CELL_PAD) for c in cells
    ]


def _row_height(cells: Sequence[Cell], wrapped: list[list[str]]) -> float:
    return 2 * CELL_PAD + max(
        max(len(lines), 1) * c.style.leading for c, lines in zip(cells, wrapped, strict=True)
    )


def _draw_signature_image(
    canvas: Canvas, png: bytes, x: float, y: float, width: float, height: float
) -> None:
    try:
        image = ImageReader(io.BytesIO(png))
    except Exception as exc:  # PIL raises many types for a damaged image
        raise ValueError("the on-screen signature is not a readable image") from exc
    canvas.drawImage(image, x, y, width=width, height=height, mask="auto",
                     preserveAspectRatio=True, anchor="s")


# --- QR code ---------------------------------------------------------------------------------


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR modules for `payload` (medium error correction, no quiet zone), row 0 at the top."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, box_size=1)
    code.add_data(payload)
    code.make(fit=True)
    return code.get_matrix()


def draw_qr(canvas: Canvas, payload: str, x: float, y_top: float, size: float) -> None:
    """Draw the QR as filled vector squares, one rectangle per horizontal run of dark modules
    (a third of the time of reportlab's QR widget, and as sharp at any printer resolution)."""
    matrix = qr_matrix(payload)
    module = size / len(matrix)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        y = y_top - (row_index + 1) * module
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            path.rect(x + start * module, y, (column - start) * module, module)
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColor(INK)


# --- letterhead, footer, copy mark -----------------------------------------------------------


def _draw_first_head(canvas: Canvas, head: Letterhead) -> float:
    top = PAGE_HEIGHT - MARGIN_TOP
    ctx = head.ctx
    left = CONTENT_LEFT
    if head.qr_payload:
        draw_qr(canvas, head.qr_payload, QR_LEFT, QR_TOP, QR_SIZE)
        draw_rtl_line(canvas, head.qr_caption, QR_LEFT + QR_SIZE / 2, QR_TOP - QR_SIZE - 13,
                      REGULAR, 7, align="centre", max_width=QR_SIZE + 20)
        left += QR_SIZE + 24
    block = CONTENT_RIGHT - left - (_BADGE_WIDTH + 12 if ctx.is_copy else 0)
    canvas.setFillColor(ACCENT)
    draw_rtl_line(canvas, text("common", "association_name"), CONTENT_RIGHT, top - 14, BOLD, 15,
                  max_width=block)
    canvas.setFillColor(INK)
    draw_rtl_line(canvas, text("common", "association_name", "en"), CONTENT_RIGHT, top - 29,
                  REGULAR, 8.5, max_width=block)
    draw_rtl_line(canvas, text("common", "branch", branch=ctx.branch_name), CONTENT_RIGHT,
                  top - 46, REGULAR, 10.5, max_width=block)
    if ctx.is_copy:
        _draw_copy_badge(canvas, ctx, left, top - 6)
    # Without a QR code the letterhead needs only the height of its three lines.
    rule = top - (QR_SIZE + 18 if head.qr_payload else 58)
    _rule(canvas, rule, ACCENT, 1.2)
    draw_rtl_line(canvas, head.title, PAGE_WIDTH / 2, rule - 24, BOLD, 18, align="centre",
                  max_width=CONTENT_WIDTH)
    # Amiri's descenders (the tail of م) reach about 10 pt below an 18 pt baseline.
    draw_rtl_line(canvas, head.subtitle, PAGE_WIDTH / 2, rule - 42, REGULAR, 8.5,
                  align="centre", max_width=CONTENT_WIDTH)
    half = CONTENT_WIDTH / 2 - 8
    draw_rtl_line(canvas, head.number_text, CONTENT_RIGHT, rule - 56, BOLD, 10.5, max_width=half)
    draw_rtl_line(canvas, head.date_line, CONTENT_LEFT, rule - 56, REGULAR, 10, align="left",
                  max_width=half)
    return rule - 62


_NEXT_HEAD_HEIGHT = 48.0


def _next_page_top() -> float:
    return PAGE_HEIGHT - MARGIN_TOP - _NEXT_HEAD_HEIGHT


def _draw_next_head(canvas: Canvas, head: Letterhead) -> float:
    top = PAGE_HEIGHT - MARGIN_TOP
    half = CONTENT_WIDTH / 2 - 8
    canvas.setFillColor(ACCENT)
    draw_rtl_line(canvas, text("common", "association_name"), CONTENT_RIGHT, top - 12, BOLD, 11,
                  max_width=half)
    canvas.setFillColor(INK)
    draw_rtl_line(canvas, head.number_text, CONTENT_LEFT, top - 12, REGULAR, 10, align="left",
                  max_width=half)
    continued = text("common", "continued", title=head.title)
    draw_rtl_line(canvas, continued, CONTENT_RIGHT, top - 30, BOLD, 10.5, max_width=half)
    if head.ctx.is_copy:
        _draw_copy_badge(canvas, head.ctx, CONTENT_LEFT, top - 16, small=True)
    _rule(canvas, top - 38, ACCENT, 1)
    return _next_page_top()


def _draw_footer(canvas: Canvas, head: Letterhead, page: int, total: int) -> None:
    ctx = head.ctx
    if ctx.is_copy:
        # Drawn last, over the content: shaded table cells would hide a mark drawn first.
        _draw_watermark(canvas)
    _rule(canvas, MARGIN_BOTTOM - 12, RULE, 0.6)
    canvas.setFillColor(INK)
    page_text = text("common", "page_of", page=page, total=total)
    draw_rtl_line(canvas, page_text, CONTENT_LEFT, MARGIN_BOTTOM - 26, REGULAR, 8.5, align="left")
    draw_rtl_line(canvas, head.footer_note, CONTENT_RIGHT, MARGIN_BOTTOM - 26, REGULAR, 8,
                  max_width=CONTENT_WIDTH - 80)
    printed = text(
        "common",
        "printed_by",
        name=ctx.printed_by,
        hijri=format_hijri(ctx.printed_at.date()),
        gregorian=format_gregorian(ctx.printed_at.date()),
        time=ctx.printed_at.strftime("%H:%M"),
    )
    draw_rtl_line(canvas, printed, CONTENT_RIGHT, MARGIN_BOTTOM - 40, REGULAR, 7.5,
                  max_width=CONTENT_WIDTH)


_BADGE_WIDTH = 92.0
_BADGE_HEIGHT = 26.0


def _copy_text(ctx: PrintContext) -> str:
    if ctx.copy_number > 0:
        return text("common", "copy_badge_numbered", number=ctx.copy_number)
    return text("common", "copy_badge")


def _draw_copy_badge(
    canvas: Canvas, ctx: PrintContext, x_left: float, y_top: float, small: bool = False
) -> None:
    scale = 0.7 if small else 1.0
    width, height = _BADGE_WIDTH * scale, _BADGE_HEIGHT * scale
    canvas.saveState()
    canvas.setStrokeColor(COPY_RED)
    canvas.setFillColor(COPY_RED)
    canvas.setLineWidth(1.5)
    canvas.roundRect(x_left, y_top - height, width, height, 4, stroke=1, fill=0)
    draw_rtl_line(canvas, _copy_text(ctx), x_left + width / 2,
                  y_top - height + 7 * scale, BOLD, 13 * scale, align="centre",
                  max_width=width - 8)
    canvas.restoreState()


def _draw_watermark(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setFillColor(COPY_RED)
    canvas.setFillAlpha(0.13)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(35)
    draw_rtl_line(canvas, text("common", "copy_badge"), 0, -45, BOLD, 150, align="centre")
    canvas.restoreState()


def _rule(canvas: Canvas, y: float, colour: colors.Color, width: float) -> None:
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(width)
    canvas.line(CONTENT_LEFT, y, CONTENT_RIGHT, y)
    canvas.setLineWidth(0.5)
