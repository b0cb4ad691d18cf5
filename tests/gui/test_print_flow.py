"""Printing from the declaration screen: only a document that went to a printer or a file is
recorded. Closing the print preview or the save dialog records nothing, so the next print is the
original, not a "copy" (نسخة). A PDF saved from the window is owner-only, also over an old file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from saa_desk.gui.screens.declaration import DeclarationScreen
from saa_desk.printing import read_document_metadata
from saa_desk.services import beneficiaries, documents, requests
from saa_desk.store.models import PrintRecord
from tests.factories import beneficiary_data

LEFT = Qt.MouseButton.LeftButton


def records(store) -> list[tuple[str, int]]:
    with store.read() as s:
        return [(r.document_kind, r.copy_number)
                for r in s.scalars(select(PrintRecord).order_by(PrintRecord.created_at, PrintRecord.copy_number))]


def ready_declaration(qtbot, window, desk_env) -> DeclarationScreen:
    store, actor = desk_env.store, desk_env.reception
    bid = beneficiaries.register(store, actor, beneficiary_data(id_expiry="2031-01-01"))
    rid = requests.open_request(store, actor, bid, "transport", "interview")
    item = requests.get(store, actor, rid).checklist[0]
    documents.update_item(store, actor, item.id, "verified", "X1", "2031-01-01")
    window.open_declaration(rid)
    screen = window.current_screen()
    assert isinstance(screen, DeclarationScreen)
    qtbot.waitUntil(lambda: screen.data is not None and screen.data.declaration is not None, timeout=10_000)
    return screen


def open_preview(qtbot, screen: DeclarationScreen) -> tuple[QPrintPreviewDialog, QPrintPreviewWidget]:
    screen.preview_dialog = None
    qtbot.mouseClick(screen.print_button, LEFT)
    qtbot.waitUntil(lambda: screen.preview_dialog is not None and screen.preview_dialog.isVisible(),
                    timeout=10_000)
    dialog = screen.preview_dialog
    assert dialog is not None
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() > 0)  # the preview has painted its pages
    return dialog, preview


def test_print_cancelled_in_the_preview_is_not_recorded(qtbot, reception, desk_env, tmp_path) -> None:
    screen = ready_declaration(qtbot, reception, desk_env)
    screen.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    screen.printer.setOutputFileName(str(tmp_path / "printed.pdf"))

    dialog, _ = open_preview(qtbot, screen)
    dialog.reject()  # the user looked and closed the preview
    assert screen.ctx.runner.wait_idle()
    assert records(desk_env.store) == []
    assert not (tmp_path / "printed.pdf").exists()

    dialog, preview = open_preview(qtbot, screen)
    preview.print_()  # the dialog's own print path, to the PDF printer chosen above
    dialog.close()
    qtbot.waitUntil(lambda: "declaration" in screen.printed, timeout=10_000)
    assert records(desk_env.store) == [("declaration", 0)]  # the original, not a copy
    assert (tmp_path / "printed.pdf").stat().st_size > 0

    dialog, preview = open_preview(qtbot, screen)
    preview.print_()
    dialog.close()
    qtbot.waitUntil(lambda: len(records(desk_env.store)) == 2, timeout=10_000)
    assert records(desk_env.store) == [("declaration", 0), ("declaration", 1)]  # a real re-print is a copy


def open_save_dialog(qtbot, screen: DeclarationScreen) -> QFileDialog:
    screen.file_dialog = None
    qtbot.mouseClick(screen.save_pdf_button, LEFT)
    qtbot.waitUntil(lambda: screen.file_dialog is not None and screen.file_dialog.isVisible(), timeout=10_000)
    assert screen.file_dialog is not None
    return screen.file_dialog


def test_saved_pdf_is_owner_only_and_a_cancelled_save_is_not_recorded(qtbot, reception, desk_env,
                                                                      tmp_path: Path) -> None:
    screen = ready_declaration(qtbot, reception, desk_env)
    open_save_dialog(qtbot, screen).reject()
    assert screen.ctx.runner.wait_idle()
    assert records(desk_env.store) == []

    target = tmp_path / "declaration.pdf"
    target.write_bytes(b"an older file, readable by everyone")
    os.chmod(target, 0o644)
    old = os.umask(0o022)
    try:
        dialog = open_save_dialog(qtbot, screen)
        dialog.fileSelected.emit(str(target))  # what the dialog sends once a file is chosen
        dialog.close()
    finally:
        os.umask(old)
    qtbot.waitUntil(lambda: "declaration" in screen.printed, timeout=10_000)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    meta = read_document_metadata(target.read_bytes())
    assert meta is not None and meta["doc"] == "declaration"
    assert records(desk_env.store) == [("declaration", 0)]
