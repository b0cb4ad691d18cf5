"""The data declaration, read back from real PDFs."""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys

import pypdfium2 as pdfium
import pytest
from PIL import Image

from saa_desk.printing import declaration_qr_payload, read_document_metadata, render_declaration
from saa_desk.printing.layout import PAGE_HEIGHT, QR_LEFT, QR_SIZE, QR_TOP, qr_matrix
from tests.factories import signature_png
from tests.printing.helpers import (
    HOUSEHOLD_OF_SIX,
    LONG_ADDRESS,
    MIRROR,
    SNAPSHOT,
    SNAPSHOT_HASH,
    context,
    logical_text,
    page_count,
    save_png,
    snapshot,
    visual_text,
)


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_declaration(SNAPSHOT, SNAPSHOT_HASH, context())


def test_declared_values_appear_exactly(pdf: bytes) -> None:
    text = logical_text(pdf)
    assert "محمد عبدالله سالم القحطاني" in text  # the full four-part name, in order
    assert "1234567897" in text  # the ID, digits in order
    assert "RYD-D1-2026-000123" in text
    assert "0501234567" in text  # the mobile in its local form
    assert "28/04/1400 هـ" in text and "15/03/1980 م" in text  # birth date, Hijri and Gregorian
    assert "23/08/1448 هـ" in text and "31/01/2027 م" in text  # ID expiry
    assert "3,500 ريال سعودي" in text
    assert "Mohammed Abdullah Al-Qahtani" in text
    for value in ("هوية وطنية", "ذكر", "سعودي", "متزوج", "متقاعد", "الرياض", "النسيم",
                  "دعم رحلة عمرة لغير القادرين", "المقابلة", "فاطمة محمد", "ابنة"):
        assert value in text


def test_declaration_paragraph_signatures_and_dates(pdf: bytes) -> None:
    text = logical_text(pdf)
    assert "إقرار صحة البيانات" in text
    assert "جمعية سعى الخيرية لخدمات الحجاج والمعتمرين" in text
    assert "لجنة البحث" in text and "لا تقل عن أسبوعين" in text
    assert "المسؤولية الشخصية المباشرة" in text
    assert "طالب الدعم" in text and "موظف علاقات المستفيدين" in text
    assert "سارة الموظفة" in text  # the employee, from the print context
    assert "04/06/1447 هـ" in text and "25/11/2025 م" in text  # the date it was printed
    assert "صفحة 1 من 1" in text
    assert "نسخة" not in text


def test_metadata_carries_the_logical_data(pdf: bytes) -> None:
    meta = read_document_metadata(pdf)
    assert meta is not None
    assert meta["doc"] == "declaration"
    assert meta["request_number"] == "RYD-D1-2026-000123"
    assert meta["snapshot_hash"] == SNAPSHOT_HASH
    assert meta["qr_payload"] == f"SAA-DECL:1:RYD-D1-2026-000123:{SNAPSHOT_HASH}"
    assert meta["copy"] is False
    assert meta["printed_by"] == "سارة الموظفة"
    assert SNAPSHOT_HASH in visual_text(pdf)  # the footer prints it in full too


def test_read_metadata_of_other_files_is_none() -> None:
    assert read_document_metadata(b"%PDF-1.4 not ours") is None
    assert read_document_metadata(b"/Keywords (saa-desk-meta:!!!)") is None


def _sample_qr(pdf: bytes, modules: int, scale: float = 6.0) -> list[list[bool]]:
    """Read the printed QR back module by module from a rendering of page 1."""
    image = pdfium.PdfDocument(pdf)[0].render(scale=scale, grayscale=True).to_pil().convert("L")
    module = QR_SIZE / modules
    top = (PAGE_HEIGHT - QR_TOP) * scale
    return [
        [
            image.getpixel(
                (int((QR_LEFT + (col + 0.5) * module) * scale), int(top + (row + 0.5) * module * scale))
            )
            < 128
            for col in range(modules)
        ]
        for row in range(modules)
    ]


def test_qr_code_is_drawn_from_the_payload(pdf: bytes) -> None:
    meta = read_document_metadata(pdf)
    assert meta is not None
    payload = declaration_qr_payload(meta["request_number"], SNAPSHOT_HASH)
    assert payload == meta["qr_payload"]
    expected = qr_matrix(payload)
    assert _sample_qr(pdf, len(expected)) == expected
    other = qr_matrix(declaration_qr_payload("RYD-D1-2026-000124", SNAPSHOT_HASH))
    assert _sample_qr(pdf, len(other)) != other


def test_copy_is_marked_and_original_is_not(pdf: bytes) -> None:
    copy_pdf = render_declaration(SNAPSHOT, SNAPSHOT_HASH, context(is_copy=True, copy_number=2))
    text = logical_text(copy_pdf)
    assert "نسخة رقم 2" in text
    meta = read_document_metadata(copy_pdf)
    assert meta is not None and meta["copy"] is True and meta["copy_number"] == 2
    assert "نسخة" not in logical_text(pdf)
    save_png(copy_pdf, "declaration_copy")


def test_same_input_gives_identical_bytes(pdf: bytes) -> None:
    assert render_declaration(SNAPSHOT, SNAPSHOT_HASH, context()) == pdf
    other = render_declaration(SNAPSHOT, "0" * 64, context())
    assert other != pdf


def test_identical_bytes_in_a_fresh_process(pdf: bytes) -> None:
    script = (
        "import hashlib, sys\n"
        "from saa_desk.printing import render_declaration\n"
        "from tests.printing.helpers import SNAPSHOT, SNAPSHOT_HASH, context\n"
        "sys.stdout.write(hashlib.sha256("
        "render_declaration(SNAPSHOT, SNAPSHOT_HASH, context())).hexdigest())\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, cwd=str(__import__("pathlib").Path(__file__).parents[2]))
    assert out.stdout == hashlib.sha256(pdf).hexdigest()


def test_long_address_and_household_of_six_flow_onto_a_second_page() -> None:
    data = snapshot(address=LONG_ADDRESS)
    data["household"] = HOUSEHOLD_OF_SIX
    pdf = render_declaration(data, SNAPSHOT_HASH, context())
    assert page_count(pdf) == 2
    text = logical_text(pdf)
    for member in HOUSEHOLD_OF_SIX:
        assert member["name"] in text
    assert "مجمع الواحة السكني" in text
    assert "صفحة 1 من 2" in text and "صفحة 2 من 2" in text
    # python-bidi does not mirror brackets back: undo that too before comparing.
    assert "إقرار صحة البيانات (تابع)" in text.translate(MIRROR)
    assert text.count(SNAPSHOT_HASH) == 2  # the fingerprint is on every page
    save_png(pdf, "declaration_long")


def test_passport_holder_and_missing_optional_values() -> None:
    data = snapshot(
        id_type="passport", id_number="A12345678", passport_country="EG", nationality="EG",
        id_expiry=None, birth_date=None, mobile=None, city=None, district=None, address=None,
        marital_status=None, monthly_income=None, employment=None, latin_name=None,
    )
    data["household"] = []
    data["documents"] = []
    data["request"]["description"] = None
    pdf = render_declaration(data, SNAPSHOT_HASH, context())
    text = logical_text(pdf)
    assert "جواز سفر" in text and "A12345678" in text
    assert "مصري (EG)" in text.translate(MIRROR)
    assert "—" in text
    assert "أفراد الأسرة" not in text


def test_income_with_halalas_and_international_mobile() -> None:
    data = snapshot(monthly_income=12750.5, mobile="+201001234567")
    pdf = render_declaration(data, SNAPSHOT_HASH, context())
    assert "12,750.50 ريال سعودي" in logical_text(pdf)
    # As printed (visual order) the number reads left to right with its "+" in front. Running
    # python-bidi over the *visual* line is not an exact inverse for it (the "+" moves), so this
    # one is checked as printed.
    assert "+201001234567" in visual_text(pdf)


def test_on_screen_signature_is_drawn() -> None:
    import pdfplumber

    pdf = render_declaration(SNAPSHOT, SNAPSHOT_HASH, context(), signature_png=signature_png())
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        images = document.pages[0].images
    assert len(images) == 1
    meta = read_document_metadata(pdf)
    assert meta is not None and meta["signature"] == "on_screen"
    save_png(pdf, "declaration_signed")


def test_damaged_signature_image_is_refused() -> None:
    with pytest.raises(ValueError, match="signature"):
        render_declaration(SNAPSHOT, SNAPSHOT_HASH, context(), signature_png=b"not a png")


def test_page_one_renders_to_png(pdf: bytes) -> None:
    path = save_png(pdf, "declaration")
    with Image.open(path) as image:
        width, height = image.size
        assert abs(height / width - 842 / 595) < 0.01
        grey = image.convert("L")
        # Arabic is right-aligned: the letterhead's ink reaches the right margin, not the centre.
        band = grey.crop((int(width * 0.5), int(height * 0.04), width, int(height * 0.09)))
        assert band.getextrema()[0] < 100


def test_documents_without_status_drop_the_status_column() -> None:
    # The declarations service's snapshot lists documents without a status.
    data = snapshot()
    data["documents"] = [
        {"document_type": "income_proof", "document_number": "INC-77", "expiry_date": None}
    ]
    text = logical_text(render_declaration(data, SNAPSHOT_HASH, context()))
    assert "تعريف بالراتب" in text
    assert "INC-77" in text
    assert "المستند رقم المستند تاريخ الانتهاء" in text  # header without "الحالة"
