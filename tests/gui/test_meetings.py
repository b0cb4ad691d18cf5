"""A committee member holds a meeting in the window: real widgets and dialogs offscreen, a real desk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from saa_desk.gui.main_window import MainWindow, Place
from saa_desk.gui.screens.base import select_row
from saa_desk.gui.screens.meetings import AgendaPickerDialog, MeetingsScreen, NewMeetingDialog
from saa_desk.services import committee, requests
from tests.conftest import Desk
from tests.gui.conftest import settle, sign_in, type_text
from tests.services.test_meetings import member, submitted


def open_meetings(qtbot, start_gui, lang: str = "en") -> tuple[MainWindow, MeetingsScreen]:
    window = sign_in(qtbot, start_gui(lang), "committee")
    nav = [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]
    window.nav.setCurrentRow(nav.index(Place.MEETINGS.value))
    screen = window.current_screen()
    assert isinstance(screen, MeetingsScreen)
    settle(screen)
    return window, screen


def choose(screen: MeetingsScreen, number: str) -> None:
    assert screen.current is not None
    row = [i.number for i in screen.current.agenda].index(number)
    select_row(screen.ui.agendaTable, row)
    settle(screen)


def test_a_member_holds_a_meeting_decides_three_closes_and_prints(qtbot, start_gui, desk_env: Desk) -> None:
    d = desk_env
    member(d, "member2")
    member(d, "member3")
    rids = [submitted(d), submitted(d), submitted(d)]
    numbers = [requests.get(d.store, d.reception, r).number for r in rids]
    window, screen = open_meetings(qtbot, start_gui)
    assert screen.ui.meetingsTable.rowCount() == 0

    qtbot.mouseClick(screen.ui.newButton, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, NewMeetingDialog)
    settle(screen)
    assert dialog.ui.membersList.count() == 3 and dialog.ui.hijriValue.text()
    type_text(dialog.ui.numberEdit, "31")
    type_text(dialog.ui.locationEdit, "Head office")
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()
    settle(screen)
    assert screen.current is not None and screen.current.number == "31" and screen.current.present == 3

    qtbot.mouseClick(screen.ui.addButton, Qt.MouseButton.LeftButton)
    picker = screen.dialog
    assert isinstance(picker, AgendaPickerDialog)
    settle(screen)
    picker.select(numbers)
    picker.ui.buttons.button(picker.ui.buttons.StandardButton.Ok).click()
    settle(screen)
    assert [i.number for i in screen.current.agenda] == numbers
    assert screen.ui.caseView.toPlainText().startswith("Case file")

    # Closing before deciding is refused, in words.
    qtbot.mouseClick(screen.ui.closeButton, Qt.MouseButton.LeftButton)
    screen.confirm.button(QMessageBox.StandardButton.Yes).click()
    settle(screen)
    assert window.messages.current is not None and "no decision yet" in window.messages.current[1]

    u = screen.ui
    choose(screen, numbers[0])
    u.acceptRadio.click()
    assert u.supportEdit.isVisibleTo(screen) and not u.reasonCodeCombo.isVisibleTo(screen)
    u.conditionsEdit.setText("Original ID at registration")
    u.recordButton.click()
    settle(screen)
    choose(screen, numbers[1])
    u.rejectRadio.click()
    u.recordButton.click()  # a rejection needs a catalogue reason and words
    settle(screen)
    assert "Rejection reason" in window.messages.current[1]
    u.reasonCodeCombo.setCurrentIndex(u.reasonCodeCombo.findData("income_above_limit"))
    u.reasonEdit.setPlainText("Income 9,000 a month")
    u.recordButton.click()
    settle(screen)
    choose(screen, numbers[2])
    u.returnRadio.click()
    missing = u.missingList
    for i in range(missing.count()):
        if missing.item(i).data(Qt.ItemDataRole.UserRole) == "family_record":
            missing.item(i).setCheckState(Qt.CheckState.Checked)
    u.recordButton.click()
    settle(screen)
    assert [i.outcome for i in screen.current.agenda] == ["accept", "reject", "return"]

    qtbot.mouseClick(screen.ui.closeButton, Qt.MouseButton.LeftButton)
    screen.confirm.button(QMessageBox.StandardButton.Yes).click()
    settle(screen)
    assert screen.current.status == "closed"
    assert not u.recordButton.isEnabled() and u.minutesButton.isEnabled()
    assert [requests.get(d.store, d.reception, r).status for r in rids] == ["accepted", "rejected",
                                                                             "awaiting_documents"]

    u.minutesButton.click()
    settle(screen)
    assert screen.pages.page_count >= 1
    u.lettersButton.click()
    settle(screen)
    assert screen.pages.page_count == 3
    assert len(committee.meetings(d.store, d.committee)) == 1
