"""Long work (a sync, an import) reports progress and can be cancelled; Qt-free, any thread.

The front end makes one `JobControl` per job, shows what `progress` reports and calls `cancel()`;
the work calls `check()` between steps and stops with `Cancelled` there. A cancelled job keeps
what it already committed: every step is its own transaction, and the next run goes on from it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from saa_desk.domain.errors import DeskError


class Cancelled(DeskError):
    def __init__(self) -> None:
        super().__init__("cancelled")


class JobControl:
    def __init__(self, report: Callable[[object], None] | None = None) -> None:
        self._report = report
        self._cancel = threading.Event()

    def progress(self, step: object) -> None:
        """Report a step (e.g. a `SyncProgress`); the front end words it."""
        if self._report is not None:
            self._report(step)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self, *_point: object) -> None:
        """Raise `Cancelled` once asked to stop (takes and ignores a sync hook's point and info)."""
        if self._cancel.is_set():
            raise Cancelled
