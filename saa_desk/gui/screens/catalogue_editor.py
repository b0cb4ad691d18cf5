"""The administrator's catalogue editor: support types (and the documents each requires), document
types, rejection reasons and notification texts; saved as a new version, synced to every desk.

The screen edits a plain dict of the catalogue and hands it to `services.catalogue.save`, which
validates it: each fault comes back naming its field (`support_types[3].documents[1].code`) and is
listed under the form. Codes of saved rows cannot be edited: a code is retired (inactive), never
dropped, so requests made under an older version keep their labels.

`DisplayCatalogue` keeps the labels every screen shows (`catalogues.set_display`) on the store's
current catalogue: read when the window opens, and again whenever a catalogue change is written
here or pulled from the central.
"""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from saa_desk import catalogues
from saa_desk.catalogues import IDENTITY, Catalogue
from saa_desk.domain.errors import DeskError
from saa_desk.gui import i18n
from saa_desk.gui.context import DeskContext
from saa_desk.gui.fielderrors import flatten
from saa_desk.gui.fmt import bidi_safe
from saa_desk.gui.ops import ChangeSet, Kind, OperationRunner
from saa_desk.gui.screens.base import MIN_SECTION, Screen, leading_alignment
from saa_desk.messages import error_text, field_label
from saa_desk.services import catalogue
from saa_desk.services.context import Actor
from saa_desk.store.database import Store

ARABIC_SIDE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
ENGLISH_SIDE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


class _Direction(QStyledItemDelegate):
    """Lays a column's text out in its own language's direction, whatever the window's: English
    in an Arabic window keeps its full stop at the end."""

    def __init__(self, direction: Qt.LayoutDirection, parent: QObject) -> None:
        super().__init__(parent)
        self.direction = direction

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.direction = self.direction


def where(path: str, leaves: dict[str, str], lang: i18n.Lang) -> str:
    """A fault's place for people: `support_types[2].ar` reads "Support types › 3 › Arabic"."""
    parts = re.findall(r"[a-z_]+|\[\d+\]", path)
    words = [field_label(parts[0], lang)] if parts else [path]
    for part in parts[1:]:
        words.append(str(int(part[1:-1]) + 1) if part.startswith("[") else leaves.get(part, part))
    return " › ".join(words)


class DisplayCatalogue(QObject):
    """The window's labels follow the store's current catalogue."""

    changed = Signal()

    def __init__(self, store: Store, actor: Actor, runner: OperationRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.reload()
        # Connected before any screen is made, so screens refreshing for the change read the new labels.
        runner.changes_applied.connect(self._on_changes)

    def reload(self) -> None:
        # One small read (the versions' ids; contents are cached by id), on the UI thread so the
        # labels are right before any screen draws them.
        catalogues.set_display(catalogue.current(self.store, self.actor)[1])
        self.changed.emit()

    def _on_changes(self, written: ChangeSet, _initiator: object) -> None:
        if written.touches(Kind.CATALOGUE):
            self.reload()


def _item(text: str, editable: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _check(on: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    return item


def _checked(table: QTableWidget, row: int, col: int) -> bool:
    item = table.item(row, col)
    return item is not None and item.checkState() == Qt.CheckState.Checked


def _text(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text() if item is not None else ""


def _table(name: str, parent: QWidget) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setMinimumSectionSize(MIN_SECTION)
    if name != "requiredDocuments":  # column 1 Arabic, column 2 English
        table.setItemDelegateForColumn(1, _Direction(Qt.LayoutDirection.RightToLeft, table))
        table.setItemDelegateForColumn(2, _Direction(Qt.LayoutDirection.LeftToRight, table))
    return table


def _headers(table: QTableWidget, labels: list[str], stretch: tuple[int, ...]) -> None:
    table.setColumnCount(len(labels))
    table.setHorizontalHeaderLabels(labels)
    header = table.horizontalHeader()
    for col in range(len(labels)):
        mode = QHeaderView.ResizeMode.Stretch if col in stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(col, mode)


class CatalogueScreen(Screen):
    refresh_on = Kind.CATALOGUE

    # Columns of the tables.
    S_CODE, S_AR, S_EN, S_ACTIVE = range(4)
    D_CODE, D_AR, D_EN, D_EXPIRY, D_ACTIVE = range(5)
    R_CODE, R_AR, R_EN, R_ACTIVE = range(4)
    N_KEY, N_AR, N_EN = range(3)
    Q_DOC, Q_REQUIRED, Q_MANDATORY = range(3)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("CatalogueScreen")
        self.version: str | None = None
        self.loaded: Catalogue | None = None
        # The documents each support type requires, by the support type's row: [(code, mandatory)].
        self.requirements: list[list[tuple[str, bool]]] = []
        self._shown_support = -1
        self._build()
        self.refresh()

    # -- the form ------------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        self.title = QLabel(self.tr("Catalogue"), self)
        self.title.setObjectName("screenTitle")
        self.version_label = QLabel(self)
        self.version_label.setObjectName("catalogueVersion")
        layout.addWidget(self.title)
        layout.addWidget(self.version_label)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("catalogueTabs")
        layout.addWidget(self.tabs, 1)

        supports = QWidget(self.tabs)
        box = QVBoxLayout(supports)
        split = QSplitter(Qt.Orientation.Vertical, supports)
        self.support_table = _table("supportTypes", split)
        self.requirement_table = _table("requiredDocuments", split)
        split.addWidget(self.support_table)
        split.addWidget(self.requirement_table)
        box.addWidget(split, 1)
        self.add_support = QPushButton(self.tr("Add a support type"), supports)
        box.addLayout(self._row(self.add_support))
        self.tabs.addTab(supports, self.tr("Support types"))

        self.document_table = _table("documentTypes", self.tabs)
        self.add_document = QPushButton(self.tr("Add a document type"))
        self.tabs.addTab(self._with_button(self.document_table, self.add_document), self.tr("Document types"))
        self.reason_table = _table("rejectionReasons", self.tabs)
        self.add_reason = QPushButton(self.tr("Add a rejection reason"))
        self.tabs.addTab(self._with_button(self.reason_table, self.add_reason), self.tr("Rejection reasons"))
        self.text_table = _table("notificationTexts", self.tabs)
        # Long texts: each row as tall as its text at the width it has now.
        self.text_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.text_table, self.tr("Notification texts"))

        self.problems = QLabel(self)
        self.problems.setObjectName("catalogueProblems")
        self.problems.setProperty("role", "error")
        self.problems.setWordWrap(True)
        self.problems.setAlignment(leading_alignment())
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        layout.addWidget(self.problems)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("What changed and why (kept in the history)"))
        self.save_button = QPushButton(self.tr("Save a new version"), self)
        self.save_button.setObjectName("saveCatalogue")
        self.revert_button = QPushButton(self.tr("Discard changes"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)

        self.support_table.currentCellChanged.connect(lambda row, *_: self._show_requirements(row))
        self.requirement_table.itemChanged.connect(self._requirement_edited)
        self.add_support.clicked.connect(self._add_support)
        self.add_document.clicked.connect(lambda: self._add_row(self.document_table, [False, True]))
        self.add_reason.clicked.connect(lambda: self._add_row(self.reason_table, [True]))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.refresh)

    @staticmethod
    def _row(*widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for w in widgets:
            row.addWidget(w)
        return row

    def _with_button(self, table: QTableWidget, button: QPushButton) -> QWidget:
        page = QWidget(self.tabs)
        box = QVBoxLayout(page)
        box.addWidget(table, 1)
        box.addLayout(self._row(button))
        return page

    # -- reading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.runner.query(lambda: catalogue.current(self.ctx.store, self.ctx.actor), success=self._load,
                              initiator=self, latest="catalogue")

    def _load(self, current: tuple[str | None, Catalogue]) -> None:
        self.version, self.loaded = current
        c = self.loaded
        self.version_label.setText(self.tr("Current version: {version}").format(
            version=self.version[:8] if self.version else self.tr("as shipped")))
        code, ar, en = self.tr("Code"), self.tr("Arabic"), self.tr("English")
        active = self.tr("Active")
        self._fill(self.support_table, [code, ar, en, active], (1, 2),
                   [[s.code, s.ar, s.en, s.active] for s in c.support_types.values()])
        self.requirements = [[(d.code, d.mandatory) for d in s.documents] for s in c.support_types.values()]
        self._fill(self.document_table, [code, ar, en, self.tr("Has an expiry date"), active], (1, 2),
                   [[d.code, d.ar, d.en, d.has_expiry, d.active] for d in c.document_types.values()])
        self._fill(self.reason_table, [code, ar, en, active], (1, 2),
                   [[r.code, r.ar, r.en, r.active] for r in c.rejection_reasons.values()])
        self._fill(self.text_table, [self.tr("Outcome"), ar, en], (1, 2),
                   [[k, t["ar"], t["en"]] for k, t in c.notification_texts.items()], editable_code=False)
        self._shown_support = -1
        self.support_table.setCurrentCell(0, self.S_AR)
        self._show_requirements(0)
        self.problems.hide()

    def _fill(self, table: QTableWidget, headers: list[str], stretch: tuple[int, ...],
              rows: list[list[Any]], editable_code: bool = False) -> None:
        table.blockSignals(True)
        table.clear()
        _headers(table, headers, stretch)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for col, value in enumerate(row):
                cell = _check(value) if isinstance(value, bool) else _item(str(value), col != 0 or editable_code)
                if col in (1, 2):  # the Arabic text on the right, the English on the left, in either window
                    cell.setTextAlignment(ARABIC_SIDE if col == 1 else ENGLISH_SIDE)
                table.setItem(r, col, cell)
        table.blockSignals(False)

    def _add_row(self, table: QTableWidget, flags: list[bool]) -> int:
        row = table.rowCount()
        table.insertRow(row)
        for col in range(3):
            table.setItem(row, col, _item(""))  # a new row's code is typed in; saved ones are fixed
        for i, on in enumerate(flags):
            table.setItem(row, 3 + i, _check(on))
        table.setCurrentCell(row, 0)
        first = table.item(row, 0)
        if first is not None:
            table.editItem(first)
        return row

    def _add_support(self) -> None:
        self.requirements.append([(IDENTITY, True)])
        self._add_row(self.support_table, [True])

    # -- the selected support type's documents ---------------------------------------------------------

    def _document_choices(self) -> list[tuple[str, str]]:
        lang = i18n.current()
        choices = [(IDENTITY, self.tr("Identity document (by ID type)"))]
        for row in range(self.document_table.rowCount()):
            code = _text(self.document_table, row, self.D_CODE).strip()
            if code:
                choices.append((code, _text(self.document_table, row, self.D_AR if lang == "ar" else self.D_EN)))
        return choices

    def _show_requirements(self, row: int) -> None:
        self._shown_support = row
        table = self.requirement_table
        table.blockSignals(True)
        table.clear()
        _headers(table, [self.tr("Document"), self.tr("Required"), self.tr("Mandatory")], (0,))
        wanted = dict(self.requirements[row]) if 0 <= row < len(self.requirements) else {}
        choices = self._document_choices()
        table.setRowCount(len(choices))
        for r, (code, text) in enumerate(choices):
            label = _item(bidi_safe(text), False)
            label.setData(Qt.ItemDataRole.UserRole, code)
            table.setItem(r, self.Q_DOC, label)
            table.setItem(r, self.Q_REQUIRED, _check(code in wanted))
            table.setItem(r, self.Q_MANDATORY, _check(wanted.get(code, False)))
        table.blockSignals(False)

    def _requirement_edited(self, item: QTableWidgetItem) -> None:
        row = self._shown_support
        if not 0 <= row < len(self.requirements):
            return
        if item.column() == self.Q_REQUIRED:  # a document newly required is mandatory unless unticked
            mandatory = self.requirement_table.item(item.row(), self.Q_MANDATORY)
            if mandatory is not None:
                self.requirement_table.blockSignals(True)
                mandatory.setCheckState(item.checkState())
                self.requirement_table.blockSignals(False)
        elif item.column() == self.Q_MANDATORY and item.checkState() == Qt.CheckState.Checked:
            required = self.requirement_table.item(item.row(), self.Q_REQUIRED)
            if required is not None:
                self.requirement_table.blockSignals(True)
                required.setCheckState(Qt.CheckState.Checked)
                self.requirement_table.blockSignals(False)
        order = [code for code, _ in self.requirements[row]]
        chosen: dict[str, bool] = {}
        for r in range(self.requirement_table.rowCount()):
            if _checked(self.requirement_table, r, self.Q_REQUIRED):
                cell = self.requirement_table.item(r, self.Q_DOC)
                code = str(cell.data(Qt.ItemDataRole.UserRole)) if cell is not None else ""
                chosen[code] = _checked(self.requirement_table, r, self.Q_MANDATORY)
        # Keep the order the documents were listed in; newly required ones go last.
        ordered = [c for c in order if c in chosen] + [c for c in chosen if c not in order]
        self.requirements[row] = [(c, chosen[c]) for c in ordered]

    # -- saving ----------------------------------------------------------------------------------------

    def content(self) -> dict[str, Any]:
        """The catalogue as the tables hold it (validated by the service, not here)."""
        s, d, r, n = self.support_table, self.document_table, self.reason_table, self.text_table
        return {
            "support_types": [
                {"code": _text(s, i, self.S_CODE).strip(), "ar": _text(s, i, self.S_AR), "en": _text(s, i, self.S_EN),
                 "active": _checked(s, i, self.S_ACTIVE),
                 "documents": [{"code": c, "mandatory": m} for c, m in
                               (self.requirements[i] if i < len(self.requirements) else [])]}
                for i in range(s.rowCount())],
            "document_types": [
                {"code": _text(d, i, self.D_CODE).strip(), "ar": _text(d, i, self.D_AR), "en": _text(d, i, self.D_EN),
                 "has_expiry": _checked(d, i, self.D_EXPIRY), "active": _checked(d, i, self.D_ACTIVE)}
                for i in range(d.rowCount())],
            "rejection_reasons": [
                {"code": _text(r, i, self.R_CODE).strip(), "ar": _text(r, i, self.R_AR), "en": _text(r, i, self.R_EN),
                 "active": _checked(r, i, self.R_ACTIVE)}
                for i in range(r.rowCount())],
            "notification_texts": {_text(n, i, self.N_KEY): {"ar": _text(n, i, self.N_AR), "en": _text(n, i, self.N_EN)}
                                   for i in range(n.rowCount())},
        }

    def save(self) -> None:
        store, actor = self.ctx.store, self.ctx.actor
        text, note = json.dumps(self.content(), ensure_ascii=False), self.note.text()
        self.save_button.setEnabled(False)
        self.ctx.runner.write(lambda: catalogue.save(store, actor, text, note), success=self._saved,
                              failure=self._refused, initiator=self)

    def _saved(self, version: str) -> None:
        self.save_button.setEnabled(True)
        self.note.clear()
        self.problems.hide()
        self.ctx.runner.messages.show_info(self.tr("Catalogue saved as version {version}; it syncs to every desk.")
                                           .format(version=version[:8]))

    def _refused(self, exc: BaseException) -> bool:
        self.save_button.setEnabled(True)
        if not isinstance(exc, DeskError):
            return False
        lang = i18n.current()
        leaves = {"code": self.tr("Code"), "ar": self.tr("Arabic"), "en": self.tr("English"),
                  "active": self.tr("Active"), "has_expiry": self.tr("Has an expiry date"),
                  "documents": self.tr("Documents"), "mandatory": self.tr("Mandatory")}
        lines = [f"{where(e.field, leaves, lang)}: {error_text(e.code, lang, **e.params)}" if e.field
                 else e.message(lang) for e in flatten(exc)]
        self.problems.setText("\n".join(bidi_safe(line) for line in lines))
        self.problems.show()
        return True
