"""What the screens share: their compiled form, and refreshing when the runner says something changed."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from saa_desk.gui.context import DeskContext
from saa_desk.gui.forms import CompiledForm, mount
from saa_desk.gui.ops import ChangeSet, Kind

# Qt derives a header's minimum section from the font's widest glyph: far too wide with Amiri.
MIN_SECTION = 48


class Screen(QWidget):
    """A screen builds its form first thing: `self.ui = Ui_XForm(); self.mount(self.ui)`."""

    refresh_on: Kind = Kind.ALL  # the kinds of record this screen shows

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = False
        ctx.runner.changes_applied.connect(self._on_changes)

    def mount(self, ui: CompiledForm) -> QWidget:
        root = mount(ui, self)
        layout = root.layout()
        if layout is not None:
            layout.setContentsMargins(18, 12, 18, 12)
        return root

    def _on_changes(self, written: ChangeSet, _initiator: object) -> None:
        """Whoever wrote it (this screen, another, a background sync): refresh if it concerns us."""
        if not written.touches(self.refresh_on):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        """Re-read what the screen shows from the services."""


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    header = table.horizontalHeader()
    header.setMinimumSectionSize(MIN_SECTION)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if headers:
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)  # long text wraps there
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.resizeRowsToContents()


def leading_alignment() -> Qt.AlignmentFlag:
    """Where text starts in this language, whatever the text begins with.

    A QLabel picks its direction from its text, so a value such as `3,500` or an ID would sit on
    the left of an Arabic form; an absolute alignment keeps every value on the reading side.
    """
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def select_row(view: QAbstractItemView, row: int) -> None:
    """Select a whole row even while the view is hidden (QTableView.selectRow then does nothing in RTL)."""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(model.index(row, 0), flags)
