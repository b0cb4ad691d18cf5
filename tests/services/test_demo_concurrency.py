"""demo-data on a training desk while another process keeps writing to the same file."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from saa_desk.services import demo
from saa_desk.store.models import Beneficiary
from tests.conftest import Desk

# Short write transactions, back to back, as a second window or an import on the same desk does.
WRITER = """
import sys, time
from tests.rawdb import raw_connection
conn = raw_connection(sys.argv[1])
conn.isolation_level = None
print("writing", flush=True)
n = 0
while True:
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO desk_settings (key, value) VALUES ('other_writer', ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(n),))
    time.sleep(0.002)
    conn.execute("COMMIT")
    n += 1
"""


def test_demo_data_with_a_concurrent_writer(training_desk: Desk) -> None:
    """It died with "database is locked" at PRAGMA optimize: ANALYZE ran as a read transaction
    upgrading to a write, which SQLite refuses at once when another writer got in between."""
    d = training_desk
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(d.store.db_path)], stdout=subprocess.PIPE,
                              text=True, cwd=Path(__file__).resolve().parents[2])
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        started = time.monotonic()
        for seed in (1, 2, 3):
            assert demo.generate(d.store, d.supervisor, 150, seed=seed) == 150
        assert writer.poll() is None, "the other writer must have been writing all along"
        assert d.store.optimise()  # it waited its turn for the write lock, and ran
    finally:
        writer.kill()
        writer.wait()
    assert time.monotonic() - started < 120
    with d.store.read() as s:
        assert s.scalar(select(func.count()).select_from(Beneficiary)) == 450
