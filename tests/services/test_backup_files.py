"""Backups carry the desk's files (signatures, scans); restores take them back checked by hash;
check names the rows whose files are missing or corrupt."""

from __future__ import annotations

import hashlib
import io
import os
import tracemalloc
from pathlib import Path

import pdfplumber
import pytest
from sqlalchemy import select

from saa_desk.services import declarations, documents, files, maintenance, printing, requests
from saa_desk.services.demo_files import scan_pdf, signature_png
from saa_desk.store import blobs
from saa_desk.store.database import Store
from saa_desk.store.models import FileUpload
from tests.conftest import Desk
from tests.rawdb import raw_connection
from tests.services.test_lifecycle import FUTURE, open_case

SIGNATURE = (320, 110)  # demo_files.signature_png's size


def signed_case(d: Desk) -> tuple[str, list[str], str]:
    """A request whose documents are scanned and whose declaration is signed on screen:
    (request id, the scans' hashes, the signature's hash)."""
    _, rid = open_case(d)
    scans = []
    for n, item in enumerate(requests.get(d.store, d.reception, rid).checklist):
        content = scan_pdf(item.document_type, f"S-{n}")
        documents.update_item(d.store, d.reception, item.id, "verified", "A-1",
                              FUTURE if item.document_type == "identity_copy" else None,
                              scan=content, scan_name=f"{item.document_type}.pdf")
        scans.append(hashlib.sha256(content).hexdigest())
    printing.print_declaration(d.store, d.reception, rid)
    decl = declarations.current(d.store, d.reception, rid)
    png = signature_png(2)
    declarations.record_signature(d.store, d.reception, decl.id, "on_screen", png)
    return rid, scans, hashlib.sha256(png).hexdigest()


def images_of(pdf: bytes) -> list[tuple[int, int]]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [tuple(int(v) for v in image["srcsize"]) for page in document.pages for image in page.images]


def carrier_rows(backup: Path) -> int:
    conn = raw_connection(backup)
    try:
        return conn.execute(f"SELECT count(*) FROM {maintenance.CARRIER}").fetchone()[0]
    finally:
        conn.close()


def test_a_backup_carries_the_files_and_a_new_desk_gets_them_back(desk_env: Desk, tmp_path: Path) -> None:
    d = desk_env
    rid, scans, signature = signed_case(d)
    made = maintenance.backup(d.store, d.supervisor, tmp_path / "b.sqlite3")
    assert (made.files, made.not_carried) == (3, [])
    assert carrier_rows(made.path) == 3  # small files: one chunk each

    fresh = Store(tmp_path / "new-desk")
    try:
        restored = maintenance.restore(fresh, d.supervisor, made)
        assert (restored.files, restored.refused, restored.not_in_backup) == (3, [], [])
        assert sorted(blobs.present(fresh.data_dir)) == sorted([*scans, signature])
        # the central may lack them (none configured here): queued for it
        assert restored.queued == 3
        with fresh.read() as s:
            assert set(s.scalars(select(FileUpload.sha256))) == {*scans, signature}
        # the restored database keeps no carrier
        conn = raw_connection(fresh.db_path)
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = ?", (maintenance.CARRIER,)).fetchone() is None
        conn.close()
        # the declaration reprints with the applicant's signature drawn in
        reprint = printing.print_declaration(fresh, d.reception, rid)
        assert SIGNATURE in images_of(reprint.pdf)
        # the scans open, and are the bytes scanned
        for item in requests.get(fresh, d.reception, rid).checklist:
            path = files.open_file(fresh, d.reception, item.scan_sha256)
            assert hashlib.sha256(path.read_bytes()).hexdigest() == item.scan_sha256
        report = maintenance.check(fresh, d.supervisor)
        assert report.ok and report.files == 3 and report.file_problems == []
    finally:
        fresh.close()


def test_a_corrupt_chunk_in_the_backup_is_refused_and_reported(desk_env: Desk, tmp_path: Path) -> None:
    d = desk_env
    rid, scans, signature = signed_case(d)
    made = maintenance.backup(d.store, d.supervisor, tmp_path / "b.sqlite3")
    conn = raw_connection(made.path)
    conn.execute(f"UPDATE {maintenance.CARRIER} SET chunk = ? WHERE sha256 = ?", (b"%PDF-1.4 tampered", scans[0]))
    conn.commit()
    conn.close()

    fresh = Store(tmp_path / "new-desk")
    try:
        restored = maintenance.restore(fresh, d.supervisor, made)
        assert restored.files == 2
        assert [p.sha256 for p in restored.refused] == [scans[0]]
        number = requests.get(fresh, d.reception, rid).number
        assert restored.refused[0].rows == (f"request {number}, document identity_copy (scan)",)
        assert "refused" in restored.refused[0].line()
        assert not blobs.has(fresh.data_dir, scans[0])  # nothing of the bad bytes kept
        assert blobs.verify(fresh.data_dir, scans[1]) and blobs.verify(fresh.data_dir, signature)
        report = maintenance.check(fresh, d.supervisor)  # the lost scan shows, and fails the check
        assert not report.ok
        assert [(p.sha256, p.state) for p in report.file_problems] == [(scans[0], "missing")]
    finally:
        fresh.close()


def test_check_names_the_rows_of_a_missing_and_a_corrupt_file(desk_env: Desk) -> None:
    d = desk_env
    rid, scans, signature = signed_case(d)
    assert maintenance.check(d.store, d.supervisor).ok
    number = requests.get(d.store, d.reception, rid).number
    blobs.blob_path(d.store.data_dir, signature).unlink()
    corrupt = blobs.blob_path(d.store.data_dir, scans[1])
    corrupt.write_bytes(b"%PDF-1.4 not what was scanned")
    report = maintenance.check(d.store, d.supervisor)
    assert not report.ok
    problems = {p.sha256: p for p in report.file_problems}
    assert problems[signature].state == "missing"
    assert problems[signature].line() == (f"request {number}, signature on its declaration: file {signature[:12]}… "
                                          "neither on this desk nor at the central")
    assert problems[scans[1]].state == "corrupt"
    assert problems[scans[1]].rows == (f"request {number}, document income_or_social_security (scan)",)
    # a backup now carries only the sound file, and says which it could not
    made = maintenance.backup(d.store, d.supervisor, d.store.data_dir.parent / "b.sqlite3")
    assert made.files == 1
    assert {(p.sha256, p.state) for p in made.not_carried} == {(signature, "not_here"), (scans[1], "corrupt")}


def test_a_restore_replaces_a_corrupt_copy_with_the_backups_sound_one(desk_env: Desk, tmp_path: Path) -> None:
    d = desk_env
    _rid, scans, _signature = signed_case(d)
    made = maintenance.backup(d.store, d.supervisor, tmp_path / "b.sqlite3")
    path = blobs.blob_path(d.store.data_dir, scans[0])
    path.write_bytes(b"%PDF-1.4 rotten")
    restored = maintenance.restore(d.store, d.supervisor, made)
    assert (restored.files, restored.already_here) == (1, 2)
    assert blobs.verify(d.store.data_dir, scans[0])
    assert [p.name for p in path.parent.iterdir() if ".corrupt-" in p.name]  # set aside, not deleted
    assert maintenance.check(d.store, d.supervisor).ok


def test_the_carrier_and_the_report_match_the_files_services_reference() -> None:
    """maintenance names the rows of every column services/files says may name a file."""
    sql = " ".join(maintenance._FILE_ROWS)
    for column in files._REFERENCES:
        assert f"{column.table.name}" in sql and f".{column.name}" in sql


def test_a_10_mb_scan_goes_through_backup_and_restore_a_chunk_at_a_time(desk_env: Desk, tmp_path: Path) -> None:
    d = desk_env
    _, rid = open_case(d)
    item = requests.get(d.store, d.reception, rid).checklist[0]
    size = blobs.DEFAULT_MAX_BYTES - 1024
    big = b"%PDF-1.4\n" + os.urandom(size - 9)
    documents.update_item(d.store, d.reception, item.id, "received", scan=big, scan_name="big.pdf")
    sha = hashlib.sha256(big).hexdigest()
    del big
    fresh = Store(tmp_path / "new-desk")
    try:
        tracemalloc.start()
        made = maintenance.backup(d.store, d.supervisor, tmp_path / "b.sqlite3")
        restored = maintenance.restore(fresh, d.supervisor, made)
        _now, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert made.size == size and restored.files == 1
        assert carrier_rows(made.path) == 10  # 1 MB chunks
        assert blobs.verify(fresh.data_dir, sha)
        assert peak < 4 * 1024 * 1024, f"peak {peak} bytes: a whole scan was held in memory"
        assert fresh.db_path.stat().st_size < 2 * 1024 * 1024  # the carrier's pages went back (VACUUM)
    finally:
        tracemalloc.stop()
        fresh.close()


@pytest.mark.parametrize("who", ["reception", "researcher"])
def test_a_restore_into_a_new_folder_needs_the_backup_permission(desk_env: Desk, tmp_path: Path, who: str) -> None:
    from saa_desk.domain.errors import PermissionDenied

    d = desk_env
    signed_case(d)
    made = maintenance.backup(d.store, d.supervisor, tmp_path / "b.sqlite3")
    fresh = Store(tmp_path / "new-desk")
    try:
        with pytest.raises(PermissionDenied):
            maintenance.restore(fresh, getattr(d, who), made)
        assert list(blobs.present(fresh.data_dir)) == []
    finally:
        fresh.close()


def test_a_file_the_central_cannot_be_asked_about_is_not_confirmed_not_failed(desk_env: Desk, tmp_path: Path) -> None:
    pytest.importorskip("saa_desk.sync.files")  # central_has: the sync layer's
    from saa_desk.sync import local

    d = desk_env
    rid, _scans, signature = signed_case(d)
    with d.store.write(None, capture=False) as s:
        local.put(s, local.CENTRAL_URL, f"postgresql://saa@/saa?host={tmp_path / 'no-server'}")
    blobs.blob_path(d.store.data_dir, signature).unlink()
    report = maintenance.check(d.store, d.supervisor)
    assert report.ok  # unknown is not wrong: a warning
    number = requests.get(d.store, d.reception, rid).number
    assert [p.line() for p in report.file_problems] == [
        f"request {number}, signature on its declaration: file {signature[:12]}… not on this desk, "
        "not confirmed at the central"]
    # and a restore still queues what it took back (the central could not say it holds them)
    made = maintenance.backup(d.store, d.supervisor, tmp_path / "b.sqlite3")
    assert maintenance.restore(d.store, d.supervisor, made).queued == 2
