"""Background sync for the GUI: a thread that syncs every so often, backs off while offline, and
reports a status the window shows (online/offline, pending changes, last success, last error).

Qt-free: the GUI polls `status()` or passes `on_change`, which is called from the sync thread
(a Qt front end forwards it to the GUI thread with a queued signal). Each status after a sync
carries its summary, whose `changes` name the rows the sync wrote.

This thread only keeps time. The sync itself runs where `execute` says: the GUI passes its
operation runner, so a sync is one more job in the desk's one write queue (in order with the
screens' writes, with progress and a cancel) instead of a second writer fighting for SQLite's lock.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace

from saa_desk.domain.errors import DeskError
from saa_desk.domain.jobs import JobControl
from saa_desk.messages import Lang
from saa_desk.store.database import Store
from saa_desk.sync import local
from saa_desk.sync.engine import SyncSummary, last_success, sync_once
from saa_desk.sync.errors import SyncError

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncStatus:
    online: bool  # the last attempt reached the central
    syncing: bool
    pending: int  # local changes not yet pushed
    last_success: dt.datetime | None
    last_error: str | None  # one line, in the scheduler's language
    last_summary: SyncSummary | None
    failures: int  # consecutive failed attempts (drives the back-off)
    next_attempt_in: float | None  # seconds, None when stopped


SyncWork = Callable[[JobControl], SyncSummary]
# (title, work) -> the work's result, once it ran; e.g. the GUI's write queue.
Execute = Callable[[str, SyncWork], SyncSummary]


def run_here(_title: str, work: SyncWork) -> SyncSummary:
    return work(JobControl())


def backoff_delay(failures: int, minimum: float, maximum: float) -> float:
    """Exponential back-off: minimum, 2x, 4x … capped at maximum."""
    return min(maximum, minimum * 2.0 ** max(0, failures - 1))


class SyncScheduler:
    def __init__(
        self,
        store: Store,
        url_provider: Callable[[], str | None],
        *,
        interval: float = 60.0,
        min_backoff: float = 5.0,
        max_backoff: float = 600.0,
        on_change: Callable[[SyncStatus], None] | None = None,
        lang: Lang = "ar",
        runner: Callable[..., SyncSummary] = sync_once,
        execute: Execute = run_here,
    ) -> None:
        self._store = store
        self._url_provider = url_provider
        self._interval = interval
        self._min_backoff = min_backoff
        self._max_backoff = max_backoff
        self._on_change = on_change
        self._lang: Lang = lang
        self._runner = runner
        self._execute = execute
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._state = SyncStatus(False, False, 0, last_success(store), None, None, 0, None)

    # -- control ---------------------------------------------------------------------------------

    def start(self) -> None:
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            self._stopping.clear()
            self._thread = threading.Thread(target=self._loop, name="saa-desk-sync", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Ask the thread to stop; a sync in progress is finished first (it is one transaction
        per batch, so stopping mid-way would only make the next sync redo the batch)."""
        with self._lock:
            thread = self._thread
            self._stopping.set()
            self._wake.set()
        if thread is not None:
            thread.join(timeout)
        with self._lock:
            self._thread = None
            self._state = replace(self._state, next_attempt_in=None, syncing=False)

    def run_through(self, execute: Execute) -> None:
        """Run each sync through `execute` from now on (the GUI's runner, once it exists)."""
        self._execute = execute

    def sync_now(self) -> None:
        """Sync as soon as possible (the user pressed the button, or the network came back)."""
        self._wake.set()

    @property
    def running(self) -> bool:
        thread = self._thread
        return thread is not None and thread.is_alive()

    def status(self) -> SyncStatus:
        with self._lock:
            state = self._state
        try:
            pending = local.pending_changes(self._store)
        except Exception:  # the store is closing; keep the last known count
            pending = state.pending
        return replace(state, pending=pending)

    # -- the thread ------------------------------------------------------------------------------

    def _publish(self, **changes: object) -> None:
        with self._lock:
            self._state = replace(self._state, **changes)  # type: ignore[arg-type]
            state = self._state
        if self._on_change is not None:
            try:
                self._on_change(state)
            except Exception:
                _log.exception("sync status listener failed")

    def _attempt(self) -> float:
        """One sync; returns the delay before the next."""
        url = self._url_provider()
        if not url:
            failures = self._state.failures + 1
            self._publish(online=False, last_error=SyncError("central_not_configured").message(self._lang),
                          failures=failures)
            return backoff_delay(failures, self._min_backoff, self._max_backoff)
        self._publish(syncing=True)
        try:
            summary = self._execute("sync", lambda job: self._sync(url, job))
        except DeskError as exc:
            failures = self._state.failures + 1
            self._publish(syncing=False, online=False, last_error=exc.message(self._lang), failures=failures)
            return backoff_delay(failures, self._min_backoff, self._max_backoff)
        except Exception as exc:  # a bug must not kill the thread; show it and keep trying
            _log.exception("sync failed")
            failures = self._state.failures + 1
            self._publish(syncing=False, online=False, last_error=f"{type(exc).__name__}: {exc}"[:300],
                          failures=failures)
            return backoff_delay(failures, self._min_backoff, self._max_backoff)
        self._publish(syncing=False, online=True, last_error=None, failures=0, last_summary=summary,
                      last_success=dt.datetime.now(dt.UTC))
        return self._interval

    def _sync(self, url: str, job: JobControl) -> SyncSummary:
        return self._runner(self._store, url, progress=job.progress, interrupt=job.check)

    def _loop(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()
            delay = self._attempt()
            delay *= random.uniform(0.9, 1.1)  # desks that went offline together do not return in step
            self._publish(next_attempt_in=delay)
            self._wake.wait(delay)
