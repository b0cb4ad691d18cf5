"""The committee queue: submitted and under-review requests, longest waiting first, with the
days waited, the days left to the date promised to the applicant and its state in colour and words.

50,000 queued requests stay responsive: the model holds only the keys (submitted_at, number), read
in chunks along the queue's index on a worker thread (a small first chunk, then the rest in the
background; canFetchMore/fetchMore let the view ask for it too), and fetches the rows on screen
in keyset pages of 200, also on a worker; the UI thread never reads the store.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QBoxLayout, QComboBox, QHeaderView, QInputDialog, QWidget

from saa_desk import catalogues
from saa_desk.domain.enums import QueueState
from saa_desk.domain.permissions import Permission
from saa_desk.gui import fmt
from saa_desk.gui.context import DeskContext
from saa_desk.gui.forms_ui.ui_committee_queue import Ui_CommitteeQueueForm
from saa_desk.gui.ops import ChangeSet, Kind
from saa_desk.gui.screens.base import MIN_SECTION, Screen
from saa_desk.gui.theme import role_colour
from saa_desk.services import committee, queue
from saa_desk.services.queue import QueueFilter, QueueKey, QueuePage, QueueRow

Index = QModelIndex | QPersistentModelIndex

PAGE = queue.PAGE
FIRST_KEYS = 1000  # the first chunk is small, so the first screen shows at once
MORE_KEYS = 20_000  # then the rest, a few chunks in the background
KEPT_PAGES = 40  # rows kept for pages seen lately; a page scrolled back to is fetched again
SEARCH_DELAY_MS = 200
STATE_ROLE = {QueueState.ON_TIME: "ok", QueueState.DUE_SOON: "warn", QueueState.OVERDUE: "error"}
STATE_TINT = {QueueState.ON_TIME: QColor("#eaf4ea"), QueueState.DUE_SOON: QColor("#fdf2dc"),
              QueueState.OVERDUE: QColor("#fbe6e4")}
# What the committee reads first comes first: who, how late, then the rest.
COLUMNS = ("request", "beneficiary", "queue_state", "days_waited", "days_left", "expected_answer_date",
           "submitted_at", "support_type", "status", "channel", "branch")
STATE_COLUMN = COLUMNS.index("queue_state")
WIDE_DAY = dt.date(2026, 12, 30)  # two-digit days and months in both calendars: the widest a date is shown


class QueueModel(QAbstractTableModel):
    """Rows are the keys held; a row's data comes from its page, fetched the first time it is shown."""

    def __init__(self, ctx: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = queue.EVERYTHING
        self.keys: list[QueueKey] = []
        self.pages: OrderedDict[int, tuple[QueueRow, ...]] = OrderedDict()
        self.cells: dict[int, tuple[tuple[str, ...], ...]] = {}  # per page: each row's text, formatted once
        self._asked: set[int] = set()
        self._numbers: set[str] | None = None
        self._generation = 0
        self.complete = False  # every key is held
        self.loading = False  # a chunk of keys is on its way
        self.resets = 0  # for tests: a change set that does not concern the queue must not reset it

    # -- loading ---------------------------------------------------------------------------------

    def load(self, wanted: QueueFilter) -> None:
        """Start again under this filter (a filter change, or the queue moved)."""
        self.beginResetModel()
        self._generation += 1
        self.filter, self.keys, self.complete, self.loading = wanted, [], False, False
        self.pages.clear()
        self.cells.clear()
        self._asked.clear()
        self._numbers = None
        self.resets += 1
        self.endResetModel()
        self._fetch_keys()

    @property
    def busy(self) -> bool:
        return self.loading or bool(self._asked - set(self.pages))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.complete and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch_keys()

    def _fetch_keys(self) -> None:
        store, actor, wanted = self.ctx.store, self.ctx.actor, self.filter
        after = self.keys[-1] if self.keys else None
        size = MORE_KEYS if self.keys else FIRST_KEYS
        generation = self._generation
        self.loading = True

        def got(keys: list[QueueKey]) -> None:
            if generation != self._generation:
                return  # the filter changed meanwhile
            self.loading = False
            self.complete = len(keys) < size
            if keys:
                self.beginInsertRows(QModelIndex(), len(self.keys), len(self.keys) + len(keys) - 1)
                self.keys.extend(keys)
                self._numbers = None
                self.endInsertRows()
            if not self.complete:
                self._fetch_keys()  # the rest of the keys follow in the background

        def failed(_exc: BaseException) -> bool:
            if generation == self._generation:
                self.loading = False
            return False

        self.ctx.runner.query(lambda: queue.keys(store, actor, wanted, after, size), success=got, failure=failed,
                              initiator=self)

    def _page(self, number: int) -> tuple[QueueRow, ...] | None:
        rows = self.pages.get(number)
        if rows is not None:
            self.pages.move_to_end(number)
            return rows
        if number not in self._asked:
            self._ask(number)
        return None

    def _ask(self, number: int) -> None:
        self._asked.add(number)
        store, actor, wanted, generation = self.ctx.store, self.ctx.actor, self.filter, self._generation
        after = self.keys[number * PAGE - 1] if number else None

        def got(loaded: tuple[QueuePage, tuple[tuple[str, ...], ...]]) -> None:
            if generation != self._generation:
                return
            page, cells = loaded
            self.pages[number], self.cells[number] = page.rows, cells
            while len(self.pages) > KEPT_PAGES:
                old, _ = self.pages.popitem(last=False)
                self.cells.pop(old, None)
                self._asked.discard(old)
            first = number * PAGE
            last = min(first + PAGE, len(self.keys)) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

        def failed(_exc: BaseException) -> bool:
            self._asked.discard(number)
            return False

        self.ctx.runner.query(lambda: _formatted(queue.page(store, actor, wanted, after, PAGE)), success=got,
                              failure=failed, initiator=self)

    def forget_rows(self) -> None:
        """Fetch the rows on screen again (a beneficiary's name changed), keeping the keys: no reset."""
        self._generation += 1
        self.pages.clear()
        self.cells.clear()
        self._asked.clear()
        if self.keys:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.keys) - 1, len(COLUMNS) - 1))

    def holds(self, numbers: frozenset[str]) -> bool:
        if self._numbers is None:
            self._numbers = {k.number for k in self.keys}
        return not self._numbers.isdisjoint(numbers)

    # -- the table -------------------------------------------------------------------------------

    def row_at(self, row: int) -> QueueRow | None:
        if not 0 <= row < len(self.keys):
            return None
        page = self._page(row // PAGE)
        if page is None or row % PAGE >= len(page):
            return None
        return page[row % PAGE]

    def cells_at(self, row: int) -> tuple[str, ...] | None:
        if not 0 <= row < len(self.keys) or self._page(row // PAGE) is None:
            return None
        page = self.cells[row // PAGE]
        return page[row % PAGE] if row % PAGE < len(page) else None

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # One call into Python where QAbstractTableModel's asks rowCount and columnCount for each cell.
        if parent.isValid() or not (0 <= row < len(self.keys) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return fmt.field(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self.cells_at(row)
            if cells is None:
                return fmt.ltr(self.keys[row].number) if column == 0 else ""
            return cells[column]  # formatted on the worker: painting only looks it up
        if role == Qt.ItemDataRole.UserRole:
            return self.row_at(row)
        brushes = _state_brushes().get(int(role)) if column == STATE_COLUMN else None
        if brushes is not None:
            queued = self.row_at(row)
            return None if queued is None else brushes[queued.state]
        return None


@cache
def _state_brushes() -> dict[int, dict[QueueState, QBrush]]:
    """The state column's colours by role (made once the theme is loaded)."""
    return {Qt.ItemDataRole.ForegroundRole.value: {s: QBrush(role_colour(r)) for s, r in STATE_ROLE.items()},
            Qt.ItemDataRole.BackgroundRole.value: {s: QBrush(c) for s, c in STATE_TINT.items()}}


def _formatted(page: QueuePage) -> tuple[QueuePage, tuple[tuple[str, ...], ...]]:
    """On the worker: each row's text, so painting only looks it up."""
    return page, tuple(tuple(_cell(row, column) for column in range(len(COLUMNS))) for row in page.rows)


def _cell(row: QueueRow, column: int) -> str:
    name = COLUMNS[column]
    if name == "request":
        return fmt.ltr(row.number)
    if name == "beneficiary":
        return row.beneficiary_name
    if name == "support_type":
        return fmt.support_type(row.support_type)
    if name == "channel":
        return fmt.label("channel", row.channel)
    if name == "branch":
        return fmt.ltr(row.branch)
    if name == "status":
        return fmt.label("request_status", row.status)
    if name == "submitted_at":
        return fmt.day_lines(row.submitted_at)
    if name == "expected_answer_date":
        return fmt.day_lines(row.expected_answer_date)
    if name == "days_waited":
        return str(row.days_waited)
    if name == "days_left":
        if row.days_left is None:
            return ""
        if row.days_left < 0:  # in words: a minus sign ends up on the wrong side of an Arabic cell
            return QCoreApplication.translate("CommitteeQueueScreen", "{days} days late").format(days=-row.days_left)
        return str(row.days_left)
    return fmt.label("queue_state", row.state.value)


class CommitteeQueueScreen(Screen):
    refresh_on = Kind.REQUESTS

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_CommitteeQueueForm()
        self.root = self.mount(self.ui)
        u = self.ui
        self.view, self.box, self.hint = u.queueView, u.searchBox, u.hintLabel
        self.model = QueueModel(ctx, self)
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        # Two lines a row: dates show Hijri over Gregorian, so eleven columns fit a 1280-pixel window.
        self.view.verticalHeader().setDefaultSectionSize(2 * self.view.fontMetrics().lineSpacing() + 12)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(MIN_SECTION)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.counts: dict[QueueState, int] = dict.fromkeys(QueueState, 0)
        self._counts_asked = self._counts_shown = 0
        self._fill_choices()
        self._fit_columns()
        layout = self.root.layout()
        assert isinstance(layout, QBoxLayout)  # the .ui file lays the screen out in a column
        layout.setStretchFactor(self.view, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.box.textChanged.connect(lambda _text: self._search_timer.start())
        self.box.returnPressed.connect(self.apply_filter)
        for combo in self._combos():
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        u.openButton.clicked.connect(self.open_selected)
        u.agendaButton.setVisible(ctx.can(Permission.COMMITTEE_DECIDE))  # who may put requests on an agenda
        u.agendaButton.clicked.connect(self.choose_meeting)
        self.meeting_dialog: QInputDialog | None = None
        self.model.modelReset.connect(self._show_hint)
        self.model.rowsInserted.connect(self._show_hint)
        self.refresh()

    # -- filters ---------------------------------------------------------------------------------

    def _combos(self) -> tuple[QComboBox, ...]:
        u = self.ui
        return u.branchBox, u.typeBox, u.channelBox, u.statusBox, u.stateBox

    def _fill_choices(self) -> None:
        u = self.ui
        lists: list[tuple[QComboBox, str, list[tuple[str, str]]]] = [
            (u.typeBox, self.tr("All support types"),
             [(code, fmt.support_type(code)) for code in catalogues.support_types()]),
            (u.channelBox, self.tr("All channels"), [(code, fmt.label("channel", code))
                                                     for code in catalogues.codes("channel")]),
            (u.statusBox, self.tr("All statuses"), [(s.value, fmt.label("request_status", s.value))
                                                    for s in queue.QUEUED]),
            (u.stateBox, self.tr("All states"), [(s.value, fmt.label("queue_state", s.value)) for s in QueueState]),
        ]
        for combo, everything, items in lists:
            combo.blockSignals(True)
            combo.addItem(everything, None)
            for code, text in items:
                combo.addItem(text, code)
            combo.blockSignals(False)
        u.branchBox.addItem(self.tr("All branches"), None)
        store, actor = self.ctx.store, self.ctx.actor

        def branches(found: tuple[str, ...]) -> None:
            u.branchBox.blockSignals(True)
            for code in found:
                u.branchBox.addItem(code, code)
            u.branchBox.blockSignals(False)

        self.ctx.runner.query(lambda: queue.branches(store, actor), success=branches, initiator=self)

    def current_filter(self) -> QueueFilter:
        u = self.ui
        return QueueFilter(branch=u.branchBox.currentData(), support_type=u.typeBox.currentData(),
                           channel=u.channelBox.currentData(), status=u.statusBox.currentData(),
                           state=u.stateBox.currentData(), text=self.box.text().strip() or None)

    def set_choice(self, combo: QComboBox, code: str | None) -> None:
        combo.setCurrentIndex(max(0, combo.findData(code)))

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.refresh()
        self.view.scrollToTop()  # a new filter starts at its longest waiting

    # -- reading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        wanted = self.current_filter()
        self.model.load(wanted)
        self._counts_asked += 1
        asked, store, actor = self._counts_asked, self.ctx.store, self.ctx.actor

        def show(counts: dict[QueueState, int]) -> None:
            if asked == self._counts_asked:
                self._counts_shown = asked
                self.counts = counts
                self._show_counts()

        self.ctx.runner.query(lambda: queue.counts(store, actor, wanted), success=show, initiator=self,
                              latest="counts")

    @property
    def counts_shown(self) -> bool:
        """The header shows the counts of the filter now chosen."""
        return self._counts_shown == self._counts_asked

    @property
    def loading(self) -> bool:
        return self.model.busy or not self.counts_shown

    def _show_counts(self) -> None:
        u = self.ui
        for label, state in ((u.onTimeCount, QueueState.ON_TIME), (u.dueSoonCount, QueueState.DUE_SOON),
                             (u.overdueCount, QueueState.OVERDUE)):
            label.setText(self.tr("{state}: {count} requests").format(state=fmt.label("queue_state", state.value),
                                                            count=f"{self.counts[state]:,}"))

    def _show_hint(self) -> None:
        count = len(self.model.keys)
        if count == 0 and self.model.complete:
            self.hint.setText(self.tr("No request in the queue matches."))
        else:
            more = "" if self.model.complete else "…"
            self.hint.setText(self.tr("Requests shown: {count}").format(count=f"{count:,}{more}"))

    def _fit_columns(self) -> None:
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        queued = [fmt.label("request_status", s.value) for s in queue.QUEUED]
        samples: dict[str, list[str]] = {
            "request": [fmt.ltr("RYD-D1-2026-000000")], "beneficiary": ["عبدالرحمن عبدالله عبدالعزيز القحطاني"],
            "support_type": [fmt.support_type("umrah_trip")], "channel": [fmt.label("channel", "interview")],
            "branch": ["RYD"], "status": queued, "submitted_at": [fmt.day_lines(WIDE_DAY)],
            "expected_answer_date": [fmt.day_lines(WIDE_DAY)], "days_waited": ["000"],
            "days_left": [QCoreApplication.translate("CommitteeQueueScreen", "{days} days late").format(days=100)],
            "queue_state": [fmt.label("queue_state", s.value) for s in QueueState],
        }
        for column, name in enumerate(COLUMNS):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max([metrics.horizontalAdvance(line) for t in samples[name] for line in t.split("\n")]
                        + [header.fontMetrics().horizontalAdvance(title)]) + 24
            header.resizeSection(column, max(width, MIN_SECTION))
        header.setSectionResizeMode(COLUMNS.index("beneficiary"), QHeaderView.ResizeMode.Stretch)

    # -- change sets -------------------------------------------------------------------------------

    def _on_changes(self, written: ChangeSet, _initiator: object) -> None:
        """Only a change to requests can move the queue: a change set naming none leaves it alone."""
        if "requests" in written.many:
            self._reload()
            return
        ids = written.rows.get("requests")
        if ids:
            store, actor = self.ctx.store, self.ctx.actor

            def check(found: tuple[frozenset[str], frozenset[str]]) -> None:
                numbers, queued = found
                if queued or self.model.holds(numbers):
                    self._reload()

            self.ctx.runner.query(lambda: queue.touched(store, actor, ids), success=check, initiator=self)
        elif written.touches(Kind.BENEFICIARIES):
            self.model.forget_rows()  # names shown may have changed; the queue itself did not move

    def _reload(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    # -- opening -----------------------------------------------------------------------------------

    def selected_rows(self) -> list[QueueRow]:
        rows = (self.model.row_at(i.row()) for i in self.view.selectionModel().selectedRows())
        return [r for r in rows if r is not None]

    def open_row(self, row: int) -> None:
        found = self.model.row_at(row)
        if found is not None:
            self.ctx.nav.open_beneficiary(found.beneficiary_id, "requests")

    # -- the meeting's agenda ------------------------------------------------------------------------

    def choose_meeting(self) -> None:
        """Ask which open meeting the selected requests go on (the meetings are read on a worker)."""
        chosen = self.selected_rows()
        if not chosen:
            self.ctx.runner.messages.show_error(self.tr("Select the requests to put on the agenda first."))
            return
        store, actor = self.ctx.store, self.ctx.actor

        def ask(meetings: list[committee.MeetingRow]) -> None:
            if not meetings:
                self.ctx.runner.messages.show_error(self.tr("No meeting is open: open one in Committee meetings."))
                return
            dialog = QInputDialog(self)
            dialog.setWindowTitle(self.tr("Add to the meeting's agenda"))
            dialog.setLabelText(self.tr("Meeting for {count} request(s):").format(count=len(chosen)))
            labels = [f"{m.number} — {fmt.day(m.meeting_date)}" for m in meetings]
            dialog.setComboBoxItems(labels)
            dialog.textValueSelected.connect(
                lambda text: self.add_to_agenda(meetings[labels.index(text)].id, [r.request_id for r in chosen]))
            self.meeting_dialog = dialog
            dialog.open()

        self.ctx.runner.query(lambda: committee.open_meetings(store, actor), success=ask, initiator=self)

    def add_to_agenda(self, meeting_id: str, request_ids: list[str]) -> None:
        store, actor = self.ctx.store, self.ctx.actor

        def done(added: int) -> None:
            self.ctx.runner.messages.show_info(self.tr("Added to the agenda: {count}").format(count=added))

        self.ctx.runner.write(lambda: committee.add_to_agenda(store, actor, meeting_id, request_ids), success=done,
                              initiator=self)

    def open_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.open_row(rows[0].row())
