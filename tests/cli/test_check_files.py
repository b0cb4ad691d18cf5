"""saa-desk check, backup and restore speak of the desk's files: which rows' files are missing or
corrupt (a failing check), what a backup carries, what a restore took back or refused."""

from __future__ import annotations

from pathlib import Path

from saa_desk.services import maintenance
from saa_desk.store import blobs
from saa_desk.store.database import Store
from tests.cli.test_cli import call, training_dir  # noqa: F401  (the fixture)


def named_files(desk_dir: Path) -> dict[str, tuple[str, ...]]:
    store = Store(desk_dir)
    try:
        with store.read() as s:
            conn = s.connection()
            return maintenance.file_rows(lambda sql: [(r[0], r[1]) for r in conn.exec_driver_sql(sql)])
    finally:
        store.close()


def test_check_backup_and_restore_tell_of_the_files(training_dir: Path, tmp_path: Path) -> None:  # noqa: F811
    desk_dir = training_dir
    assert call(desk_dir, "demo-data", "--count", "26", "--seed", "3")[0] == 0
    named = named_files(desk_dir)
    assert len(named) >= 3  # the demo signs and scans some (a few variants, shared)
    code, out = call(desk_dir, "check")
    assert code == 0 and f"files: {len(named)} named by rows, 0 missing or corrupt" in out

    code, out = call(desk_dir, "backup", str(tmp_path / "b.sqlite3"))
    assert code == 0 and f"carrying {len(named)} file(s)" in out

    gone, rotten = list(named)[:2]
    blobs.blob_path(desk_dir, gone).unlink()
    blobs.blob_path(desk_dir, rotten).write_bytes(b"%PDF-1.4 not the same")
    code, out = call(desk_dir, "check")
    assert code == 1 and out.strip().endswith("PROBLEMS FOUND")
    assert f"files: {len(named)} named by rows, 2 missing or corrupt" in out
    assert f"{named[gone][0]}" in out and f"file {gone[:12]}… neither on this desk nor at the central" in out
    assert f"file {rotten[:12]}… on this desk but corrupt" in out
    assert "request " in named[gone][0]  # the line names the request

    code, out = call(desk_dir, "backup", str(tmp_path / "after.sqlite3"))
    assert code == 3 and f"not carried: {'; '.join(named[rotten])}: file {rotten[:12]}…" in out

    new_dir = tmp_path / "new-desk"
    code, out = call(new_dir, "restore", str(tmp_path / "b.sqlite3"))
    assert code == 0 and f"files: {len(named)} restored, 0 already here, 0 refused" in out
    code, out = call(new_dir, "check")
    assert code == 0 and "0 missing or corrupt" in out and out.strip().endswith("OK")
