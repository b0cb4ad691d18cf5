"""Integrity checks, backups and restores of the desk's local database and of its files.

A backup is one SQLite file: the database copied page by page, then, in a table of its own
(`CARRIER`), every file the copied rows name (signatures, scans, library documents), a chunk a
row, written and read a chunk at a time so a 10 MB scan is never whole in memory. A restore takes
each file back through blobs.receive (kept only if its bytes hash to its name), then copies the
database and drops the carrier (VACUUM gives its pages back)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from saa_desk.domain.errors import DeskError
from saa_desk.domain.permissions import Permission
from saa_desk.services.context import Actor
from saa_desk.store import audit, blobs, search
from saa_desk.store.capture import utcnow
from saa_desk.store.database import Store
from saa_desk.store.files import check_backup_file, connect, copy_database
from saa_desk.sync.local import CENTRAL_URL

CARRIER = "saa_backup_files"  # only in backup files: (sha256, seq, chunk)

# Every file a row names, with that row in words (for check's and backup's lines). All rows,
# deleted ones too: a file is never hard-deleted, and an undeleted row needs its file back.
_FILE_ROWS = (
    "SELECT c.scan_sha256, 'request ' || coalesce(r.number, '?') || ', document ' || c.document_type "
    "|| ' (scan)' FROM checklist_items c LEFT JOIN requests r ON r.id = c.request_id "
    "WHERE c.scan_sha256 IS NOT NULL",
    "SELECT g.signature_png_sha256, 'request ' || coalesce(r.number, '?') || ', signature on its declaration' "
    "FROM declaration_signatures g LEFT JOIN declarations d ON d.id = g.declaration_id "
    "LEFT JOIN requests r ON r.id = d.request_id WHERE g.signature_png_sha256 IS NOT NULL",
    "SELECT l.file_sha256, 'library document ' || l.title_en || ' (version ' || l.version || ')' "
    "FROM library_documents l WHERE l.file_sha256 IS NOT NULL",
)


_STATE_WORDS = {
    "missing": "neither on this desk nor at the central",
    "corrupt": "on this desk but corrupt (its bytes do not match its hash)",
    "not_confirmed": "not on this desk, not confirmed at the central",
    "refused": "refused: the backup's bytes do not match its hash",
    "not_in_backup": "not in the backup",
    "not_here": "not on this desk, not carried (the central keeps it)",
}


@dataclass(frozen=True)
class FileProblem:
    """A file some rows name that is not as it should be: `state` is missing (neither on this
    desk nor at the central), corrupt (on this desk, its bytes no longer hash to its name),
    not_confirmed (not on this desk and the central could not be asked) or, in a restore,
    refused (the backup's bytes did not hash to the name) or not_in_backup."""

    sha256: str
    rows: tuple[str, ...]
    state: str

    def line(self) -> str:
        return f"{'; '.join(self.rows)}: file {self.sha256[:12]}… {_STATE_WORDS.get(self.state, self.state)}"


def file_rows(run: Callable[[str], Iterable[tuple[str, str]]]) -> dict[str, tuple[str, ...]]:
    """Every file the database's rows name -> those rows in words. `run` executes one SELECT."""
    found: dict[str, list[str]] = {}
    for sql in _FILE_ROWS:
        for sha, where in run(sql):
            found.setdefault(sha, []).append(where)
    return {sha: tuple(sorted(set(rows))) for sha, rows in sorted(found.items())}


# (child table, column, parent table): rows whose parent does not exist are orphans.
_REFERENCES = (
    ("household_members", "beneficiary_id", "beneficiaries"),
    ("requests", "beneficiary_id", "beneficiaries"),
    ("checklist_items", "request_id", "requests"),
    ("declarations", "request_id", "requests"),
    ("declaration_signatures", "declaration_id", "declarations"),
    ("print_records", "request_id", "requests"),
    ("status_transitions", "request_id", "requests"),
    ("referrals", "request_id", "requests"),
    ("decisions", "request_id", "requests"),
    ("decisions", "meeting_id", "committee_meetings"),
    ("interactions", "beneficiary_id", "beneficiaries"),
    ("satisfaction_surveys", "beneficiary_id", "beneficiaries"),
)


@dataclass
class CheckReport:
    integrity: str = "ok"
    audit_problems: list[str] = field(default_factory=list)
    orphans: dict[str, int] = field(default_factory=dict)
    requests_without_history: int = 0
    quarantined: int = 0  # pulled rows set aside by sync: a warning, the database itself is sound
    # The chain compared with the central's copy (sync.anchor.Anchor.line()); its failures are
    # also in audit_problems.
    anchor: str = ""
    files: int = 0  # files the rows name
    files_at_central_only: int = 0  # not fetched to this desk yet; the central holds them
    # Missing or corrupt files fail the check; not_confirmed ones (the central could not be
    # asked) are a warning.
    file_problems: list[FileProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (self.integrity == "ok" and not self.audit_problems and not self.orphans
                and not self.requests_without_history
                and not any(p.state != "not_confirmed" for p in self.file_problems))


def check(store: Store, actor: Actor, *, central: bool = True) -> CheckReport:
    """`central`: compare the audit chain with the central's copy when one is configured.
    It reads the whole audit trail, hence the permission."""
    actor.require(Permission.AUDIT_READ)
    report = CheckReport()
    with store.read() as s:
        conn = s.connection()
        rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
        report.integrity = "ok" if rows == ["ok"] else "; ".join(rows[:5])
        problems = audit.verify_chain(s)
        if store.desk_id is not None:
            problems += audit.head_problems(s, store.desk_id)
        report.audit_problems = [f"{p.desk}#{p.seq}: {p.problem}" for p in problems]
        for child, column, parent in _REFERENCES:
            count = conn.execute(text(
                f"SELECT count(*) FROM {child} c WHERE c.{column} IS NOT NULL AND NOT EXISTS "
                f"(SELECT 1 FROM {parent} p WHERE p.id = c.{column})")).scalar() or 0
            if count:
                report.orphans[f"{child}.{column}"] = int(count)
        report.requests_without_history = int(conn.execute(text(
            "SELECT count(*) FROM requests r WHERE NOT EXISTS "
            "(SELECT 1 FROM status_transitions t WHERE t.request_id = r.id)")).scalar() or 0)
        named = file_rows(lambda sql: [(r[0], r[1]) for r in conn.exec_driver_sql(sql)])
    report.quarantined = _quarantined(store)
    _check_files(store, named, report, central=central)
    if central:
        _compare_with_central(store, report)
    return report


def _check_files(store: Store, rows: dict[str, tuple[str, ...]], report: CheckReport, *, central: bool) -> None:
    """Each file the rows name is here and sound, or else at the central. Reads every file whole
    (a chunk at a time) to hash it."""
    report.files = len(rows)
    absent: list[str] = []
    for sha, where in rows.items():
        if not blobs.has(store.data_dir, sha):
            absent.append(sha)
        elif not blobs.verify(store.data_dir, sha):
            report.file_problems.append(FileProblem(sha, where, "corrupt"))
    if not absent:
        return
    if central:
        held, state = _at_central(store, absent)
    else:  # not asked: unknown, unless there is no central to hold them
        held, state = set(), "missing" if store.setting(CENTRAL_URL) is None else "not_confirmed"
    report.files_at_central_only = len(held)
    report.file_problems.extend(FileProblem(sha, rows[sha], state) for sha in absent if sha not in held)


def _at_central(store: Store, shas: list[str]) -> tuple[set[str], str]:
    """Which of these the central holds, and what the others are: missing, or not_confirmed when
    there is no asking it (unreachable)."""
    if store.setting(CENTRAL_URL) is None:
        return set(), "missing"
    from saa_desk.sync.errors import SyncError
    from saa_desk.sync.files import central_has  # the sync layer (and psycopg) only when it is needed

    try:
        held: set[str] = set(central_has(store, shas))
    except SyncError:
        return set(), "not_confirmed"
    return held, "missing"


def _quarantined(store: Store) -> int:
    from saa_desk.services.quarantine import open_count

    return open_count(store)


def _compare_with_central(store: Store, report: CheckReport) -> None:
    from saa_desk.sync import anchor  # the sync layer (and psycopg) only when it is needed

    found = anchor.compare(store)
    report.anchor = found.line()
    if not found.ok:
        report.audit_problems.append(f"{store.desk_id}#{found.first_difference}: central: {found.line()}")


@dataclass
class BackupReport:
    """The backup written and the files it carries; usable as its path (os.PathLike)."""

    path: Path
    files: int = 0  # carried
    size: int = 0  # bytes carried
    not_carried: list[FileProblem] = field(default_factory=list)  # not_here or corrupt on this desk

    def __fspath__(self) -> str:
        return str(self.path)


@dataclass
class RestoreReport:
    files: int = 0  # taken back from the backup, each checked against its hash
    already_here: int = 0  # the desk held them already, sound
    queued: int = 0  # queued for the central, which may lack them
    refused: list[FileProblem] = field(default_factory=list)  # bytes that did not match: not kept
    not_in_backup: list[FileProblem] = field(default_factory=list)  # rows naming a file the backup lacks


def backup(store: Store, actor: Actor, target: Path) -> BackupReport:
    """An online, consistent copy (SQLite backup API) while the desk keeps working, carrying the
    files its rows name (those this desk holds, sound)."""
    actor.require(Permission.BACKUP)
    target = Path(target)
    if target.exists():
        raise DeskError("generic", "file", detail=f"{target} already exists")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    copy_database(store.db_path, target)
    report = BackupReport(target)
    with _sqlite(target) as conn:
        conn.execute(f"CREATE TABLE {CARRIER} (sha256 TEXT NOT NULL, seq INTEGER NOT NULL, chunk BLOB NOT NULL, "
                     "PRIMARY KEY (sha256, seq))")
        # The copy's own rows: the files of exactly the data the backup holds.
        for sha, where in file_rows(lambda sql: conn.execute(sql)).items():
            carried = _carry(conn, store.data_dir, sha) if blobs.has(store.data_dir, sha) else None
            if carried is None:
                state = "not_here" if not blobs.has(store.data_dir, sha) else "corrupt"
                report.not_carried.append(FileProblem(sha, where, state))
            else:
                report.files += 1
                report.size += carried
    return report


@contextlib.contextmanager
def _sqlite(path: Path) -> Iterator[sqlite3.Connection]:
    conn = connect(path)
    conn.isolation_level = None  # autocommit; transactions below are explicit
    try:
        yield conn
    finally:
        conn.close()


def _carry(conn: sqlite3.Connection, data_dir: Path, sha: str) -> int | None:
    """Copy one file into the carrier a chunk at a time; its size, or None (nothing kept) when its
    bytes on this desk no longer hash to its name."""
    digest = hashlib.sha256()
    size = 0
    conn.execute("BEGIN")
    try:
        for seq, chunk in enumerate(blobs.read_chunks(data_dir, sha)):
            digest.update(chunk)
            size += len(chunk)
            conn.execute(f"INSERT INTO {CARRIER} (sha256, seq, chunk) VALUES (?, ?, ?)", (sha, seq, chunk))
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    if digest.hexdigest() != sha:
        conn.execute("ROLLBACK")
        return None
    conn.execute("COMMIT")
    return size


def restore(store: Store, actor: Actor, source: Path) -> RestoreReport:
    """Replace the desk's database with a backup (checked first), take back the files it carries
    (each checked against its hash: a mismatch is refused and reported, never kept), then rebuild
    the search index. The restored database keeps no carrier."""
    actor.require(Permission.BACKUP)
    source = Path(source)
    if not source.is_file():
        raise DeskError("file_unreadable", "file", detail="no such file")
    check_backup_file(source)
    report = RestoreReport()
    taken = _take_files(store.data_dir, source, report)
    store.engine.dispose()
    copy_database(source, store.db_path)
    with _sqlite(store.db_path) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {CARRIER}")
        conn.execute("VACUUM")  # the carrier's pages go back to the file system
    store.engine.dispose()
    store.reset_identity()
    store.migrate()  # an older backup is brought up to this version's schema
    with store.engine.begin() as conn:
        search.rebuild(conn)
    from saa_desk.sync import rejoin

    # The central may hold numbers and clocks this backup never saw: the next sync re-joins.
    rejoin.mark_restored(store, source.name, actor.user_id)
    _requeue(store, actor, taken, report)
    return report


def _take_files(data_dir: Path, source: Path, report: RestoreReport) -> list[str]:
    """Every file the backup's rows name, from its carrier into the desk's files; the hashes now here."""
    here: list[str] = []
    probe = connect(source, read_only=True)
    try:
        rows = file_rows(lambda sql: _older_schema_tolerant(probe, sql))
        has_carrier = probe.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                                    (CARRIER,)).fetchone() is not None
        carried = {r[0] for r in probe.execute(f"SELECT DISTINCT sha256 FROM {CARRIER}")} if has_carrier else set()
        for sha, where in rows.items():
            if blobs.verify(data_dir, sha):
                report.already_here += 1
                here.append(sha)
            elif sha not in carried:
                report.not_in_backup.append(FileProblem(sha, where, "not_in_backup"))
            elif _receive(probe, data_dir, sha):
                report.files += 1
                here.append(sha)
            else:
                report.refused.append(FileProblem(sha, where, "refused"))
    finally:
        probe.close()
    return here


def _older_schema_tolerant(conn: sqlite3.Connection, sql: str) -> list[tuple[str, str]]:
    """A backup from before a table existed (library documents came with 0011) names no file in it."""
    try:
        return [(r[0], r[1]) for r in conn.execute(sql)]
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return []
        raise


def _receive(conn: sqlite3.Connection, data_dir: Path, sha: str) -> bool:
    """One file from the carrier (a chunk at a time), kept only if it hashes to its name."""
    if blobs.has(data_dir, sha):
        _set_aside(data_dir, sha)  # corrupt here: the backup's sound copy takes its place
    chunks = (row[0] for row in conn.execute(f"SELECT chunk FROM {CARRIER} WHERE sha256 = ? ORDER BY seq", (sha,)))
    try:
        blobs.receive(data_dir, sha, chunks)
    except blobs.FileHashMismatch:
        return False
    return True


def _set_aside(data_dir: Path, sha: str) -> None:
    """A corrupt copy is renamed, not deleted (someone may want to look at it); the files' listing
    (blobs.present) skips names that are not hashes."""
    path = blobs.blob_path(data_dir, sha)
    path.rename(path.with_name(f"{sha}.corrupt-{utcnow():%Y%m%dT%H%M%S}"))


def _requeue(store: Store, actor: Actor, shas: list[str], report: RestoreReport) -> None:
    """Queue for the central the restored files it may lack: all of them, unless it can be asked
    and says it holds them (the backup may be older than what the central lost, or the desk new)."""
    if not shas or store.desk_id is None:
        return
    held, _state = _at_central(store, shas)
    missing = [sha for sha in shas if sha not in held]
    if not missing:
        return
    from saa_desk.services.files import queue_upload

    with store.write(actor.user_id, capture=False) as s:
        for sha in missing:
            queue_upload(s, sha, utcnow())
    report.queued = len(missing)
