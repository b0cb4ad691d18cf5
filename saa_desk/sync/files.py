"""Files between a desk and the central: signatures, scans and library documents, by SHA-256.

Up: every file in the desk's outbox (`file_uploads`, filled in the transaction that wrote the row
naming it) goes up before the rows are pushed, so a row never reaches another desk before its
bytes. Each chunk is its own call and commits on its own (central_files.py); a cut transfer
resumes after the chunks the central already holds, compared by their hashes.

Down: signatures and library documents come with the rows that name them (at the end of a sync);
scans when first opened, or with the sync when the desk's `files_fetch_scans` setting is `eager`.
Every chunk is checked against the hash the central computed when it arrived there: a corrupt one
is refused and fetched again; the whole file is checked against its name before it is kept. A
fetch cut halfway resumes after the whole chunks already on disk (store.blobs.receive_resumable).

Nothing here holds a whole file in memory: a chunk (1 MiB) at a time, in both directions.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import delete, select

from saa_desk.domain.enums import MediaType
from saa_desk.domain.errors import DeskError
from saa_desk.privatefiles import private_dir
from saa_desk.store import blobs
from saa_desk.store.database import Store
from saa_desk.store.models import ChecklistItem, DeclarationSignature, FileUpload, LibraryDocument
from saa_desk.sync import local
from saa_desk.sync.central_ops import Central, refusals
from saa_desk.sync.connection import desk_connect_url, mapped_errors, normalise_url
from saa_desk.sync.errors import SyncError
from saa_desk.sync.locking import desk_sync_lock, path_lock

EAGER_SCANS_SETTING = blobs.FETCH_SCANS_SETTING  # "eager": scans come with the sync, not when first opened
WAITING_SETTING = "files_waiting"  # files rows here name that the central did not have yet
FLUSH_EVERY = 64  # files sent between two synchronous commits (see upload_pending)
STREAM_CHUNKS = 4  # chunks a streamed fetch has in flight (a few MB at most)
CHUNK_ATTEMPTS = 3
FETCH_LOCK_WAIT_S = 120.0  # a corrupt chunk is fetched again this many times before the fetch gives up
_ANY_TYPE = (*blobs.SCAN_TYPES, MediaType.MARKDOWN)


@dataclass
class FileTransfers:
    """What a sync round moved: files sent, files fetched, files rows name that are not at the
    central yet, and files the central refused (by hash, with the reason)."""

    up: int = 0
    down: int = 0
    waiting: int = 0
    refused: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CentralFile:
    sha256: str
    size: int
    chunk_size: int
    chunks: int
    complete: bool


@contextmanager
def _autocommit(central: Central) -> Iterator[psycopg.Connection[Any]]:
    """One connection for a run of transfers, on which every call commits on its own: a chunk
    that arrived stays."""
    with central.engine.connect() as base:
        conn = base.execution_options(isolation_level="AUTOCOMMIT")
        yield conn.connection.driver_connection  # type: ignore[misc]


# -- up --------------------------------------------------------------------------------------


def upload_one(store: Store, central: Central, sha256: str) -> bool:
    """Send one file the desk holds; True once the central holds it complete. The central's
    refusal (a type, size or hash it does not accept) is a SyncError push_refused."""
    with _autocommit(central) as raw:
        return _upload(store, central, raw, sha256)


def _upload(store: Store, central: Central, raw: psycopg.Connection[Any], sha256: str) -> bool:
    media = blobs.media_type_of(store.data_dir, sha256, _ANY_TYPE)
    if media is None:
        raise SyncError("push_refused", f"file {sha256[:12]}: not a PDF, JPEG, PNG or Markdown file")
    size = blobs.size_of(store.data_dir, sha256)
    chunk = blobs.CHUNK_BYTES
    for _attempt in range(2):  # a second time only after the central found the hash wrong
        with refusals():
            if size <= chunk:  # most files (signatures, a page of scan): one call, one commit
                piece = next(blobs.read_chunks(store.data_dir, sha256, chunk))
                row = raw.execute("SELECT saa_file_put(%s, %s, %s, %s, %s, %s)",
                                  (central.desk_id, sha256, size, media.value, chunk, piece)).fetchone()
                central.hook("file.chunk_sent", {"sha256": sha256, "index": 0})
            else:
                row = _upload_chunks(store, central, raw, sha256, size, media, chunk)
        if row and row[0] == "complete":
            return True
    if row and row[0] == "incomplete":  # another desk began it again with other figures meanwhile
        raise SyncError("push_refused", f"file {sha256[:12]}: begun again elsewhere; it is sent at the next sync")
    raise SyncError("push_refused", f"file {sha256[:12]}: the central found its bytes do not match its hash")


def _upload_chunks(store: Store, central: Central, raw: psycopg.Connection[Any], sha256: str, size: int,
                   media: MediaType, chunk: int) -> tuple[Any, ...] | None:
    """A file of several chunks, each committed on its own, after those an earlier, cut transfer
    left at the central (compared by their hashes)."""
    done = raw.execute("SELECT saa_file_begin(%s, %s, %s, %s, %s)",
                       (central.desk_id, sha256, size, media.value, chunk)).fetchone()
    if done and done[0]:
        return ("complete",)
    held = dict(raw.execute("SELECT idx, chunk_sha256 FROM file_chunks WHERE sha256 = %s", (sha256,)).fetchall())
    for index, piece in enumerate(blobs.read_chunks(store.data_dir, sha256, chunk)):
        if index in held and held[index] == hashlib.sha256(piece).hexdigest():
            continue
        raw.execute("SELECT saa_file_chunk(%s, %s, %s, %s)", (central.desk_id, sha256, index, piece))
        central.hook("file.chunk_sent", {"sha256": sha256, "index": index})
    return raw.execute("SELECT saa_file_finish(%s, %s)", (central.desk_id, sha256)).fetchone()


def upload_pending(store: Store, central: Central, transfers: FileTransfers) -> None:
    """Send every file in the outbox, oldest first; files leave the outbox once the central holds
    them durably.

    Each file commits without waiting for the central's disk (synchronous_commit off: a file a
    commit), and every FLUSH_EVERY files one synchronous commit makes all of them durable at once
    (PostgreSQL flushes its log up to that commit, the earlier ones included); only then do they
    leave the outbox. A central that crashes in between loses files the desk still has queued."""
    with store.read() as s:
        queued = list(s.scalars(select(FileUpload.sha256).order_by(FileUpload.queued_at, FileUpload.sha256)))
    if not queued:
        return
    with _autocommit(central) as raw:
        raw.execute("SET synchronous_commit = off")
        sent: list[str] = []
        try:
            for sha256 in queued:
                if _send_queued(store, central, raw, sha256, transfers):
                    sent.append(sha256)
                if len(sent) >= FLUSH_EVERY:
                    _settle(store, central, raw, sent, transfers)
            _settle(store, central, raw, sent, transfers)
        finally:
            raw.execute("RESET synchronous_commit")  # the connection goes back to the pool


def _send_queued(store: Store, central: Central, raw: psycopg.Connection[Any], sha256: str,
                 transfers: FileTransfers) -> bool:
    if not blobs.has(store.data_dir, sha256):
        transfers.refused[sha256] = "not on this desk"  # `check` lists it; it stays queued
        return False
    try:
        return _upload(store, central, raw, sha256)
    except SyncError as exc:
        if exc.reason != "push_refused":
            raise  # the central went away: the next sync goes on from here
        transfers.refused[sha256] = exc.detail or exc.reason
        return False


def _settle(store: Store, central: Central, raw: psycopg.Connection[Any], sent: list[str],
            transfers: FileTransfers) -> None:
    """Make the files sent so far durable at the central, then take them out of the outbox."""
    if not sent:
        return
    raw.execute("SET synchronous_commit = on")
    raw.execute("SELECT saa_file_finish(%s, %s)", (central.desk_id, sent[-1]))  # locks a row: a commit that waits
    raw.execute("SET synchronous_commit = off")
    with store.write(None, capture=False) as s:
        s.execute(delete(FileUpload).where(FileUpload.sha256.in_(sent)))
    transfers.up += len(sent)
    sent.clear()


# -- down ------------------------------------------------------------------------------------


def fetch(store: Store, central: Central, sha256: str) -> Path:
    """Bring one file from the central; DeskError file_not_fetched when the central does not hold
    it complete yet, SyncError file_chunk_corrupt when a chunk stays corrupt CHUNK_ATTEMPTS times."""
    if blobs.has(store.data_dir, sha256):
        return blobs.blob_path(store.data_dir, sha256)
    with _autocommit(central) as raw:
        return _fetch(store, central, raw, sha256)


def _fetch(store: Store, central: Central, raw: psycopg.Connection[Any], sha256: str) -> Path:
    # The file's figures and its first chunk in one round trip (most files have one chunk), in
    # binary: bytea as text would be twice the bytes, in hex to decode.
    row = raw.execute("SELECT o.size, o.chunk_size, o.chunks, o.complete, c.chunk_sha256, c.data "
                      "FROM file_objects o LEFT JOIN file_chunks c ON c.sha256 = o.sha256 AND c.idx = 0 "
                      "WHERE o.sha256 = %s", (sha256,), binary=True).fetchone()
    if row is None or not row[3]:
        raise DeskError("file_not_fetched", "file")
    found = CentralFile(sha256, int(row[0]), int(row[1]), int(row[2]), True)
    first: list[tuple[Any, ...]] = [(row[4], row[5])]

    def chunk(index: int) -> bytes:
        expected = min(found.chunk_size, found.size - index * found.chunk_size)
        for _attempt in range(CHUNK_ATTEMPTS):
            got = first.pop() if index == 0 and first else raw.execute(
                "SELECT chunk_sha256, data FROM file_chunks WHERE sha256 = %s AND idx = %s", (sha256, index),
                binary=True).fetchone()
            if got is None or got[1] is None:
                break
            info: dict[str, Any] = {"sha256": sha256, "index": index, "data": bytes(got[1])}
            central.hook("file.chunk_fetched", info)  # tests corrupt or cut a transfer here
            data: bytes = info["data"]
            # One chunk is the whole file, whose hash receive_resumable checks: not hashed twice.
            if len(data) == expected and (found.chunks == 1 or hashlib.sha256(data).hexdigest() == got[0]):
                return data
        raise SyncError("file_chunk_corrupt", f"{sha256[:12]} chunk {index + 1} of {found.chunks}")

    for _attempt in range(CHUNK_ATTEMPTS if found.chunks == 1 else 1):
        try:
            with _one_fetch(store, sha256):
                if blobs.has(store.data_dir, sha256):  # another fetch brought it meanwhile
                    return blobs.blob_path(store.data_dir, sha256)
                return blobs.receive_resumable(store.data_dir, sha256, chunks=found.chunks,
                                               chunk_bytes=found.chunk_size, fetch_chunk=chunk)
        except blobs.FileHashMismatch:
            continue  # refused and nothing kept; a file of one chunk is fetched again whole
    raise SyncError("file_chunk_corrupt", f"{sha256[:12]}: its bytes do not match its name")


# The synced rows that name a file the desk fetches with the sync, by table.
_NAMING = {"declaration_signatures": (DeclarationSignature.id, DeclarationSignature.signature_png_sha256),
           "library_documents": (LibraryDocument.id, LibraryDocument.file_sha256),
           "checklist_items": (ChecklistItem.id, ChecklistItem.scan_sha256)}


def wanted(store: Store, among: Mapping[str, Collection[str]] | None = None, *, scans: bool | None = None
           ) -> list[str]:
    """Files rows of this desk name that it does not hold and should fetch with the sync:
    signatures and library documents, and scans when the desk fetches them eagerly (or `scans`).
    `among` (table -> ids, the rows a pull wrote) looks only at those rows, not at every row."""
    tables = ["declaration_signatures", "library_documents"]
    if scans if scans is not None else store.setting(EAGER_SCANS_SETTING) == "eager":
        tables.append("checklist_items")
    named: set[str] = set()
    with store.read() as s:
        for table in tables:
            row_id, column = _NAMING[table]
            query = select(column).where(column.is_not(None)).distinct()
            if among is not None:
                ids = list(among.get(table, ()))
                if not ids:
                    continue
                query = query.where(row_id.in_(ids))
            named.update(v for v in s.scalars(query) if v is not None and blobs.valid_sha256(v))
    if among is not None:  # a few rows: ask for each file rather than list the whole folder
        return sorted(sha for sha in named if not blobs.has(store.data_dir, sha))
    return sorted(named - set(blobs.present(store.data_dir)))


def fetch_wanted(store: Store, central: Central, transfers: FileTransfers,
                 among: Mapping[str, Collection[str]] | None = None) -> None:
    """Fetch what `wanted` names; remember how many were not at the central yet (the next sync
    then looks at every row again, for them)."""
    missing = wanted(store, among)
    if missing:
        fetch_many(store, central, missing, transfers)
    if store.setting(WAITING_SETTING) != str(transfers.waiting):  # no write (nor refresh) when unchanged
        with store.write(None, capture=False) as s:
            local.put(s, WAITING_SETTING, str(transfers.waiting))


def fetch_many(store: Store, central: Central, shas: list[str], transfers: FileTransfers) -> None:
    """Fetch many files in one streamed read, chunk by chunk in order, a few chunks in flight (a
    server-side cursor): no round trip per file. A file whose stream breaks (a corrupt chunk) and
    one a cut fetch left partly here are then fetched one by one, with their retries."""
    fresh = [sha for sha in shas if not blobs.partial_path(store.data_dir, sha).exists()]
    one_by_one = [sha for sha in shas if sha not in set(fresh)]
    arrived: set[str] = set()
    if fresh:
        with central.engine.connect() as base:  # a transaction: what a server-side cursor needs
            raw: psycopg.Connection[Any] = base.connection.driver_connection  # type: ignore[assignment]
            with raw.cursor(name="saa_files", binary=True) as cur:
                cur.itersize = STREAM_CHUNKS
                cur.execute("SELECT c.sha256, c.idx, c.chunk_sha256, c.data, o.size, o.chunk_size, o.chunks "
                            "FROM file_objects o JOIN file_chunks c ON c.sha256 = o.sha256 "
                            "WHERE o.complete AND o.sha256 = ANY(%s) ORDER BY c.sha256, c.idx", (fresh,))
                for sha256, rows in itertools.groupby(cur, key=lambda r: str(r[0])):
                    arrived.add(sha256)
                    if _receive_stream(store, central, sha256, rows):
                        transfers.down += 1
                    else:
                        one_by_one.append(sha256)
    transfers.waiting += len([sha for sha in fresh if sha not in arrived])  # not at the central yet
    if one_by_one:
        with _autocommit(central) as single:
            for sha256 in one_by_one:
                _fetch_one_of_many(store, central, single, sha256, transfers)


@contextmanager
def _one_fetch(store: Store, sha256: str) -> Iterator[None]:
    """One fetch of a file at a time (a scan opened while the sync fetches it): both would
    append to the same partial file. 256 locks, by the hash's first byte, not one per file."""
    folder = private_dir(blobs.partial_path(store.data_dir, sha256).parent)
    with path_lock(folder / f"fetch-{sha256[:2]}.lock", FETCH_LOCK_WAIT_S):
        yield


class _StreamBroken(Exception):
    """A chunk of a streamed file missing, out of order or corrupt: fetched again on its own."""


def _receive_stream(store: Store, central: Central, sha256: str, rows: Iterator[tuple[Any, ...]]) -> bool:
    first = next(rows)
    size, chunk_size, chunks = int(first[4]), int(first[5]), int(first[6])
    upcoming = itertools.chain([first], rows)

    def chunk(index: int) -> bytes:
        row = next(upcoming, None)
        if row is None or row[1] != index:
            raise _StreamBroken
        info: dict[str, Any] = {"sha256": sha256, "index": index, "data": bytes(row[3])}
        central.hook("file.chunk_fetched", info)
        data: bytes = info["data"]
        if len(data) != min(chunk_size, size - index * chunk_size) or (
                chunks > 1 and hashlib.sha256(data).hexdigest() != row[2]):
            raise _StreamBroken
        return data

    try:
        with _one_fetch(store, sha256):
            if not blobs.has(store.data_dir, sha256):
                blobs.receive_resumable(store.data_dir, sha256, chunks=chunks, chunk_bytes=chunk_size,
                                        fetch_chunk=chunk)
    except (_StreamBroken, blobs.FileHashMismatch):
        return False  # what arrived whole stays in the partial file; the rest comes one by one
    return True


def _fetch_one_of_many(store: Store, central: Central, raw: psycopg.Connection[Any], sha256: str,
                       transfers: FileTransfers) -> None:
    try:
        _fetch(store, central, raw, sha256)
    except SyncError as exc:
        if exc.reason != "file_chunk_corrupt":
            raise  # the central went away: the next sync goes on from here
        transfers.refused[sha256] = exc.detail
        return
    except DeskError:
        transfers.waiting += 1
        return
    transfers.down += 1


def files_were_waiting(store: Store) -> bool:
    value = store.setting(WAITING_SETTING)
    return value is not None and value != "0"


# -- on demand (a scan opened, `check`) ------------------------------------------------------


@contextmanager
def _connected(store: Store) -> Iterator[Central]:
    desk_id, url = store.desk_id, store.setting(local.CENTRAL_URL)
    if desk_id is None:
        raise DeskError("not_initialised")
    if not url:
        raise SyncError("central_not_configured")
    normalise_url(url)
    url = desk_connect_url(store, url)
    state: dict[str, bool] = {}
    with mapped_errors(url, state):
        central = Central(url, desk_id)
        central.handshake()
        state["connected"] = True
        yield central


def fetch_now(store: Store, sha256: str) -> Path:
    """Fetch one file a person asked to open. Offline, DeskError file_not_fetched says so in words."""
    try:
        with _connected(store) as central:
            return fetch(store, central, sha256)
    except SyncError as exc:
        if exc.reason == "file_chunk_corrupt":
            raise
        raise DeskError("file_not_fetched", "file") from exc


def fetch_everything(store: Store) -> FileTransfers:
    """Fetch every file this desk's rows name and it does not hold, scans included (before a
    day without a connection)."""
    moved = FileTransfers()
    with desk_sync_lock(store.data_dir), _connected(store) as central:
        fetch_many(store, central, wanted(store, scans=True), moved)
    return moved


def central_has(store: Store, shas: Collection[str]) -> set[str]:
    """Which of these files the central holds complete (SyncError when it cannot be asked)."""
    wanted_shas = sorted({s for s in shas if blobs.valid_sha256(s)})
    if not wanted_shas:
        return set()
    with _connected(store) as central, central.engine.connect() as conn:
        rows = conn.connection.driver_connection.execute(  # type: ignore[union-attr]
            "SELECT sha256 FROM file_objects WHERE complete AND sha256 = ANY(%s)", (wanted_shas,)).fetchall()
    return {str(r[0]) for r in rows}
