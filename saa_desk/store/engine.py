"""The one place that creates database engines (so the store can later switch to SQLCipher)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from saa_desk.domain.text import normalise_for_search

WRITE_OPTION = "saa_write"


def _restrict(path: Path) -> None:
    """Personal data files are readable by their owner only."""
    if path.exists():
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def secure_data_dir(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(data_dir, stat.S_IRWXU)


def create_local_engine(db_path: Path) -> Engine:
    """SQLite in WAL mode; write transactions take the lock up front (BEGIN IMMEDIATE) so two
    processes on one desk never interleave, reads stay concurrent."""
    secure_data_dir(db_path.parent)
    old_umask = os.umask(0o077)
    try:
        db_path.touch(exist_ok=True)
    finally:
        os.umask(old_umask)
    _restrict(db_path)
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        # Take over transaction control from pysqlite so BEGIN is ours to emit.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()
        dbapi_conn.create_function("saa_normalise", 1, normalise_for_search, deterministic=True)
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
