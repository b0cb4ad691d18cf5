"""The operation runner: writes wait their turn off the UI thread, in order, and say what they wrote."""

from __future__ import annotations

import itertools
import threading
import time

from PySide6.QtCore import Qt, QTimer

from saa_desk.domain.jobs import Cancelled
from saa_desk.gui.ops import ChangeSet, Kind
from saa_desk.gui.screens.followup import FollowUpScreen
from saa_desk.services import beneficiaries, followup
from saa_desk.sync.engine import SyncProgress
from tests.factories import beneficiary_data
from tests.gui.conftest import settle, type_text
from tests.rawdb import raw_connection

LEFT = Qt.MouseButton.LeftButton
HELD_MS = 2000


def _ids(db_path, table: str) -> set[str]:
    with raw_connection(db_path) as conn:
        return {row[0] for row in conn.execute(f"SELECT id FROM {table}")}


def test_the_window_keeps_running_while_a_write_waits_for_the_lock(qtbot, reception, desk_env) -> None:
    store = desk_env.store
    bid = beneficiaries.register(store, desk_env.reception, beneficiary_data())
    reception.open_followup(bid)
    settle(reception)
    screen = reception.current_screen()
    assert isinstance(screen, FollowUpScreen)
    type_text(screen.summary, "سأل عن موعد الرد")

    other = raw_connection(store.db_path)  # another process's connection
    other.isolation_level = None
    other.execute("BEGIN IMMEDIATE")  # holds the desk's write lock
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    ticks.append(time.perf_counter())  # the first gap is from here to the first tick
    timer.start()
    released = threading.Event()
    released_at: list[float] = []

    def release() -> None:
        other.rollback()
        released_at.append(time.perf_counter())
        released.set()

    QTimer.singleShot(HELD_MS, release)
    qtbot.mouseClick(screen.ui.logButton, LEFT)  # queued behind the lock
    qtbot.waitUntil(released.is_set, timeout=HELD_MS + 3000)
    assert followup.history(store, desk_env.reception, bid) == []  # it waited its turn
    qtbot.waitUntil(lambda: screen.history.rowCount() == 1, timeout=10_000)  # then it went through
    timer.stop()
    other.close()
    assert [i.summary for i in followup.history(store, desk_env.reception, bid)] == ["سأل عن موعد الرد"]
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert ticks[-1] >= released_at[0]  # the window ticked all through the hold, up to the release
    assert max(gaps) < 0.100, f"the window stalled for {max(gaps) * 1000:.0f} ms"


def test_writes_run_in_order_on_one_thread_and_name_exactly_the_rows_written(qtbot, reception, desk_env) -> None:
    store, actor = desk_env.store, desk_env.reception
    bid = beneficiaries.register(store, actor, beneficiary_data())
    runner = reception.runner
    audit_before = _ids(store.db_path, "audit_events")
    published: list[tuple[ChangeSet, object]] = []
    runner.changes_applied.connect(lambda written, initiator: published.append((written, initiator)))
    threads: list[int] = []
    done: list[str] = []

    def log(n: int) -> str:
        threads.append(threading.get_ident())
        time.sleep(0.02)  # a slow write: the next must still wait for it
        return followup.log_interaction(store, actor, bid, "phone", "inquiry", f"مكالمة {n}")

    for n in range(5):
        runner.write(lambda n=n: log(n), success=done.append, initiator=reception)
    settle(reception)

    assert len(set(threads)) == 1 and threads[0] != threading.get_ident()  # one worker, not the UI thread
    history = followup.history(store, actor, bid)
    assert sorted(i.summary for i in history) == [f"مكالمة {n}" for n in range(5)]
    by_id = {i.id: i.summary for i in history}
    assert [by_id[i] for i in done] == [f"مكالمة {n}" for n in range(5)]  # in the order asked
    assert len(published) == 5
    new_audit = _ids(store.db_path, "audit_events") - audit_before
    seen_audit: set[str] = set()
    for (written, initiator), interaction_id in zip(published, done, strict=True):
        assert initiator is reception
        assert written.kinds == Kind.INTERACTIONS | Kind.AUDIT | Kind.SETTINGS
        assert written.rows["interactions"] == {interaction_id}
        assert written.rows["desk_settings"] == {"audit_last_hash"}  # the audit chain's head moved on
        assert set(written.rows) == {"interactions", "audit_events", "desk_settings"}
        assert written.ids(Kind.INTERACTIONS) == {interaction_id}
        seen_audit |= written.rows["audit_events"]
    assert seen_audit == new_audit


def test_a_job_shows_its_progress_and_stops_when_cancelled(qtbot, reception) -> None:
    runner, bar = reception.runner, reception.sync_bar
    steps: list[int] = []

    def work(job) -> None:  # long work that checks for a cancel between its steps
        for n in range(500):
            job.check()
            job.progress(SyncProgress("pull", n + 1, (n + 1) * 10))
            steps.append(n)
            time.sleep(0.01)

    runner.job("sync", work, initiator=reception)
    qtbot.waitUntil(lambda: bar.cancel_button.isVisible() and "10" in bar.job_label.text(), timeout=5000)
    qtbot.mouseClick(bar.cancel_button, LEFT)
    settle(reception)
    assert len(steps) < 500  # it stopped early
    assert not bar.cancel_button.isVisible() and bar.job_label.text() == ""
    assert reception.messages.current == ("info", Cancelled().message("ar"))


def test_an_older_read_landing_after_a_newer_one_of_the_same_screen_is_dropped(qtbot) -> None:
    """The read pool has two threads: the first read of a screen can finish last. With `latest`
    only the newest read of that key is shown; reads without a key (pages) all arrive."""
    from saa_desk.gui.ops import OperationRunner

    runner = OperationRunner()
    screen = object()
    release = threading.Event()
    shown: list[str] = []

    def slow() -> str:
        release.wait(5)
        return "old"

    runner.query(slow, success=shown.append, initiator=screen, latest="refresh")
    runner.query(lambda: "new", success=shown.append, initiator=screen, latest="refresh")
    qtbot.waitUntil(lambda: shown == ["new"])
    release.set()
    assert runner.wait_idle()  # delivers what finished, the old read included (it is dropped)
    assert shown == ["new"]
    release.clear()
    pages: list[str] = []
    runner.query(slow, success=pages.append, initiator=screen)
    runner.query(lambda: "page 2", success=pages.append, initiator=screen)
    qtbot.waitUntil(lambda: pages == ["page 2"])
    release.set()
    assert runner.wait_idle()
    assert pages == ["page 2", "old"]
