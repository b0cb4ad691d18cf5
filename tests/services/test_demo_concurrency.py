"""demo-data (and anything that refreshes the planner's statistics) beside another writer."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from saa_desk.services import demo
from saa_desk.store.models import Beneficiary
from tests.conftest import Desk
from tests.rawdb import raw_connection

HELD_S = 1.0


def _hold_the_write_lock(path, holding: threading.Event) -> None:
    """Another connection writes a change and keeps its transaction open for HELD_S, then commits."""
    conn = raw_connection(path)
    conn.isolation_level = None
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO desk_settings (key, value) VALUES ('other_writer', '1') "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        holding.set()
        threading.Event().wait(HELD_S)
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_demo_data_beside_another_writer(training_desk: Desk) -> None:
    """demo-data died with "database is locked" at PRAGMA optimize: ANALYZE began as a read,
    waited for the other writer, and then could not upgrade its now stale snapshot to a write,
    which SQLite refuses at once. Taking the write lock up front waits its turn instead."""
    d = training_desk
    assert demo.generate(d.store, d.supervisor, 150, seed=1) == 150  # tables the statistics must now cover
    for step in ("optimise", "generate"):
        holding = threading.Event()
        other = threading.Thread(target=_hold_the_write_lock, args=(d.store.db_path, holding))
        other.start()
        try:
            assert holding.wait(10)
            if step == "optimise":
                assert d.store.optimise()  # waited for the other writer, then ran
            else:
                assert demo.generate(d.store, d.supervisor, 150, seed=2) == 150  # it ends in an optimise too
        finally:
            other.join()
    with d.store.read() as s:
        assert s.scalar(select(func.count()).select_from(Beneficiary)) == 300
