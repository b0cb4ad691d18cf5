"""The interview's review page marks each value the identity step refused with the core's reason,
and it scrolls with the page: no scroll area inside the page's own."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QWidget

from saa_desk.domain.errors import ValidationError
from saa_desk.gui.screens.interview import InterviewScreen
from tests.gui.conftest import settle, type_text


def plain(text: str) -> str:
    return "".join(ch for ch in text if ch not in "\u200e\u200f\u2066\u2069")


def review_rows(form: QFormLayout) -> dict[str, tuple[str, list[str], bool]]:
    """Title → (value shown, reasons shown under it, title marked refused)."""
    rows: dict[str, tuple[str, list[str], bool]] = {}
    for row in range(form.rowCount()):
        title = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        cell = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        assert isinstance(title, QLabel) and isinstance(cell, QWidget)
        labels = cell.findChildren(QLabel) if not isinstance(cell, QLabel) else [cell]
        value = [plain(lab.text()) for lab in labels if lab.property("role") != "error"]
        reasons = [plain(lab.text()) for lab in labels if lab.property("role") == "error" and not lab.isHidden()]
        rows[plain(title.text())] = (value[0] if value else "", reasons, title.property("refused") is True)
    return rows


def test_review_marks_refused_values_with_the_core_reason(qtbot, reception) -> None:
    reception.open_interview()
    settle(reception)
    interview = reception.current_screen()
    assert isinstance(interview, InterviewScreen)
    type_text(interview.lines["id_number"], "1234567890")  # a wrong check digit
    type_text(interview.lines["first_name"], "عبدالرحمن")
    type_text(interview.lines["father_name"], "Ali")  # a Latin father's name
    type_text(interview.lines["family_name"], "الدوسري")
    interview.go(5)  # straight to the last step, as the step list allows

    rows = review_rows(interview.review_form)
    assert rows["رقم الهوية"] == ("1234567890", [ValidationError("id_check_digit", "id_number").message("ar")],
                                  True)
    assert rows["اسم الأب"] == ("Ali", [ValidationError("not_arabic_name", "father_name").message("ar")], True)
    assert rows["الاسم الأول"] == ("عبدالرحمن", [], False)
    summary = interview.ui.reviewProblems
    assert not summary.isHidden() and summary.text()

    # put right, the marks go
    interview.go(0)
    settle(reception)
    interview.lines["father_name"].clear()
    type_text(interview.lines["father_name"], "علي")
    interview.go(5)
    settle(reception)
    rows = review_rows(interview.review_form)
    assert rows["اسم الأب"] == ("علي", [], False)
    assert rows["رقم الهوية"][2]
    assert not summary.isHidden()


def test_review_page_has_no_scroll_area_of_its_own(qtbot, reception) -> None:
    reception.open_interview()
    settle(reception)
    interview = reception.current_screen()
    assert isinstance(interview, InterviewScreen)
    page_scroll = interview.ui.pageScroll
    assert page_scroll.findChildren(QScrollArea) == []  # the page scrolls once, as a whole
