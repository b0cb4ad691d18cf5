"""The blank support-request form, read back from the real PDF."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from saa_desk.catalogues import codes, document_types, label, support_types
from saa_desk.printing import read_document_metadata
from saa_desk.printing.request_form import render_request_form
from saa_desk.printing.texts import text
from tests.printing.helpers import MIRROR, context, logical_text, page_count, save_png, visual_text

A4 = (595.3, 841.9)
KINDS = [(t.code, t.ar) for t in support_types().values()]


@pytest.fixture(scope="module")
def form_pdf() -> bytes:
    return render_request_form(KINDS, context())


def test_the_form_is_one_or_two_a4_pages(form_pdf: bytes) -> None:
    assert 1 <= page_count(form_pdf) <= 2
    document = pdfium.PdfDocument(form_pdf)
    for index in range(len(document)):
        width, height = document[index].get_size()
        assert abs(width - A4[0]) < 1 and abs(height - A4[1]) < 1
    save_png(form_pdf, "request_form")


def test_the_form_asks_for_every_field_in_shaped_arabic(form_pdf: bytes) -> None:
    text_ = logical_text(form_pdf).translate(MIRROR)  # the extraction leaves brackets unmirrored
    for key in ("title", "first_name", "father_name", "grandfather_name", "family_name", "id_number",
                "nationality", "mobile", "address", "monthly_income", "section_household", "section_support",
                "section_documents", "section_office"):
        assert text("request_form", key) in text_, key
    assert text("common", "applicant_role") in text_
    # Shaped: what is drawn is Arabic presentation forms, not the bare letters
    assert any("\ufb50" <= ch <= "\ufefc" for ch in visual_text(form_pdf))


def test_every_support_type_and_document_has_a_tick_box(form_pdf: bytes) -> None:
    text_ = logical_text(form_pdf)
    for _code, name in KINDS:
        assert name in text_, name
    for document in document_types().values():
        assert document.ar in text_, document.ar
    for code in codes("id_type"):
        assert label("id_type", code) in text_
    assert read_document_metadata(form_pdf)["support_types"] == [code for code, _ in KINDS]


def test_a_shorter_catalogue_prints_only_its_own_types() -> None:
    pdf = render_request_form(KINDS[:2], context())
    text_ = logical_text(pdf)
    assert KINDS[0][1] in text_ and KINDS[1][1] in text_
    assert KINDS[-1][1] not in text_
