"""check and restore ask the central about the files this desk lacks (sync.files.central_has)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from saa_desk.cli import run
from saa_desk.services import maintenance
from saa_desk.store import blobs
from saa_desk.store.models import FileUpload
from saa_desk.sync import sync_once
from tests.conftest import Desk
from tests.sync.test_files import scan_pdf, signed_case
from tests.sync.test_trust import desk_url

MakeDesks = Callable[[int], list[Desk]]


def test_a_file_at_the_central_only_is_no_problem_and_is_not_queued_again(
        central_url: str, make_desks: MakeDesks, tmp_path: Path) -> None:
    a, b = make_desks(2)
    desk_url(central_url, a), desk_url(central_url, b)
    _rid, scan_sha, signature_sha = signed_case(a, scan_pdf(20_000, seed=41))
    sync_once(a.store)
    sync_once(b.store)
    assert not blobs.has(b.store.data_dir, scan_sha)  # scans come down when opened
    report = maintenance.check(b.store, b.supervisor)
    assert report.ok and report.files == 2 and report.files_at_central_only == 1 and report.file_problems == []

    # a backup carries what the desk holds; a restore asks the central and queues nothing it holds
    made = maintenance.backup(b.store, b.supervisor, tmp_path / "b.sqlite3")
    assert made.files == 1 and [(p.sha256, p.state) for p in made.not_carried] == [(scan_sha, "not_here")]
    blobs.blob_path(b.store.data_dir, signature_sha).unlink()
    restored = maintenance.restore(b.store, b.supervisor, made)
    assert (restored.files, restored.queued, restored.refused) == (1, 0, [])
    with b.store.read() as s:
        assert list(s.scalars(select(FileUpload.sha256))) == []

    out = io.StringIO()
    b.store.close()
    assert run(["--data-dir", str(b.store.data_dir), "--lang", "en", "check"], out) == 0
    assert "files: 2 named by rows, 0 missing or corrupt" in out.getvalue()
    assert "1 not fetched to this desk yet (at the central)" in out.getvalue()


def test_a_file_neither_here_nor_at_the_central_fails_the_check(central_url: str, make_desks: MakeDesks) -> None:
    (a,) = make_desks(1)
    desk_url(central_url, a)
    _rid, scan_sha, _signature_sha = signed_case(a, scan_pdf(20_000, seed=42))
    blobs.blob_path(a.store.data_dir, scan_sha).unlink()  # lost before it was ever sent
    report = maintenance.check(a.store, a.supervisor)
    assert not report.ok
    assert [(p.sha256, p.state) for p in report.file_problems] == [(scan_sha, "missing")]
