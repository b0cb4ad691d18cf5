"""A whole reception visit, driven through the real widgets: search, a new beneficiary's interview,
the checklist with an expired ID copy refused and then replaced, the declaration printed to PDF
through Qt's print preview, signed on the screen, submitted, and the receipt printed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QPushButton

from saa_desk.domain.dates import format_both
from saa_desk.domain.errors import ValidationError
from saa_desk.gui.screens.checklist import ChecklistScreen
from saa_desk.gui.screens.declaration import DeclarationScreen
from saa_desk.gui.screens.interview import InterviewScreen
from saa_desk.gui.screens.search import SearchScreen
from saa_desk.printing import read_document_metadata
from saa_desk.services import desk, requests
from saa_desk.services.context import today
from tests.factories import national_id
from tests.gui.conftest import click_check, draw, search_for, settle, type_text

LEFT = Qt.MouseButton.LeftButton


def choose(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def plain(text: str) -> str:
    """Without the direction marks and isolates the window adds for display."""
    return "".join(ch for ch in text if ch not in "\u200e\u200f\u2066\u2069")


def typed(date: dt.date) -> str:
    return f"{date.day:02d}/{date.month:02d}/{date.year}"


def print_through_preview(qtbot, screen: DeclarationScreen, button: QPushButton, path: Path) -> int:
    """Press the print button, let Qt's preview dialog print to a PDF file, close the dialog."""
    screen.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    screen.printer.setOutputFileName(str(path))
    screen.preview_dialog = None
    screen.printed.clear()
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: screen.preview_dialog is not None and screen.preview_dialog.isVisible(),
                    timeout=10_000)
    dialog = screen.preview_dialog
    assert isinstance(dialog, QPrintPreviewDialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    preview.print_()  # the dialog's own "print" path, with the PDF printer chosen above
    dialog.close()
    qtbot.waitUntil(lambda: bool(screen.printed), timeout=10_000)  # recorded once it really printed
    assert path.exists() and path.stat().st_size > 0
    return len(pdfium.PdfDocument(path.read_bytes()))


def test_whole_reception_visit(qtbot, reception, desk_env, tmp_path) -> None:
    store = desk_env.store
    main = reception
    on = today(store)

    # 1. search first: nobody yet
    search = main.current_screen()
    assert isinstance(search, SearchScreen)
    search_for(qtbot, search, "عبدالعزيز الشهري")
    assert search.model.hits == []
    assert "لا يوجد مستفيد مطابق" in search.hint.text()

    # 2. the interview of a new beneficiary
    qtbot.mouseClick(search.new_button, LEFT)
    settle(reception)
    interview = main.current_screen()
    assert isinstance(interview, InterviewScreen)
    number = national_id()
    type_text(interview.lines["id_number"], number)
    type_text(interview.lines["id_expiry"], typed(on + dt.timedelta(days=400)))
    for field, text in (("first_name", "عبدالعزيز"), ("father_name", "محمد"), ("grandfather_name", "سعد"),
                        ("family_name", "الشهري")):
        type_text(interview.lines[field], text)
    choose(interview.combos["gender"], "male")
    type_text(interview.lines["birth_date"], "12/05/1390")  # Hijri
    assert "1970" in interview.ui.birth_date_hint.text()
    qtbot.mouseClick(interview.next_button, LEFT)
    settle(reception)
    assert interview.pages.currentIndex() == 1

    type_text(interview.lines["member_name"], "هيا سعد الشهري")
    choose(interview.combos["relation"], "spouse")
    qtbot.mouseClick(interview.ui.addMemberButton, LEFT)
    settle(reception)
    assert interview.household_table.rowCount() == 1
    qtbot.mouseClick(interview.next_button, LEFT)
    settle(reception)

    type_text(interview.lines["mobile"], "0551234567")
    type_text(interview.lines["city"], "مكة المكرمة")
    qtbot.mouseClick(interview.next_button, LEFT)
    settle(reception)
    choose(interview.combos["marital_status"], "married")
    qtbot.mouseClick(interview.next_button, LEFT)
    settle(reception)
    choose(interview.combos["support_type"], "umrah_trip")
    choose(interview.combos["channel"], "interview")
    interview.texts["description"].setPlainText("يرغب في أداء العمرة ولا يستطيع تحمل التكاليف")
    qtbot.mouseClick(interview.next_button, LEFT)
    settle(reception)
    assert interview.pages.currentIndex() == 5
    qtbot.mouseClick(interview.save_button, LEFT)
    settle(reception)

    # 3. the checklist opened by itself
    checklist = main.current_screen()
    assert isinstance(checklist, ChecklistScreen), main.messages.current
    assert desk.status(store).beneficiaries == 1
    request = requests.get(store, desk_env.reception, checklist.request_id)
    assert request.status == "awaiting_documents"
    assert [i.document_type for i in request.checklist] == ["identity_copy", "income_or_social_security"]

    # an expired ID copy is refused, with the reason beside the expiry date; nothing is saved
    checklist.select_document("identity_copy")
    choose(checklist.status, "verified")
    type_text(checklist.number, number)
    expired_on = on - dt.timedelta(days=10)
    checklist.expiry.clear()
    type_text(checklist.expiry, typed(expired_on))
    assert checklist.expiry_hint.property("role") == "error"  # red as it is typed
    qtbot.mouseClick(checklist.ui.saveItemButton, LEFT)
    settle(reception)
    expected = ValidationError("expired", "expiry_date", date=expired_on.strftime("%d/%m/%Y")).message("ar")
    assert plain(checklist.errors.text("expiry_date")) == expected
    item = next(i for i in requests.get(store, desk_env.reception, request.id).checklist
                if i.document_type == "identity_copy")
    assert item.status == "pending" and item.expiry_date is None

    # the applicant brings a valid one: it replaces the expired paper
    checklist.number.clear()
    type_text(checklist.number, number)
    checklist.expiry.clear()
    type_text(checklist.expiry, typed(on + dt.timedelta(days=700)))
    qtbot.mouseClick(checklist.ui.saveItemButton, LEFT)
    settle(reception)
    assert checklist.errors.shown() == {}
    checklist.select_document("income_or_social_security")
    choose(checklist.status, "verified")
    type_text(checklist.number, "SS-2231")
    qtbot.mouseClick(checklist.ui.saveItemButton, LEFT)
    settle(reception)
    assert requests.get(store, desk_env.reception, request.id).status == "ready_to_sign"
    assert checklist.declaration_button.isEnabled()

    # 4. the declaration: preview, print through Qt's print preview into a PDF file
    qtbot.mouseClick(checklist.declaration_button, LEFT)
    settle(reception)
    declaration = main.current_screen()
    assert isinstance(declaration, DeclarationScreen)
    qtbot.waitUntil(lambda: declaration.pages.page_count > 0, timeout=15_000)
    pages = print_through_preview(qtbot, declaration, declaration.ui.printButton, tmp_path / "declaration.pdf")
    assert pages >= 1
    printed = read_document_metadata(declaration.printed["declaration"])
    assert printed is not None and printed["doc"] == "declaration"
    assert printed["request_number"] == request.number and printed["signature"] == "paper"
    assert not declaration.submit_button.isEnabled()  # not signed yet

    # 5. the applicant signs on the screen; the signature goes into the PDF
    click_check(qtbot, declaration.on_screen)
    assert declaration.on_screen.isChecked()
    assert declaration.pad.isVisible()
    draw(declaration.pad, [(30, 90), (60, 60), (90, 100), (120, 55), (160, 95), (200, 70)])
    assert not declaration.pad.is_empty
    qtbot.mouseClick(declaration.sign_button, LEFT)
    settle(reception)
    qtbot.waitUntil(lambda: declaration.submit_button.isEnabled(), timeout=10_000)
    assert declaration.data is not None and declaration.data.declaration is not None
    assert declaration.data.declaration.signed
    print_through_preview(qtbot, declaration, declaration.ui.printButton, tmp_path / "signed.pdf")
    signed = read_document_metadata(declaration.printed["declaration"])
    assert signed is not None and signed["signature"] == "on_screen"

    # 6. submit: the receipt with the expected-answer date, printed too
    qtbot.mouseClick(declaration.submit_button, LEFT)
    settle(reception)
    submitted = requests.get(store, desk_env.reception, request.id)
    assert submitted.status == "submitted"
    assert submitted.expected_answer_date == on + dt.timedelta(days=14)
    assert declaration.receipt_box.isVisible()
    assert format_both(submitted.expected_answer_date) in plain(declaration.receipt_text.text())
    qtbot.waitUntil(lambda: declaration.receipt_preview is not None, timeout=15_000)
    print_through_preview(qtbot, declaration, declaration.ui.printReceiptButton, tmp_path / "receipt.pdf")
    receipt = read_document_metadata(declaration.printed["receipt"])
    assert receipt is not None and receipt["doc"] == "receipt"
    assert receipt["expected_answer_date"] == submitted.expected_answer_date.isoformat()
    assert main.messages.current is None or main.messages.current[0] == "info"
