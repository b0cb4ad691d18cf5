"""The reference library from the main window: reachable from any screen, documents opened in the
app's own viewer (Markdown laid right to left), the blank form printable, the offline message in words,
and an administrator adding and withdrawing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from saa_desk.services import library
from saa_desk.store import blobs
from tests.conftest import Desk
from tests.gui.conftest import sign_in

LEFT = Qt.MouseButton.LeftButton


def open_library(qtbot, window):
    qtbot.mouseClick(window.ui.libraryButton, LEFT)
    dialog = window.library_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: len(dialog.entries) >= 2, timeout=10_000)
    return dialog


def test_the_policy_opens_right_to_left_from_the_main_window(qtbot, reception) -> None:
    reception.open_interview()  # the library is reached from any screen
    dialog = open_library(qtbot, reception)
    titles = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "سياسة تنظيم العلاقة مع المستفيدين" in titles
    assert not dialog.add_button.isVisible()  # reception reads; only an administrator manages
    dialog.select(library.POLICY_ID)
    qtbot.mouseClick(dialog.open_button, LEFT)
    qtbot.waitUntil(lambda: dialog.viewer is not None and dialog.viewer.isVisible(), timeout=10_000)
    browser = dialog.viewer.text
    assert browser is not None
    assert browser.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "الأدوات المتاحة لموظف علاقات المستفيدين" in browser.toPlainText()
    block = browser.document().firstBlock()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight
    assert reception.location[0].value == "interview"  # the screen underneath stays as it was


def test_the_blank_form_shows_as_pages_and_prints(qtbot, reception, tmp_path: Path) -> None:
    dialog = open_library(qtbot, reception)
    dialog.select(library.REQUEST_FORM_ID)
    dialog.open_selected()
    qtbot.waitUntil(lambda: dialog.viewer is not None and dialog.viewer.pages is not None, timeout=20_000)
    viewer = dialog.viewer
    assert viewer.pages.page_count == 2 and viewer.print_button.isVisible()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "form.pdf"
    printer.setOutputFileName(str(target))
    viewer.print_to(printer)
    assert target.read_bytes().startswith(b"%PDF-")


def test_a_document_not_fetched_yet_says_so_in_words(qtbot, start_gui, desk_env: Desk) -> None:
    doc = library.add_document(desk_env.store, desk_env.admin, b"# \xd8\xaf\xd9\x84\xd9\x8a\xd9\x84\n",
                               kind="research_guide", title_ar="دليل البحث", title_en="Research guide", version="1")
    blobs.blob_path(desk_env.store.data_dir, doc.sha256 or "").unlink()  # the row came by sync, its bytes not yet
    window = sign_in(qtbot, start_gui(lang="en"))
    dialog = open_library(qtbot, window)
    row = next(i for i, e in enumerate(dialog.entries) if e.id == doc.id)
    assert dialog.table.item(row, 3).text() == "Not fetched yet"
    dialog.select(doc.id)
    dialog.open_selected()
    qtbot.waitUntil(dialog.status.isVisible, timeout=10_000)
    assert "has not been fetched to this desk yet" in dialog.status.text()
    assert dialog.viewer is None


def test_an_administrator_adds_and_withdraws(qtbot, start_gui, desk_env: Desk, tmp_path: Path) -> None:
    window = sign_in(qtbot, start_gui(), "admin")
    dialog = open_library(qtbot, window)
    assert dialog.add_button.isVisible() and dialog.withdraw_button.isVisible()
    guide = tmp_path / "guide.md"
    guide.write_text("# دليل خدمات البحث الاجتماعي\n", encoding="utf-8")
    add = dialog.open_add_dialog(guide)
    add.kind.setCurrentIndex(add.kind.findData("research_guide"))
    add.title_ar.setText("دليل خدمات البحث الاجتماعي")
    add.version.setText("1")
    add.save()  # no English title: refused beside its field, nothing written
    window.runner.wait_idle()
    assert add.errors.shown().keys() == {"title_en"}
    add.title_en.setText("Social-research services guide")
    add.save()
    qtbot.waitUntil(lambda: any(e.title_ar == "دليل خدمات البحث الاجتماعي" for e in dialog.entries), timeout=10_000)
    added = next(e for e in dialog.entries if e.title_ar == "دليل خدمات البحث الاجتماعي")
    dialog.select(added.id)
    qtbot.mouseClick(dialog.withdraw_button, LEFT)  # asks first
    assert dialog.confirm is not None and dialog.confirm.isVisible()
    qtbot.mouseClick(dialog.confirm.button(QMessageBox.StandardButton.Yes), LEFT)
    qtbot.waitUntil(lambda: all(e.id != added.id for e in dialog.entries), timeout=10_000)
    kept = {e.id for e in library.documents(desk_env.store, desk_env.admin, include_withdrawn=True)}
    assert added.id in kept
