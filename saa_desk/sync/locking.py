"""One sync at a time per desk, across threads and processes (the GUI's scheduler and a CLI run)."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from saa_desk.sync.errors import SyncError

LOCK_FILENAME = "sync.lock"
_thread_locks: dict[Path, threading.Lock] = {}
_guard = threading.Lock()


def _thread_lock(path: Path) -> threading.Lock:
    with _guard:
        return _thread_locks.setdefault(path, threading.Lock())


def _try_lock_file(fd: int) -> bool:
    try:
        if sys.platform == "win32":  # mypy checks the branch for the platform it runs on
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock_file(fd: int) -> None:
    if sys.platform == "win32":  # mypy checks the branch for the platform it runs on
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


@contextmanager
def desk_sync_lock(data_dir: Path, timeout: float = 120.0) -> Iterator[None]:
    """Wait (up to `timeout`) for any other sync of this desk to finish, then hold the lock."""
    with path_lock(Path(data_dir).resolve() / LOCK_FILENAME, timeout):
        yield


@contextmanager
def path_lock(path: Path, timeout: float) -> Iterator[None]:
    """Hold the lock named by `path` against other threads and processes (SyncError sync_busy
    after `timeout`): one sync of a desk at a time, one fetch of a file at a time."""
    thread_lock = _thread_lock(path)
    if not thread_lock.acquire(timeout=timeout):
        raise SyncError("sync_busy")
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            deadline = time.monotonic() + timeout
            while not _try_lock_file(fd):
                if time.monotonic() > deadline:
                    raise SyncError("sync_busy")
                time.sleep(0.05)
            try:
                yield
            finally:
                _unlock_file(fd)
        finally:
            os.close(fd)
    finally:
        thread_lock.release()
