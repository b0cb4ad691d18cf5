"""The social researcher's inbox: the cases referred to them (answering comes with part 2)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from saa_desk.gui import fmt
from saa_desk.gui.context import DeskContext
from saa_desk.gui.forms_ui.ui_referrals_inbox import Ui_InboxForm
from saa_desk.gui.ops import Kind
from saa_desk.gui.screens.base import Screen, fill_table, select_row
from saa_desk.services import referrals
from saa_desk.services.referrals import ReferralView


class InboxScreen(Screen):
    refresh_on = Kind.REQUESTS

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_InboxForm()
        self.root = self.mount(self.ui)
        self.table = self.ui.inboxTable
        self.question = self.ui.questionView
        self.hint = self.ui.hintLabel
        self.items: list[ReferralView] = []
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemDoubleClicked.connect(self._open)
        self.refresh()

    def refresh(self) -> None:
        def show(items: list[ReferralView]) -> None:
            self.items = items
            fill_table(self.table, [fmt.field("request"), fmt.field("beneficiary"), self.tr("Referred on")],
                       [[fmt.ltr(r.request_number), r.beneficiary_name, fmt.moment_lines(r.created_at)] for r in items])
            self.hint.setText(self.tr("Open referrals: {count}").format(count=len(items)))
            if items:
                select_row(self.table, 0)

        self.ctx.runner.query(lambda: referrals.inbox(self.ctx.store, self.ctx.actor), success=show, initiator=self)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.question.setPlainText(self.items[rows[0].row()].question if rows else "")

    def _open(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.ctx.nav.open_checklist(self.items[rows[0].row()].request_id)
