"""Reception's "to notify" list: each decision in effect, oldest first, with the words to say or send
on the applicant's channel; "Done" logs the interaction (services/notifications.mark_done)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from saa_desk import catalogues
from saa_desk.domain.permissions import Permission
from saa_desk.gui import fmt
from saa_desk.gui.context import DeskContext
from saa_desk.gui.fielderrors import Field, FieldErrors
from saa_desk.gui.forms import mount
from saa_desk.gui.forms_ui.ui_notify_done import Ui_NotifyDoneForm
from saa_desk.gui.forms_ui.ui_to_notify import Ui_ToNotifyForm
from saa_desk.gui.ops import Kind
from saa_desk.gui.screens.base import Screen, fill_table, select_row
from saa_desk.services import notifications
from saa_desk.services.notifications import NotificationView

PAGE = 100


class ToNotifyScreen(Screen):
    # Closing a meeting writes decisions (requests); marking one done writes an interaction.
    refresh_on = Kind.REQUESTS | Kind.INTERACTIONS

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = u = Ui_ToNotifyForm()
        self.root = self.mount(u)
        self.table = u.notifyTable
        self.message = u.messageView
        self.contact = u.contactLabel
        self.hint = u.hintLabel
        self.done_button = u.doneButton
        self.copy_button = u.copyButton
        self.more_button = u.moreButton
        self.items: list[NotificationView] = []
        self.more = False  # a full page came back: there may be another
        self.done_dialog: NotifyDoneDialog | None = None
        self.done_button.setVisible(ctx.can(Permission.INTERACTION_WRITE))
        self.table.itemSelectionChanged.connect(self._selected)
        self.copy_button.clicked.connect(self.copy_words)
        u.fileButton.clicked.connect(self._open_file)
        self.more_button.clicked.connect(self.load_more)
        self.done_button.clicked.connect(self.open_done)
        self._selected()
        self.refresh()

    def refresh(self) -> None:
        """The first page again (what was shown may have been done elsewhere meanwhile)."""
        keep = self.selected()
        store, actor = self.ctx.store, self.ctx.actor
        self.ctx.runner.query(lambda: notifications.to_notify(store, actor, limit=PAGE),
                              success=lambda rows: self._show(rows, keep.id if keep else None), initiator=self,
                              latest="list")

    def load_more(self) -> None:
        if not self.items:
            return
        after, store, actor = self.items[-1].cursor, self.ctx.store, self.ctx.actor
        current = self.selected()
        self.ctx.runner.query(lambda: notifications.to_notify(store, actor, after=after, limit=PAGE),
                              success=lambda rows: self._show(self.items + rows, current.id if current else None,
                                                              len(rows)),
                              initiator=self)

    def _show(self, rows: list[NotificationView], keep: str | None, page: int | None = None) -> None:
        self.items = rows
        self.more = (len(rows) if page is None else page) >= PAGE
        fill_table(self.table, [self.tr("Queued on"), fmt.field("request"), fmt.field("beneficiary"),
                                fmt.field("decision"), fmt.field("channel"), fmt.field("mobile")],
                   [[fmt.moment_lines(n.created_at), fmt.ltr(n.request_number), n.beneficiary_name,
                     fmt.label("decision", n.outcome), fmt.label("channel", n.channel), fmt.phone(n.phone)]
                    for n in rows])
        self.hint.setText(self.tr("Applicants to tell: {count}{more}").format(
            count=len(rows), more="+" if self.more else ""))
        self.more_button.setVisible(self.more)
        if rows:
            select_row(self.table, next((i for i, n in enumerate(rows) if n.id == keep), 0))
        self._selected()

    def selected(self) -> NotificationView | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows or rows[0].row() >= len(self.items):
            return None
        return self.items[rows[0].row()]

    def _selected(self) -> None:
        n = self.selected()
        self.message.setPlainText(n.message if n else "")
        self.contact.setText(self.tr("{channel} · mobile {phone} · {name}").format(
            channel=fmt.label("channel", n.channel), phone=fmt.phone(n.phone) or "—", name=n.beneficiary_name)
            if n else self.tr("Nobody is waiting to be told."))
        for button in (self.done_button, self.copy_button, self.ui.fileButton):
            button.setEnabled(n is not None)

    def copy_words(self) -> None:
        n = self.selected()
        if n is not None:
            QGuiApplication.clipboard().setText(n.message)
            self.ctx.runner.messages.show_info(self.tr("The words were copied."))

    def _open_file(self) -> None:
        n = self.selected()
        if n is not None:
            self.ctx.nav.open_beneficiary(n.beneficiary_id, "requests")

    def open_done(self) -> None:
        n = self.selected()
        if n is None:
            return
        self.done_dialog = NotifyDoneDialog(self.ctx, n, self)
        self.done_dialog.open()


class NotifyDoneDialog(QDialog):
    """How the applicant was told (the channel, preset to theirs) and a short summary."""

    def __init__(self, ctx: DeskContext, notification: NotificationView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.notification = ctx, notification
        self.setWindowTitle(self.tr("The applicant was told"))
        self.setMinimumWidth(480)
        QVBoxLayout(self)
        self.ui = Ui_NotifyDoneForm()
        mount(self.ui, self)
        self.channel = self.ui.channel
        self.summary = self.ui.summary
        self.errors = FieldErrors({"channel": Field(self.ui.channel_error, self.channel),
                                   "summary": Field(self.ui.summary_error, self.summary)})
        for code in catalogues.codes("channel"):
            self.channel.addItem(catalogues.label("channel", code, ctx.lang), code)
        self.channel.setCurrentIndex(max(0, self.channel.findData(notification.channel)))
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        store, actor, nid = self.ctx.store, self.ctx.actor, self.notification.id
        channel, summary = self.channel.currentData(), self.summary.toPlainText()

        def done(_interaction_id: str) -> None:
            self.ctx.runner.messages.show_info(self.tr("Logged: {name} was told.").format(
                name=self.notification.beneficiary_name))
            self.accept()

        self.ctx.runner.write(lambda: notifications.mark_done(store, actor, nid, channel, summary),
                              errors=self.errors, success=done, initiator=self)
