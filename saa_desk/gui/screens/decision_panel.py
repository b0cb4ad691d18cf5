"""On the beneficiary's file, for the selected request: the committee's decision, its letter, whether
the applicant was told (when, by whom), and after acceptance the Register and Serve steps, then the
satisfaction survey."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from saa_desk import catalogues
from saa_desk.domain.permissions import Permission
from saa_desk.domain.workflow import Action, RequestStatus
from saa_desk.gui import fmt
from saa_desk.gui.context import DeskContext
from saa_desk.gui.fielderrors import Field, FieldErrors
from saa_desk.gui.forms import mount
from saa_desk.gui.forms_ui.ui_decision_panel import Ui_DecisionPanelForm
from saa_desk.gui.forms_ui.ui_fulfil_step import Ui_FulfilStepForm
from saa_desk.gui.printflow import RecordedPrinting
from saa_desk.services import fulfilment, printing
from saa_desk.services.notifications import NotificationView
from saa_desk.services.requests import RequestView


class DecisionPanel(RecordedPrinting, QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = u = Ui_DecisionPanelForm()
        mount(u, self)
        self.request: RequestView | None = None
        self.notice: NotificationView | None = None
        self.step_dialog: FulfilStepDialog | None = None
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        u.letterButton.setVisible(ctx.can(Permission.DECLARATION_PRINT))
        u.letterButton.clicked.connect(self.print_letter)
        u.registerButton.clicked.connect(lambda: self.open_step(Action.REGISTER))
        u.serveButton.clicked.connect(lambda: self.open_step(Action.SERVE))
        u.surveyButton.clicked.connect(self._survey)
        self.show_request(None, [], {})

    def show_request(self, request: RequestView | None, notices: list[NotificationView],
                     names: dict[str, str]) -> None:
        """The latest decision on `request` (each decision queued one notification)."""
        u = self.ui
        self.request = request
        self.notice = notice = notices[-1] if notices else None
        self.setVisible(request is not None and notice is not None)
        if request is None or notice is None:
            return
        u.decisionLabel.setText(self.tr("{outcome} — meeting {number} of {date}").format(
            outcome=fmt.label("decision", notice.outcome), number=fmt.ltr(notice.meeting_number),
            date=fmt.day(notice.meeting_date)))
        u.detailsLabel.setText(self._details(notice))
        if notice.done_at is not None:
            u.toldLabel.setText(self.tr("The applicant was told on {when} by {who} ({channel}).").format(
                when=fmt.moment(notice.done_at), who=names.get(notice.done_by or "", "—"),
                channel=fmt.label("channel", notice.channel)))
        else:
            u.toldLabel.setText(self.tr("Not told yet: the notification waits on the \"To notify\" list."))
        u.registerButton.setVisible(Action.REGISTER in request.actions)
        u.serveButton.setVisible(Action.SERVE in request.actions)
        served = RequestStatus(request.status) in (RequestStatus.SERVED, RequestStatus.CLOSED)
        u.surveyButton.setVisible(served and self.ctx.can(Permission.SURVEY_WRITE))

    def _details(self, n: NotificationView) -> str:
        lang = self.ctx.lang
        if n.outcome == "accept":
            lines = [self.tr("Support granted: {support}").format(support=n.support_granted or "—")]
            if n.conditions:
                lines.append(self.tr("Conditions: {conditions}").format(conditions=n.conditions))
        elif n.outcome == "reject":
            reason = " — ".join(p for p in (catalogues.rejection_reason_label(n.reason_code, lang), n.reason) if p)
            lines = [self.tr("Reason: {reason}").format(reason=reason)]
        else:
            missing = "، ".join(fmt.document(code) for code in n.missing_documents) or (n.reason or "")
            lines = [self.tr("Missing: {missing}").format(missing=missing)]
        return "\n".join(lines)

    # -- the letter --------------------------------------------------------------------------

    def print_letter(self) -> None:
        """The letter as it will print (a re-print is a copy); recorded only once really printed."""
        if self.request is None:
            return
        store, actor, rid = self.ctx.store, self.ctx.actor, self.request.id
        self.ctx.runner.query(lambda: printing.prepare(store, actor, printing.DECISION, rid),
                              success=self.open_print_preview, initiator=self)

    # -- after acceptance ----------------------------------------------------------------------

    def open_step(self, action: Action) -> None:
        if self.request is None:
            return
        self.step_dialog = FulfilStepDialog(self.ctx, self.request, action, self._stepped, self)
        self.step_dialog.open()

    def _stepped(self, action: Action) -> None:
        messages = self.ctx.runner.messages
        if action is Action.SERVE:
            messages.show_info(self.tr("Served. Offer the applicant the satisfaction survey."))
        else:
            messages.show_info(self.tr("Registered: the request is ready to be served."))

    def _survey(self) -> None:
        if self.request is not None:
            self.ctx.nav.open_followup(self.request.beneficiary_id, self.request.id)


class FulfilStepDialog(QDialog):
    """Register (what was completed) or serve (what was delivered): a step with its note."""

    def __init__(self, ctx: DeskContext, request: RequestView, action: Action,
                 stepped: Callable[[Action], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.request, self.action, self.stepped = ctx, request, action, stepped
        serve = action is Action.SERVE
        self.setWindowTitle(self.tr("Serve the request") if serve else self.tr("Register the request"))
        self.setMinimumWidth(480)
        QVBoxLayout(self)
        self.ui = Ui_FulfilStepForm()
        mount(self.ui, self)
        self.ui.intro.setText(self.tr("What was delivered to the applicant?") if serve
                              else self.tr("Which requirements were completed?"))
        self.note = self.ui.note
        self.errors = FieldErrors({"note": Field(self.ui.note_error, self.note)})
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        store, actor, rid, note = self.ctx.store, self.ctx.actor, self.request.id, self.note.toPlainText()
        step = fulfilment.serve if self.action is Action.SERVE else fulfilment.register

        def done(_status: str) -> None:
            self.stepped(self.action)
            self.accept()

        self.ctx.runner.write(lambda: step(store, actor, rid, note), errors=self.errors, success=done,
                              initiator=self)
