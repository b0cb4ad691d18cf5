"""Raw access to a desk's SQLite file for tests and benchmarks: as a script or an attacker would
touch it (no services, no change capture), but opened through the store's one door
(saa_desk.store.files.connect), so a key applied there applies here too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from saa_desk.store.files import connect


def raw_connection(path: Path | str) -> sqlite3.Connection:
    """A plain DB-API connection (pysqlite's own transactions: commit() to keep changes)."""
    return connect(Path(path))
