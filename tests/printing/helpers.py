"""Shared sample data and PDF readers for the printing tests (real PDFs, no mocks)."""

from __future__ import annotations

import copy
import datetime as dt
import io
import unicodedata
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
from bidi import get_display

from saa_desk.printing import PrintContext

OUTPUT_DIR = Path(__file__).resolve().parents[1] / "output"
MIRROR = str.maketrans("()[]{}", ")(][}{")

SNAPSHOT_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"

SNAPSHOT: dict[str, Any] = {
    "schema": 1,
    "request": {
        "id": "4b1c2d3e-0000-4000-8000-000000000001",
        "number": "RYD-D1-2026-000123",
        "support_type": "umrah_trip",
        "channel": "interview",
        "description": "يرغب في أداء العمرة مع زوجته (لأول مرة) ولا يستطيع تحمل تكاليف السفر.",
    },
    "beneficiary": {
        "id": "4b1c2d3e-0000-4000-8000-000000000002",
        "id_type": "national_id",
        "id_number": "1234567897",
        "passport_country": None,
        "id_expiry": "2027-01-31",
        "first_name": "محمد",
        "father_name": "عبدالله",
        "grandfather_name": "سالم",
        "family_name": "القحطاني",
        "latin_name": "Mohammed Abdullah Al-Qahtani",
        "gender": "male",
        "birth_date": "1980-03-15",
        "nationality": "SA",
        "mobile": "+966501234567",
        "city": "الرياض",
        "district": "النسيم",
        "address": "شارع الأمير محمد بن سعد، مبنى 12، شقة 4",
        "marital_status": "married",
        "monthly_income": 3500,
        "employment": "retired",
    },
    "household": [
        {"name": "فاطمة محمد", "relation": "daughter", "birth_date": "2010-05-01"},
    ],
    "documents": [
        {"document_type": "identity_copy", "status": "verified", "document_number": None,
         "expiry_date": "2027-01-31"},
    ],
}

LONG_ADDRESS = (
    "حي الملك فهد، طريق الملك عبدالعزيز الفرعي، مجمع الواحة السكني (البوابة الشمالية)، "
    "فيلا رقم 27، بالقرب من مدارس الرواد الأهلية ومقابل حديقة الحي، الرمز البريدي 12345، "
) * 4

HOUSEHOLD_OF_SIX = [
    {"name": "نورة سعد العتيبي", "relation": "spouse", "birth_date": "1984-07-20"},
    {"name": "فاطمة محمد", "relation": "daughter", "birth_date": "2010-05-01"},
    {"name": "عبدالرحمن محمد", "relation": "son", "birth_date": "2012-09-11"},
    {"name": "سارة محمد", "relation": "daughter", "birth_date": "2015-01-30"},
    {"name": "يوسف محمد", "relation": "son", "birth_date": None},
    {"name": "حصة عبدالله القحطاني", "relation": "mother", "birth_date": "1950-02-02"},
]


def snapshot(**beneficiary: Any) -> dict[str, Any]:
    """A copy of the sample snapshot with some beneficiary fields replaced."""
    result = copy.deepcopy(SNAPSHOT)
    result["beneficiary"].update(beneficiary)
    return result


def context(*, is_copy: bool = False, copy_number: int = 0) -> PrintContext:
    return PrintContext(
        branch_name="فرع الرياض",
        printed_at=dt.datetime(2025, 11, 25, 10, 30),
        printed_by="سارة الموظفة",
        is_copy=is_copy,
        copy_number=copy_number,
    )


def visual_lines(pdf: bytes) -> list[str]:
    """Text lines as pdfplumber extracts them: visual order, presentation forms."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [line for page in document.pages for line in (page.extract_text() or "").splitlines()]


def logical(line: str) -> str:
    """Undo the visual order (python-bidi, base R) THEN NFKC — in that order: NFKC first would
    break the lam-alef ligature apart before bidi sees it."""
    return unicodedata.normalize("NFKC", get_display(line, base_dir="R"))


def logical_text(pdf: bytes) -> str:
    return "\n".join(logical(line) for line in visual_lines(pdf))


def visual_text(pdf: bytes) -> str:
    return "\n".join(visual_lines(pdf))


def page_count(pdf: bytes) -> int:
    return len(pdfium.PdfDocument(pdf))


def save_png(pdf: bytes, name: str, scale: float = 1.4) -> Path:
    """Render page 1 to tests/output/<name>.png (git-ignored) for a human to look at."""
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    path = OUTPUT_DIR / f"{name}.png"
    document = pdfium.PdfDocument(pdf)
    document[0].render(scale=scale).to_pil().save(path)
    return path
