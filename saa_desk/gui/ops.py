"""The operation runner: one way to call the core from a screen (after Anki's QueryOp/CollectionOp).

* `query(fn)` — a read: runs on a worker thread (reads are concurrent with everything, SQLite WAL).
* `write(fn)` — a change: runs on the desk's one write queue, a single worker thread that runs
  writes in the order they were asked for, one at a time; the window never waits for SQLite's lock.
* `job(title, work)` — long work (a sync) on the same write queue, with progress and a cancel the
  status bar shows; `execute(title, work)` is the same for a caller on another thread (the sync
  scheduler), which blocks until its job ran.

Results and errors come back on the UI thread: a `DeskError` goes beside its field (else to the
message bar). What a call wrote is not declared by the caller: the store collects it as the call's
transactions commit (saa_desk.store.changes), and the runner publishes it with `changes_applied`
(change set, initiator), so each screen decides for itself whether to refresh.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import logging
import threading
import traceback
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from saa_desk.domain.errors import DeskError
from saa_desk.domain.jobs import Cancelled, JobControl
from saa_desk.gui import i18n
from saa_desk.gui.fielderrors import FieldErrors
from saa_desk.store import changes
from saa_desk.store.changes import ChangeSet, Kind

log = logging.getLogger(__name__)
T = TypeVar("T")

__all__ = ["ChangeSet", "Kind", "LogSink", "MessageSink", "OperationRunner", "RunningJob"]


class MessageSink(Protocol):
    def show_error(self, text: str) -> None: ...

    def show_info(self, text: str) -> None: ...


class LogSink:
    def show_error(self, text: str) -> None:
        log.error("%s", text)

    def show_info(self, text: str) -> None:
        log.info("%s", text)


@dataclass
class RunningJob:
    """The job the status bar shows: its title, its last reported step, and how to stop it."""

    id: int
    title: str
    control: JobControl
    step: object = None


@dataclass
class _Pending:
    success: Callable[[Any], None] | None
    failure: Callable[[BaseException], bool] | None
    errors: FieldErrors | None
    initiator: object
    job: RunningJob | None = None
    latest: tuple[int, Hashable] | None = None  # (initiator, key): only the last such read is shown


class _Signals(QObject):
    started = Signal(int)
    progress = Signal(int, object)  # job id, step
    done = Signal(int, object, object, object)  # job id, result, exception, change set


class _Task(QRunnable):
    """Runs one call on a pool thread, collecting what its transactions committed."""

    def __init__(self, task_id: int, fn: Callable[[], Any], signals: _Signals,
                 future: concurrent.futures.Future[Any] | None = None) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id, self._fn, self._signals, self._future = task_id, fn, signals, future

    def run(self) -> None:
        self._signals.started.emit(self._id)
        result, error = None, None
        with changes.collect() as written:
            try:
                result = self._fn()
            except BaseException as exc:  # delivered to the UI thread, never lost
                error = exc
        if self._future is not None:
            if error is None:
                self._future.set_result(result)
            else:
                self._future.set_exception(error)
        self._signals.done.emit(self._id, result, error, written.changes)


class OperationRunner(QObject):
    changes_applied = Signal(object, object)  # ChangeSet, the initiator (a screen) or None
    job_changed = Signal(object)  # the RunningJob now running, or None

    def __init__(self, messages: MessageSink | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.messages: MessageSink = messages or LogSink()
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)  # the write queue: one at a time, in the order asked
        self._signals = _Signals(self)
        self._signals.started.connect(self._started)
        self._signals.progress.connect(self._progressed)
        self._signals.done.connect(self._finished)
        self._ids = itertools.count(1)
        self._lock = threading.Lock()  # `execute` submits from the scheduler's thread
        self._pending: dict[int, _Pending] = {}
        self._newest: dict[tuple[int, Hashable], int] = {}  # (initiator, key) -> the last read asked
        self.current_job: RunningJob | None = None

    # -- asking ----------------------------------------------------------------------------------

    def query(self, fn: Callable[[], T], *, success: Callable[[T], None] | None = None,
              errors: FieldErrors | None = None, failure: Callable[[BaseException], bool] | None = None,
              initiator: object = None, latest: Hashable | None = None) -> None:
        """Read on a worker thread; then `success(result)` on the UI thread.

        `failure(exc)` may handle an error itself (return True); otherwise DeskErrors go beside the
        fields of `errors` and what no field holds goes to the message bar. With `latest` (a key),
        a read is dropped when the same initiator asked another with that key after it: the read
        pool has two threads, so an older read of a screen could otherwise land after a newer one
        and show what the newer one had already replaced."""
        pending = _Pending(success, failure, errors, initiator)
        if latest is not None:
            pending.latest = (id(initiator), latest)
        self._submit(self._reads, fn, pending)

    def write(self, fn: Callable[[], T], *, success: Callable[[T], None] | None = None,
              errors: FieldErrors | None = None, failure: Callable[[BaseException], bool] | None = None,
              initiator: object = None) -> None:
        """Queue a change on the write queue; publish what it wrote, then `success(result)`."""
        self._submit(self._writes, fn, _Pending(success, failure, errors, initiator))

    def job(self, title: str, work: Callable[[JobControl], T], *, success: Callable[[T], None] | None = None,
            failure: Callable[[BaseException], bool] | None = None, initiator: object = None) -> None:
        """Long work on the write queue, shown (with a cancel) while it runs."""
        pending = _Pending(success, failure, None, initiator)
        self._submit(self._writes, self._as_job(title, work, pending), pending)

    def execute(self, title: str, work: Callable[[JobControl], T]) -> T:
        """Run `work` as a job from another thread and wait for it: the sync scheduler's way in.
        Its errors are the caller's to report (the status bar shows a sync's), not the message bar's."""
        if QThread.currentThread() is self.thread():
            raise RuntimeError("execute() waits for the write queue; the UI thread uses job()")
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        pending = _Pending(None, lambda _exc: True, None, None)
        self._submit(self._writes, self._as_job(title, work, pending), pending, future)
        return future.result()

    def cancel_job(self) -> None:
        if self.current_job is not None:
            self.current_job.control.cancel()

    def _as_job(self, title: str, work: Callable[[JobControl], T], pending: _Pending) -> Callable[[], T]:
        job = RunningJob(0, title, JobControl(lambda step: self._signals.progress.emit(job.id, step)))
        pending.job = job  # _submit gives it its id before it can start
        return lambda: work(job.control)

    def _submit(self, pool: QThreadPool, fn: Callable[[], Any], pending: _Pending,
                future: concurrent.futures.Future[Any] | None = None) -> None:
        if pending.errors is not None:
            pending.errors.clear()
        with self._lock:
            task_id = next(self._ids)
            if pending.job is not None:
                pending.job.id = task_id
            self._pending[task_id] = pending
            if pending.latest is not None:
                self._newest[pending.latest] = task_id
        pool.start(_Task(task_id, fn, self._signals, future))

    # -- answers, on the UI thread ---------------------------------------------------------------

    @Slot(int)
    def _started(self, task_id: int) -> None:
        with self._lock:
            pending = self._pending.get(task_id)
        if pending is not None and pending.job is not None:
            self.current_job = pending.job
            self.job_changed.emit(pending.job)

    @Slot(int, object)
    def _progressed(self, task_id: int, step: object) -> None:
        job = self.current_job
        if job is not None and job.id == task_id:
            job.step = step
            self.job_changed.emit(job)

    @Slot(int, object, object, object)
    def _finished(self, task_id: int, result: Any, exc: BaseException | None, written: ChangeSet) -> None:
        with self._lock:
            pending = self._pending.pop(task_id, None)
            superseded = False
            if pending is not None and pending.latest is not None:
                superseded = self._newest.get(pending.latest) != task_id
                if not superseded:
                    del self._newest[pending.latest]
        if pending is None:
            return
        if self.current_job is not None and self.current_job.id == task_id:
            self.current_job = None
            self.job_changed.emit(None)
        if written:
            self.changes_applied.emit(written, pending.initiator)
        initiator = pending.initiator
        if isinstance(initiator, QObject) and not shiboken6.isValid(initiator):
            return  # the screen that asked was closed meanwhile
        if superseded:
            return  # a newer read of the same thing was asked: it will show
        if exc is not None:
            self._deliver_error(exc, pending)
        elif pending.success is not None:
            pending.success(result)

    def _deliver_error(self, exc: BaseException, pending: _Pending) -> None:
        if pending.failure is not None and pending.failure(exc):
            return
        if isinstance(exc, Cancelled):
            self.messages.show_info(exc.message(i18n.current()))
            return
        if isinstance(exc, DeskError):
            unplaced = pending.errors.show(exc) if pending.errors is not None else [exc]
            if unplaced:
                lang = i18n.current()
                self.messages.show_error("\n".join(e.message(lang) for e in unplaced))
            return
        log.error("operation failed:\n%s", "".join(traceback.format_exception(exc)))
        self.messages.show_error(QCoreApplication.translate(
            "OperationRunner", "Something went wrong and nothing was saved: {error}").format(error=exc))

    @property
    def busy(self) -> bool:
        with self._lock:
            return bool(self._pending)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Wait for queued calls and deliver their results (tests, shutdown)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self.busy and not deadline.hasExpired():
            self._reads.waitForDone(10)
            self._writes.waitForDone(10)
            QCoreApplication.processEvents()
        return not self.busy

