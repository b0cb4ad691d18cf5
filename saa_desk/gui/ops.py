"""The operation runner: one way to call the core from a screen (after Anki's CollectionOp).

`run()` calls a service function — on a worker thread when it can be slow (log-in hashing, PDF
rendering, sync), right away when it is fast — then, on the UI thread, routes any `DeskError` to
one place (beside its field, else the message bar) and emits `changes_applied` once with what
changed, so each screen decides for itself whether to refresh.
"""

from __future__ import annotations

import enum
import itertools
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal, Slot

from saa_desk.domain.errors import DeskError
from saa_desk.gui import i18n
from saa_desk.gui.fielderrors import FieldErrors

log = logging.getLogger(__name__)


class Changes(enum.Flag):
    """What an operation changed; screens refresh only for what concerns them."""

    NONE = 0
    BENEFICIARIES = enum.auto()
    REQUESTS = enum.auto()
    DOCUMENTS = enum.auto()
    DECLARATIONS = enum.auto()
    INTERACTIONS = enum.auto()
    DRAFTS = enum.auto()
    SYNC = enum.auto()
    ALL = BENEFICIARIES | REQUESTS | DOCUMENTS | DECLARATIONS | INTERACTIONS | DRAFTS | SYNC


class MessageSink(Protocol):
    def show_error(self, text: str) -> None: ...

    def show_info(self, text: str) -> None: ...


class LogSink:
    def show_error(self, text: str) -> None:
        log.error("%s", text)

    def show_info(self, text: str) -> None:
        log.info("%s", text)


@dataclass
class _Pending:
    success: Callable[[Any], None] | None
    failure: Callable[[BaseException], bool] | None
    errors: FieldErrors | None
    changes: Changes
    background: bool


class _Signals(QObject):
    done = Signal(int, object, object)  # job id, result, exception


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id, self._fn, self._signals = job_id, fn, signals

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the UI thread, never lost
            self._signals.done.emit(self._id, None, exc)
        else:
            self._signals.done.emit(self._id, result, None)


class OperationRunner(QObject):
    changes_applied = Signal(object)  # Changes
    busy_changed = Signal(bool)

    def __init__(self, messages: MessageSink | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.messages: MessageSink = messages or LogSink()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._signals = _Signals(self)
        self._signals.done.connect(self._finished)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}

    @property
    def busy(self) -> bool:
        return any(p.background for p in self._pending.values())

    def run(self, fn: Callable[[], Any], *, changes: Changes = Changes.NONE,
            success: Callable[[Any], None] | None = None, errors: FieldErrors | None = None,
            failure: Callable[[BaseException], bool] | None = None, background: bool = False) -> None:
        """Call `fn`; on success emit `changes` then call `success(result)`.

        `failure(exc)` may handle an error itself (return True); otherwise DeskErrors go beside the
        fields of `errors` and what no field holds goes to the message bar.
        """
        if errors is not None:
            errors.clear()
        job_id = next(self._ids)
        self._pending[job_id] = _Pending(success, failure, errors, changes, background)
        if not background:
            try:
                result = fn()
            except Exception as exc:
                self._finished(job_id, None, exc)
            else:
                self._finished(job_id, result, None)
            return
        if sum(p.background for p in self._pending.values()) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(job_id, fn, self._signals))

    @Slot(int, object, object)
    def _finished(self, job_id: int, result: Any, exc: BaseException | None) -> None:
        pending = self._pending.pop(job_id, None)
        if pending is None:
            return
        try:
            if exc is not None:
                self._deliver_error(exc, pending)
            else:
                if pending.changes:
                    self.changes_applied.emit(pending.changes)
                if pending.success is not None:
                    pending.success(result)
        finally:
            if pending.background and not any(p.background for p in self._pending.values()):
                self.busy_changed.emit(False)

    def _deliver_error(self, exc: BaseException, pending: _Pending) -> None:
        if pending.failure is not None and pending.failure(exc):
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

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Wait for background jobs and deliver their results (tests, shutdown)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            self._pool.waitForDone(20)
            QCoreApplication.processEvents()
        return not self._pending
