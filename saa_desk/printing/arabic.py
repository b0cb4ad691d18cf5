"""Arabic (right-to-left) text on paper: the one place that wraps, shapes and orders it.

reportlab draws glyphs left to right and knows nothing of Arabic, so every string goes through
here first (docs/architecture.md, "Printing"):

1. clean: NFC, whitespace to plain spaces, control/format/unassigned characters dropped;
2. wrap the *logical* text, measuring each word by its *reshaped* width (joined forms are
   narrower), so the first words land on the first line — reordering a whole paragraph first
   would put the lines in reverse;
3. per line: wrap left-to-right runs (dates, phone numbers, IDs, request numbers, Latin words) in
   isolates (LRI…PDI) so the bidi algorithm keeps them whole, reshape (arabic-reshaper), reorder
   with python-bidi at base direction R, drop the isolates, mirror brackets (python-bidi 0.6 does
   not), and drop glyphs the font lacks (emoji…) rather than print boxes.

A line without any right-to-left letter (a Latin name, an English subtitle) is laid out left to
right, still right-aligned by the drawing helpers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Literal

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from saa_desk.printing.fonts import covered_codepoints, register_fonts

Align = Literal["right", "centre", "left"]

_LRI, _PDI = "\u2066", "\u2069"
# Characters dropped when cleaning: controls, format (bidi overrides, zero-width…), surrogates,
# private use and unassigned. Whitespace controls (\n, \t…) become spaces first.
_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# A "left-to-right" character: any letter or digit except Hebrew/Arabic letters, or a digit of
# any script (Arabic-Indic digits sit in the Arabic block but are numbers).
_LTR_CHAR = r"(?:[^\W_\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]|\d)"
_LTR_CONT = r"(?:[^\W_\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]|\d|[\u0300-\u036f])"
# One token: starts and ends with a letter/digit so trailing punctuation stays in the Arabic
# sentence; separators inside keep `1990-03-15`, `RYD-D1-2026-000123`, `3,500`, `a@b.sa` whole.
_LTR_TOKEN = rf"\+?{_LTR_CHAR}(?:[-+/.:,_@'&]*{_LTR_CONT})*%?"
# Tokens separated by single spaces form one run, so `050 123 4567` and `Mohammed Ali` keep
# their order inside an Arabic line.
_LTR_RUN = re.compile(rf"{_LTR_TOKEN}(?: {_LTR_TOKEN})*")
# Wrapping units: a spaced number group (a phone number) stays together; otherwise words.
_UNIT = re.compile(r"\+?\d+(?: \d+)+|\S+")
# Bidi_Mirrored brackets: at right-to-left level they must show their mirror image.
_VISUAL_FIXES = str.maketrans({"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{",
                               "«": "»", "»": "«", _LRI: None, _PDI: None})
_ELLIPSIS = "…"
_EPSILON = 1e-6


def clean(text: str, font_name: str | None = None) -> str:
    """One line of printable text: NFC, single spaces, no control or unassigned characters.

    Given a font, characters it cannot draw (emoji, scripts Amiri lacks) are dropped too, before
    wrapping, so they neither leave double spaces nor count in the measured width.
    """
    text = unicodedata.normalize("NFC", text)
    if not text.isprintable():
        text = "".join(
            " " if ch.isspace() else ch
            for ch in text
            if ch.isspace() or unicodedata.category(ch) not in _DROPPED_CATEGORIES
        )
    if font_name is not None:
        text = _for_font(text, font_name)
    return " ".join(text.split())


def has_rtl(text: str) -> bool:
    return _RTL_LETTER.search(text) is not None


def wrap_rtl(text: str, font_name: str, font_size: float, max_width: float) -> list[str]:
    """Wrap `text` to `max_width` points and return the lines in *visual* order, ready to draw.

    Line breaks in `text` start a new line. Nothing returned is wider than `max_width` (a word
    too long for a line is broken), unless a single glyph is.
    """
    register_fonts()
    lines: list[str] = []
    for paragraph in text.splitlines():
        for logical in _wrap_logical(clean(paragraph, font_name), font_name, font_size, max_width):
            lines.append(_visual(logical, font_name))
    return lines


def shape_line(text: str, font_name: str) -> str:
    """One line, unwrapped, in visual order (for short fixed texts)."""
    register_fonts()
    return _visual(clean(" ".join(text.splitlines()), font_name), font_name)


def text_width(text: str, font_name: str, font_size: float) -> float:
    """The printed width of `text` on one line, as shaped."""
    return pdfmetrics.stringWidth(shape_line(text, font_name), font_name, font_size)


def line_top_to_baseline(font_size: float, leading: float) -> float:
    """Distance from the top of a line box to its baseline.

    Amiri's ink spans about 0.7 em above the baseline and 0.35 em below: centre that in the box.
    """
    return leading / 2 + 0.175 * font_size


def draw_rtl_paragraph(
    canvas: Canvas,
    text: str,
    x_right: float,
    y_top: float,
    width: float,
    font: str,
    size: float,
    leading: float,
) -> float:
    """Draw `text` wrapped and right-aligned in the box starting at (`x_right`, `y_top`).

    Returns the y just below the last line (`y_top` when there is nothing to draw).
    """
    lines = wrap_rtl(text, font, size, width)
    draw_visual_lines(canvas, lines, x_right, y_top, font, size, leading)
    return y_top - len(lines) * leading


def draw_visual_lines(
    canvas: Canvas,
    lines: list[str],
    x: float,
    y_top: float,
    font: str,
    size: float,
    leading: float,
    align: Align = "right",
) -> None:
    """Draw lines already returned by `wrap_rtl`, one `leading` apart."""
    canvas.setFont(font, size)
    draw = _drawer(canvas, align)
    first = y_top - line_top_to_baseline(size, leading)
    for index, line in enumerate(lines):
        draw(x, first - index * leading, line)


def draw_rtl_line(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    font: str,
    size: float,
    *,
    align: Align = "right",
    max_width: float | None = None,
) -> None:
    """Draw one line with its baseline at `y`, aligned on `x` (right edge by default).

    Given `max_width`, a line too wide is first shrunk (down to 70 % of `size`), then cut
    with an ellipsis: a single-line slot never spills over its neighbours or off the page.
    """
    visual = shape_line(text, font)
    if max_width is not None:
        visual, size = _fit(text, visual, font, size, max_width)
    canvas.setFont(font, size)
    _drawer(canvas, align)(x, y, visual)


def _fit(text: str, visual: str, font: str, size: float, max_width: float) -> tuple[str, float]:
    width = pdfmetrics.stringWidth(visual, font, size)
    if width <= max_width + _EPSILON:
        return visual, size
    if width * 0.7 <= max_width:
        return visual, size * max_width / width
    room = max_width - pdfmetrics.stringWidth(_ELLIPSIS, font, size)
    first = (wrap_rtl(" ".join(text.splitlines()), font, size, room) or [""])[0]
    # The end of the first logical line is its visual left (right-to-left) or right end.
    return (_ELLIPSIS + first if has_rtl(first) else first + _ELLIPSIS), size


def _drawer(canvas: Canvas, align: Align) -> Callable[[float, float, str], None]:
    if align == "right":
        return canvas.drawRightString
    if align == "centre":
        return canvas.drawCentredString
    return canvas.drawString


# --- wrapping (logical order) -----------------------------------------------------------------


def _wrap_logical(text: str, font: str, size: float, max_width: float) -> list[str]:
    space = _unit_width(" ", font) * size
    lines: list[str] = []
    current: list[str] = []
    width = 0.0
    for unit in _UNIT.findall(text):
        unit_width = _unit_width(unit, font) * size
        pieces = [(unit, unit_width)]
        if unit_width > max_width + _EPSILON:
            pieces = [(p, _shaped_width(p, font) * size) for p in _split_long(unit, font, size,
                                                                                 max_width)]
        for piece, piece_width in pieces:
            if current and width + space + piece_width <= max_width + _EPSILON:
                current.append(piece)
                width += space + piece_width
                continue
            if current:
                lines.append(" ".join(current))
            current, width = [piece], piece_width
    if current:
        lines.append(" ".join(current))
    return lines


def _split_long(unit: str, font: str, size: float, max_width: float) -> list[str]:
    """Break a word wider than a line into pieces that fit (at least one character each)."""
    pieces: list[str] = []
    rest = unit
    while rest:
        if _shaped_width(rest, font) * size <= max_width + _EPSILON:
            pieces.append(rest)
            break
        cut = _longest_fitting_prefix(rest, font, size, max_width)
        pieces.append(rest[:cut])
        rest = rest[cut:]
    return pieces


def _longest_fitting_prefix(text: str, font: str, size: float, max_width: float) -> int:
    def fits(n: int) -> bool:
        return _shaped_width(text[:n], font) * size <= max_width + _EPSILON

    # Gallop then bisect: a few reshapes of short prefixes, not one per character.
    low, high = 1, 2
    while high < len(text) and fits(high):
        low, high = high, high * 2
    high = min(high, len(text))
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low


@lru_cache(maxsize=16384)
def _unit_width(unit: str, font: str) -> float:
    """Width of one word at size 1; words never join across a space, so widths add up."""
    return _shaped_width(unit, font)


def _shaped_width(text: str, font: str) -> float:
    return pdfmetrics.stringWidth(_for_font(arabic_reshaper.reshape(text), font), font, 1.0)


# --- one line to visual order -----------------------------------------------------------------


def _visual(logical: str, font: str) -> str:
    if not has_rtl(logical):
        return _for_font(get_display(logical, base_dir="L"), font)
    isolated = _LTR_RUN.sub(lambda m: f"{_LRI}{m.group()}{_PDI}", logical)
    visual = get_display(arabic_reshaper.reshape(isolated), base_dir="R")
    return _for_font(visual.translate(_VISUAL_FIXES), font)


def _for_font(text: str, font: str) -> str:
    """Keep what the font can draw: a missing presentation form falls back to its base letter,
    anything else missing (emoji, other scripts) is dropped rather than printed as a box."""
    covered = covered_codepoints(font)
    if all(ord(ch) in covered for ch in text):
        return text
    return "".join(_substitute(ch, covered) for ch in text)


def _substitute(ch: str, covered: frozenset[int]) -> str:
    if ord(ch) in covered:
        return ch
    base = unicodedata.normalize("NFKC", ch)
    if base != ch and all(ord(b) in covered for b in base):
        return base
    return ""
