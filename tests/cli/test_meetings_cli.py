"""`saa-desk committee minutes` and `saa-desk print decisions`, through the entry point."""

from __future__ import annotations

import io
from pathlib import Path

from saa_desk.cli import run
from saa_desk.services import committee
from tests.conftest import Desk
from tests.printing.helpers import page_count
from tests.printing.test_meeting_prints import held_meeting


def test_minutes_and_decision_letters_to_owner_only_files(desk_env: Desk, tmp_path: Path) -> None:
    d = desk_env
    mid, _ = held_meeting(d, "21")
    base = ["--data-dir", str(d.store.data_dir), "--lang", "en"]
    open_minutes = tmp_path / "open.pdf"
    assert run([*base, "committee", "minutes", "21", "-o", str(open_minutes)], io.StringIO()) == 1
    assert not open_minutes.exists()
    committee.close_meeting(d.store, d.committee, mid)
    d.store.close()
    minutes, letters = tmp_path / "minutes.pdf", tmp_path / "letters.pdf"
    out = io.StringIO()
    assert run([*base, "committee", "minutes", "21", "-o", str(minutes)], out) == 0
    assert "minutes of meeting 21" in out.getvalue()
    assert minutes.read_bytes().startswith(b"%PDF") and oct(minutes.stat().st_mode & 0o777) == "0o600"
    out = io.StringIO()
    assert run([*base, "print", "decisions", "21", "-o", str(letters)], out) == 0
    assert "3 decision letters of meeting 21 (3 pages)" in out.getvalue()
    assert page_count(letters.read_bytes()) == 3 and oct(letters.stat().st_mode & 0o777) == "0o600"
    assert run([*base, "print", "decisions", "404", "-o", str(tmp_path / "x.pdf")], io.StringIO()) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_committee_settings_shown_and_changed_with_bad_quorum_refused(desk_env: Desk, capsys) -> None:
    d = desk_env
    base = ["--data-dir", str(d.store.data_dir), "--lang", "en"]
    d.store.close()
    out = io.StringIO()
    assert run([*base, "committee", "settings"], out) == 0
    assert "quorum: 3" in out.getvalue() and "blocks the decision: no" in out.getvalue()
    out = io.StringIO()
    assert run([*base, "committee", "settings", "--quorum", "2", "--conflicts-block", "yes"], out) == 0
    assert "quorum: 2" in out.getvalue() and "blocks the decision: yes" in out.getvalue()
    out = io.StringIO()
    assert run([*base, "committee", "settings", "--quorum", "many"], out) == 1
    assert "Quorum: must be a whole number" in capsys.readouterr().err
    out = io.StringIO()
    assert run([*base, "committee", "settings"], out) == 0
    assert "quorum: 2" in out.getvalue()  # the refused change wrote nothing
