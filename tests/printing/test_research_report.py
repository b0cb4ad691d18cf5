"""The social research report, read back from real PDFs."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from saa_desk.printing import read_document_metadata
from saa_desk.printing.research_report import ResearchReportData, render_research_report
from tests.printing.helpers import context, logical_text, page_count, save_png

REPORT = ResearchReportData(
    request_number="RYD-D1-2026-000123",
    beneficiary_name="محمد عبدالله سالم القحطاني",
    id_number="1234567897",
    support_type="umrah_trip",
    question="هل دخل الأسرة يكفي لتحمل تكاليف العمرة؟",
    researcher="نورة الباحثة",
    filed_on=dt.date(2025, 12, 1),
    visit_date=dt.date(2025, 11, 30),
    visit_place="منزل المستفيد، حي النسيم، الرياض",
    household="الزوج والزوجة وثلاثة أبناء في المدارس",
    housing="شقة مستأجرة من غرفتين",
    declared_income=3500,
    income_verified=True,
    income_verification="خطاب الضمان الاجتماعي وكشف حساب ثلاثة أشهر",
    needs="تكاليف السفر والسكن في مكة المكرمة",
    recommendation="accept_with_conditions",
    conditions="تقديم عقد الإيجار المحدث",
    notes="الأسرة متعاونة والبيانات مطابقة لما ورد في الطلب.",
)


@pytest.fixture(scope="module")
def report_pdf() -> bytes:
    return render_research_report(REPORT, context())


def test_report_prints_every_finding_in_arabic(report_pdf: bytes) -> None:
    text_ = logical_text(report_pdf)
    for expected in ("تقرير البحث الاجتماعي", "RYD-D1-2026-000123", "محمد عبدالله سالم القحطاني", "1234567897",
                     "منزل المستفيد، حي النسيم، الرياض", "شقة مستأجرة من غرفتين", "تم التحقق",
                     "خطاب الضمان الاجتماعي وكشف حساب ثلاثة أشهر", "التوصية: القبول بشروط",
                     "تقديم عقد الإيجار المحدث", "نورة الباحثة", "3,500 ريال سعودي", "30/11/2025 م"):
        assert expected in text_, expected
    assert page_count(report_pdf) == 1
    meta = read_document_metadata(report_pdf)
    assert meta and meta["doc"] == "research_report" and meta["recommendation"] == "accept_with_conditions"
    save_png(report_pdf, "research_report")


def test_long_notes_flow_onto_more_pages() -> None:
    long = dataclasses.replace(REPORT, notes="\n".join(f"ملاحظة رقم {n}: زيارة ميدانية ومقابلة مع الأسرة." for n in
                                                       range(120)), conditions=None, recommendation="reject")
    pdf = render_research_report(long, context(is_copy=True, copy_number=2))
    assert page_count(pdf) >= 3
    text_ = logical_text(pdf)
    assert "ملاحظة رقم 119" in text_ and "التوصية: الرفض" in text_ and "لم يتم التحقق" not in text_
    assert "نسخة رقم 2" in text_


def test_unknown_recommendation_never_prints() -> None:
    with pytest.raises(ValueError):
        dataclasses.replace(REPORT, recommendation="maybe")
