"""The committee's meetings: the list, a meeting's attendance and agenda, each request's case file
and decision, closing the meeting, and printing its minutes and letters."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from saa_desk import catalogues
from saa_desk.domain.dates import format_hijri
from saa_desk.domain.errors import DeskError
from saa_desk.domain.permissions import Permission
from saa_desk.gui import fmt, i18n
from saa_desk.gui.context import DeskContext
from saa_desk.gui.forms import mount
from saa_desk.gui.forms_ui.ui_agenda_picker import Ui_AgendaPickerForm
from saa_desk.gui.forms_ui.ui_meeting import Ui_MeetingsForm
from saa_desk.gui.forms_ui.ui_new_meeting import Ui_NewMeetingForm
from saa_desk.gui.ops import Kind
from saa_desk.gui.pdfview import PagesView, page_images
from saa_desk.gui.screens.base import Screen, fill_table, select_row
from saa_desk.services import casefile, committee, printing, queue
from saa_desk.services.casefile import CaseFile
from saa_desk.services.committee import AgendaView, MeetingRow, MeetingView, Member
from saa_desk.services.queue import QueueRow


def _checked(view: QListWidget) -> list[str]:
    return [str(view.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(view.count())
            if view.item(i).checkState() == Qt.CheckState.Checked]


def _check_item(view: QListWidget, text: str, key: str, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text, view)
    item.setData(Qt.ItemDataRole.UserRole, key)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


@dataclass(frozen=True)
class Selected:
    """What the right-hand side shows: the meeting, and the case file of the agenda item picked."""

    meeting: MeetingView
    conflict: dict[str, bool]  # request id → the actor would be warned deciding it


class MeetingsScreen(Screen):
    refresh_on = Kind.ALL

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_MeetingsForm()
        self.root = self.mount(self.ui)
        u = self.ui
        self.rows: list[MeetingRow] = []
        self.current: MeetingView | None = None
        self.conflicts: dict[str, bool] = {}
        self.dialog: QDialog | None = None
        self.confirm: QMessageBox | None = None
        self.pages = PagesView()
        u.previewArea.setWidget(self.pages)
        u.previewArea.hide()  # until something is printed
        u.meetingLabel.setWordWrap(True)
        u.meetingsTable.setMinimumWidth(300)
        u.splitter.setStretchFactor(1, 2)
        u.splitter.setSizes([340, 800, 0])
        u.meetingsTable.itemSelectionChanged.connect(self._meeting_selected)
        u.agendaTable.itemSelectionChanged.connect(self._item_selected)
        u.newButton.clicked.connect(self.new_meeting)
        u.addButton.clicked.connect(self.add_from_queue)
        u.removeButton.clicked.connect(self.remove_item)
        u.recordButton.clicked.connect(self.record)
        u.closeButton.clicked.connect(self.close_meeting)
        u.minutesButton.clicked.connect(self.print_minutes)
        u.lettersButton.clicked.connect(self.print_letters)
        u.attendanceList.itemChanged.connect(self._attendance_changed)
        for radio in (u.acceptRadio, u.rejectRadio, u.returnRadio):
            radio.toggled.connect(self._outcome_changed)
        u.reasonCodeCombo.addItem("", None)
        for code, reason in catalogues.display().active_rejection_reasons().items():  # retired ones: not offered
            u.reasonCodeCombo.addItem(reason.ar if i18n.current() == "ar" else reason.en, code)
        for code in catalogues.document_types():
            _check_item(u.missingList, fmt.document(code), code, False)
        u.newButton.setEnabled(ctx.actor.can(Permission.COMMITTEE_MEETING))
        self._show_meeting(None)
        self.refresh()

    # -- reading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.current.id if self.current else None
        self.ctx.runner.query(lambda: committee.meetings(self.ctx.store, self.ctx.actor),
                              success=lambda rows: self._show_rows(rows, keep), initiator=self, latest="meetings")

    def _show_rows(self, rows: list[MeetingRow], keep: str | None) -> None:
        self.rows = rows
        fill_table(self.ui.meetingsTable,
                   [self.tr("Number"), fmt.field("meeting_date"), self.tr("Decided"), self.tr("Status")],
                   [[fmt.ltr(m.number), fmt.day_lines(m.meeting_date), fmt.ltr(f"{m.decided}/{m.items}"),
                     fmt.label("meeting_status", m.status)] for m in rows])
        self.ui.hintLabel.setText(self.tr("Meetings: {count}, open: {open}").format(
            count=len(rows), open=sum(1 for m in rows if m.status == "open")))
        index = next((i for i, m in enumerate(rows) if m.id == keep), 0 if rows else -1)
        if index >= 0:
            select_row(self.ui.meetingsTable, index)
            self._load(rows[index].id)
        else:
            self._show_meeting(None)

    def _meeting_selected(self) -> None:
        rows = self.ui.meetingsTable.selectionModel().selectedRows()
        if rows and (self.current is None or self.rows[rows[0].row()].id != self.current.id):
            self._load(self.rows[rows[0].row()].id)

    def _load(self, meeting_id: str) -> None:
        ctx = self.ctx

        def read() -> Selected:
            view = committee.meeting(ctx.store, ctx.actor, meeting_id)
            conflicts = {i.request_id: committee.has_conflict(ctx.store, ctx.actor, i.request_id)
                         for i in view.agenda} if view.is_open else {}
            return Selected(view, conflicts)

        ctx.runner.query(read, success=self._selected, initiator=self, latest="meeting")

    def _selected(self, selected: Selected) -> None:
        self.conflicts = selected.conflict
        self._show_meeting(selected.meeting)

    def _show_meeting(self, view: MeetingView | None) -> None:
        u = self.ui
        chosen = self._item()
        previous = chosen.request_id if chosen else None
        self.current = view
        u.meetingPane.setEnabled(view is not None)
        if view is None:
            u.meetingLabel.setText(self.tr("No meeting chosen"))
            fill_table(u.agendaTable, [], [])
            return
        place = f" · {view.location}" if view.location else ""
        quorum = (self.tr("quorum met") if view.quorum_met else self.tr("quorum not met"))
        u.meetingLabel.setText(self.tr("Meeting {number} · {date}{place} · {status} · {present} present of "
                                       "a quorum of {quorum} ({met})").format(
            number=fmt.ltr(view.number), date=fmt.day(view.meeting_date), place=place,
            status=fmt.label("meeting_status", view.status), present=view.present, quorum=view.quorum, met=quorum))
        u.attendanceList.blockSignals(True)
        u.attendanceList.clear()
        for member in view.attendance:
            item = _check_item(u.attendanceList, member.full_name, member.user_id, member.present)
            if not view.is_open:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        u.attendanceList.blockSignals(False)
        fill_table(u.agendaTable, [fmt.field("request"), fmt.field("beneficiary"), fmt.field("support_type"),
                                   fmt.field("decision")],
                   [[fmt.ltr(i.number), i.beneficiary_name, fmt.support_type(i.support_type),
                     self._decision_text(i)] for i in view.agenda])
        editable = view.is_open and self.ctx.actor.can(Permission.COMMITTEE_DECIDE)
        for button in (u.addButton, u.removeButton, u.recordButton, u.closeButton):
            button.setEnabled(editable)
        u.decisionBox.setEnabled(editable)
        for button in (u.minutesButton, u.lettersButton):
            button.setEnabled(not view.is_open)
        index = next((n for n, i in enumerate(view.agenda) if i.request_id == previous), 0 if view.agenda else -1)
        if index >= 0:
            select_row(u.agendaTable, index)
        self._item_selected()

    def _decision_text(self, item: AgendaView) -> str:
        if item.outcome is None:
            return self.tr("Not decided yet")
        text = fmt.label("decision", item.outcome)
        return f"{text} ⚠" if item.conflict_of_interest else text

    def _item(self) -> AgendaView | None:
        if self.current is None:
            return None
        rows = self.ui.agendaTable.selectionModel().selectedRows()
        return self.current.agenda[rows[0].row()] if rows and rows[0].row() < len(self.current.agenda) else None

    def _item_selected(self) -> None:
        item = self._item()
        u = self.ui
        u.caseView.clear()
        self._fill_decision(item)
        if item is None:
            return
        ctx, rid = self.ctx, item.request_id
        ctx.runner.query(lambda: casefile.case_file(ctx.store, ctx.actor, rid),
                         success=lambda case: self._show_case(rid, case), initiator=self, latest="case")

    def _show_case(self, request_id: str, case: CaseFile) -> None:
        item = self._item()
        if item is None or item.request_id != request_id:
            return  # another item was picked meanwhile
        self.ui.caseView.setHtml(case_html(case, self.tr("Case file")))

    def _fill_decision(self, item: AgendaView | None) -> None:
        u = self.ui
        outcome = item.outcome if item else None
        for radio, value in ((u.acceptRadio, "accept"), (u.rejectRadio, "reject"), (u.returnRadio, "return")):
            radio.setAutoExclusive(False)
            radio.setChecked(outcome == value)
            radio.setAutoExclusive(True)
        default_support = fmt.support_type(item.support_type) if item else ""
        u.supportEdit.setText(item.support_granted or default_support if item else "")
        u.conditionsEdit.setText(item.conditions or "" if item else "")
        u.reasonCodeCombo.setCurrentIndex(max(u.reasonCodeCombo.findData(item.reason_code if item else None), 0))
        u.reasonEdit.setPlainText(item.reason or "" if item else "")
        missing = set(item.missing_documents if item else ())
        for i in range(u.missingList.count()):
            entry = u.missingList.item(i)
            entry.setCheckState(Qt.CheckState.Checked if entry.data(Qt.ItemDataRole.UserRole) in missing
                                else Qt.CheckState.Unchecked)
        warned = bool(item and (item.conflict_of_interest or self.conflicts.get(item.request_id)))
        u.conflictLabel.setText(self.tr("Conflict of interest: you took this request in or researched it. "
                                        "The minutes will say so.") if warned else "")
        u.conflictLabel.setVisible(warned)
        self._outcome_changed()

    def _outcome(self) -> str | None:
        u = self.ui
        for radio, value in ((u.acceptRadio, "accept"), (u.rejectRadio, "reject"), (u.returnRadio, "return")):
            if radio.isChecked():
                return value
        return None

    def _outcome_changed(self) -> None:
        u, outcome = self.ui, self._outcome()
        for widget, shown in ((u.supportLabel, outcome == "accept"), (u.supportEdit, outcome == "accept"),
                              (u.conditionsLabel, outcome == "accept"), (u.conditionsEdit, outcome == "accept"),
                              (u.reasonCodeLabel, outcome == "reject"), (u.reasonCodeCombo, outcome == "reject"),
                              (u.missingLabel, outcome == "return"), (u.missingList, outcome == "return"),
                              (u.reasonLabel, outcome in ("reject", "return")),
                              (u.reasonEdit, outcome in ("reject", "return"))):
            widget.setVisible(shown)

    # -- writing -----------------------------------------------------------------------------------

    def _attendance_changed(self, item: QListWidgetItem) -> None:
        if self.current is None:
            return
        ctx, mid = self.ctx, self.current.id
        user_id, present = str(item.data(Qt.ItemDataRole.UserRole)), item.checkState() == Qt.CheckState.Checked
        ctx.runner.write(lambda: committee.set_attendance(ctx.store, ctx.actor, mid, user_id, present),
                         success=lambda _none: self._load(mid), initiator=self)

    def new_meeting(self) -> None:
        """Opened window-modal, not exec'd: the window's timers and the runner go on meanwhile."""
        self.dialog = dialog = NewMeetingDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._after_write(dialog.meeting_id or ""))
        dialog.open()

    def _after_write(self, meeting_id: str) -> None:
        ctx = self.ctx
        ctx.runner.query(lambda: committee.meetings(ctx.store, ctx.actor),
                         success=lambda rows: self._show_rows(rows, meeting_id), initiator=self)

    def add_from_queue(self) -> None:
        if self.current is None:
            return
        mid = self.current.id
        self.dialog = picker = AgendaPickerDialog(self.ctx, mid, self)
        picker.accepted.connect(lambda: self._load(mid))
        picker.open()

    def remove_item(self) -> None:
        item, meeting = self._item(), self.current
        if item is None or meeting is None:
            return
        ctx, mid, rid = self.ctx, meeting.id, item.request_id
        ctx.runner.write(lambda: committee.remove_from_agenda(ctx.store, ctx.actor, mid, rid),
                         success=lambda _none: self._load(mid), initiator=self)

    def record(self) -> None:
        item, meeting, u = self._item(), self.current, self.ui
        if item is None or meeting is None:
            return
        ctx, mid, rid = self.ctx, meeting.id, item.request_id
        outcome = self._outcome() or ""
        values = {
            "reason_code": u.reasonCodeCombo.currentData(),
            "reason": u.reasonEdit.toPlainText(),
            "support_granted": u.supportEdit.text(),
            "conditions": u.conditionsEdit.text(),
            "missing_documents": _checked(u.missingList),
        }

        def done(result: committee.RecordResult) -> None:
            if result.conflict_of_interest:
                ctx.runner.messages.show_error(self.tr("Recorded, with a warning: you took this request in or "
                                                       "researched it (a conflict of interest)."))
            else:
                ctx.runner.messages.show_info(self.tr("The decision was recorded; it takes effect when the "
                                                      "meeting closes."))
            self._load(mid)

        ctx.runner.write(lambda: committee.record_decision(ctx.store, ctx.actor, mid, rid, outcome, **values),
                         success=done, initiator=self)

    def close_meeting(self) -> None:
        meeting = self.current
        if meeting is None:
            return
        self.confirm = box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Close the meeting"),
            self.tr("Close meeting {number}? Its {count} decisions take effect and can no longer be "
                    "changed.").format(number=meeting.number, count=len(meeting.agenda)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.buttonClicked.connect(lambda button: self._close(meeting.id) if box.standardButton(button)
                                  == QMessageBox.StandardButton.Yes else None)
        box.open()

    def _close(self, mid: str) -> None:
        ctx = self.ctx

        def done(result: committee.CloseResult) -> None:
            ctx.runner.messages.show_info(self.tr("Meeting closed: {count} decisions took effect; the applicants "
                                                  "are on reception's list to be told.").format(
                count=result.decisions))
            self._after_write(mid)

        ctx.runner.write(lambda: committee.close_meeting(ctx.store, ctx.actor, mid), success=done, initiator=self)

    def _show_pages(self, images: list[QImage]) -> None:
        self.ui.previewArea.show()
        self.pages.set_pages(images)
        self.ui.splitter.setSizes([240, 520, 520])

    def print_minutes(self) -> None:
        if self.current is None:
            return
        ctx, mid = self.ctx, self.current.id

        def work() -> list[QImage]:
            return page_images(printing.print_minutes(ctx.store, ctx.actor, mid).pdf)

        ctx.runner.write(work, success=self._show_pages, initiator=self)

    def print_letters(self) -> None:
        if self.current is None:
            return
        ctx, mid = self.ctx, self.current.id

        def work() -> list[QImage]:
            return page_images(printing.print_meeting_letters(ctx.store, ctx.actor, mid).pdf)

        ctx.runner.write(work, success=self._show_pages, initiator=self)


def case_html(case: CaseFile, title: str) -> str:
    """The case file in brief, read-only: who, what, the documents, the research."""
    p, r = case.person, case.request
    e = html.escape
    rows = [
        (fmt.field("beneficiary"), p.full_name),
        (fmt.field("id_number"), fmt.ltr(p.id_number)),
        (fmt.field("monthly_income"), fmt.money(p.monthly_income)),
        (fmt.field("household"), str(len(case.household))),
        (fmt.field("support_type"), fmt.support_type(r.support_type)),
        (fmt.field("description"), r.description or ""),
        (fmt.field("checklist"), "، ".join(f"{fmt.document(d.document_type)}: {fmt.label('document_status', d.status)}"
                                         for d in case.documents)),
    ]
    answer = case.last_answer
    if answer is not None:
        rows.append((fmt.field("answer"), answer.answer or ""))
    if case.report is not None:
        rows.append((fmt.field("recommendation"), fmt.label("recommendation", case.report.recommendation)))
        rows.append((fmt.field("needs"), case.report.needs or ""))
    body = "".join(f"<tr><th align='start'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in rows if v)
    return f"<b>{e(title)} · {e(fmt.ltr(r.number))}</b><table cellspacing='4'>{body}</table>"


class NewMeetingDialog(QDialog):
    """A new meeting: its number, date (with the Hijri date shown), place, and the members present."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.setWindowTitle(self.tr("New committee meeting"))
        self.setMinimumWidth(460)
        QVBoxLayout(self)
        self.ui = Ui_NewMeetingForm()
        mount(self.ui, self)
        u = self.ui
        u.dateEdit.dateChanged.connect(self._show_hijri)
        today = dt.date.today()
        u.dateEdit.setDate(QDate(today.year, today.month, today.day))
        self._show_hijri()
        u.errorLabel.hide()
        u.buttons.accepted.connect(self.submit)
        u.buttons.rejected.connect(self.reject)
        ctx.runner.query(lambda: committee.committee_members(ctx.store, ctx.actor), success=self._fill,
                         initiator=self)

    def _fill(self, members: list[Member]) -> None:
        for member in members:
            _check_item(self.ui.membersList, member.full_name, member.user_id, True)

    def _date(self) -> dt.date:
        q = self.ui.dateEdit.date()
        return dt.date(q.year(), q.month(), q.day())

    def _show_hijri(self) -> None:
        self.ui.hijriValue.setText(fmt.ltr(format_hijri(self._date(), i18n.current())))

    def submit(self) -> None:
        u, ctx = self.ui, self.ctx
        number, day, place, members = u.numberEdit.text(), self._date(), u.locationEdit.text(), _checked(u.membersList)

        def done(meeting_id: str) -> None:
            self.meeting_id = meeting_id
            self.accept()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, DeskError):
                u.errorLabel.setText(fmt.bidi_safe(exc.message(i18n.current())))
                u.errorLabel.show()
                return True
            return False

        ctx.runner.write(lambda: committee.create_meeting(ctx.store, ctx.actor, number, day, place, members),
                         success=done, failure=failed, initiator=self)


class AgendaPickerDialog(QDialog):
    """Pick queued requests (longest waiting first) to put on the meeting's agenda."""

    LIMIT = 200

    def __init__(self, ctx: DeskContext, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.rows: list[QueueRow] = []
        self.added = 0
        self.setWindowTitle(self.tr("Add from the queue"))
        self.setMinimumSize(640, 420)
        QVBoxLayout(self)
        self.ui = Ui_AgendaPickerForm()
        mount(self.ui, self)
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        ctx.runner.query(lambda: list(queue.page(ctx.store, ctx.actor, limit=self.LIMIT).rows), success=self._fill,
                         initiator=self)

    def _fill(self, rows: list[QueueRow]) -> None:
        self.rows = rows
        fill_table(self.ui.queueTable, [fmt.field("request"), fmt.field("beneficiary"), fmt.field("days_waited"),
                                        fmt.field("queue_state")],
                   [[fmt.ltr(r.number), r.beneficiary_name, str(r.days_waited), fmt.label("queue_state", r.state.value)]
                    for r in rows])

    def select(self, numbers: list[str]) -> None:
        """Select these requests (the tests pick by number, as a person reads them)."""
        table = self.ui.queueTable
        table.clearSelection()
        for index, row in enumerate(self.rows):
            if row.number in numbers:
                table.selectRow(index)

    def submit(self) -> None:
        ids = [self.rows[i.row()].request_id for i in self.ui.queueTable.selectionModel().selectedRows()]
        ctx, mid = self.ctx, self.meeting_id

        def done(count: int) -> None:
            self.added = count
            self.accept()

        ctx.runner.write(lambda: committee.add_to_agenda(ctx.store, ctx.actor, mid, ids), success=done,
                         initiator=self)


