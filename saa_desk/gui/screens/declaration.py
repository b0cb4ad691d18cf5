"""The data declaration (إقرار صحة البيانات) and the submission to the research committee.

The declaration is frozen by the core, shown page by page, printed through Qt's print preview,
signed on paper or on the screen (the on-screen signature is drawn into the PDF), and the
request is then submitted; the receipt with the expected-answer date follows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QVBoxLayout,
    QWidget,
)

from saa_desk.domain.enums import SignatureMethod
from saa_desk.domain.errors import DeskError
from saa_desk.domain.workflow import Action
from saa_desk.gui import fmt
from saa_desk.gui.context import DeskContext
from saa_desk.gui.fielderrors import Field, FieldErrors, flatten
from saa_desk.gui.forms_ui.ui_declaration import Ui_DeclarationForm
from saa_desk.gui.ops import Kind
from saa_desk.gui.pdfview import PagesView, page_images
from saa_desk.gui.printflow import RecordedPrinting
from saa_desk.gui.screens.base import Screen
from saa_desk.gui.signature import SignaturePad
from saa_desk.privatefiles import write_private
from saa_desk.services import beneficiaries, declarations, printing, requests, submission
from saa_desk.services.beneficiaries import BeneficiaryView
from saa_desk.services.declarations import DeclarationView
from saa_desk.services.requests import RequestView
from saa_desk.services.submission import SubmissionResult

DECLARATION, RECEIPT = "declaration", "receipt"


@dataclass
class DeclarationData:
    request: RequestView
    person: BeneficiaryView
    declaration: DeclarationView | None


@dataclass
class Rendered:
    pdf: bytes
    pages: list[QImage]


class DeclarationScreen(RecordedPrinting, Screen):
    refresh_on = Kind.BENEFICIARIES | Kind.DOCUMENTS

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_DeclarationForm()
        self.root = self.mount(self.ui)
        u = self.ui
        self.request_id: str | None = None
        self.data: DeclarationData | None = None
        self.declaration_preview: bytes | None = None
        self.receipt_preview: bytes | None = None
        self.result: SubmissionResult | None = None
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setFullPage(True)
        self.file_dialog: QFileDialog | None = None
        self.printed: dict[str, bytes] = {}  # the last document printed of each kind

        self.request_label = u.requestLabel
        self.stale_banner = u.staleBanner
        self.stale_text = u.staleText
        self.signature_box = u.signatureBox
        self.paper = u.paperRadio
        self.on_screen = u.screenRadio
        self.signature_status = u.signatureStatus
        self.sign_button = u.signButton
        self.submit_button = u.submitButton
        self.print_button = u.printButton
        self.save_pdf_button = u.savePdfButton
        self.receipt_box = u.receiptBox
        self.receipt_text = u.receiptText
        self.clear_pad_button = u.clearPadButton
        self.errors = FieldErrors({"signature": Field(u.signature_error), "declaration": Field(u.declaration_error)})
        self.print_errors = self.errors
        pad_host = u.padHost
        layout = pad_host.layout() or QVBoxLayout(pad_host)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pad = SignaturePad(pad_host)
        layout.addWidget(self.pad)
        self.pages = PagesView()
        self.preview = u.previewArea
        self.preview.setWidget(self.pages)
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.paper.toggled.connect(self._method_changed)
        self.clear_pad_button.clicked.connect(self.pad.clear)
        self.sign_button.clicked.connect(self.record_signature)
        self.submit_button.clicked.connect(self.submit)
        self.print_button.clicked.connect(lambda: self.print_document(DECLARATION, self.open_print_preview))
        self.save_pdf_button.clicked.connect(lambda: self.print_document(DECLARATION, self.choose_save_path))
        u.printReceiptButton.clicked.connect(
            lambda: self.print_document(RECEIPT, self.open_print_preview))
        u.saveReceiptButton.clicked.connect(
            lambda: self.print_document(RECEIPT, self.choose_save_path))
        u.refreshDeclarationButton.clicked.connect(self.prepare)
        u.backButton.clicked.connect(self._back)
        self._method_changed()

    # -- loading ---------------------------------------------------------------------------------

    def load(self, request_id: str) -> None:
        self.request_id = request_id
        self.declaration_preview = self.receipt_preview = None
        self.result = None
        self.pad.clear()
        self.pages.set_pages([])
        self.refresh()

    def refresh(self) -> None:
        if self.request_id is None:
            return
        store, actor, rid = self.ctx.store, self.ctx.actor, self.request_id

        def read() -> DeclarationData:
            request = requests.get(store, actor, rid)
            person = beneficiaries.get(store, actor, request.beneficiary_id)
            return DeclarationData(request, person, declarations.current(store, actor, rid))

        self.ctx.runner.query(read, success=self._show, initiator=self, latest="declaration")

    def _show(self, data: DeclarationData) -> None:
        self.data = data
        request = data.request
        self.request_label.setText(self.tr("Request {number} · {support} · {name} — status: {status}").format(
            number=fmt.ltr(request.number), support=fmt.support_type(request.support_type),
            name=data.person.full_name, status=fmt.label("request_status", request.status)))
        submitted = request.submitted_at is not None
        ready = Action.PRINT_DECLARATION in request.actions
        self.receipt_box.setVisible(submitted)
        self.submit_button.setVisible(not submitted)
        self.signature_box.setVisible(not submitted)
        if submitted:
            self._show_receipt_text(request)
            self.stale_banner.hide()
            if self.receipt_preview is None:
                self._render_receipt()
            return
        decl = data.declaration
        if ready and decl is None:
            self.prepare()
            return
        self._show_declaration_state(decl, ready)

    def _show_declaration_state(self, decl: DeclarationView | None, ready: bool) -> None:
        stale = bool(decl and decl.stale)
        self.stale_banner.setVisible(stale)
        if stale:
            self.stale_text.setText(self.tr("The applicant's data changed after this declaration was printed, so it "
                                            "no longer matches. Prepare a new declaration and have it signed."))
        signed = bool(decl and decl.signed and not stale)
        self.signature_box.setEnabled(ready and decl is not None and not signed)
        self.print_button.setEnabled(decl is not None)
        self.save_pdf_button.setEnabled(decl is not None)
        self.submit_button.setEnabled(ready and signed)
        if decl is None:
            self.signature_status.setText(self.tr("The declaration is printed once every required document is "
                                                  "verified (see the checklist)."))
        elif signed:
            self.signature_status.setText(self.tr("The declaration is signed."))
        else:
            self.signature_status.setText(self.tr("Waiting for the applicant's signature."))
        if decl is not None and self.declaration_preview is None:
            self._render_declaration(decl)

    # -- the declaration -------------------------------------------------------------------------

    def prepare(self) -> None:
        """Freeze the current data as the declaration (the core reuses it when nothing changed)."""
        if self.request_id is None:
            return
        store, actor, rid = self.ctx.store, self.ctx.actor, self.request_id

        def taken(decl: DeclarationView) -> None:
            self.declaration_preview = None
            self.stale_banner.hide()
            if self.data is not None:
                self.data.declaration = decl
            self._show_declaration_state(decl, True)

        self.ctx.runner.write(lambda: declarations.take(store, actor, rid), success=taken, errors=self.errors,
                              initiator=self)

    def _render_declaration(self, decl: DeclarationView, signature_png: bytes | None = None) -> None:
        store, actor = self.ctx.store, self.ctx.actor

        def render() -> Rendered:
            pdf = printing.preview_declaration(store, actor, decl.request_id, signature_png)
            return Rendered(pdf, page_images(pdf))

        def show(rendered: Rendered) -> None:
            self.declaration_preview = rendered.pdf
            self.pages.set_pages(rendered.pages)

        self.ctx.runner.query(render, success=show, initiator=self)

    def _method_changed(self, *_args: object) -> None:
        self.pad.setVisible(self.on_screen.isChecked())
        self.clear_pad_button.setVisible(self.on_screen.isChecked())

    def record_signature(self) -> None:
        decl = self.data.declaration if self.data else None
        if decl is None:
            return
        method = SignatureMethod.ON_SCREEN if self.on_screen.isChecked() else SignatureMethod.PAPER
        png = self.pad.png() if method is SignatureMethod.ON_SCREEN else None
        store, actor = self.ctx.store, self.ctx.actor

        def signed(_none: None) -> None:
            if png:
                self._render_declaration(decl, png)  # the on-screen signature goes into the PDF
            self.refresh()

        self.ctx.runner.write(lambda: declarations.record_signature(store, actor, decl.id, method.value, png),
                              errors=self.errors, success=signed, failure=self._stale_failure, initiator=self)

    def _stale_failure(self, exc: BaseException) -> bool:
        if isinstance(exc, DeskError) and any(e.code == "declaration_stale" for e in flatten(exc)):
            self.stale_banner.show()
            self.stale_text.setText(exc.message(self.ctx.lang))
            self.submit_button.setEnabled(False)
        return False

    # -- submission and receipt ------------------------------------------------------------------

    def submit(self) -> None:
        if self.request_id is None:
            return
        store, actor, rid = self.ctx.store, self.ctx.actor, self.request_id

        def done(result: SubmissionResult) -> None:
            self.result = result
            self.ctx.runner.messages.show_info(self.tr("The request was submitted to the research committee."))
            self.refresh()

        self.ctx.runner.write(lambda: submission.submit(store, actor, rid),
                              errors=self.errors, success=done, failure=self._stale_failure, initiator=self)

    def _show_receipt_text(self, request: RequestView) -> None:
        self.receipt_text.setText(self.tr(
            "Request {number} is with the research committee, which studies it and answers (accept or "
            "reject).\nExpected answer date: {date}").format(
                number=fmt.ltr(request.number), date=fmt.day(request.expected_answer_date))
            + "\n" + self.tr("Submitted on {date}.").format(date=fmt.day(request.submitted_at)))

    def _render_receipt(self) -> None:
        store, actor, rid = self.ctx.store, self.ctx.actor, self.request_id
        assert rid is not None

        def render() -> Rendered:
            pdf = printing.preview_receipt(store, actor, rid)
            return Rendered(pdf, page_images(pdf))

        def show(rendered: Rendered) -> None:
            self.receipt_preview = rendered.pdf
            self.pages.set_pages(rendered.pages)

        self.ctx.runner.query(render, success=show, initiator=self)

    # -- printing and saving ---------------------------------------------------------------------

    def print_document(self, kind: str, then: Callable[[printing.PrintJob], None]) -> None:
        """Get the document as it will print (a re-print is a copy), then print or save it.

        The core records the print only once it really went to a printer or a file: closing the
        preview or the file dialog instead leaves no record, so the next print is no copy."""
        if self.request_id is None:
            return
        store, actor, rid = self.ctx.store, self.ctx.actor, self.request_id
        # Preparing may freeze a new declaration snapshot, hence the change.
        self.ctx.runner.write(lambda: printing.prepare(store, actor, kind, rid), success=then, errors=self.errors,
                              initiator=self)

    def print_recorded(self, document: printing.PrintedDocument) -> None:
        self.printed[document.kind] = document.pdf

    def choose_save_path(self, job: printing.PrintJob) -> None:
        if self.data is None:
            return
        dialog = QFileDialog(self, self.tr("Save the PDF"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(f"{job.kind}-{self.data.request.number}.pdf")
        dialog.fileSelected.connect(lambda path: self.save_pdf(job, path))
        self.file_dialog = dialog
        dialog.open()

    def save_pdf(self, job: printing.PrintJob, path: str) -> None:
        try:
            write_private(Path(path), job.pdf)  # personal data: owner-only, even over an existing file
        except OSError as exc:
            self.ctx.runner.messages.show_error(str(exc))
            return
        self.record_print(job)
        self.ctx.runner.messages.show_info(self.tr("Saved to {path}").format(path=fmt.ltr(path)))

    def _back(self) -> None:
        if self.data is not None:
            self.ctx.nav.open_beneficiary(self.data.request.beneficiary_id, "requests")
        else:
            self.ctx.nav.open_search()
