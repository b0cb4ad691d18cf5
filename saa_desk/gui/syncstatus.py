"""The status bar's sync corner: online/offline, pending changes, last sync, quarantined rows (only
when there are some), "sync now".

It takes any scheduler object with `status()` and `sync_now()` — `saa_desk.sync.scheduler.SyncScheduler`,
whose status carries `online`, `syncing`, `pending`, `last_success` and `last_error`. `sync_now()`
may block (it then runs as a job on the write queue) or only wake the scheduler, whose sync then
runs as a job there; either way the window never waits, and the screens refresh when the sync's
writes are done. While a job runs the bar shows its progress and a cancel button.
With no scheduler the desk shows offline with its count of changes waiting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from saa_desk.domain.permissions import Permission
from saa_desk.gui import fmt
from saa_desk.gui.ops import ChangeSet, Kind, OperationRunner, RunningJob
from saa_desk.gui.theme import repolish
from saa_desk.services import desk, quarantine, syncing
from saa_desk.services.context import Actor
from saa_desk.store.database import Store
from saa_desk.sync.engine import SyncProgress

REFRESH_MS = 10_000
BUSY_REFRESH_MS = 700


class Scheduler(Protocol):
    def status(self) -> Any: ...

    def sync_now(self) -> Any: ...


@dataclass(frozen=True)
class SyncState:
    online: bool
    pending_changes: int
    last_sync: dt.datetime | None
    running: bool = False
    error: str | None = None
    quarantined: int = 0  # pulled rows this desk could not apply (sync.quarantine)


class SyncSource:
    def __init__(self, store: Store, scheduler: Scheduler | None = None, actor: Actor | None = None) -> None:
        self.store = store
        self.scheduler = scheduler
        self.actor = actor  # who presses "sync now"; None: the desk itself (tests of the bar alone)

    @property
    def can_sync(self) -> bool:
        allowed = self.actor is None or self.actor.can(Permission.SYNC_RUN)
        return allowed and self.scheduler is not None and callable(getattr(self.scheduler, "sync_now", None))

    def state(self) -> SyncState:
        quarantined = quarantine.open_count(self.store)
        if self.scheduler is None:
            return SyncState(False, desk.status(self.store).pending_changes, None, quarantined=quarantined)
        st = self.scheduler.status()
        pending = _first(st, "pending", "pending_changes")
        if pending is None:
            pending = desk.status(self.store).pending_changes
        error = _first(st, "last_error", "error")
        return SyncState(bool(_first(st, "online")), int(pending), _first(st, "last_success", "last_sync"),
                         bool(_first(st, "syncing", "running")), str(error) if error else None, quarantined)

    def sync_now(self) -> Any:
        if self.scheduler is None:
            raise RuntimeError("no sync scheduler")
        if self.actor is not None:
            syncing.authorise(self.actor)
        return self.scheduler.sync_now()


def _first(obj: object, *names: str) -> Any:
    for name in names:
        value = getattr(obj, name, None)
        if value is not None:
            return value
    return None


class SyncStatusBar(QWidget):
    """Lives in the main window's status bar; sync runs on a worker thread, the window never waits."""

    def __init__(self, source: SyncSource, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.runner = runner
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        self.online_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.last_sync_label = QLabel(self)
        self.quarantine_label = self._quarantine_label()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the sync engine reports no percentage
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.job_label = QLabel(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(runner.cancel_job)
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.setEnabled(source.can_sync)
        if not source.can_sync:
            self.sync_button.setToolTip(self.tr("Sync is not set up on this desk yet."))
        layout.setSpacing(18)
        for widget in (self.online_label, self.pending_label, self.last_sync_label, self.quarantine_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.job_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.sync_button)
        self.sync_button.clicked.connect(self.sync_now)
        runner.changes_applied.connect(self._on_changes)
        runner.job_changed.connect(self._show_job)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._syncing = False
        self.state: SyncState | None = None
        self.refresh()

    def _quarantine_label(self) -> QLabel:
        label = QLabel(self)
        label.setProperty("state", "error")
        label.setToolTip(self.tr("Rows from the central that this desk could not apply; the rest of the sync "
                                 "went on. A supervisor lists and retries them: saa-desk sync quarantine list"))
        label.setVisible(False)
        return label

    def _show_quarantined(self, count: int) -> None:
        self.quarantine_label.setText(self.tr("Quarantined rows: {count}").format(count=count))
        self.quarantine_label.setVisible(count > 0)

    def _on_changes(self, written: ChangeSet, _initiator: object) -> None:
        if written.touches(~Kind.DRAFTS):  # drafts never sync: the count of changes stays
            self.refresh()

    def _show_job(self, job: RunningJob | None) -> None:
        self.job_label.setText("" if job is None else self._job_text(job))
        self.cancel_button.setVisible(job is not None)
        self.cancel_button.setEnabled(job is not None and not job.control.cancelled)
        self.refresh()

    def _job_text(self, job: RunningJob) -> str:
        step = job.step
        if isinstance(step, SyncProgress) and step.phase == "push":
            return self.tr("Sending changes: {done}/{total}").format(done=step.rows, total=step.total)
        if isinstance(step, SyncProgress):
            return self.tr("Receiving changes: {done}").format(done=step.rows)
        return self.tr("Syncing…") if job.title == "sync" else job.title

    def refresh(self) -> None:
        try:
            state = self.source.state()
        except Exception as exc:  # a broken scheduler must not take the window down
            state = SyncState(False, 0, None, error=str(exc))
        self.state = state
        # Offline is the normal state of a branch office: the reason is a tooltip, not an alarm.
        if state.online:
            text, kind = self.tr("Online"), "online"
        elif state.error and self._syncing:
            text, kind = self.tr("Sync problem"), "error"
        else:
            text, kind = self.tr("Offline"), "offline"
        self.online_label.setToolTip(state.error or "")
        self.online_label.setText(f"● {text}")
        self.online_label.setProperty("state", kind)
        repolish(self.online_label)
        self.pending_label.setText(self.tr("Pending changes: {count}").format(count=state.pending_changes))
        last = fmt.moment(state.last_sync) if state.last_sync else self.tr("never")
        self.last_sync_label.setText(self.tr("Last sync: {when}").format(when=last))
        self._show_quarantined(state.quarantined)
        busy = self._syncing or state.running or self.runner.current_job is not None
        self.progress.setVisible(busy)
        self.sync_button.setEnabled(self.source.can_sync and not busy)
        self._timer.setInterval(BUSY_REFRESH_MS if busy else REFRESH_MS)

    def sync_now(self) -> None:
        if self._syncing or not self.source.can_sync:
            return
        self._syncing = True
        self.refresh()

        def done(_result: object = None) -> None:
            self._syncing = False
            self.refresh()  # a scheduler that only woke its thread now reports `syncing` itself

        def failed(_exc: BaseException) -> bool:
            done()
            return False  # the runner still shows the reason

        self.runner.job("sync", lambda _job: self.source.sync_now(), success=done, failure=failed, initiator=self)
