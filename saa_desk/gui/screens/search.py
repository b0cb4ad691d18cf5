"""Search first: one box, results as you type, Enter or a double click opens the file."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QHeaderView,
    QListWidgetItem,
    QWidget,
)

from saa_desk.domain.permissions import Permission
from saa_desk.gui import fmt
from saa_desk.gui.context import DeskContext
from saa_desk.gui.forms_ui.ui_search import Ui_SearchForm
from saa_desk.gui.ops import Kind
from saa_desk.gui.screens.base import MIN_SECTION, Screen, select_row
from saa_desk.services import drafts
from saa_desk.services.search import BeneficiaryHit, search_beneficiaries

Index = QModelIndex | QPersistentModelIndex


CITY_SAMPLE = "المدينة المنورة"  # among the longest city names a beneficiary's address holds
CELL_PADDING = 14


class HitsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: list[BeneficiaryHit] = []

    def set_hits(self, hits: list[BeneficiaryHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (fmt.field("beneficiary"), fmt.field("id_number"), fmt.field("mobile"), fmt.field("city"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        hit = self.hits[index.row()]
        column = index.column()
        if column == 0:
            return hit.full_name
        if column == 1:
            return fmt.ltr(hit.id_number)
        if column == 2:
            return fmt.phone(hit.mobile)
        return hit.city or ""


class SearchScreen(Screen):
    refresh_on = Kind.BENEFICIARIES | Kind.REQUESTS | Kind.DRAFTS

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_SearchForm()
        self.root = self.mount(self.ui)
        u = self.ui
        self.box = u.searchBox
        self.hint = u.hintLabel
        self.view = u.resultsView
        self.open_button = u.openButton
        self.new_button = u.newButton
        self.drafts_box = u.draftsBox
        self.drafts = u.draftsList
        self.model = HitsModel(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(MIN_SECTION)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Widths from the widest value a column can hold, set once: ResizeToContents measured every
        # row at each keystroke and was most of a keystroke's time (p95 53-70 ms against 18-32 ms).
        for column, samples in ((1, (fmt.ltr("0000000000"), fmt.ltr("AA00000000"))),
                                (2, (fmt.phone("+966500000000"),)),
                                (3, (CITY_SAMPLE,))):
            self._fit_column(column, samples)
        self.last_search_ms = 0.0
        self._wanted = ""
        self._in_flight = False
        self._open_when_found = False
        self.box.textChanged.connect(self.search)
        self.box.returnPressed.connect(self.open_selected)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.open_button.clicked.connect(self.open_selected)
        can_write = ctx.can(Permission.BENEFICIARY_WRITE)
        self.new_button.setVisible(can_write)
        self.new_button.clicked.connect(lambda: ctx.nav.open_interview())
        u.resumeDraftButton.clicked.connect(self.resume_draft)
        u.discardDraftButton.clicked.connect(self.discard_draft)
        self.drafts.itemDoubleClicked.connect(lambda _item: self.resume_draft())
        self.drafts_enabled = can_write
        self.drafts_box.hide()  # shown when there are unfinished interviews
        layout = self.root.layout()
        assert isinstance(layout, QBoxLayout)  # the .ui file lays the screen out in a column
        layout.setStretchFactor(self.view, 1)
        self._show_hint()
        self.refresh()

    def _fit_column(self, column: int, samples: tuple[str, ...]) -> None:
        header = self.view.horizontalHeader()
        title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
        width = max([self.view.fontMetrics().horizontalAdvance(text) for text in samples]
                    + [header.fontMetrics().horizontalAdvance(title)]) + 2 * CELL_PADDING
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, max(width, MIN_SECTION))

    # -- searching ---------------------------------------------------------------------------

    @property
    def searching(self) -> bool:
        return self._in_flight

    def search(self, text: str | None = None) -> None:
        """Search as the user types, on a worker thread so that typing never waits.

        Measured over 100,000 beneficiaries (benchmarks/bench_gui.py), most keystrokes answer in
        a few milliseconds but a one- or two-character prefix can take 20–200 ms, too long for the
        UI thread. One query runs at a time; keystrokes typed meanwhile are folded into the next.
        """
        query = self.box.text() if text is None else text
        self._wanted = query
        if not query.strip():
            self._show_hits([], 0.0)
            return
        if not self._in_flight:
            self._run(query)

    def _run(self, query: str) -> None:
        self._in_flight = True
        started = time.perf_counter()
        store, actor = self.ctx.store, self.ctx.actor

        def done(hits: list[BeneficiaryHit]) -> None:
            self._in_flight = False
            if self._wanted != query:  # the user kept typing: answer the newest text instead
                self.search(self._wanted)
                return
            self._show_hits(hits, (time.perf_counter() - started) * 1000)

        def failed(_exc: BaseException) -> bool:
            self._in_flight = False
            return False

        self.ctx.runner.query(lambda: search_beneficiaries(store, actor, query), success=done, failure=failed,
                              initiator=self)

    def _show_hits(self, hits: list[BeneficiaryHit], elapsed_ms: float) -> None:
        self.model.set_hits(hits)
        if hits:
            select_row(self.view, 0)
        self.last_search_ms = elapsed_ms
        self._show_hint()
        if self._open_when_found:
            self._open_when_found = False
            self.open_selected()

    def _show_hint(self) -> None:
        count = len(self.model.hits)
        if not self.box.text().strip():
            self.hint.setText(self.tr("Type a name (any part), an ID number, a mobile number or a request number."))
        elif count == 0:
            self.hint.setText(self.tr("No beneficiary matches. To register a new one, choose “New beneficiary”."))
        else:
            self.hint.setText(self.tr("Beneficiaries found: {count}").format(count=count))

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def selected_hit(self) -> BeneficiaryHit | None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            return self.model.hits[rows[0].row()]
        return self.model.hits[0] if len(self.model.hits) == 1 else None

    def open_selected(self) -> None:
        if self._in_flight:  # Enter pressed before the answer came: open it when it comes
            self._open_when_found = True
            return
        hit = self.selected_hit()
        if hit is not None:
            self.ctx.nav.open_beneficiary(hit.id)

    # -- drafts ------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.box.text().strip():
            self.search()
        if self.drafts_enabled:
            self._load_drafts()

    def _load_drafts(self) -> None:
        def show(found: list[drafts.DraftInfo]) -> None:
            self.drafts.clear()
            for draft in found:
                fields = draft.data.get("fields", {})
                name = " ".join(str(fields.get(p) or "") for p in ("first_name", "father_name", "family_name")).strip()
                when = fmt.moment(draft.updated_at)
                unnamed = self.tr("(no name yet)")
                item = QListWidgetItem(f"{name or unnamed} — {when}")
                item.setData(Qt.ItemDataRole.UserRole, draft.id)
                self.drafts.addItem(item)
            self.drafts_box.setTitle(self.tr("Unfinished interviews ({count})").format(count=len(found)))
            self.drafts_box.setVisible(bool(found))

        self.ctx.runner.query(lambda: drafts.list_drafts(self.ctx.store, self.ctx.actor), success=show, initiator=self)

    def _selected_draft(self) -> str | None:
        item = self.drafts.currentItem() or (self.drafts.item(0) if self.drafts.count() == 1 else None)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def resume_draft(self) -> None:
        draft_id = self._selected_draft()
        if draft_id:
            self.ctx.nav.open_interview(draft_id=draft_id)

    def discard_draft(self) -> None:
        draft_id = self._selected_draft()
        if draft_id:
            self.ctx.runner.write(lambda: drafts.delete_draft(self.ctx.store, self.ctx.actor, draft_id),
                                  initiator=self)
