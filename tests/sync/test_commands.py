"""`saa-desk sync`, `central init`, `conflicts` and `duplicates` as the CLI will run them."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from saa_desk import cli
from saa_desk.cli.sync import central_init_command, sync_command
from saa_desk.services import beneficiaries
from saa_desk.sync import sync_once
from saa_desk.sync.central import CENTRAL_SCHEMA_VERSION
from tests.conftest import Desk
from tests.factories import beneficiary_data, national_id
from tests.sync.conftest import Centrals

MakeDesks = Callable[[int], list[Desk]]


def test_sync_command_prints_a_line_per_batch_and_a_summary(central_url: str, make_desks: MakeDesks) -> None:
    (a,) = make_desks(1)
    for _ in range(3):
        beneficiaries.register(a.store, a.reception, beneficiary_data())
    out = io.StringIO()
    summary = sync_command(a.store, central_url, out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("central: postgresql://")
    assert any(line.startswith("push batch 1: ") for line in lines)
    assert lines[-1].startswith(f"sync done: pushed {summary.pushed}, pulled 0, conflicts 0, duplicates 0")
    out = io.StringIO()
    sync_command(a.store, None, out)  # the stored URL
    assert out.getvalue().startswith("sync done: pushed 0")


def test_central_init_command(centrals: Centrals) -> None:
    out = io.StringIO()
    assert central_init_command(centrals.new(schema=False), out) == 0
    assert out.getvalue() == f"central schema is at version {CENTRAL_SCHEMA_VERSION}\n"


def test_the_cli_runs_a_sync_and_fails_with_one_line(central_url: str, make_desks: MakeDesks,
                                                    tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (a,) = make_desks(1)
    data_dir = str(a.store.data_dir)
    a.store.close()
    out = io.StringIO()
    assert cli.run(["--data-dir", data_dir, "--lang", "en", "sync", "--central", central_url], out=out) == 0
    assert "sync done: pushed" in out.getvalue()
    assert cli.run(["--data-dir", data_dir, "--lang", "en", "sync", "--central",
                    f"postgresql://postgres@/x?host={tmp_path}/nowhere"], out=io.StringIO()) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot be reached" in err[0]
    assert cli.run(["--lang", "en", "central", "init", central_url], out=out) == 0


def _cli(desk: Desk, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    return cli.run(["--data-dir", str(desk.store.data_dir), "--lang", "en", *args], out), out.getvalue()


def test_a_supervisor_reviews_conflicts_and_merges_duplicates_from_the_cli(
        central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data())
    for d in (a, b, a):
        sync_once(d.store, central_url)
    beneficiaries.update(b.store, b.reception, bid, {"address": "من ب"})  # loses to A's later edit
    beneficiaries.update(a.store, a.reception, bid, {"address": "من أ"})
    number = national_id()
    first = beneficiaries.register(a.store, a.reception, beneficiary_data(id_number=number))
    second = beneficiaries.register(b.store, b.reception, beneficiary_data(id_number=number))
    for d in (a, b, a, b):
        sync_once(d.store, central_url)

    code, text = _cli(b, "conflicts", "list")
    (line, summary) = text.splitlines()
    conflict_id, table, row, field, lost, kept, state = line.split("\t")
    assert (code, table, row, field, state, summary) == (0, "beneficiaries", bid, "address", "open", "1 conflict(s)")
    assert lost.startswith("lost: من ب") and kept.startswith("kept: من أ")
    assert _cli(b, "conflicts", "review", conflict_id) == (0, f"{conflict_id}\treviewed\n")
    assert _cli(b, "conflicts", "list")[1] == "0 conflict(s)\n"
    assert _cli(b, "conflicts", "list", "--all")[1].splitlines()[0].endswith(" UTC")
    code, text = _cli(b, "conflicts", "review", "999999")
    assert code != 0 and text == ""

    code, text = _cli(b, "duplicates", "list")
    assert code == 0 and text.splitlines()[0].startswith(f"national_id\t{number}\t")
    assert {first, second} <= set(text.replace(",", " ").split())
    code, text = _cli(b, "duplicates", "merge", first, second)
    assert code == 0 and text.startswith("kept ")
    assert _cli(b, "duplicates", "list")[1] == "0 duplicate group(s)\n"
