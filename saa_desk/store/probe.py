"""What the log-in needs to know about a desk's file before the store is open, read with the
standard library alone.

Opening the store imports SQLAlchemy and the models (about two thirds of a second of a cold
start, more than the rest of the window together). The log-in only needs to know that the file is
there, already on this code's schema (so opening it will not migrate or refuse it) and whose desk
it is; with that it can be used at once while the store finishes opening on the write queue,
which any log-in queues behind.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from saa_desk.store.files import connect

DB_FILENAME = "saa_desk.sqlite3"
# The newest migration; opening skips Alembic entirely when the database is already there.
SCHEMA_REVISION = "0011"

SETTING_DESK_ID = "desk_id"
SETTING_BRANCH = "branch_code"
SETTING_DESK = "desk_code"
SETTING_COMMITTEE_QUORUM = "committee_quorum"  # members present a meeting needs; a new meeting copies it
SETTING_COMMITTEE_CONFLICT_BLOCKS = "committee_conflict_blocks"  # "1": a conflict of interest refuses the decision


@dataclass(frozen=True)
class DeskProbe:
    revision: str | None  # the schema the file was last migrated to; None for no file or an empty one
    desk_id: str | None
    codes: tuple[str, str] | None  # (branch, desk)

    @property
    def ready(self) -> bool:
        """An initialised desk on this code's schema: opening it will neither migrate nor refuse it."""
        return self.revision == SCHEMA_REVISION and self.desk_id is not None


NOTHING = DeskProbe(None, None, None)


def probe(data_dir: Path) -> DeskProbe:
    """Read the file's schema revision and the desk's identity, read-only; NOTHING when there is
    no file yet or it cannot be read this way (the store's own open then decides)."""
    path = Path(data_dir) / DB_FILENAME
    if not path.is_file() or path.stat().st_size == 0:
        return NOTHING
    try:
        conn = connect(path, read_only=True, timeout=1.0)
    except sqlite3.Error:
        return NOTHING
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        settings = dict(conn.execute(
            "SELECT key, value FROM desk_settings WHERE key IN (?, ?, ?)",
            (SETTING_DESK_ID, SETTING_BRANCH, SETTING_DESK)).fetchall())
    except sqlite3.Error:  # no such table, a locked or damaged file: the store's open will say
        return NOTHING
    finally:
        conn.close()
    branch, desk = settings.get(SETTING_BRANCH), settings.get(SETTING_DESK)
    return DeskProbe(revision[0] if revision else None, settings.get(SETTING_DESK_ID),
                     (branch, desk) if branch is not None and desk is not None else None)
