"""The background scheduler the GUI uses: back-off while offline, status, start and stop."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from pathlib import Path

from saa_desk.services import beneficiaries
from saa_desk.sync import SyncScheduler, SyncStatus
from saa_desk.sync.scheduler import backoff_delay
from tests.conftest import Desk
from tests.factories import beneficiary_data

MakeDesks = Callable[[int], list[Desk]]


def wait_for(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_back_off_doubles_and_is_capped() -> None:
    assert [backoff_delay(n, 5, 60) for n in range(1, 7)] == [5, 10, 20, 40, 60, 60]


def test_offline_backs_off_then_online_syncs(central_url: str, make_desks: MakeDesks, tmp_path: Path) -> None:
    (a,) = make_desks(1)
    beneficiaries.register(a.store, a.reception, beneficiary_data())
    target = {"url": f"postgresql://postgres@/central?host={tmp_path}/nowhere"}
    seen: list[SyncStatus] = []
    attempts: list[float] = []
    lock = threading.Lock()

    def listener(status: SyncStatus) -> None:
        with lock:
            seen.append(status)
            if status.syncing:
                attempts.append(time.monotonic())

    scheduler = SyncScheduler(a.store, lambda: target["url"], interval=30, min_backoff=0.05, max_backoff=0.4,
                              on_change=listener, lang="en")
    assert scheduler.status().pending > 0 and not scheduler.status().online
    scheduler.start()
    try:
        wait_for(lambda: scheduler.status().failures >= 4)
        status = scheduler.status()
        assert not status.online and status.last_success is None
        assert "cannot be reached" in (status.last_error or "") and "\n" not in (status.last_error or "")
        with lock:
            gaps = [b - a for a, b in itertools.pairwise(attempts)]
        assert gaps[2] > gaps[0] * 1.5  # backing off, not hammering
        target["url"] = central_url
        scheduler.sync_now()
        wait_for(lambda: scheduler.status().online)
        status = scheduler.status()
        assert (status.pending, status.last_error, status.failures) == (0, None, 0)
        assert status.last_success is not None and status.last_summary is not None
        assert status.last_summary.pushed > 0
    finally:
        scheduler.stop(timeout=30)
    assert not scheduler.running
    assert scheduler.status().next_attempt_in is None
    assert any(s.online for s in seen)


def test_no_central_configured_is_offline_with_a_reason(make_desks: MakeDesks) -> None:
    (a,) = make_desks(1)
    scheduler = SyncScheduler(a.store, lambda: None, min_backoff=0.05, lang="en")
    scheduler.start()
    try:
        wait_for(lambda: scheduler.status().failures >= 1)
        assert "no central database" in (scheduler.status().last_error or "")
    finally:
        scheduler.stop()
