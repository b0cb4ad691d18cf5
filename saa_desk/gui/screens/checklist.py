"""The document checklist of one request: status, number, expiry (checked against today), an
optional scan, a waiver for supervisors, and the referral to a social researcher."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QVBoxLayout,
    QWidget,
)

from saa_desk.domain.checklist import date_expired
from saa_desk.domain.dates import format_gregorian, parse_date
from saa_desk.domain.enums import DocumentStatus
from saa_desk.domain.errors import ValidationError
from saa_desk.domain.permissions import Permission
from saa_desk.domain.workflow import Action
from saa_desk.gui import fmt, i18n
from saa_desk.gui.context import DeskContext
from saa_desk.gui.fielderrors import Field, FieldErrors
from saa_desk.gui.forms import mount
from saa_desk.gui.forms_ui.ui_checklist import Ui_ChecklistForm
from saa_desk.gui.forms_ui.ui_referral import Ui_ReferralForm
from saa_desk.gui.ops import Kind
from saa_desk.gui.scanview import OpenedScan, ScanViewer, read_scan
from saa_desk.gui.screens.answer import show_answer
from saa_desk.gui.screens.base import Screen, fill_table, select_row
from saa_desk.gui.theme import paint_row, repolish
from saa_desk.messages import error_text
from saa_desk.services import beneficiaries, documents, referrals, requests
from saa_desk.services.beneficiaries import BeneficiaryView
from saa_desk.services.context import today
from saa_desk.services.referrals import ReferralView
from saa_desk.services.requests import ChecklistItemView, RequestView
from saa_desk.services.users import UserView

SETTABLE = (DocumentStatus.RECEIVED, DocumentStatus.VERIFIED, DocumentStatus.EXPIRED, DocumentStatus.MISSING,
            DocumentStatus.WAIVED)


@dataclass
class ChecklistData:
    request: RequestView
    person: BeneficiaryView
    answer: ReferralView | None = None  # the social researcher's latest answer


class ChecklistScreen(Screen):
    refresh_on = Kind.REQUESTS | Kind.DOCUMENTS | Kind.BENEFICIARIES

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ChecklistForm()
        self.root = self.mount(self.ui)
        u = self.ui
        self.request_id: str | None = None
        self.data: ChecklistData | None = None
        self.table = u.itemsTable
        self.editor = u.editorBox
        self.status = u.document_status
        self.number = u.document_number
        self.expiry = u.expiry_date
        self.expiry_hint = u.expiry_date_hint
        self.reason = u.reason
        self.scan_label = u.scanName
        self.open_scan_button = u.openScanButton
        self.scan_viewer: ScanViewer | None = None
        self.problems = u.problemsLabel
        self.request_label = u.requestLabel
        self.declaration_button = u.declarationButton
        self.refer_button = u.referButton
        self.number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.errors = FieldErrors({
            "document_status": Field(u.document_status_error, u.document_status),
            "document_number": Field(u.document_number_error, u.document_number),
            "expiry_date": Field(u.expiry_date_error, u.expiry_date),
            "reason": Field(u.reason_error, u.reason),
            "file": Field(u.file_error),
        })
        self.scan: tuple[str, bytes] | None = None
        self.file_dialog: QFileDialog | None = None
        self.referral_dialog: ReferralDialog | None = None
        for status in SETTABLE:
            if status is DocumentStatus.WAIVED and not ctx.can(Permission.DOCUMENTS_WAIVE):
                continue  # a waiver is for supervisors (the service refuses it for anyone else too)
            self.status.addItem(fmt.label("document_status", status.value), status.value)
        self.table.itemSelectionChanged.connect(self._item_selected)
        self.expiry.textChanged.connect(self._expiry_hint)
        u.saveItemButton.clicked.connect(self.save_item)
        u.scanButton.clicked.connect(self.choose_scan)
        self.open_scan_button.clicked.connect(self.open_scan)
        self.open_scan_button.setEnabled(False)
        u.backButton.clicked.connect(self._back)
        self.refer_button.clicked.connect(self.open_referral)
        self.refer_button.setVisible(ctx.can(Permission.REFERRAL_CREATE))
        self.declaration_button.clicked.connect(lambda: self.request_id and ctx.nav.open_declaration(self.request_id))

    def load(self, request_id: str) -> None:
        self.request_id = request_id
        self.table.clearSelection()
        self.refresh()

    def refresh(self) -> None:
        if self.request_id is None:
            return
        store, actor, rid = self.ctx.store, self.ctx.actor, self.request_id

        def read() -> ChecklistData:
            request = requests.get(store, actor, rid)
            return ChecklistData(request, beneficiaries.get(store, actor, request.beneficiary_id),
                                 referrals.answers(store, actor, [rid]).get(rid))

        self.ctx.runner.query(read, success=self._show, initiator=self, latest="checklist")

    # -- showing ---------------------------------------------------------------------------------

    def _show(self, data: ChecklistData) -> None:
        keep = self.selected_item()
        self.data = data
        request = data.request
        self.request_label.setText(self.tr("Request {number} · {support} · {name} — status: {status}").format(
            number=fmt.ltr(request.number), support=fmt.support_type(request.support_type),
            name=data.person.full_name, status=fmt.label("request_status", request.status)))
        show_answer(self.ui.researcherAnswer, data.answer)
        rows: list[list[str]] = []
        for item in request.checklist:
            note = item.reason or ""
            if item.expired_on is not None:
                note = error_text("expired", self.ctx.lang, date=fmt.day(item.expired_on))
            rows.append([item.label(self.ctx.lang),  # named as in the request's catalogue version
                         self.tr("Required") if item.mandatory else self.tr("Optional"),
                         fmt.item_state(item.state, item.status), fmt.ltr(item.document_number),
                         fmt.day_lines(item.expiry_date), "✓" if item.scan_sha256 else "", note])
        fill_table(self.table, [fmt.field("document_type"), self.tr("Required?"), fmt.field("document_status"),
                                fmt.field("document_number"), fmt.field("expiry_date"), self.tr("Scan"),
                                self.tr("Note")], rows)
        for row, item in enumerate(request.checklist):
            paint_row(self.table, row, item.state)
        self.table.setEnabled(True)
        self.editor.setEnabled(Action.VERIFY_DOCUMENTS in request.actions and bool(request.checklist))
        self.declaration_button.setEnabled(Action.OPEN_DECLARATION in request.actions)
        self.refer_button.setEnabled(Action.REFER in request.actions)
        self._show_problems(request)
        index = next((i for i, it in enumerate(request.checklist) if keep and it.id == keep.id), 0)
        if request.checklist:
            select_row(self.table, index)
            self._item_selected()

    def _show_problems(self, request: RequestView) -> None:
        waiting = [i.label(self.ctx.lang) for i in request.checklist if i.still_needed]
        if Action.PRINT_DECLARATION in request.actions:
            self.problems.setText(self.tr("Every required document is verified: the declaration can be printed."))
            self.problems.setProperty("role", "ok")
        elif waiting:
            self.problems.setText(self.tr("Still needed: {documents}").format(documents="، ".join(waiting)
                                                                            if self.ctx.lang == "ar"
                                                                            else ", ".join(waiting)))
            self.problems.setProperty("role", "hint")
        else:
            self.problems.setText("")
        repolish(self.problems)

    def selected_item(self) -> ChecklistItemView | None:
        if self.data is None:
            return None
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.data.request.checklist):
            return None
        return self.data.request.checklist[rows[0].row()]

    def select_document(self, document_type: str) -> None:
        if self.data is None:
            return
        for row, item in enumerate(self.data.request.checklist):
            if item.document_type == document_type:
                select_row(self.table, row)
                return

    def _item_selected(self) -> None:
        item = self.selected_item()
        self.errors.clear()
        self.scan = None
        self.open_scan_button.setEnabled(item is not None and bool(item.scan_sha256))
        if item is None:
            return
        self.editor.setTitle(self.tr("Selected document: {document}").format(document=item.label(self.ctx.lang)))
        index = self.status.findData(item.status)
        if index < 0:
            index = self.status.findData(DocumentStatus.VERIFIED.value)
        self.status.setCurrentIndex(index)
        self.number.setText(item.document_number or "")
        self.expiry.setText(format_gregorian(item.expiry_date, i18n.current()) if item.expiry_date else "")
        self.reason.setText(item.reason or "")
        self.scan_label.setText(item.scan_name or "")

    def _expiry_hint(self) -> None:
        """Both calendars as typed, in red when the date is already past."""
        try:
            day = parse_date(self.expiry.text(), "expiry_date")
        except ValidationError:
            day = None
        if day is None:
            self.expiry_hint.setText("")
            return
        past = date_expired(day, today(self.ctx.store))
        text = fmt.day(day)
        if past:
            text = error_text("expired", self.ctx.lang, date=text)
        self.expiry_hint.setText(text)
        self.expiry_hint.setProperty("role", "error" if past else "hint")
        repolish(self.expiry_hint)

    # -- acting ----------------------------------------------------------------------------------

    def choose_scan(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the scanned document"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"))
        dialog.fileSelected.connect(self.set_scan_file)
        self.file_dialog = dialog
        dialog.open()

    def open_scan(self) -> None:
        """The selected document's scan in the viewer (fetched from the central if need be)."""
        item = self.selected_item()
        if item is None or not item.scan_sha256:
            return
        ctx, sha = self.ctx, item.scan_sha256
        title = " — ".join(t for t in (fmt.document(item.document_type), item.scan_name) if t)
        self.ctx.runner.query(lambda: read_scan(ctx, sha), success=lambda scan: self._show_scan(title, scan),
                              initiator=self)

    def _show_scan(self, title: str, scan: OpenedScan) -> None:
        self.scan_viewer = ScanViewer(title, scan, self)
        self.scan_viewer.open()

    def set_scan_file(self, path: str) -> None:
        file = Path(path)
        try:
            content = file.read_bytes()
        except OSError as exc:
            self.errors.set("file", str(exc))
            return
        self.scan = (file.name, content)
        self.scan_label.setText(file.name)

    def save_item(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        status = self.status.currentData()
        number, expiry, reason = self.number.text(), self.expiry.text(), self.reason.text()
        scan, name = (self.scan[1], self.scan[0]) if self.scan else (None, None)
        store, actor = self.ctx.store, self.ctx.actor

        def saved(request_status: str) -> None:
            self.scan = None
            self.ctx.runner.messages.show_info(self.tr("{document}: saved.").format(
                document=item.label(self.ctx.lang)))

        self.ctx.runner.write(
            lambda: documents.update_item(store, actor, item.id, status, number, expiry, reason, scan, name),
            errors=self.errors, success=saved, initiator=self)

    def open_referral(self) -> None:
        if self.request_id is None:
            return
        self.referral_dialog = ReferralDialog(self.ctx, self.request_id, self)
        self.referral_dialog.open()

    def _back(self) -> None:
        if self.data is not None:
            self.ctx.nav.open_beneficiary(self.data.request.beneficiary_id, "requests")
        else:
            self.ctx.nav.open_search()


class ReferralDialog(QDialog):
    """Refer the request to a social researcher with the applicant's question."""

    def __init__(self, ctx: DeskContext, request_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.request_id = ctx, request_id
        self.setWindowTitle(self.tr("Refer to the social researcher"))
        self.setMinimumWidth(480)
        QVBoxLayout(self)
        self.ui = Ui_ReferralForm()
        mount(self.ui, self)
        self.researcher = self.ui.researcher
        self.question = self.ui.question
        self.errors = FieldErrors({"researcher": Field(self.ui.researcher_error, self.researcher),
                                   "question": Field(self.ui.question_error, self.question)}, default="question")
        buttons = self.ui.buttons
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.researcher.addItem(self.tr("Any researcher"), None)
        ctx.runner.query(lambda: referrals.researchers(ctx.store, ctx.actor), success=self._fill, initiator=self)

    def _fill(self, people: list[UserView]) -> None:
        for person in people:
            self.researcher.addItem(person.full_name, person.id)

    def submit(self) -> None:
        researcher, question = self.researcher.currentData(), self.question.toPlainText()
        ctx, rid = self.ctx, self.request_id

        def done(_referral_id: str) -> None:
            ctx.runner.messages.show_info(self.tr("The request was referred to the social researcher."))
            self.accept()

        ctx.runner.write(lambda: referrals.refer(ctx.store, ctx.actor, rid, question, researcher),
                         errors=self.errors, success=done, initiator=self)
