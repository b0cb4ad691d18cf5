"""`saa-desk committee queue` through the real entry point (a subprocess) on a real desk."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from saa_desk.domain.enums import QueueState
from saa_desk.services import queue
from tests.cli.test_cli import saa
from tests.conftest import make_desk
from tests.queue_data import queue_desk


@pytest.fixture(scope="module")
def queued_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[queue.QueueRow]]:
    path = tmp_path_factory.mktemp("cli") / "desk"
    d = make_desk(path, training=True)
    queue_desk(d, 20, 60)
    rows = list(queue.page(d.store, d.committee, limit=1000).rows)
    d.store.close()
    return path, rows


def test_json_lists_the_queue_longest_waiting_first(queued_dir: tuple[Path, list[queue.QueueRow]]) -> None:
    path, rows = queued_dir
    done = saa("committee", "queue", "--format", "json", data_dir=path)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert [g["number"] for g in got] == [r.number for r in rows]
    first = got[0]
    for name in ("number", "status", "submitted_at", "expected_answer_date", "days_waited", "days_left", "state"):
        assert name in first
    assert first["days_waited"] == rows[0].days_waited and first["state"] == rows[0].state.value
    assert {g["state"] for g in got} == {s.value for s in QueueState}


@pytest.mark.parametrize("state", [s.value for s in QueueState])
def test_state_filter_as_csv(queued_dir: tuple[Path, list[queue.QueueRow]], state: str) -> None:
    path, rows = queued_dir
    done = saa("committee", "queue", "--state", state, "--format", "csv", data_dir=path)
    assert done.returncode == 0, done.stderr
    got = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [g["number"] for g in got] == [r.number for r in rows if r.state.value == state]
    assert all(g["state"] == state for g in got)


def test_table_in_arabic_and_bad_choices(queued_dir: tuple[Path, list[queue.QueueRow]]) -> None:
    path, rows = queued_dir
    done = saa("--lang", "ar", "committee", "queue", "--state", "overdue", data_dir=path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    overdue = [r for r in rows if r.state is QueueState.OVERDUE]
    assert lines[-1] == f"{len(overdue)} queued" and "متأخر" in lines[0] and lines[0].startswith(overdue[0].number)
    assert saa("committee", "queue", "--state", "late", data_dir=path).returncode == 2
    assert saa("committee", data_dir=path).returncode == 2  # an action is required


def test_an_uninitialised_desk_says_so(tmp_path: Path) -> None:
    done = saa("--lang", "en", "committee", "queue", data_dir=tmp_path / "none")
    assert done.returncode == 1 and "Traceback" not in done.stderr and done.stderr.startswith("saa-desk: ")
