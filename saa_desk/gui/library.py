"""The reference library (المكتبة المرجعية), opened from the header of every screen.

The dialog lists the documents (title in the UI language, kind, version) and opens one in the
app's own viewer, offline: a PDF as pages (pdfview), Markdown as rich text laid right to left
when it is Arabic. The blank support-request form previews and prints from there. A document
whose bytes have not reached this desk yet says so in words. Administrators add and withdraw.
Every read and write goes through services.library on the runner's threads.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from saa_desk import catalogues
from saa_desk.domain.enums import LibraryKind, MediaType
from saa_desk.domain.errors import DeskError
from saa_desk.domain.permissions import Permission
from saa_desk.gui.context import DeskContext
from saa_desk.gui.fielderrors import Field, FieldErrors
from saa_desk.gui.fmt import bidi_safe
from saa_desk.gui.ops import ChangeSet, Kind
from saa_desk.gui.pdfview import PagesView, page_images, print_pdf
from saa_desk.gui.screens.base import fill_table, select_row
from saa_desk.services import library
from saa_desk.services.library import LibraryEntry

_ARABIC = re.compile("[\u0600-\u06ff]")


def _kind_label(kind: LibraryKind, lang: str) -> str:
    return catalogues.label("reference_tool", kind.value, "ar" if lang == "ar" else "en")


class LibraryDialog(QDialog):
    """The list of documents; Open (or a double click) shows one in the viewer."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LibraryDialog")
        self.ctx = ctx
        self.entries: list[LibraryEntry] = []
        self.viewer: DocumentViewer | None = None
        self.add_dialog: AddDocumentDialog | None = None
        self.setWindowTitle(self.tr("Reference library"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The policy's tools at hand: open a document to read it here, even offline."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(self)
        self.table.setObjectName("libraryTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setObjectName("libraryStatus")
        self.status.setWordWrap(True)
        self.status.setProperty("role", "error")
        self.status.hide()
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self.open_selected)
        buttons.addWidget(self.open_button)
        self.add_button = QPushButton(self.tr("Add document…"), self)
        self.add_button.clicked.connect(self.choose_file)
        self.withdraw_button = QPushButton(self.tr("Withdraw"), self)
        self.withdraw_button.clicked.connect(self.ask_withdraw)
        self.confirm: QMessageBox | None = None
        manage = ctx.can(Permission.LIBRARY_MANAGE)  # the service checks again; this only hides
        for button in (self.add_button, self.withdraw_button):
            button.setVisible(manage)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        ctx.runner.changes_applied.connect(self._on_changes)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        store, actor = self.ctx.store, self.ctx.actor
        self.ctx.runner.query(lambda: library.documents(store, actor), success=self._show,
                              initiator=self, latest="documents")

    def _on_changes(self, written: ChangeSet, _initiator: object) -> None:
        if written.touches(Kind.LIBRARY):
            self.refresh()

    def _show(self, entries: list[LibraryEntry]) -> None:
        self.entries = entries
        lang = self.ctx.lang
        headers = [self.tr("Title"), self.tr("Kind"), self.tr("Version"), self.tr("On this desk")]
        rows = [[e.title(lang), _kind_label(e.kind, lang), e.version, self._availability(e)] for e in entries]
        fill_table(self.table, headers, rows)
        if entries:
            select_row(self.table, 0)
        self._selection_changed()

    def _availability(self, e: LibraryEntry) -> str:
        if not e.present_on_desk:
            return self.tr("Not fetched yet")
        if e.generated:
            return self.tr("Printable form")
        return self.tr("Yes") if e.latest else self.tr("Older version")

    def selected(self) -> LibraryEntry | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.entries[rows[0].row()] if rows and rows[0].row() < len(self.entries) else None

    def select(self, doc_id: str) -> None:
        select_row(self.table, next(i for i, e in enumerate(self.entries) if e.id == doc_id))

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.open_button.setEnabled(chosen is not None)
        self.withdraw_button.setEnabled(chosen is not None and not chosen.builtin)

    def _say(self, text: str) -> None:
        self.status.setText(bidi_safe(text))
        self.status.setVisible(bool(text))

    # -- opening ---------------------------------------------------------------------------------

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self._say("")
        store, actor = self.ctx.store, self.ctx.actor
        if chosen.media_type is MediaType.MARKDOWN:
            self.ctx.runner.query(lambda: library.text_of(store, actor, chosen.id),
                                  success=lambda text: self._view_markdown(chosen, text),
                                  failure=self._not_opened, initiator=self)
        else:
            def pdf() -> tuple[bytes, list[QImage]]:
                data = library.content(store, actor, chosen.id).read_bytes()
                return data, page_images(data)  # rasterised on the worker, not the UI thread

            self.ctx.runner.query(pdf, success=lambda got: self._view_pdf(chosen, *got),
                                  failure=self._not_opened, initiator=self)

    def _not_opened(self, exc: BaseException) -> bool:
        """Offline without the bytes (or any reason the core gives): said in words, here."""
        if isinstance(exc, DeskError):
            self._say(exc.message(self.ctx.lang))
            return True
        if isinstance(exc, OSError):
            self._say(str(exc))
            return True
        return False

    def _viewer(self, entry: LibraryEntry) -> DocumentViewer:
        if self.viewer is not None:
            self.viewer.close()
        self.viewer = DocumentViewer(self.ctx, entry, self)
        return self.viewer

    def _view_markdown(self, entry: LibraryEntry, text: str) -> None:
        viewer = self._viewer(entry)
        viewer.show_markdown(text)
        viewer.show()

    def _view_pdf(self, entry: LibraryEntry, pdf: bytes, images: list[QImage]) -> None:
        viewer = self._viewer(entry)
        viewer.show_pdf(pdf, images)
        viewer.show()

    # -- managing (administrators) ---------------------------------------------------------------

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a document"), "", self.tr("Documents (*.pdf *.md *.markdown *.txt);;All files (*)"))
        if name:
            self.open_add_dialog(Path(name))

    def open_add_dialog(self, path: Path) -> AddDocumentDialog:
        self.add_dialog = AddDocumentDialog(self.ctx, path, self)  # the list refreshes on its write
        self.add_dialog.open()
        return self.add_dialog

    def ask_withdraw(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.builtin:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Withdraw"), self.tr(
            "Withdraw version {version} of “{title}”? It leaves the library on every desk; the file is kept."
        ).format(version=chosen.version, title=chosen.title(self.ctx.lang)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _result: self.withdraw_selected() if box.clickedButton() is yes else None)
        self.confirm = box
        box.open()

    def withdraw_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.builtin:
            return
        store, actor = self.ctx.store, self.ctx.actor
        self.ctx.runner.write(lambda: library.withdraw(store, actor, chosen.id),
                              success=lambda _e: self._say(""), failure=self._not_opened, initiator=self)


class AddDocumentDialog(QDialog):
    """The chosen file's kind, titles and version; the service checks them and the file's bytes."""

    FIELDS = ("library_kind", "title_ar", "title_en", "version", "file")

    def __init__(self, ctx: DeskContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AddDocumentDialog")
        self.ctx, self.path = ctx, path
        self.setWindowTitle(self.tr("Add a document to the library"))
        form = QFormLayout(self)
        self.file_label = QLabel(bidi_safe(path.name), self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("library_kind")
        for kind in LibraryKind:
            self.kind.addItem(_kind_label(kind, ctx.lang), kind.value)
        self.title_ar = QLineEdit(self)
        self.title_ar.setObjectName("title_ar")
        self.title_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.title_en = QLineEdit(self)
        self.title_en.setObjectName("title_en")
        self.title_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.version = QLineEdit(self)
        self.version.setObjectName("version")
        rows: list[tuple[str, QWidget]] = [
            (self.tr("File"), self.file_label), (self.tr("Kind"), self.kind), (self.tr("Arabic title"), self.title_ar),
            (self.tr("English title"), self.title_en), (self.tr("Version"), self.version)]
        fields: dict[str, Field] = {}
        inputs: dict[str, QWidget | None] = {"file": None, "library_kind": self.kind, "title_ar": self.title_ar,
                                             "title_en": self.title_en, "version": self.version}
        for (caption, widget), name in zip(rows, ("file", *self.FIELDS[:4]), strict=True):
            form.addRow(caption, widget)
            error = QLabel(self)
            error.setObjectName(f"{name}_error")
            error.setProperty("role", "error")
            error.setWordWrap(True)
            error.hide()
            form.addRow("", error)
            fields[name] = Field(error, inputs[name])
        self.errors = FieldErrors(fields, default="file")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        store, actor, path = self.ctx.store, self.ctx.actor, self.path
        kind, ar, en, ver = self.kind.currentData(), self.title_ar.text(), self.title_en.text(), self.version.text()
        self.ctx.runner.write(
            lambda: library.add_document(store, actor, path, kind=kind, title_ar=ar, title_en=en, version=ver),
            success=lambda _entry: self.accept(), errors=self.errors, initiator=self)


class DocumentViewer(QDialog):
    """One document in the app's own viewer: Markdown as text, a PDF as pages; the blank form
    also prints (not recorded: it holds no one's data)."""

    def __init__(self, ctx: DeskContext, entry: LibraryEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentViewer")
        self.ctx, self.entry = ctx, entry
        self.pdf: bytes | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.setWindowTitle(f"{entry.title(ctx.lang)} — {entry.version}")
        self.resize(820, 760)
        self._layout = QVBoxLayout(self)
        self.text: QTextBrowser | None = None
        self.pages: PagesView | None = None
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.open_print_preview)
        self.print_button.setVisible(False)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        self._buttons = buttons

    def show_markdown(self, text: str) -> None:
        browser = QTextBrowser(self)
        browser.setObjectName("markdownView")
        browser.setOpenExternalLinks(False)  # offline: a link never leaves the app
        browser.setMarkdown(text)
        if _ARABIC.search(text):
            browser.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            document = browser.document()
            option = document.defaultTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            document.setDefaultTextOption(option)
            browser.setMarkdown(text)  # laid out again with the right-to-left option
            _align_blocks_right(browser)
        else:
            browser.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.text = browser
        self._layout.addWidget(browser, 1)
        self._layout.addLayout(self._buttons)

    def show_pdf(self, pdf: bytes, images: list[QImage]) -> None:
        self.pdf = pdf
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        self.pages = PagesView(area)
        self.pages.set_pages(images)
        area.setWidget(self.pages)
        self._layout.addWidget(area, 1)
        self._layout.addLayout(self._buttons)
        self.print_button.setVisible(True)

    def open_print_preview(self) -> None:
        dialog = QPrintPreviewDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(self.print_to)
        self.preview_dialog = dialog
        dialog.open()

    def print_to(self, printer: QPrinter) -> None:
        if self.pdf is None:
            return
        try:
            print_pdf(printer, self.pdf)
        except OSError as exc:
            self.ctx.runner.messages.show_error(str(exc))


def _align_blocks_right(browser: QTextBrowser) -> None:
    """Markdown's blocks carry their own alignment; give every block the right-to-left reading side."""
    cursor = browser.textCursor()
    cursor.select(cursor.SelectionType.Document)
    block_format = cursor.blockFormat()
    block_format.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    block_format.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    cursor.mergeBlockFormat(block_format)
    browser.setTextCursor(cursor)
    browser.moveCursor(cursor.MoveOperation.Start)

