"""The one door to a desk's SQLite files: every engine and every raw connection opens through
`connect()`, and backups and restores copy through it too. An encryption key (SQLCipher) is then
applied in one place; nothing else in saa_desk may call `sqlite3.connect` (a test checks)."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from saa_desk.domain.errors import DeskError
from saa_desk.domain.text import normalise_for_search

if TYPE_CHECKING:
    from sqlalchemy import Engine

WRITE_OPTION = "saa_write"
# How long a statement waits for another process's write lock before "database is locked".
BUSY_TIMEOUT_S = 30.0


def _restrict(path: Path) -> None:
    """Personal data files are readable by their owner only."""
    if path.exists():
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def secure_data_dir(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(data_dir, stat.S_IRWXU)


def connect(path: Path, *, read_only: bool = False, timeout: float = BUSY_TIMEOUT_S) -> sqlite3.Connection:
    """A DB-API connection to one SQLite file of the desk (its database, a backup, a scratch copy).

    `check_same_thread` is off because the engine's pool hands a connection from the thread that
    opened it to the one that uses it (the window opens the store on a worker)."""
    path = Path(path)
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout,
                               check_same_thread=False)
    else:
        conn = sqlite3.connect(path, timeout=timeout, check_same_thread=False)
    # Search normalisation as an SQL function, for queries and scripts alike.
    conn.create_function("saa_normalise", 1, normalise_for_search, deterministic=True)
    return conn


def is_busy(error: BaseException | None) -> bool:
    """Whether a DB-API error is another connection holding a lock (after the busy timeout)."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(error, sqlite3.OperationalError) and code is not None and (
        code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED))


def create_local_engine(db_path: Path) -> Engine:
    """SQLite in WAL mode; write transactions take the lock up front (BEGIN IMMEDIATE) so two
    processes on one desk never interleave, reads stay concurrent."""
    from sqlalchemy import create_engine, event  # not at import: the log-in's probe needs this module alone

    secure_data_dir(db_path.parent)
    old_umask = os.umask(0o077)
    try:
        db_path.touch(exist_ok=True)
    finally:
        os.umask(old_umask)
    _restrict(db_path)
    # The URL still names the file: SQLAlchemy pools connections to a file database (QueuePool).
    engine = create_engine(f"sqlite:///{db_path}", creator=lambda: connect(db_path))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        # Take over transaction control from pysqlite so BEGIN is ours to emit.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()
        old = os.umask(0o077)  # the -wal and -shm files SQLite creates next are owner-only
        try:
            dbapi_conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        finally:
            os.umask(old)
        for suffix in ("-wal", "-shm"):
            _restrict(Path(str(db_path) + suffix))

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def copy_database(source: Path, target: Path) -> None:
    """A consistent page-by-page copy (SQLite's online backup API): the source stays usable."""
    src = connect(source)
    try:
        dst = connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def check_backup_file(source: Path) -> None:
    """Refuse (DeskError file_unreadable) a file that is not a sound SAA Desk database."""
    try:
        probe = connect(source, read_only=True)
        try:
            result = probe.execute("PRAGMA integrity_check").fetchone()
            has_schema = probe.execute("SELECT 1 FROM sqlite_master WHERE name='alembic_version'").fetchone()
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        raise DeskError("file_unreadable", "file", detail=str(exc)) from None
    if result != ("ok",) or not has_schema:
        raise DeskError("file_unreadable", "file", detail="not an SAA Desk backup")
