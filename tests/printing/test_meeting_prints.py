"""A closed meeting's minutes and its letters, printed through the services and read back from the PDFs."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from sqlalchemy import select

from saa_desk.domain.errors import ValidationError
from saa_desk.printing import read_document_metadata
from saa_desk.services import committee, printing
from saa_desk.store.models import PrintRecord
from tests.conftest import Desk
from tests.printing.helpers import logical, logical_text, page_count
from tests.services.test_meetings import submitted, three_members


def held_meeting(d: Desk, number: str = "14") -> tuple[str, list[str]]:
    """A closed meeting that accepted, rejected and returned one request each."""
    accept, reject, back = submitted(d), submitted(d), submitted(d)
    mid = committee.create_meeting(d.store, d.committee, number, "2026-12-01", "مقر الجمعية بالرياض",
                                   three_members(d))
    committee.add_to_agenda(d.store, d.committee, mid, [accept, reject, back])
    committee.record_decision(d.store, d.committee, mid, accept, "accept", conditions="تقديم أصل الهوية")
    committee.record_decision(d.store, d.committee, mid, reject, "reject", reason_code="income_above_limit",
                              reason="الدخل الشهري يتجاوز الحد")
    committee.record_decision(d.store, d.committee, mid, back, "return", missing_documents=["family_record"])
    return mid, [accept, reject, back]


def page_texts(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return ["\n".join(logical(line) for line in (p.extract_text() or "").splitlines()) for p in document.pages]


def test_minutes_and_letters_print_only_once_the_meeting_is_closed(desk_env: Desk) -> None:
    d = desk_env
    mid, _ = held_meeting(d)
    for call in (printing.print_minutes, printing.print_meeting_letters):
        with pytest.raises(ValidationError) as err:
            call(d.store, d.committee, mid)
        assert err.value.code == "meeting_open" and err.value.field == "meeting_number"
    committee.close_meeting(d.store, d.committee, mid)
    minutes = printing.print_minutes(d.store, d.committee, mid)
    assert minutes.pages == page_count(minutes.pdf) >= 1
    text = logical_text(minutes.pdf)
    for expected in ("محضر اجتماع اللجنة", "رقم الاجتماع: 14", "مقر الجمعية بالرياض", "حاضر", "مقبول",
                     "الدعم المعتمد", "تقديم أصل الهوية", "الدخل يتجاوز الحد المقرر للدعم", "سجل الأسرة",
                     "التوقيع", "عضو member2"):
        assert expected in text, expected
    assert "21/06/1448" in text and "01/12/2026" in text  # the Hijri and Gregorian dates
    meta = read_document_metadata(minutes.pdf)
    assert meta["doc"] == "minutes" and meta["decisions"] == 3 and meta["present"] == 3


def test_the_letters_are_one_pdf_a_page_a_letter_each_a_recorded_print(desk_env: Desk) -> None:
    d = desk_env
    mid, rids = held_meeting(d)
    committee.close_meeting(d.store, d.committee, mid)
    letters = printing.print_meeting_letters(d.store, d.committee, mid)
    assert letters.pages == page_count(letters.pdf) == 3
    numbers = [committee.meeting(d.store, d.committee, mid).agenda[i].number for i in range(3)]
    pages = page_texts(letters.pdf)
    for page, number, outcome in zip(pages, numbers, ("مقبول", "مرفوض", "سجل الأسرة"), strict=True):
        assert "خطاب القرار" in page and number in page and outcome in page and "صفحة 1 من 1" in page
    assert read_document_metadata(letters.pdf)["letters"][1]["request_number"] == numbers[1]
    again = printing.print_meeting_letters(d.store, d.committee, mid)
    assert "نسخة رقم 1" in page_texts(again.pdf)[0]
    with d.store.read() as s:
        records = list(s.scalars(select(PrintRecord).where(PrintRecord.document_kind == "decision")))
    assert sorted(r.request_id for r in records) == sorted(rids * 2)
    assert sorted(r.copy_number for r in records) == [0, 0, 0, 1, 1, 1]
    assert {r.id for r in records} == {*letters.print_ids, *again.print_ids}
    # The one request's letter printed alone next counts the meeting's prints before it.
    assert printing.print_decision(d.store, d.reception, rids[0]).copy_number == 2
