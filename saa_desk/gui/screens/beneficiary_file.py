"""The beneficiary's file: data and household, requests with status and history, interactions,
documents."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QWidget

from saa_desk.domain.beneficiary import BENEFICIARY_FIELDS
from saa_desk.domain.permissions import Permission
from saa_desk.domain.workflow import Action
from saa_desk.gui import fmt
from saa_desk.gui.context import DeskContext
from saa_desk.gui.forms_ui.ui_beneficiary_file import Ui_BeneficiaryFileForm
from saa_desk.gui.ops import Kind
from saa_desk.gui.scanview import OpenedScan, ScanViewer, read_scan
from saa_desk.gui.screens.answer import show_answer
from saa_desk.gui.screens.base import Screen, fill_table, leading_alignment, select_row
from saa_desk.gui.screens.decision_panel import DecisionPanel
from saa_desk.gui.theme import paint_row
from saa_desk.services import beneficiaries, followup, notifications, referrals, requests, users
from saa_desk.services.beneficiaries import BeneficiaryView
from saa_desk.services.followup import InteractionView
from saa_desk.services.notifications import NotificationView
from saa_desk.services.referrals import ReferralView
from saa_desk.services.requests import ChecklistItemView, RequestView

TABS = ("data", "requests", "interactions", "documents")


@dataclass
class FileData:
    person: BeneficiaryView
    requests: list[RequestView]
    interactions: list[InteractionView]
    user_names: dict[str, str]
    answers: dict[str, ReferralView]  # request id -> the social researcher's latest answer
    notices: dict[str, list[NotificationView]]  # per request: its decisions, told or not


class BeneficiaryFileScreen(Screen):
    refresh_on = Kind.BENEFICIARIES | Kind.REQUESTS | Kind.DOCUMENTS | Kind.DECLARATIONS | Kind.INTERACTIONS

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_BeneficiaryFileForm()
        self.root = self.mount(self.ui)
        u = self.ui
        self.beneficiary_id: str | None = None
        self.data: FileData | None = None
        self.tabs = u.tabs
        self.data_form = u.dataForm
        self.household_table = u.householdTable
        self.requests_table = u.requestsTable
        self.history_table = u.historyTable
        self.interactions_table = u.interactionsTable
        self.documents_table = u.documentsTable
        self.documents: list[ChecklistItemView] = []  # the documents table's rows
        self.open_scan_button = u.openScanButton
        self.scan_viewer: ScanViewer | None = None
        self.name_label = u.nameLabel
        self.id_label = u.idLabel
        self.checklist_button = u.checklistButton
        self.declaration_button = u.declarationButton
        can_write = ctx.can(Permission.BENEFICIARY_WRITE)
        for button, visible in ((u.newRequestButton, ctx.can(Permission.REQUEST_WRITE)), (u.editButton, can_write),
                                (u.followUpButton, ctx.can(Permission.INTERACTION_WRITE))):
            button.setVisible(visible)
        u.newRequestButton.clicked.connect(
            lambda: self.beneficiary_id and ctx.nav.open_interview(self.beneficiary_id))
        u.editButton.clicked.connect(
            lambda: self.beneficiary_id and ctx.nav.open_interview(self.beneficiary_id, with_request=False))
        u.followUpButton.clicked.connect(
            lambda: self.beneficiary_id and ctx.nav.open_followup(self.beneficiary_id))
        u.backButton.clicked.connect(ctx.nav.open_search)
        self.requests_table.itemSelectionChanged.connect(self._request_selected)
        self.requests_table.itemDoubleClicked.connect(lambda _item: self._open_checklist())
        self.checklist_button.clicked.connect(self._open_checklist)
        self.declaration_button.clicked.connect(self._open_declaration)
        self.documents_table.itemSelectionChanged.connect(self._document_selected)
        self.documents_table.itemDoubleClicked.connect(lambda _item: self.open_scan())
        self.open_scan_button.clicked.connect(self.open_scan)
        self.open_scan_button.setEnabled(False)
        # -- the decision panel (issue 11): below the requests, for the selected one
        self.decision_panel = DecisionPanel(ctx, u.requestsTab)
        u.requestsTabLayout.insertWidget(u.requestsTabLayout.indexOf(self.requests_table) + 1, self.decision_panel)

    def load(self, beneficiary_id: str, tab: str | None = None) -> None:
        self.beneficiary_id = beneficiary_id
        self.refresh()
        if tab in TABS:
            self.tabs.setCurrentIndex(TABS.index(tab))

    def refresh(self) -> None:
        if self.beneficiary_id is None:
            return
        store, actor, bid = self.ctx.store, self.ctx.actor, self.beneficiary_id

        def read() -> FileData:
            names = {u.id: u.full_name for u in users.list_users(store, actor)}
            held = requests.of_beneficiary(store, actor, bid)
            notices = notifications.for_requests(store, actor, [r.id for r in held if r.submitted_at is not None])
            return FileData(beneficiaries.get(store, actor, bid), held, followup.history(store, actor, bid), names,
                            referrals.answers(store, actor, [r.id for r in held]), notices)

        self.ctx.runner.query(read, success=self._show, initiator=self, latest="file")

    # -- showing -------------------------------------------------------------------------------

    def _show(self, data: FileData) -> None:
        selected = self.selected_request()
        self.data = data
        person = data.person
        self.name_label.setText(person.full_name)
        id_type = fmt.label("id_type", person.data["id_type"])
        mobile = fmt.phone(person.data.get("mobile"))
        caption = f"{id_type}: {fmt.ltr(person.data['id_number'])}"
        self.id_label.setText(caption + (f"   ·   {mobile}" if mobile else ""))
        self._show_data(person)
        self._show_requests(data, selected.id if selected else None)
        self._show_interactions(data)
        self._show_documents(data)

    def _show_data(self, person: BeneficiaryView) -> None:
        while self.data_form.rowCount():
            self.data_form.removeRow(0)
        for name in BENEFICIARY_FIELDS:
            value = person.data.get(name)
            if name in ("passport_country", "latin_name") and not value:
                continue
            shown = QLabel(fmt.beneficiary_value(name, value))
            shown.setWordWrap(True)
            shown.setAlignment(leading_alignment())
            shown.setObjectName(f"value_{name}")
            self.data_form.addRow(fmt.field(name), shown)
        fill_table(self.household_table, [fmt.field("member_name"), fmt.field("relation"), fmt.field("birth_date")],
                   [[m.name, fmt.label("relation", m.relation), fmt.day_lines(m.birth_date)] for m in person.household])

    def _show_requests(self, data: FileData, keep: str | None) -> None:
        rows = [[fmt.ltr(r.number), fmt.support_type(r.support_type), fmt.label("request_status", r.status),
                 fmt.label("channel", r.channel), fmt.day_lines(r.created_at),
                 fmt.day_lines(r.expected_answer_date)]
                for r in data.requests]
        fill_table(self.requests_table, [
            self.tr("Request number"), fmt.field("support_type"), fmt.field("status"), fmt.field("channel"),
            self.tr("Opened on"), fmt.field("expected_answer_date")], rows)
        index = next((i for i, r in enumerate(data.requests) if r.id == keep), 0)
        if data.requests:
            select_row(self.requests_table, index)
        else:
            self._request_selected()

    def _show_interactions(self, data: FileData) -> None:
        fill_table(self.interactions_table,
                   [self.tr("Date"), fmt.field("channel"), fmt.field("kind"), fmt.field("summary")],
                   [[fmt.moment_lines(i.occurred_at), fmt.label("channel", i.channel),
                     fmt.label("interaction_kind", i.kind), i.summary] for i in data.interactions])

    def _show_documents(self, data: FileData) -> None:
        items = [(r, item) for r in data.requests for item in r.checklist]
        rows = [[fmt.ltr(r.number), fmt.document(item.document_type), fmt.item_state(item.state, item.status),
                 fmt.ltr(item.document_number), "✓" if item.scan_sha256 else "", fmt.day_lines(item.expiry_date)]
                for r, item in items]
        fill_table(self.documents_table, [fmt.field("request"), fmt.field("document_type"),
                                          fmt.field("document_status"), fmt.field("document_number"),
                                          self.tr("Scan"), fmt.field("expiry_date")], rows)
        for row, (_r, item) in enumerate(items):
            paint_row(self.documents_table, row, item.state)
        self.documents = [item for _r, item in items]
        self._document_selected()

    def selected_document(self) -> ChecklistItemView | None:
        model = self.documents_table.selectionModel()
        rows = model.selectedRows() if model else []
        return self.documents[rows[0].row()] if rows and rows[0].row() < len(self.documents) else None

    def _document_selected(self) -> None:
        item = self.selected_document()
        self.open_scan_button.setEnabled(item is not None and bool(item.scan_sha256))

    def open_scan(self) -> None:
        """The selected document's scan in the viewer (fetched from the central if need be)."""
        item = self.selected_document()
        if item is None or not item.scan_sha256:
            return
        ctx, sha = self.ctx, item.scan_sha256
        title = " — ".join(t for t in (fmt.document(item.document_type), item.scan_name) if t)
        ctx.runner.query(lambda: read_scan(ctx, sha), success=lambda scan: self._show_scan(title, scan),
                         initiator=self)

    def _show_scan(self, title: str, scan: OpenedScan) -> None:
        self.scan_viewer = ScanViewer(title, scan, self)
        self.scan_viewer.open()

    # -- the selected request ------------------------------------------------------------------

    def selected_request(self) -> RequestView | None:
        if self.data is None:
            return None
        rows = self.requests_table.selectionModel().selectedRows() if self.requests_table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.data.requests):
            return None
        return self.data.requests[rows[0].row()]

    def _request_selected(self) -> None:
        request = self.selected_request()
        names = self.data.user_names if self.data else {}
        history = request.history if request else []
        fill_table(self.history_table,
                   [self.tr("When"), self.tr("From"), self.tr("To"), self.tr("By"), self.tr("Note")],
                   [[fmt.moment_lines(t.at), fmt.label("request_status", t.from_status) or "—",
                     fmt.label("request_status", t.to_status), names.get(t.by or "", ""), t.note or ""]
                    for t in history])
        show_answer(self.ui.researcherAnswer, self.data.answers.get(request.id) if self.data and request else None)
        self.checklist_button.setEnabled(request is not None)
        self.declaration_button.setEnabled(request is not None and Action.OPEN_DECLARATION in request.actions)
        self.decision_panel.show_request(request, self.data.notices.get(request.id, []) if self.data and request
                                         else [], names)

    def _open_checklist(self) -> None:
        request = self.selected_request()
        if request is not None:
            self.ctx.nav.open_checklist(request.id)

    def _open_declaration(self) -> None:
        request = self.selected_request()
        if request is not None:
            self.ctx.nav.open_declaration(request.id)
