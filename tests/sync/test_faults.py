"""Idempotent and resumable (docs/architecture.md, sync invariant 3): a sync cut anywhere — its connection
killed, the central stopped, its process SIGKILLed — is finished by the next one, with nothing lost
and nothing duplicated."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest

from saa_desk.services import beneficiaries
from saa_desk.sync import SyncError, central_init, sync_once
from saa_desk.sync.server import EmbeddedCentral
from tests.conftest import Desk
from tests.factories import beneficiary_data
from tests.sync.conftest import admin_execute, driver_url
from tests.sync.helpers import central_export, export, foreign_key_problems, integrity, outbox

MakeDesks = Callable[[int], list[Desk]]
ROOT = Path(__file__).resolve().parents[2]


class Cut(Exception):
    """Stands for a crash at a chosen point of a sync."""


def register_many(d: Desk, n: int) -> list[str]:
    return [beneficiaries.register(d.store, d.reception, beneficiary_data(), household=[
        {"name": f"فرد {i}", "relation": "son"}]) for i in range(n)]


def at(point: str, occurrence: int, action: Callable[[dict[str, Any]], None]) -> Callable[[str, dict[str, Any]], None]:
    """A hook that runs `action` the `occurrence`-th time the sync reaches `point`."""
    seen = {"n": 0}

    def hook(name: str, info: dict[str, Any]) -> None:
        if name == point:
            seen["n"] += 1
            if seen["n"] == occurrence:
                action(info)

    return hook


def no_duplicates(url: str) -> None:
    """Every row went in once: one feed entry per row for these insert-only histories, and one
    conflict-log entry per conflict."""
    with psycopg.connect(driver_url(url)) as conn:
        dup = conn.execute("SELECT table_name, row_id, count(*) FROM sync_change_feed "
                           "GROUP BY 1, 2 HAVING count(*) > 1").fetchall()
    assert dup == []


def converged(url: str, *desks: Desk) -> None:
    for _ in range(2):
        for d in desks:
            sync_once(d.store, url)
    reference = central_export(url)
    for d in desks:
        assert export(d.store) == reference
        assert outbox(d.store) == 0
        assert integrity(d.store) == "ok"
        assert foreign_key_problems(d.store) == []


def test_connection_killed_mid_push(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    register_many(a, 12)
    kill = at("push.before_commit", 2,
              lambda info: admin_execute(central_url, f"SELECT pg_terminate_backend({info['pid']})"))
    with pytest.raises(SyncError) as info:
        sync_once(a.store, central_url, batch_size=10, interrupt=kill)
    assert info.value.reason == "sync_interrupted"
    assert outbox(a.store) > 0  # what did not commit is still queued
    sync_once(a.store, central_url, batch_size=10)
    no_duplicates(central_url)
    converged(central_url, a, b)


def test_connection_killed_mid_pull(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    register_many(a, 12)
    sync_once(a.store, central_url)
    kill = at("pull.fetched", 2,
              lambda info: admin_execute(central_url, f"SELECT pg_terminate_backend({info['pid']})"))
    with pytest.raises(SyncError):
        sync_once(b.store, central_url, page_size=10, interrupt=kill)
    sync_once(b.store, central_url, page_size=10)
    converged(central_url, a, b)


@pytest.mark.parametrize("point", ["push.before_commit", "push.committed", "pull.fetched", "pull.applied"])
def test_a_sync_cut_at_any_point_is_finished_by_the_next(central_url: str, make_desks: MakeDesks,
                                                         point: str) -> None:
    a, b = make_desks(2)
    register_many(a, 8)
    register_many(b, 8)
    sync_once(a.store, central_url)

    def crash(_info: dict[str, Any]) -> None:
        raise Cut(point)

    with pytest.raises(Cut):
        sync_once(b.store, central_url, batch_size=5, page_size=5, interrupt=at(point, 2, crash))
    sync_once(b.store, central_url)
    no_duplicates(central_url)
    converged(central_url, a, b)


def test_the_central_stopped_and_started_during_a_sync(tmp_path: Path, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    server = EmbeddedCentral(tmp_path / "central")
    url = server.start()
    try:
        central_init(url)
        register_many(a, 10)
        register_many(b, 10)
        sync_once(a.store, url)
        with pytest.raises(SyncError) as info:  # stopped while B pushes
            sync_once(b.store, url, batch_size=5, interrupt=at("push.committed", 1, lambda _i: server.stop()))
        assert info.value.reason in ("sync_interrupted", "central_unreachable")
        with pytest.raises(SyncError) as info:  # and while nobody can reach it
            sync_once(b.store, url)
        assert info.value.reason == "central_unreachable"
        server.start()
        with pytest.raises(SyncError):  # stopped while B pulls
            sync_once(b.store, url, page_size=5, interrupt=at("pull.fetched", 1, lambda _i: server.stop()))
        server.start()
        sync_once(b.store, url)
        no_duplicates(url)
        converged(url, a, b)
    finally:
        server.stop()


_CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from saa_desk.store.database import Store
    from saa_desk.sync import sync_once

    data_dir, url, point, occurrence = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    seen = [0]

    def hook(name, info):
        if name == point:
            seen[0] += 1
            if seen[0] == occurrence:
                os.kill(os.getpid(), signal.SIGKILL)

    sync_once(Store(Path(data_dir)), url, batch_size=5, page_size=5, interrupt=hook)
    print("finished without being killed")
""")


@pytest.mark.parametrize("point", ["push.before_commit", "push.committed", "pull.applied"])
def test_the_sync_process_sigkilled_mid_batch(central_url: str, make_desks: MakeDesks, point: str) -> None:
    a, b = make_desks(2)
    register_many(a, 8)
    register_many(b, 8)
    sync_once(a.store, central_url)
    b.store.close()  # the child process owns the desk now
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.run([sys.executable, "-c", _CHILD, str(b.store.data_dir), central_url, point, "2"],
                           env=env, capture_output=True, text=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr
    assert integrity(b.store) == "ok"
    sync_once(b.store, central_url)
    no_duplicates(central_url)
    converged(central_url, a, b)
