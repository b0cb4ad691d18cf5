"""The submission receipt and the decision letter, read back from real PDFs."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from saa_desk.catalogues import codes, label
from saa_desk.printing import (
    DecisionLetterData,
    ReceiptData,
    read_document_metadata,
    render_decision_letter,
    render_receipt,
)
from saa_desk.printing.texts import text, text_list
from tests.printing.helpers import context, logical_text, save_png

RECEIPT = ReceiptData(
    request_number="RYD-D1-2026-000123",
    beneficiary_name="محمد عبدالله سالم القحطاني",
    id_number="1234567897",
    support_type="umrah_trip",
    submitted_on=dt.date(2025, 11, 25),
    expected_answer_date=dt.date(2025, 12, 9),
)

LETTER = DecisionLetterData(
    request_number="RYD-D1-2026-000123",
    beneficiary_name="محمد عبدالله سالم القحطاني",
    id_number="1234567897",
    support_type="umrah_trip",
    outcome="accept",
    reason=None,
    meeting_number="14",
    meeting_date=dt.date(2025, 12, 8),
    decided_on=dt.date(2025, 12, 8),
)
REASONS = {
    "reject": "الدخل الشهري للأسرة يتجاوز الحد المعتمد في دليل سياسة الدعم",
    "return": "يرجى إحضار تعريف بالراتب محدث وصورة سجل الأسرة",
}


@pytest.fixture(scope="module")
def receipt_pdf() -> bytes:
    return render_receipt(RECEIPT, context())


def test_receipt_shows_the_request_and_the_expected_answer_date(receipt_pdf: bytes) -> None:
    text_ = logical_text(receipt_pdf)
    assert "إيصال استلام الطلب" in text_
    assert "RYD-D1-2026-000123" in text_
    assert "محمد عبدالله سالم القحطاني" in text_
    assert "1234567897" in text_
    assert "دعم رحلة عمرة لغير القادرين" in text_
    assert "04/06/1447 هـ" in text_ and "25/11/2025 م" in text_  # submitted on
    assert "موعد الرد المتوقع: 18/06/1447 هـ الموافق 09/12/2025 م" in text_
    assert "نسخة" not in text_


def test_receipt_says_what_happens_next_and_lists_the_eight_channels(receipt_pdf: bytes) -> None:
    flat = " ".join(logical_text(receipt_pdf).splitlines())  # a wrapped step spans two lines
    steps = text_list("receipt", "next_steps")
    assert len(steps) == 3
    positions = [flat.index(step) for step in steps]
    assert positions == sorted(positions)
    channels = codes("channel")
    assert len(channels) == 8
    for code in channels:
        assert label("channel", code) in flat


def test_receipt_metadata_and_determinism(receipt_pdf: bytes) -> None:
    meta = read_document_metadata(receipt_pdf)
    assert meta is not None
    assert meta["doc"] == "receipt"
    assert meta["request_number"] == "RYD-D1-2026-000123"
    assert meta["expected_answer_date"] == "2025-12-09"
    assert render_receipt(RECEIPT, context()) == receipt_pdf
    save_png(receipt_pdf, "receipt")


def test_receipt_copy_is_marked() -> None:
    pdf = render_receipt(RECEIPT, context(is_copy=True))
    assert "نسخة" in logical_text(pdf)
    meta = read_document_metadata(pdf)
    assert meta is not None and meta["copy"] is True


def _letter(outcome: str) -> DecisionLetterData:
    return dataclasses.replace(LETTER, outcome=outcome, reason=REASONS.get(outcome))


@pytest.mark.parametrize("outcome", ["accept", "reject", "return"])
def test_decision_letter_states_outcome_reason_meeting_and_next_step(outcome: str) -> None:
    pdf = render_decision_letter(_letter(outcome), context())
    text_ = logical_text(pdf)
    assert "خطاب القرار" in text_
    assert f"القرار: {label('decision', outcome)}" in text_
    assert "RYD-D1-2026-000123" in text_ and "محمد عبدالله سالم القحطاني" in text_
    assert "اجتماعها رقم 14" in text_
    assert "17/06/1447 هـ" in text_ and "08/12/2025 م" in text_  # meeting / decision date
    assert text("decision_letter", f"next_step.{outcome}") in " ".join(text_.split("\n"))
    if outcome in REASONS:
        assert REASONS[outcome] in text_
    meta = read_document_metadata(pdf)
    assert meta is not None
    assert meta["doc"] == "decision_letter" and meta["outcome"] == outcome
    assert meta["meeting_number"] == "14" and meta["decided_on"] == "2025-12-08"
    assert render_decision_letter(_letter(outcome), context()) == pdf
    save_png(pdf, f"decision_{outcome}")


@pytest.mark.parametrize("outcome", ["reject", "return"])
def test_decision_without_reason_is_refused(outcome: str) -> None:
    with pytest.raises(ValueError, match="reason"):
        dataclasses.replace(LETTER, outcome=outcome, reason="  ")


def test_unknown_outcome_is_refused() -> None:
    with pytest.raises(ValueError, match="outcome"):
        dataclasses.replace(LETTER, outcome="maybe")


def test_decision_letter_copy_is_marked() -> None:
    pdf = render_decision_letter(_letter("reject"), context(is_copy=True, copy_number=3))
    assert "نسخة رقم 3" in logical_text(pdf)
