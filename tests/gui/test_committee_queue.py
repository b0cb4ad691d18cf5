"""The committee queue screen: real widgets offscreen on a real training desk with queued requests."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from sqlalchemy import text

from saa_desk.domain.enums import QueueState
from saa_desk.gui.main_window import MainWindow, Place
from saa_desk.gui.screens.committee_queue import COLUMNS, STATE_COLUMN, CommitteeQueueScreen
from saa_desk.services import followup, queue, requests
from saa_desk.services.queue import QueueFilter
from tests.conftest import Desk, make_desk
from tests.gui.conftest import settle, sign_in, type_text
from tests.queue_data import queue_desk

QUEUED = 700  # more than three pages of keys' first chunk would hold if it were one page


@pytest.fixture
def desk_env(tmp_path: Path) -> Desk:
    """A training desk (demo people) with QUEUED more requests in the queue."""
    d = make_desk(tmp_path / "desk", training=True)
    queue_desk(d, 30, QUEUED)
    yield d
    d.store.close()


def open_queue(qtbot, start_gui, lang: str = "en") -> tuple[MainWindow, CommitteeQueueScreen]:
    window = sign_in(qtbot, start_gui(lang), "committee")
    nav = [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]
    assert Place.COMMITTEE_QUEUE.value in nav
    window.nav.setCurrentRow(nav.index(Place.COMMITTEE_QUEUE.value))
    screen = window.current_screen()
    assert isinstance(screen, CommitteeQueueScreen)
    window.resize(1280, 800)
    wait_loaded(qtbot, screen)
    return window, screen


def wait_loaded(qtbot, screen: CommitteeQueueScreen) -> None:
    qtbot.waitUntil(lambda: screen.model.complete and not screen.loading, timeout=10_000)
    settle(screen)
    screen.view.viewport().repaint()  # the view asks for the rows it shows
    qtbot.waitUntil(lambda: not screen.loading, timeout=10_000)


def shown(screen: CommitteeQueueScreen, row: int, column: str) -> str:
    return screen.model.index(row, COLUMNS.index(column)).data()


def test_the_queue_opens_with_its_counts_and_states_in_words_and_colour(qtbot, start_gui, desk_env: Desk) -> None:
    _, screen = open_queue(qtbot, start_gui)
    everything = queue.page(desk_env.store, desk_env.committee, limit=1000).rows
    counts = queue.counts(desk_env.store, desk_env.committee)
    assert screen.model.rowCount() == len(everything) == sum(counts.values())
    assert screen.counts == counts
    assert screen.ui.overdueCount.text() == f"Overdue: {counts[QueueState.OVERDUE]:,} requests"
    assert screen.ui.onTimeCount.text() == f"On time: {counts[QueueState.ON_TIME]:,} requests"
    assert screen.ui.dueSoonCount.text() == f"Due soon: {counts[QueueState.DUE_SOON]:,} requests"
    first = everything[0]
    assert shown(screen, 0, "request").strip("\u2066\u2069") == first.number
    assert shown(screen, 0, "days_waited") == str(first.days_waited)
    assert shown(screen, 0, "queue_state") == {"overdue": "Overdue", "due_soon": "Due soon",
                                               "on_time": "On time"}[first.state.value]
    colour = screen.model.index(0, STATE_COLUMN).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QBrush) and colour.color().name() == "#b3261e"  # overdue: the error red
    assert screen.model.pages.keys() == {0}  # only what is on screen was fetched


def test_scrolling_to_the_end_fetches_the_last_page_only(qtbot, start_gui, desk_env: Desk) -> None:
    _, screen = open_queue(qtbot, start_gui)
    screen.view.scrollToBottom()
    screen.view.viewport().repaint()
    qtbot.waitUntil(lambda: not screen.loading, timeout=10_000)
    screen.view.viewport().repaint()
    last = screen.model.rowCount() - 1
    rows = queue.page(desk_env.store, desk_env.committee, limit=1000).rows
    assert shown(screen, last, "request").strip("\u2066\u2069") == rows[-1].number
    assert set(screen.model.pages) == {0, last // queue.PAGE}  # the pages between were never read


def test_filters_by_state_and_status(qtbot, start_gui, desk_env: Desk) -> None:
    _, screen = open_queue(qtbot, start_gui)
    counts = queue.counts(desk_env.store, desk_env.committee)
    for state in QueueState:
        screen.set_choice(screen.ui.stateBox, state.value)
        wait_loaded(qtbot, screen)
        assert screen.model.rowCount() == counts[state]
        seen = {screen.model.row_at(r).state for r in range(min(20, screen.model.rowCount()))}
        assert seen == {state}
        assert screen.counts == counts  # the header keeps all three
    screen.set_choice(screen.ui.stateBox, None)
    screen.set_choice(screen.ui.statusBox, "under_review")
    wait_loaded(qtbot, screen)
    under = sum(queue.counts(desk_env.store, desk_env.committee, QueueFilter(status="under_review")).values())
    assert screen.model.rowCount() == under and sum(screen.counts.values()) == under


def test_search_inside_the_queue(qtbot, start_gui, desk_env: Desk) -> None:
    _, screen = open_queue(qtbot, start_gui, "ar")
    target = queue.page(desk_env.store, desk_env.committee, limit=300).rows[250]
    type_text(screen.box, target.number)
    qtbot.waitUntil(lambda: screen.model.filter.text == target.number, timeout=5_000)
    wait_loaded(qtbot, screen)
    assert screen.model.rowCount() == 1 and screen.model.row_at(0).number == target.number
    screen.box.clear()
    type_text(screen.box, "zzqq")
    qtbot.waitUntil(lambda: screen.model.filter.text == "zzqq", timeout=5_000)
    wait_loaded(qtbot, screen)
    assert screen.model.rowCount() == 0 and sum(screen.counts.values()) == 0


def test_an_unrelated_change_set_leaves_the_queue_alone_a_queued_one_refreshes(qtbot, start_gui,
                                                                               desk_env: Desk) -> None:
    window, screen = open_queue(qtbot, start_gui)
    first = screen.model.row_at(0)
    assert first is not None
    resets = screen.model.resets
    runner, store = window.runner, desk_env.store
    runner.write(lambda: followup.log_interaction(store, desk_env.reception, first.beneficiary_id, "phone",
                                                  "inquiry", "سأل عن طلبه"))
    settle(screen)
    assert screen.model.resets == resets
    # A request that is not queued changes: still no reset.
    with store.read() as s:
        other = s.scalar(text("SELECT id FROM requests WHERE status = 'accepted' LIMIT 1"))
    runner.write(lambda: requests.transition(store, desk_env.supervisor, other, "registered"))
    settle(screen)
    settle(screen)
    assert screen.model.resets == resets
    submitted = next(r for r in queue.page(store, desk_env.committee, limit=1000).rows if r.status == "submitted")
    runner.write(lambda: requests.transition(store, desk_env.committee, submitted.request_id, "under_review"))
    qtbot.waitUntil(lambda: screen.model.resets == resets + 1, timeout=5_000)
    wait_loaded(qtbot, screen)
    where = [k.number for k in screen.model.keys].index(submitted.number)
    screen.model.row_at(where)  # asks for its page
    qtbot.waitUntil(lambda: screen.model.row_at(where) is not None, timeout=5_000)
    assert screen.model.row_at(where).status == "under_review"


def test_double_click_opens_the_requests_file(qtbot, start_gui, desk_env: Desk) -> None:
    window, screen = open_queue(qtbot, start_gui)
    first = screen.model.row_at(0)
    screen.open_row(0)
    settle(window)
    assert window.location[0] is Place.FILE and window.location[1] == (first.beneficiary_id,)


def test_selected_requests_go_on_an_open_meetings_agenda(qtbot, start_gui, desk_env: Desk) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from saa_desk.services import committee

    meeting = committee.create_meeting(desk_env.store, desk_env.committee, "12", "2026-12-20",
                                       member_ids=[desk_env.committee.user_id])
    window, screen = open_queue(qtbot, start_gui)
    assert screen.ui.agendaButton.isVisible()
    chosen = [screen.model.row_at(r) for r in (0, 1)]
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r in (0, 1):
        screen.view.selectionModel().select(screen.model.index(r, 0), flags)
    qtbot.mouseClick(screen.ui.agendaButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.meeting_dialog is not None and screen.meeting_dialog.isVisible(), timeout=5_000)
    dialog = screen.meeting_dialog
    assert dialog.comboBoxItems()[0].startswith("12")
    dialog.setTextValue(dialog.comboBoxItems()[0])
    resets = screen.model.resets
    dialog.accept()
    settle(window)
    view = committee.meeting(desk_env.store, desk_env.committee, meeting)
    assert {i.request_id for i in view.agenda} == {r.request_id for r in chosen}
    qtbot.waitUntil(lambda: screen.model.resets > resets, timeout=5_000)  # they went under review: refreshed
    wait_loaded(qtbot, screen)
    assert [screen.model.row_at(r).number for r in (0, 1)] == [r.number for r in chosen]
    assert {screen.model.row_at(r).status for r in (0, 1)} == {"under_review"}
