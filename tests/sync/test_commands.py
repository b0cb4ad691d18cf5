"""`saa-desk sync` and `saa-desk central init` as the CLI will run them."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from saa_desk import cli
from saa_desk.services import beneficiaries
from saa_desk.sync.central import CENTRAL_SCHEMA_VERSION
from saa_desk.sync.commands import central_init_command, sync_command
from tests.conftest import Desk
from tests.factories import beneficiary_data
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
