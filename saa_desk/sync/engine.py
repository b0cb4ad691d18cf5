"""One full sync round for a desk: handshake, push, pull, duplicate check.

`sync_once` is what the CLI, the GUI's scheduler and the tests call. It holds the desk's sync lock,
so a CLI run and the GUI's background sync never interleave, and turns every failure into a
`SyncError` with one clear line. Whatever point it is cut at, the next run finishes the job.
"""

from __future__ import annotations

import datetime as dt
import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from saa_desk.domain.errors import DeskError
from saa_desk.store import changes
from saa_desk.store.changes import ChangeSet
from saa_desk.store.database import SETTING_BRANCH, SETTING_DESK, SETTING_TRAINING, Store
from saa_desk.sync import local
from saa_desk.sync.central_ops import Central, Hook
from saa_desk.sync.connection import (
    INSECURE_SETTING,
    credential_key,
    desk_connect_url,
    desk_url,
    mapped_errors,
    normalise_url,
    public_url,
    save_keyring_password,
    store_desk_ca,
    url_password,
)
from saa_desk.sync.duplicates import find_duplicates, follow_merges
from saa_desk.sync.errors import SyncError
from saa_desk.sync.files import FileTransfers, fetch_wanted, files_were_waiting, upload_pending
from saa_desk.sync.locking import desk_sync_lock
from saa_desk.sync.merge import Conflict
from saa_desk.sync.pull import pull
from saa_desk.sync.push import push
from saa_desk.sync.rejoin import rejoin

PUSH_BATCH_ROWS = 5000
# Pulled rows of these kinds may name files the desk fetches with the sync (sync/files.py).
_FILE_KINDS = changes.Kind.DECLARATIONS | changes.Kind.LIBRARY | changes.Kind.DOCUMENTS
PULL_PAGE_ENTRIES = 5000


@dataclass(frozen=True)
class SyncProgress:
    phase: Literal["push", "pull"]
    batch: int
    rows: int
    total: int | None = None

    def line(self) -> str:
        if self.phase == "push":
            return f"push batch {self.batch}: {self.rows}/{self.total} rows sent"
        return f"pull page {self.batch}: {self.rows} rows applied"


@dataclass(frozen=True)
class SyncSummary:
    pushed: int
    pulled: int
    conflicts: int
    duplicates: int
    seconds: float = 0.0
    # What this round wrote on the desk (pulled rows, merges followed): open screens refresh for it.
    changes: ChangeSet = field(default_factory=ChangeSet)
    files: FileTransfers = field(default_factory=FileTransfers)

    def line(self) -> str:
        moved = self.files
        files = f", files sent {moved.up}, fetched {moved.down}" if moved.up or moved.down else ""
        if moved.waiting:
            files += f", {moved.waiting} not at the central yet"
        if moved.refused:
            files += f", {len(moved.refused)} refused by the central"
        return (f"sync done: pushed {self.pushed}, pulled {self.pulled}, conflicts {self.conflicts}, "
                f"duplicates {self.duplicates}{files} ({self.seconds:.2f} s)")


@dataclass(frozen=True)
class Registration:
    url: str  # as stored on the desk: no password
    password_in_keyring: bool


def stored_url(store: Store) -> str | None:
    return store.setting(local.CENTRAL_URL)


def _desk_id(store: Store) -> str:
    desk_id = store.desk_id
    if desk_id is None:
        raise DeskError("not_initialised")
    return desk_id


def register_desk(store: Store, url: str, *, ca_file: Path | None = None,
                  insecure_plaintext: bool | None = None) -> Registration:
    """Remember the central (without its password) and enter this desk in its registry.

    A password in the URL goes to the OS keyring when there is one; otherwise the desk needs
    SAA_CENTRAL_PASSWORD at every sync. It is never written to the desk's database.
    `ca_file` (the central's CA certificate) is copied into the desk's data folder and trusted
    from then on; `insecure_plaintext` (True/False) changes the stored plaintext setting."""
    desk_id = _desk_id(store)
    public = public_url(url)
    password = url_password(url)
    if ca_file is not None:
        store_desk_ca(ca_file, store.data_dir)
    insecure = store.setting(INSECURE_SETTING) == "1" if insecure_plaintext is None else insecure_plaintext
    connect = desk_url(url, store.data_dir, insecure_plaintext=insecure)
    saved = save_keyring_password(credential_key(url), password) if password else False
    state: dict[str, bool] = {}
    with mapped_errors(connect, state):
        central = Central(connect, desk_id)
        central.handshake()
        state["connected"] = True
        _same_purpose(store, central)
        central.register(store.setting(SETTING_BRANCH), store.setting(SETTING_DESK))
    with store.write(None, capture=False) as s:
        local.put(s, local.CENTRAL_URL, public)
        local.put(s, INSECURE_SETTING, "1" if insecure else "0")
    return Registration(public, saved)


def _same_purpose(store: Store, central: Central) -> None:
    """Invented people never reach real data: a training desk meets only a training central."""
    training = store.setting(SETTING_TRAINING) == "1"
    if training != (central.purpose == "training"):
        desk = "a training desk" if training else "a production desk"
        raise SyncError("training_mismatch", f"{desk}, a {central.purpose} central")


def _follow_central(store: Store, central_id: str) -> None:
    """The cursor counts one central's feed; meeting another central restarts it, and re-queues
    this desk's rows, because that central has never seen them."""
    with store.read() as s:
        known = local.get(s, local.CENTRAL_ID)
    if known == central_id:
        return
    with store.write(None, capture=False) as s:
        if known is not None:
            local.requeue_everything(s, _desk_id(store))
        local.put(s, local.CURSOR, "0")
        local.put(s, local.CONFLICT_CURSOR, "0")
        local.put(s, local.REVIEW_CURSOR, "0")
        local.put(s, local.CENTRAL_ID, central_id)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """A bulk sync makes hundreds of thousands of tuples and dicts that live until it ends; the
    cycle collector walked them again and again (a tenth of a 100,000-row push) and would find
    no cycle: sync data is tuples of strings. Reference counting still frees everything."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def sync_once(
    store: Store,
    central_url: str | None = None,
    progress: Callable[[SyncProgress], None] | None = None,
    *,
    batch_size: int = PUSH_BATCH_ROWS,
    page_size: int = PULL_PAGE_ENTRIES,
    interrupt: Hook | None = None,
) -> SyncSummary:
    """Push this desk's changes, pull everyone else's. `interrupt(point, info)` is called at
    named points (push.before_commit, push.committed, pull.fetched, pull.applied): tests use it
    to cut a sync anywhere, the GUI to cancel. The summary's `changes` name the rows written."""
    with changes.collect() as written:
        summary = _sync(store, central_url, progress, batch_size=batch_size, page_size=page_size,
                        interrupt=interrupt)
    return replace(summary, changes=written.changes)


def _sync(store: Store, central_url: str | None, progress: Callable[[SyncProgress], None] | None, *,
          batch_size: int, page_size: int, interrupt: Hook | None) -> SyncSummary:
    started = time.perf_counter()
    desk_id = _desk_id(store)
    url = central_url or stored_url(store)
    if not url:
        raise SyncError("central_not_configured")
    normalise_url(url)  # a malformed URL is its own clear error, before any connection
    url = desk_connect_url(store, url)  # this desk's CA file and plaintext setting
    report = progress or (lambda _p: None)
    state: dict[str, bool] = {}
    with desk_sync_lock(store.data_dir), mapped_errors(url, state), _no_cycle_collection():
        central = Central(url, desk_id, interrupt)
        central_id = central.handshake()
        _same_purpose(store, central)
        _follow_central(store, central_id)
        state["connected"] = True
        # A restored desk first takes up its own numbers and rows: nothing it pushes may reuse them.
        rejoined = rejoin(store, central, page_size=page_size)
        moved = FileTransfers()
        upload_pending(store, central, moved)  # bytes first: no row reaches a desk before its file
        pushed = push(store, central, batch_size=batch_size,
                      progress=lambda b, n, t: report(SyncProgress("push", b, n, t)))
        pulled = pull(store, central, page_size=page_size,
                      progress=lambda b, n: report(SyncProgress("pull", b, n)))
        with store.read() as s:
            central.note_pull(local.cursor(s))
        # Only the rows this pull wrote, unless it wrote too many to name or files were waiting.
        everything = bool(rejoined) or files_were_waiting(store) or not pulled.changes.complete(_FILE_KINDS)
        if everything or pulled.changes.touches(_FILE_KINDS):
            fetch_wanted(store, central, moved, None if everything else pulled.changes.rows)
    taken_back = rejoined.rows if rejoined else 0
    touched = pulled.beneficiaries | (rejoined.beneficiaries if rejoined else set())
    if pulled.rows or taken_back:
        follow_merges(store)  # a merge pulled from another desk may strand a child here
    duplicates = find_duplicates(store, among=touched) if touched else []
    with store.write(None, capture=False) as s:
        local.put(s, local.LAST_SUCCESS, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    return SyncSummary(pushed.rows, pulled.rows + taken_back, len(pushed.conflicts) + len(pulled.conflicts),
                       len(duplicates), time.perf_counter() - started, files=moved)


def central_conflicts(url: str, *, unresolved_only: bool = True) -> list[Conflict]:
    """The central's conflict log, for the supervisor's review (oldest first)."""
    state: dict[str, bool] = {}
    with mapped_errors(url, state):
        central = Central(url, "")
        central.handshake()
        state["connected"] = True
        return [c for _id, c in central.conflicts(unresolved_only=unresolved_only)]


def last_success(store: Store) -> dt.datetime | None:
    value = store.setting(local.LAST_SUCCESS)
    return dt.datetime.fromisoformat(value) if value else None
