"""The shaping helper: wrap logical text, then reshape and reorder each line alone."""

from __future__ import annotations

import io
import itertools
import unicodedata
from collections.abc import Callable

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from saa_desk.printing import draw_rtl_line, draw_rtl_paragraph, shape_line, wrap_rtl
from saa_desk.printing.fonts import BOLD, REGULAR, covered_codepoints
from tests.printing.helpers import MIRROR, logical

DECLARATION = (
    "أقر أنا طالب الدعم بأن جميع البيانات المدونة في هذا الإقرار صحيحة وكاملة وأتحمل "
    "المسؤولية الشخصية المباشرة عن صحتها وأعلم أن طلبي سيرفع إلى لجنة البحث"
)
DECLARATION_WORDS = DECLARATION.split()


def _width(line: str, font: str = REGULAR, size: float = 11) -> float:
    return pdfmetrics.stringWidth(line, font, size)


def test_wrapped_lines_keep_logical_order() -> None:
    lines = wrap_rtl(" ".join(DECLARATION_WORDS), REGULAR, 11, 160)
    assert len(lines) >= 3
    back = [logical(line) for line in lines]
    # The first logical words land on the first line, and no word is lost or reordered.
    assert back[0].split()[:3] == DECLARATION_WORDS[:3]
    assert " ".join(back).split() == DECLARATION_WORDS
    assert all(_width(line) <= 160 + 1e-6 for line in lines)


def test_lines_are_filled_greedily_by_reshaped_width() -> None:
    lines = wrap_rtl(" ".join(DECLARATION_WORDS), REGULAR, 11, 160)
    for line, following in itertools.pairwise(lines):
        first_word_next = shape_line(logical(following).split()[0], REGULAR)
        # The next line's first word would not have fitted on this one.
        assert _width(line) + _width(" ") + _width(first_word_next) > 160


def test_brackets_are_mirrored() -> None:
    visual = shape_line("الاسم (محمد) [الأول]", REGULAR)
    # On paper the brackets must enclose the word: the one drawn to the left looks like "(".
    assert visual.index("(") < visual.index(")")
    assert visual.index("[") < visual.index("]")
    assert logical(visual).translate(MIRROR) == "الاسم (محمد) [الأول]"


@pytest.mark.parametrize(
    "token", ["1990-03-15", "RYD-D1-2026-000123", "050 123 4567", "+966 50 123 4567", "3,500"]
)
def test_left_to_right_runs_stay_whole_in_an_arabic_line(token: str) -> None:
    visual = shape_line(f"ولد في {token} بمدينة الرياض", REGULAR)
    assert token in visual
    assert "\u2066" not in visual and "\u2069" not in visual


def test_latin_first_line_is_still_laid_out_right_to_left() -> None:
    visual = shape_line("RYD-D1-2026-000123 رقم الطلب", REGULAR)
    # The first logical word is the rightmost one.
    assert visual.endswith("RYD-D1-2026-000123")


def test_latin_only_line_reads_left_to_right() -> None:
    assert shape_line("Mohammed (Abu Ali) Smith", REGULAR) == "Mohammed (Abu Ali) Smith"


def test_control_characters_are_stripped() -> None:
    visual = shape_line("محمد\u202e\u200b\x00\x07 \u2066علي\u2069\ufeff", REGULAR)
    assert not [c for c in visual if unicodedata.category(c) in {"Cc", "Cf"}]
    assert logical(visual) == "محمد علي"


def test_emoji_and_unknown_scripts_are_dropped_not_crashing() -> None:
    lines = wrap_rtl("محمد 😀 علي 👨‍👩‍👧 Жук", REGULAR, 11, 300)
    assert len(lines) == 1
    assert logical(lines[0]) == "محمد علي"
    assert set(map(ord, lines[0])) <= covered_codepoints(REGULAR)


@pytest.mark.parametrize("word", ["x" * 800, "ب" * 800, "1" * 500, "RYD-" * 120])
def test_overlong_words_are_broken_to_fit(word: str) -> None:
    lines = wrap_rtl(f"العنوان {word} نهاية", BOLD, 10, 120)
    assert len(lines) > 3
    assert all(_width(line, BOLD, 10) <= 120 + 1e-6 for line in lines)


def test_overlong_latin_word_keeps_all_its_characters() -> None:
    word = "ABCDEFGHIJ" * 40
    lines = wrap_rtl(word, REGULAR, 10, 90)
    assert "".join(lines) == word


def test_line_breaks_start_new_lines_and_blank_text_gives_nothing() -> None:
    assert [logical(x) for x in wrap_rtl("سطر أول\nسطر ثان", REGULAR, 11, 400)] == [
        "سطر أول",
        "سطر ثان",
    ]
    assert wrap_rtl("", REGULAR, 11, 100) == []
    assert wrap_rtl(" \n\t\u200b ", REGULAR, 11, 100) == []


def _extract(draw: Callable[[Canvas], None]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_paragraph_is_right_aligned_and_returns_the_next_y() -> None:
    text = " ".join(DECLARATION_WORDS) + " في 1990-03-15 برقم RYD-D1-2026-000123"
    result: dict[str, float] = {}

    def draw(canvas: Canvas) -> None:
        result["y"] = draw_rtl_paragraph(canvas, text, 500, 700, 200, REGULAR, 11, 17)

    pdf = _extract(draw)
    lines = wrap_rtl(text, REGULAR, 11, 200)
    assert result["y"] == pytest.approx(700 - len(lines) * 17)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        extracted = (page.extract_text() or "").splitlines()
        chars = page.chars
    assert len(extracted) == len(lines)
    # Every line ends at the right edge; nothing crosses the box.
    assert min(c["x0"] for c in chars) >= 300 - 0.5
    assert max(c["x1"] for c in chars) <= 500 + 0.5
    assert logical(extracted[0]).split()[:3] == DECLARATION_WORDS[:3]
    visual = "\n".join(extracted)
    # The hyphenated date and the request number survive extraction intact.
    assert "1990-03-15" in visual
    assert "RYD-D1-2026-000123" in visual


def test_single_line_never_exceeds_its_slot() -> None:
    long_text = "فرع " + "الرياض الشمالي " * 30

    def draw(canvas: Canvas) -> None:
        draw_rtl_line(canvas, long_text, 500, 700, REGULAR, 11, max_width=150)
        draw_rtl_line(canvas, "قصير", 500, 650, REGULAR, 11, max_width=150)

    with pdfplumber.open(io.BytesIO(_extract(draw))) as document:
        chars = document.pages[0].chars
    assert min(c["x0"] for c in chars) >= 350 - 0.5
    assert max(c["x1"] for c in chars) <= 500 + 0.5


_ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(),  # anything: controls, surrogates excluded by hypothesis, emoji…
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.sampled_from(list(" -()[]0123456789/")),
    ),
    max_size=400,
)


@settings(max_examples=300, deadline=None)
@given(text=_ANY_TEXT, width=st.floats(min_value=60, max_value=500), size=st.sampled_from([8, 11]))
def test_any_text_wraps_within_width_with_drawable_characters(
    text: str, width: float, size: float
) -> None:
    lines = wrap_rtl(text, REGULAR, size, width)
    covered = covered_codepoints(REGULAR)
    for line in lines:
        assert line.strip()
        assert pdfmetrics.stringWidth(line, REGULAR, size) <= width + 1e-6
        assert set(map(ord, line)) <= covered
        assert not [c for c in line if unicodedata.category(c) in {"Cc", "Cf", "Cs", "Co"}]
