"""Any text at all — very long, mixed Arabic/Latin, emoji, control characters — still prints,
and every glyph stays inside the page margins."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pdfplumber
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from saa_desk.printing import (
    DecisionLetterData,
    PrintContext,
    read_document_metadata,
    render_decision_letter,
    render_declaration,
)
from saa_desk.printing.layout import MARGIN_X
from tests.printing.helpers import SNAPSHOT_HASH, snapshot

_TOLERANCE = 0.5  # points; pdfplumber rounds glyph boxes

_arabic = st.text(st.characters(min_codepoint=0x0621, max_codepoint=0x0652), min_size=1,
                  max_size=12)
_latin = st.text(st.characters(min_codepoint=0x41, max_codepoint=0x7A), min_size=1, max_size=12)
_special = st.sampled_from(
    ["😀", "👨‍👩‍👧", "🕋", "\u202e", "\u2066", "\x00", "\x1b", "\n", "\t", "\u200f", "\ufeff",
     "1990-03-15", "050 123 4567", "RYD-D1-2026-000123", "(", ")", "«", "ﷲ", "ﻻ", "٣٤٥", "—"]
)
_word = st.one_of(_arabic, _latin, _special, st.text(max_size=8))
_phrase = st.lists(_word, max_size=30).map(" ".join)
_unbroken = st.builds(lambda w, n: w * n, st.one_of(_arabic, _latin), st.integers(1, 120))
_any_text = st.one_of(_phrase, _unbroken, st.text(max_size=300))
_name = st.one_of(_arabic, _phrase, _unbroken, st.text(max_size=60))


def _assert_inside_margins(pdf: bytes) -> None:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert document.pages
        for page in document.pages:
            for char in page.chars:
                assert char["x0"] >= MARGIN_X - _TOLERANCE, char
                assert char["x1"] <= page.width - MARGIN_X + _TOLERANCE, char
                assert char["top"] >= 0 and char["bottom"] <= page.height, char


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    names=st.lists(_name, min_size=4, max_size=4),
    latin=st.one_of(st.none(), _any_text),
    address=_any_text,
    city=_name,
    district=_name,
    description=st.one_of(st.none(), _any_text),
    household=st.lists(_name, max_size=8),
    employee=_name,
)
def test_declaration_with_any_text_stays_on_the_page(
    names: list[str],
    latin: str | None,
    address: str,
    city: str,
    district: str,
    description: str | None,
    household: list[str],
    employee: str,
) -> None:
    data: dict[str, Any] = snapshot(
        first_name=names[0], father_name=names[1], grandfather_name=names[2],
        family_name=names[3], latin_name=latin, address=address, city=city, district=district,
    )
    data["request"]["description"] = description
    data["household"] = [{"name": n, "relation": "son", "birth_date": None} for n in household]
    ctx = PrintContext(employee or "x", dt.datetime(2025, 11, 25, 10, 30), employee)
    pdf = render_declaration(data, SNAPSHOT_HASH, ctx)
    assert pdf.startswith(b"%PDF")
    meta = read_document_metadata(pdf)
    assert meta is not None and meta["snapshot_hash"] == SNAPSHOT_HASH
    _assert_inside_margins(pdf)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_name, reason=_any_text.filter(str.strip), meeting=_name, branch=_name)
def test_decision_letter_with_any_text_stays_on_the_page(
    name: str, reason: str, meeting: str, branch: str
) -> None:
    letter = DecisionLetterData(
        request_number="RYD-D1-2026-000123", beneficiary_name=name, id_number="1234567897",
        support_type="medical", outcome="reject", reason=reason, meeting_number=meeting,
        meeting_date=dt.date(2025, 12, 8), decided_on=dt.date(2025, 12, 8),
    )
    ctx = PrintContext(branch, dt.datetime(2025, 12, 9, 9, 0), "سارة", is_copy=True)
    pdf = render_decision_letter(letter, ctx)
    assert pdf.startswith(b"%PDF")
    _assert_inside_margins(pdf)


def test_enormous_values_flow_over_pages_and_stay_inside() -> None:
    huge_word = "ب" * 1500
    data: dict[str, Any] = snapshot(
        first_name=huge_word, father_name="Abdullah" * 150, grandfather_name="سالم " * 300,
        family_name="😀" * 500, latin_name="x" * 3000, address=("عنوان طويل جدا " * 600),
        city="\u202e" * 100, district="\x00" * 50,
    )
    data["request"]["description"] = "وصف (طويل) 1990-03-15 " * 400
    data["household"] = [
        {"name": "اسم فرد " * 60, "relation": "son", "birth_date": "2010-05-01"}
        for _ in range(8)
    ]
    ctx = PrintContext("فرع " * 200, dt.datetime(2025, 11, 25, 10, 30), "موظف " * 300)
    pdf = render_declaration(data, SNAPSHOT_HASH, ctx)
    _assert_inside_margins(pdf)
