"""The social researcher's inbox: the referrals to me and my branch's unassigned ones, the question,
the case file read-only, my answer to reception (where the request goes next, and what is missing),
and the social research report, filed in a dialog and printed as an Arabic PDF."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from saa_desk.domain.dates import format_gregorian
from saa_desk.domain.enums import Recommendation, ReferralOutcome
from saa_desk.gui import fmt, i18n
from saa_desk.gui.context import DeskContext
from saa_desk.gui.fielderrors import Field, FieldErrors
from saa_desk.gui.forms import mount
from saa_desk.gui.forms_ui.ui_referrals_inbox import Ui_InboxForm
from saa_desk.gui.forms_ui.ui_research_report import Ui_ResearchReportForm
from saa_desk.gui.ops import Kind
from saa_desk.gui.printflow import RecordedPrinting
from saa_desk.gui.screens.base import Screen, fill_table, select_row
from saa_desk.services import casefile, printing, referrals, research
from saa_desk.services.casefile import CaseFile
from saa_desk.services.context import today
from saa_desk.services.referrals import ReferralView
from saa_desk.services.research import ResearchReportView

RESEARCH_REPORT = "research_report"
_PERSON_FIELDS = ("id_type", "id_number", "gender", "birth_date", "nationality", "mobile", "city", "district",
                  "marital_status", "employment", "monthly_income", "preferred_channel", "health_notes")


class InboxScreen(RecordedPrinting, Screen):
    refresh_on = Kind.REQUESTS | Kind.DOCUMENTS | Kind.BENEFICIARIES | Kind.DECLARATIONS

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_InboxForm()
        self.root = self.mount(self.ui)
        u = self.ui
        self.table = u.inboxTable
        self.question = u.questionView
        self.hint = u.hintLabel
        self.tabs = u.caseTabs
        self.answer = u.answer
        self.missing = u.missing
        self.return_radio, self.forward_radio = u.returnRadio, u.forwardRadio
        self.answer_button, self.report_button = u.answerButton, u.reportButton
        self.print_button = u.printReportButton
        self.errors = FieldErrors({"answer": Field(u.answer_error, self.answer),
                                   "outcome": Field(u.outcome_error),
                                   "missing": Field(u.missing_error, self.missing)}, default="answer")
        self.items: list[ReferralView] = []
        self.case: CaseFile | None = None
        self.report_dialog: ResearchReportDialog | None = None
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setFullPage(True)
        self.printed: bytes | None = None  # the last report printed
        u.splitter.setStretchFactor(1, 2)
        u.splitter.setSizes([400, 840])  # the list shows number and name unclipped
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemDoubleClicked.connect(self._open_checklist)
        u.showAnsweredCheck.toggled.connect(self.refresh)
        self.return_radio.toggled.connect(self._outcome_changed)
        self.answer_button.clicked.connect(self.send_answer)
        self.report_button.clicked.connect(self.open_report)
        self.print_button.clicked.connect(self.print_report)
        u.checklistButton.clicked.connect(self._open_checklist)
        self._outcome_changed()
        self._show_case(None)
        self.refresh()

    # -- the list --------------------------------------------------------------------------------

    def refresh(self) -> None:
        store, actor = self.ctx.store, self.ctx.actor
        answered = self.ui.showAnsweredCheck.isChecked()
        keep = self.selected()

        def show(items: list[ReferralView]) -> None:
            self.items = items
            fill_table(self.table, [fmt.field("request"), self.tr("Referred on"), self.tr("Answer")],
                       [[f"{fmt.ltr(r.request_number)}\n{r.beneficiary_name}", fmt.day_lines(r.created_at),
                         fmt.label("referral_outcome", r.outcome) if r.outcome else self.tr("Waiting")]
                        for r in items])
            waiting = sum(1 for r in items if r.answered_at is None)
            self.hint.setText(self.tr("Open referrals: {count}").format(count=waiting))
            ids = [r.id for r in items]
            if items:
                select_row(self.table, ids.index(keep.id) if keep and keep.id in ids else 0)
            else:
                self._show_case(None)

        self.ctx.runner.query(lambda: referrals.inbox(store, actor, include_answered=answered), success=show,
                              initiator=self, latest="inbox")

    def selected(self) -> ReferralView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def _selected(self) -> None:
        item = self.selected()
        if item is None:
            self._show_case(None)
            return
        store, actor = self.ctx.store, self.ctx.actor
        self.ctx.runner.query(lambda: casefile.case_file(store, actor, item.request_id), success=self._show_case,
                              initiator=self, latest="case")

    # -- the case file ---------------------------------------------------------------------------

    def _show_case(self, case: CaseFile | None) -> None:
        self.case = case
        item = self.selected()
        open_one = item is not None and item.answered_at is None
        self.ui.answerBox.setEnabled(case is not None)
        for widget in (self.answer, self.return_radio, self.forward_radio, self.answer_button):
            widget.setEnabled(open_one)
        self._outcome_changed()
        self.report_button.setEnabled(case is not None)
        self.print_button.setEnabled(case is not None and case.report is not None)
        if case is None:
            self.ui.caseLabel.setText(self.tr("Choose a referral to open its case file."))
            for view in (self.question, self.ui.dataView, self.ui.declarationView, self.ui.reportView):
                view.setPlainText("")
            for table in (self.ui.householdTable, self.ui.documentsTable, self.ui.historyTable):
                fill_table(table, [], [])
            return
        r, p = case.request, case.person
        self.ui.caseLabel.setText(self.tr("Request {number} · {support} · {name} — status: {status}").format(
            number=fmt.ltr(r.number), support=fmt.support_type(r.support_type), name=p.full_name,
            status=fmt.label("request_status", r.status)))
        self.question.setPlainText(self._question_text(case, item))
        self.ui.dataView.setPlainText(self._data_text(case))
        fill_table(self.ui.householdTable, [fmt.field("member_name"), fmt.field("relation"),
                                            fmt.field("member_birth_date")],
                   [[m.name, fmt.label("relation", m.relation), fmt.day(m.birth_date)] for m in case.household])
        fill_table(self.ui.documentsTable,
                   [fmt.field("document_type"), fmt.field("document_status"), fmt.field("document_number"),
                    fmt.field("expiry_date"), self.tr("Scan"), fmt.field("reason")],
                   [[fmt.document(d.document_type), fmt.item_state(d.state, d.status), fmt.ltr(d.document_number),
                     fmt.day(d.expiry_date), self.tr("Scanned") if d.has_scan else self.tr("No scan"),
                     d.reason or ""] for d in case.documents])
        self.ui.declarationView.setPlainText(self._declaration_text(case))
        fill_table(self.ui.historyTable, [self.tr("When"), self.tr("From"), self.tr("To"), self.tr("By"),
                                          self.tr("Note")],
                   [[fmt.moment_lines(h.at), fmt.label("request_status", h.from_status) if h.from_status else "",
                     fmt.label("request_status", h.to_status), h.by or "", h.note or ""] for h in case.history])
        self.ui.reportView.setPlainText(self._report_text(case.report))

    def _question_text(self, case: CaseFile, item: ReferralView | None) -> str:
        ref = next((x for x in case.referrals if item and x.id == item.id), None)
        if ref is None:
            return item.question if item else ""
        lines = [ref.question, "", self.tr("Asked by {name} on {date}").format(name=ref.asked_by or "—",
                                                                               date=fmt.moment(ref.asked_at))]
        if ref.answered_at is not None:
            lines += ["", self.tr("Answer: {text}").format(text=ref.answer or ""),
                      self.tr("Then: {outcome}").format(outcome=fmt.label("referral_outcome", ref.outcome))]
            if ref.missing:
                lines.append(self.tr("What is missing: {text}").format(text=ref.missing))
        return "\n".join(lines)

    def _data_text(self, case: CaseFile) -> str:
        p = case.person
        rows = [f"{fmt.field('full_name')}: {p.full_name}"]
        if p.latin_name:
            rows.append(f"{fmt.field('latin_name')}: {p.latin_name}")
        rows += [f"{fmt.field(name)}: {self._person_value(case, name)}" for name in _PERSON_FIELDS]
        r = case.request
        rows += ["", f"{fmt.field('support_type')}: {fmt.support_type(r.support_type)}",
                 f"{fmt.field('channel')}: {fmt.label('channel', r.channel)}",
                 f"{fmt.field('description')}: {r.description or '—'}",
                 self.tr("Submitted on: {date}").format(date=fmt.day(r.submitted_at) or "—"),
                 f"{fmt.field('expected_answer_date')}: {fmt.day(r.expected_answer_date) or '—'}"]
        for d in case.decisions:
            rows.append(self.tr("Decision of meeting {number}: {outcome}").format(
                number=fmt.ltr(d.meeting_number), outcome=fmt.label("decision", d.outcome)))
        return "\n".join(rows)

    @staticmethod
    def _person_value(case: CaseFile, name: str) -> str:
        value = getattr(case.person, name)
        if name == "monthly_income":
            return fmt.money(value) or "—"
        return fmt.beneficiary_value(name, value)

    def _declaration_text(self, case: CaseFile) -> str:
        d = case.declaration
        if d is None:
            return self.tr("No declaration has been printed yet.")
        state = self.tr("Signed") if d.signed else self.tr("Not signed yet")
        if d.stale:
            state += " — " + self.tr("stale: the data changed since it was printed")
        return self.tr("Printed on {date}: {state}").format(date=fmt.moment(d.created_at), state=state)

    def _report_text(self, report: ResearchReportView | None) -> str:
        if report is None:
            return self.tr("No research report yet.")
        verified = self.tr("verified") if report.income_verified else self.tr("not verified")
        rows = [
            self.tr("Filed by {name} on {date}").format(name=report.filed_by or "—", date=fmt.moment(report.filed_at)),
            f"{fmt.field('visit_date')}: {fmt.day(report.visit_date)}",
            f"{fmt.field('visit_place')}: {report.visit_place}",
            f"{fmt.field('household')}: {report.household or '—'}",
            f"{fmt.field('housing')}: {report.housing or '—'}",
            f"{fmt.field('income_verified')}: {verified} — {report.income_verification or '—'}",
            f"{fmt.field('needs')}: {report.needs or '—'}",
            f"{fmt.field('recommendation')}: {fmt.label('recommendation', report.recommendation)}",
        ]
        if report.conditions:
            rows.append(f"{fmt.field('conditions')}: {report.conditions}")
        if report.notes:
            rows.append(f"{fmt.field('notes')}: {report.notes}")
        return "\n".join(rows)

    # -- answering -------------------------------------------------------------------------------

    def _outcome_changed(self) -> None:
        returned = self.return_radio.isChecked()
        self.missing.setEnabled(returned and self.answer_button.isEnabled())
        self.ui.missing_label.setEnabled(returned)

    def send_answer(self) -> None:
        item = self.selected()
        if item is None:
            return
        store, actor = self.ctx.store, self.ctx.actor
        text, missing = self.answer.toPlainText(), self.missing.toPlainText()
        outcome = ReferralOutcome.RETURN_TO_RECEPTION if self.return_radio.isChecked() else ReferralOutcome.FORWARD

        def done(status: str) -> None:
            self.answer.clear()
            self.missing.clear()
            self.ctx.runner.messages.show_info(self.tr("Answer sent; the request is now: {status}").format(
                status=fmt.label("request_status", status)))

        self.errors.clear()
        self.ctx.runner.write(lambda: referrals.answer(store, actor, item.id, text, outcome=outcome,
                                                       missing=missing),
                              success=done, errors=self.errors, initiator=self)

    def _open_checklist(self) -> None:
        item = self.selected()
        if item is not None:
            self.ctx.nav.open_checklist(item.request_id)

    # -- the research report ---------------------------------------------------------------------

    def open_report(self) -> None:
        item = self.selected()
        if item is None or self.case is None:
            return
        self.report_dialog = ResearchReportDialog(self.ctx, item.id, self.case.report, self)
        self.report_dialog.open()

    def print_report(self) -> None:
        if self.case is None:
            return
        store, actor, rid = self.ctx.store, self.ctx.actor, self.case.request.id
        self.ctx.runner.query(lambda: printing.prepare(store, actor, RESEARCH_REPORT, rid),
                              success=self.open_print_preview, initiator=self)

    def print_recorded(self, document: printing.PrintedDocument) -> None:
        self.printed = document.pdf


class ResearchReportDialog(QDialog):
    """The social research report: every field, checked by the core (each fault beside its field)."""

    FIELDS = ("visit_date", "visit_place", "household", "housing", "income_verified", "income_verification",
              "needs", "recommendation", "conditions", "notes")

    def __init__(self, ctx: DeskContext, referral_id: str, last: ResearchReportView | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.referral_id = ctx, referral_id
        self.setWindowTitle(self.tr("Social research report"))
        self.setMinimumWidth(560)
        QVBoxLayout(self)
        self.ui = u = Ui_ResearchReportForm()
        mount(u, self)
        layout = self.layout()
        assert layout is not None
        layout.setContentsMargins(14, 12, 14, 12)  # mount lays the form edge to edge
        self.errors = FieldErrors({name: Field(getattr(u, f"{name}_error"), getattr(u, name))
                                   for name in self.FIELDS}, default="notes")
        for code in Recommendation:
            u.recommendation.addItem(fmt.label("recommendation", code.value), code.value)
        u.visit_date.setText(format_gregorian(today(ctx.store), i18n.current()))
        u.income_verified.toggled.connect(u.income_verification.setEnabled)
        u.recommendation.currentIndexChanged.connect(self._recommendation_changed)
        u.buttons.accepted.connect(self.submit)
        u.buttons.rejected.connect(self.reject)
        if last is not None:
            self._fill(last)
        u.income_verification.setEnabled(u.income_verified.isChecked())
        self._recommendation_changed()

    def _fill(self, last: ResearchReportView) -> None:
        u = self.ui
        u.visit_date.setText(format_gregorian(last.visit_date, i18n.current()))
        u.visit_place.setText(last.visit_place)
        u.household.setPlainText(last.household or "")
        u.housing.setPlainText(last.housing or "")
        u.income_verified.setChecked(last.income_verified)
        u.income_verification.setText(last.income_verification or "")
        u.needs.setPlainText(last.needs or "")
        u.recommendation.setCurrentIndex(max(u.recommendation.findData(last.recommendation), 0))
        u.conditions.setPlainText(last.conditions or "")
        u.notes.setPlainText(last.notes or "")

    def _recommendation_changed(self) -> None:
        conditional = self.ui.recommendation.currentData() == Recommendation.ACCEPT_WITH_CONDITIONS.value
        self.ui.conditions.setEnabled(conditional)
        self.ui.conditions_label.setEnabled(conditional)

    def values(self) -> dict[str, object]:
        u = self.ui
        conditional = u.recommendation.currentData() == Recommendation.ACCEPT_WITH_CONDITIONS.value
        return {
            "visit_date": u.visit_date.text(),
            "visit_place": u.visit_place.text(),
            "household": u.household.toPlainText(),
            "housing": u.housing.toPlainText(),
            "income_verified": u.income_verified.isChecked(),
            "income_verification": u.income_verification.text() if u.income_verified.isChecked() else None,
            "needs": u.needs.toPlainText(),
            "recommendation": u.recommendation.currentData(),
            "conditions": u.conditions.toPlainText() if conditional else None,
            "notes": u.notes.toPlainText(),
        }

    def submit(self) -> None:
        ctx, ref, values = self.ctx, self.referral_id, self.values()

        def done(_report: ResearchReportView) -> None:
            ctx.runner.messages.show_info(self.tr("The research report was filed."))
            self.accept()

        self.errors.clear()
        ctx.runner.write(lambda: research.file_report(ctx.store, ctx.actor, ref, **values),
                         success=done, errors=self.errors, initiator=self)
