"""A background sync refreshes the open screens: what another desk registered shows up unasked."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from saa_desk.gui.app import DeskApplication
from saa_desk.gui.ops import ChangeSet, Kind
from saa_desk.gui.screens.search import SearchScreen
from saa_desk.services import beneficiaries
from saa_desk.sync import SyncScheduler, sync_once
from tests.conftest import Desk
from tests.factories import beneficiary_data
from tests.gui.conftest import search_for, sign_in

MakeDesks = Callable[[int], list[Desk]]


@pytest.fixture
def desk_pair(make_desks: MakeDesks, central_url: str) -> tuple[Desk, Desk, str]:
    """Desk A (the one on screen) and desk B, which registers a beneficiary and pushes it."""
    a, b = make_desks(2)
    sync_once(a.store, central_url)  # A has met the central; its next sync only pulls B's news
    return a, b, central_url


@pytest.fixture
def gui_on(qapp: QApplication) -> Iterator[Callable[[Desk, dict[str, str | None]], DeskApplication]]:
    started: list[DeskApplication] = []

    def start(desk: Desk, target: dict[str, str | None]) -> DeskApplication:
        # No sync until the test points the scheduler at the central (the network "comes back").
        gui = DeskApplication(qapp, desk.store.data_dir, lang="ar", scheduler=lambda store: SyncScheduler(
            store, lambda: target["url"], interval=3600, min_backoff=3600, max_backoff=3600))
        gui.start()
        assert gui.runner.wait_idle()
        started.append(gui)
        return gui

    yield start
    for gui in started:
        gui.close()
        gui.deleteLater()
    qapp.processEvents()


def _register_elsewhere(b: Desk, url: str) -> str:
    bid = beneficiaries.register(b.store, b.reception, beneficiary_data(first_name="هيفاء", family_name="الدوسري"))
    sync_once(b.store, url)
    return bid


def _open_search(qtbot, gui: DeskApplication) -> SearchScreen:
    main = sign_in(qtbot, gui)
    main.open_search()
    screen = main.current_screen()
    assert isinstance(screen, SearchScreen)
    search_for(qtbot, screen, "الدوسري")
    assert screen.model.hits == []
    return screen


def test_a_background_sync_lists_the_new_beneficiary_with_no_user_action(qtbot, desk_pair, gui_on) -> None:
    a, b, url = desk_pair
    target: dict[str, str | None] = {"url": None}
    gui = gui_on(a, target)
    screen = _open_search(qtbot, gui)
    published: list[ChangeSet] = []
    gui.runner.changes_applied.connect(lambda written, _initiator: published.append(written))
    bid = _register_elsewhere(b, url)

    target["url"] = url
    gui.scheduler.sync_now()  # the scheduler's own decision, as when the network comes back
    qtbot.waitUntil(lambda: [h.id for h in screen.model.hits] == [bid], timeout=20_000)
    pulled = [w for w in published if w.touches(Kind.BENEFICIARIES)]
    assert len(pulled) == 1 and pulled[0].ids(Kind.BENEFICIARIES) >= {bid}
    assert pulled[0].rows["beneficiaries"] == {bid}  # exactly the one row pulled
    assert gui.scheduler.status().last_summary.changes.rows["beneficiaries"] == {bid}


def test_sync_now_refreshes_after_the_sync_has_run(qtbot, desk_pair, gui_on) -> None:
    a, b, url = desk_pair
    target: dict[str, str | None] = {"url": None}
    gui = gui_on(a, target)
    screen = _open_search(qtbot, gui)
    bid = _register_elsewhere(b, url)
    target["url"] = url
    stored_when_published: list[bool] = []
    gui.runner.changes_applied.connect(lambda written, _initiator: stored_when_published.append(
        written.touches(Kind.BENEFICIARIES) and _on_desk(a, bid)))
    bar = gui.main.sync_bar
    qtbot.mouseClick(bar.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [h.id for h in screen.model.hits] == [bid], timeout=20_000)
    assert gui.runner.wait_idle()
    qtbot.waitUntil(bar.sync_button.isEnabled, timeout=10_000)
    assert stored_when_published == [True]  # one refresh, once the row was there: not before the sync
    assert not bar.cancel_button.isVisible()  # the sync's job is over


def _on_desk(desk: Desk, bid: str) -> bool:
    try:
        beneficiaries.get(desk.store, desk.reception, bid)
    except Exception:
        return False
    return True
