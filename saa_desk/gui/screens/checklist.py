"""The document checklist of one request: status, number, expiry (checked against today), an
optional scan, a waiver for supervisors, and the referral to a social researcher."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from saa_desk.domain.checklist import ChecklistFact, item_expired
from saa_desk.domain.dates import format_gregorian, parse_date
from saa_desk.domain.enums import DocumentStatus
from saa_desk.domain.errors import ValidationError
from saa_desk.domain.permissions import Permission
from saa_desk.domain.workflow import EDITABLE_STATES, RequestStatus, allowed_targets
from saa_desk.gui import fmt, i18n
from saa_desk.gui.context import DeskContext
from saa_desk.gui.fielderrors import FieldErrors
from saa_desk.gui.forms import Form
from saa_desk.gui.ops import Changes
from saa_desk.gui.screens.base import Screen, fill_table, select_row
from saa_desk.gui.theme import repolish
from saa_desk.messages import error_text
from saa_desk.services import beneficiaries, documents, referrals, requests
from saa_desk.services.beneficiaries import BeneficiaryView
from saa_desk.services.context import today
from saa_desk.services.requests import ChecklistItemView, RequestView
from saa_desk.services.users import UserView

RED = QColor("#b3261e")
GREEN = QColor("#2e7d32")
EDITOR_FIELDS = ("document_status", "document_number", "expiry_date", "reason", "file")
SETTABLE = (DocumentStatus.RECEIVED, DocumentStatus.VERIFIED, DocumentStatus.EXPIRED, DocumentStatus.MISSING,
            DocumentStatus.WAIVED)


@dataclass
class ChecklistData:
    request: RequestView
    person: BeneficiaryView


def _fact(item: ChecklistItemView) -> ChecklistFact:
    return ChecklistFact(item.document_type, item.mandatory, DocumentStatus(item.status), item.expiry_date)


class ChecklistScreen(Screen):
    form_name = "checklist"
    refresh_on = Changes.REQUESTS | Changes.DOCUMENTS | Changes.BENEFICIARIES | Changes.SYNC

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        f = self.form
        self.request_id: str | None = None
        self.data: ChecklistData | None = None
        self.table = f.get(QTableWidget, "itemsTable")
        self.editor = f.get(QGroupBox, "editorBox")
        self.status = f.get(QComboBox, "document_status")
        self.number = f.get(QLineEdit, "document_number")
        self.expiry = f.get(QLineEdit, "expiry_date")
        self.expiry_hint = f.get(QLabel, "expiry_date_hint")
        self.reason = f.get(QLineEdit, "reason")
        self.scan_label = f.get(QLabel, "scanName")
        self.problems = f.get(QLabel, "problemsLabel")
        self.request_label = f.get(QLabel, "requestLabel")
        self.declaration_button = f.get(QPushButton, "declarationButton")
        self.refer_button = f.get(QPushButton, "referButton")
        self.number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.errors = FieldErrors(f.root, EDITOR_FIELDS)
        self.scan: tuple[str, bytes] | None = None
        self.file_dialog: QFileDialog | None = None
        self.referral_dialog: ReferralDialog | None = None
        for status in SETTABLE:
            if status is DocumentStatus.WAIVED and not ctx.can(Permission.DOCUMENTS_WAIVE):
                continue  # a waiver is for supervisors (the service refuses it for anyone else too)
            self.status.addItem(fmt.label("document_status", status.value), status.value)
        self.table.itemSelectionChanged.connect(self._item_selected)
        self.expiry.textChanged.connect(self._expiry_hint)
        f.get(QPushButton, "saveItemButton").clicked.connect(self.save_item)
        f.get(QPushButton, "scanButton").clicked.connect(self.choose_scan)
        f.get(QPushButton, "backButton").clicked.connect(self._back)
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
            return ChecklistData(request, beneficiaries.get(store, actor, request.beneficiary_id))

        self.ctx.runner.run(read, success=self._show)

    # -- showing ---------------------------------------------------------------------------------

    def _show(self, data: ChecklistData) -> None:
        keep = self.selected_item()
        self.data = data
        request = data.request
        self.request_label.setText(self.tr("Request {number} · {support} · {name} — status: {status}").format(
            number=fmt.ltr(request.number), support=fmt.support_type(request.support_type),
            name=data.person.full_name, status=fmt.label("request_status", request.status)))
        on = today(self.ctx.store)
        rows: list[list[str]] = []
        for item in request.checklist:
            expired = item_expired(_fact(item), on)
            note = item.reason or ""
            if expired and item.expiry_date is not None:
                note = error_text("expired", self.ctx.lang, date=fmt.day(item.expiry_date))
            rows.append([fmt.document(item.document_type),
                         self.tr("Required") if item.mandatory else self.tr("Optional"),
                         fmt.label("document_status", item.status), fmt.ltr(item.document_number),
                         fmt.day_lines(item.expiry_date), "✓" if item.scan_sha256 else "", note])
        fill_table(self.table, [fmt.field("document_type"), self.tr("Required?"), fmt.field("document_status"),
                                fmt.field("document_number"), fmt.field("expiry_date"), self.tr("Scan"),
                                self.tr("Note")], rows)
        for row, item in enumerate(request.checklist):
            colour = None
            if item_expired(_fact(item), on) or item.status == DocumentStatus.EXPIRED.value:
                colour = RED
            elif item.status in (DocumentStatus.VERIFIED.value, DocumentStatus.WAIVED.value):
                colour = GREEN
            if colour is not None:
                for column in range(self.table.columnCount()):
                    cell = self.table.item(row, column)
                    assert cell is not None  # fill_table filled every cell
                    cell.setForeground(QBrush(colour))
        editable = RequestStatus(request.status) in EDITABLE_STATES and self.ctx.can(Permission.DOCUMENTS_VERIFY)
        self.table.setEnabled(True)
        self.editor.setEnabled(editable and bool(request.checklist))
        status = RequestStatus(request.status)
        can_submit = RequestStatus.SUBMITTED in allowed_targets(status, self.ctx.actor.roles)
        self.declaration_button.setEnabled(can_submit or request.submitted_at is not None)
        self.refer_button.setEnabled(RequestStatus.REFERRED in allowed_targets(status, self.ctx.actor.roles))
        self._show_problems(request, on)
        index = next((i for i, it in enumerate(request.checklist) if keep and it.id == keep.id), 0)
        if request.checklist:
            select_row(self.table, index)
            self._item_selected()

    def _show_problems(self, request: RequestView, on: object) -> None:
        waiting = [fmt.document(i.document_type) for i in request.checklist
                   if i.mandatory and i.status not in (DocumentStatus.VERIFIED.value, DocumentStatus.WAIVED.value)]
        if request.status == RequestStatus.READY_TO_SIGN.value:
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
        if item is None:
            return
        self.editor.setTitle(self.tr("Selected document: {document}").format(document=fmt.document(item.document_type)))
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
        past = day < today(self.ctx.store)
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
        dialog.setNameFilter(self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        dialog.fileSelected.connect(self.set_scan_file)
        self.file_dialog = dialog
        dialog.open()

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
                document=fmt.document(item.document_type)))

        self.ctx.runner.run(
            lambda: documents.update_item(store, actor, item.id, status, number, expiry, reason, scan, name),
            changes=Changes.DOCUMENTS | Changes.REQUESTS, errors=self.errors, success=saved)

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
        self.form = Form("referral", self)
        self.researcher = self.form.get(QComboBox, "researcher")
        self.question = self.form.get(QPlainTextEdit, "question")
        self.errors = FieldErrors(self.form.root, ("researcher", "question"), default="question")
        buttons = self.form.get(QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.researcher.addItem(self.tr("Any researcher"), None)
        ctx.runner.run(lambda: referrals.researchers(ctx.store, ctx.actor), success=self._fill)

    def _fill(self, people: list[UserView]) -> None:
        for person in people:
            self.researcher.addItem(person.full_name, person.id)

    def submit(self) -> None:
        researcher, question = self.researcher.currentData(), self.question.toPlainText()
        ctx, rid = self.ctx, self.request_id

        def done(_referral_id: str) -> None:
            ctx.runner.messages.show_info(self.tr("The request was referred to the social researcher."))
            self.accept()

        ctx.runner.run(lambda: referrals.refer(ctx.store, ctx.actor, rid, question, researcher),
                       changes=Changes.REQUESTS, errors=self.errors, success=done)
