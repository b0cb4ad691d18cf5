"""A researcher works a referral in the inbox (the case file, the report dialog, the print, the answer
back to reception), and reception then reads the answer and what is missing on the checklist."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialogButtonBox

from saa_desk.gui.main_window import Place
from saa_desk.gui.screens.beneficiary_file import BeneficiaryFileScreen
from saa_desk.gui.screens.checklist import ChecklistScreen
from saa_desk.gui.screens.inbox import InboxScreen
from saa_desk.printing import read_document_metadata
from saa_desk.services import referrals, requests
from tests.gui.conftest import click_check, settle, sign_in, type_text
from tests.gui.test_print_flow import records
from tests.services.test_lifecycle import open_case, verify_all

LEFT = Qt.MouseButton.LeftButton


def scroll_to(screen, widget) -> None:
    """The window scrolls a tall screen (a small desk screen): bring the widget into view to click it."""
    area = screen.parentWidget().parentWidget()
    area.ensureWidgetVisible(widget)
    settle(screen)


def test_researcher_reports_prints_and_returns_to_reception(qtbot, start_gui, desk_env, tmp_path) -> None:
    d = desk_env
    bid, rid = open_case(d)
    verify_all(d, rid)
    referrals.refer(d.store, d.reception, rid, "هل دخل الأسرة يكفي لتكاليف العمرة؟", d.researcher.user_id)

    gui = start_gui()
    window = sign_in(qtbot, gui, "researcher")
    screen = window._show(Place.INBOX)
    assert isinstance(screen, InboxScreen)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.case is not None and screen.case.request.id == rid, timeout=10_000)
    assert "هل دخل الأسرة يكفي" in screen.question.toPlainText()
    assert screen.ui.documentsTable.rowCount() == 2 and screen.ui.householdTable.rowCount() == 1
    assert screen.ui.historyTable.rowCount() >= 3 and not screen.print_button.isEnabled()

    # The report: accept with conditions but none given is refused beside the field, nothing written.
    qtbot.mouseClick(screen.report_button, LEFT)
    dialog = screen.report_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    u = dialog.ui
    type_text(u.visit_place, "منزل المستفيد، حي النسيم")
    type_text(u.housing, "شقة مستأجرة")
    click_check(qtbot, u.income_verified)
    type_text(u.income_verification, "خطاب الضمان الاجتماعي")
    u.recommendation.setCurrentIndex(u.recommendation.findData("accept_with_conditions"))
    save = u.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, LEFT)
    settle(screen)
    assert set(dialog.errors.shown()) == {"conditions"} and dialog.isVisible()
    type_text(u.conditions, "تقديم عقد الإيجار")
    qtbot.mouseClick(save, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: screen.case is not None and screen.case.report is not None, timeout=10_000)
    assert "تقديم عقد الإيجار" in screen.ui.reportView.toPlainText()

    # Print it: the preview records nothing, the printer does.
    screen.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    screen.printer.setOutputFileName(str(tmp_path / "report.pdf"))
    qtbot.waitUntil(screen.print_button.isEnabled)
    qtbot.mouseClick(screen.print_button, LEFT)
    qtbot.waitUntil(lambda: screen.preview_dialog is not None and screen.preview_dialog.isVisible(), timeout=10_000)
    preview = screen.preview_dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    assert records(d.store) == []
    preview.print_()
    screen.preview_dialog.close()
    qtbot.waitUntil(lambda: screen.printed is not None, timeout=10_000)
    assert records(d.store) == [("research_report", 0)]
    assert read_document_metadata(screen.printed)["doc"] == "research_report"
    assert (tmp_path / "report.pdf").stat().st_size > 0

    # The answer: back to reception needs the missing list.
    scroll_to(screen, screen.answer_button)
    click_check(qtbot, screen.return_radio)
    type_text(screen.answer, "الحالة تحتاج مستندات إضافية")
    qtbot.mouseClick(screen.answer_button, LEFT)
    settle(screen)
    assert set(screen.errors.shown()) == {"missing"}
    assert requests.get(d.store, d.reception, rid).status == "referred"
    type_text(screen.missing, "صك الإعالة")
    qtbot.mouseClick(screen.answer_button, LEFT)
    settle(screen)
    assert requests.get(d.store, d.reception, rid).status == "awaiting_documents"
    qtbot.waitUntil(lambda: screen.table.rowCount() == 0, timeout=10_000)  # answered: off the open list
    gui.close()

    # Reception reads the answer and the missing list on the checklist and on the file.
    desk = start_gui()
    reception = sign_in(qtbot, desk, "reception")
    reception.open_checklist(rid)
    checklist = reception.current_screen()
    assert isinstance(checklist, ChecklistScreen)
    qtbot.waitUntil(lambda: checklist.data is not None and checklist.data.answer is not None, timeout=10_000)
    label = checklist.ui.researcherAnswer
    assert label.isVisibleTo(checklist)
    assert "الحالة تحتاج مستندات إضافية" in label.text() and "صك الإعالة" in label.text()
    reception.open_beneficiary(bid, "requests")
    file = reception.current_screen()
    assert isinstance(file, BeneficiaryFileScreen)
    qtbot.waitUntil(lambda: file.data is not None and "صك الإعالة" in file.ui.researcherAnswer.text(),
                    timeout=10_000)
