"""The saa-desk command: exit codes, one-line errors (never a traceback), the data folder."""

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from saa_desk.cli import run
from saa_desk.domain.beneficiary import BENEFICIARY_FIELDS
from tests.factories import beneficiary_data, national_id

PASSWORD = "admin-password-1"


def saa(*args: str, data_dir: Path, env: dict | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    full_env = os.environ | {"SAA_DESK_DATA_DIR": str(data_dir), "SAA_ADMIN_PASSWORD": PASSWORD} | (env or {})
    return subprocess.run([sys.executable, "-c", "from saa_desk.launcher import main; main()", *args],
                          capture_output=True, text=True, env=full_env, input=stdin, timeout=300)


@pytest.fixture
def desk_dir(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("SAA_ADMIN_PASSWORD", PASSWORD)
    path = tmp_path / "desk"
    assert run(["--data-dir", str(path), "init", "--branch", "mak", "--desk", "d2", "--admin", "boss"],
               io.StringIO()) == 0
    return path


@pytest.fixture
def training_dir(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("SAA_ADMIN_PASSWORD", PASSWORD)
    path = tmp_path / "training"
    assert run(["--data-dir", str(path), "init", "--training", "--branch", "mak", "--desk", "t1", "--admin", "boss"],
               io.StringIO()) == 0
    return path


def call(desk_dir: Path, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run(["--data-dir", str(desk_dir), "--lang", "en", *args], out)
    return code, out.getvalue()


def test_no_command_prints_status_and_help(tmp_path: Path) -> None:
    out = io.StringIO()
    assert run(["--data-dir", str(tmp_path / "x")], out) == 0
    text = out.getvalue()
    assert "not initialised" in text and "usage: saa-desk" in text and "demo-data" in text


def test_env_var_selects_data_dir(tmp_path: Path) -> None:
    result = saa("init", "--branch", "RYD", "--desk", "D1", "--admin", "admin", data_dir=tmp_path / "env")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env" / "saa_desk.sqlite3").exists()
    status = saa("status", data_dir=tmp_path / "env")
    assert "RYD-D1" in status.stdout


def test_errors_are_one_line_in_the_chosen_language(tmp_path: Path) -> None:
    target = tmp_path / "d"
    bad = saa("--lang", "en", "init", "--branch", "R Y D", "--desk", "D1", "--admin", "admin", data_dir=target)
    assert bad.returncode == 1
    assert bad.stderr.strip().count("\n") == 0 and "Traceback" not in bad.stderr
    assert "Branch" in bad.stderr
    bad_ar = saa("--lang", "ar", "init", "--branch", "R Y D", "--desk", "D1", "--admin", "admin", data_dir=target)
    assert "الفرع" in bad_ar.stderr
    not_init = saa("--lang", "en", "search", "محمد", data_dir=tmp_path / "empty")
    assert not_init.returncode == 1 and "not initialised" in not_init.stderr
    twice = saa("--lang", "en", "init", "--branch", "RYD", "--desk", "D1", "--admin", "admin", data_dir=target)
    assert twice.returncode == 0
    again = saa("--lang", "en", "init", "--branch", "RYD", "--desk", "D1", "--admin", "admin", data_dir=target)
    assert again.returncode == 1 and "already initialised" in again.stderr


def test_unknown_command_is_a_usage_error(tmp_path: Path) -> None:
    result = saa("frobnicate", data_dir=tmp_path / "d")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_import_exit_codes(desk_dir: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    with good.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(BENEFICIARY_FIELDS)
        writer.writerow([beneficiary_data(id_number=national_id()).get(f, "") for f in BENEFICIARY_FIELDS])
    assert call(desk_dir, "import", str(good))[0] == 0
    mixed = tmp_path / "mixed.csv"
    with mixed.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(BENEFICIARY_FIELDS)
        writer.writerow([beneficiary_data(id_number=national_id()).get(f, "") for f in BENEFICIARY_FIELDS])
        writer.writerow([beneficiary_data(id_number="1111111111", mobile="7").get(f, "") for f in BENEFICIARY_FIELDS])
    code, out = call(desk_dir, "import", str(mixed))
    assert code == 3
    assert "row 3: id_number (ID number):" in out and "row 3: mobile (Mobile):" in out
    assert "imported 1, rejected 1 row(s)" in out
    missing = saa("--lang", "en", "import", str(tmp_path / "nope.csv"), data_dir=desk_dir)
    assert missing.returncode == 2 and "cannot read the file" in missing.stderr
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"\x00\x01not a workbook")
    result = saa("--lang", "en", "import", str(garbage), data_dir=desk_dir)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_demo_data_is_refused_on_a_production_desk(desk_dir: Path) -> None:
    result = saa("--lang", "en", "demo-data", "--count", "5", data_dir=desk_dir)
    assert result.returncode == 1 and "training desk" in result.stderr
    assert json.loads(call(desk_dir, "export", "--format", "json")[1])["beneficiaries"] == []


def test_demo_search_export_check_backup_restore(training_dir: Path, tmp_path: Path) -> None:
    desk_dir = training_dir
    assert call(desk_dir, "demo-data", "--count", "30", "--seed", "4")[0] == 0
    code, out = call(desk_dir, "search", "محمد")
    assert code == 0 and out.strip().endswith("found")
    code, out = call(desk_dir, "export", "--format", "json")
    data = json.loads(out)
    assert len(data["beneficiaries"]) == 30
    target = tmp_path / "e.json"
    assert call(desk_dir, "export", "-o", str(target))[0] == 0
    assert target.read_text(encoding="utf-8") == out
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    code, out = call(desk_dir, "check")
    assert code == 0 and out.strip().endswith("OK")
    assert call(desk_dir, "backup", str(tmp_path / "b.sqlite3"))[0] == 0
    assert call(desk_dir, "backup", str(tmp_path / "b.sqlite3"))[0] == 1  # never overwrites
    assert call(desk_dir, "restore", str(tmp_path / "b.sqlite3"))[0] == 0
    assert call(desk_dir, "demo-data", "--count", "0")[0] == 1


def test_user_add(desk_dir: Path, monkeypatch) -> None:
    monkeypatch.setenv("SAA_USER_PASSWORD", "reception-pass-1")
    assert call(desk_dir, "user-add", "sara", "سارة محمد", "reception")[0] == 0
    assert call(desk_dir, "user-add", "sara", "سارة محمد", "reception")[0] == 1
    assert call(desk_dir, "user-add", "x y", "اسم", "reception")[0] == 1
    assert call(desk_dir, "user-add", "omar", "عمر", "wizard")[0] == 1


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(args=st.lists(st.text(max_size=20), max_size=4))
def test_arbitrary_arguments_never_traceback(desk_dir: Path, args: list[str], capsys, monkeypatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)  # "backup ARG" may write a file named ARG
    args = [a for a in args if "\x00" not in a]
    for command in (["search"], ["import"], ["backup"], ["demo-data", "--count"], []):
        code = run(["--data-dir", str(desk_dir), *command, *args], io.StringIO())
        assert code in (0, 1, 2, 3)
        assert "Traceback" not in capsys.readouterr().err


def test_no_display_shows_status_instead_of_aborting(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["SAA_DESK_DATA_DIR"] = str(tmp_path / "d")
    result = subprocess.run([sys.executable, "-c", "from saa_desk.launcher import main; main()"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0
    assert "no display" in result.stderr and "usage: saa-desk" in result.stdout
