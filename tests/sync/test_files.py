"""Files that travel: the bytes of signatures and scans go up with the next sync and come down at
the other desks, in chunks, verified by hash, resumable, through the desk roles' functions only."""

from __future__ import annotations

import hashlib
import io
import os
import tracemalloc
from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from saa_desk.cli import run
from saa_desk.domain.errors import DeskError
from saa_desk.services import declarations, documents, files, printing, requests
from saa_desk.store import blobs
from saa_desk.store.database import Store
from saa_desk.sync import SyncError, sync_once
from saa_desk.sync import files as transfer
from saa_desk.sync.central_ops import Central
from saa_desk.sync.connection import desk_connect_url
from saa_desk.sync.local import CENTRAL_URL
from tests.conftest import Desk
from tests.factories import signature_png
from tests.services.test_lifecycle import open_case, verify_all
from tests.sync.conftest import driver_url
from tests.sync.test_trust import as_role, desk_url

MakeDesks = Callable[[int], list[Desk]]
MIB = 1 << 20


def scan_pdf(size: int, seed: int = 1) -> bytes:
    """A "scan" of exactly `size` bytes that no other test's scan equals."""
    head = f"%PDF-1.4\n% scan {seed}\n".encode()
    body = hashlib.sha256(str(seed).encode()).digest() * (size // 32 + 1)
    return (head + body)[:size]


def signed_case(d: Desk, scan: bytes) -> tuple[str, str, str]:
    """A request whose first document has a scan and whose declaration was signed on screen:
    (request id, scan hash, signature hash)."""
    _, rid = open_case(d)
    verify_all(d, rid)
    item = requests.get(d.store, d.reception, rid).checklist[0]
    documents.update_item(d.store, d.reception, item.id, "verified", "A-1", item.expiry_date, scan=scan,
                          scan_name="هوية.pdf")
    decl = declarations.take(d.store, d.reception, rid)
    png = signature_png()
    declarations.record_signature(d.store, d.reception, decl.id, "on_screen", png)
    scan_sha = requests.get(d.store, d.reception, rid).checklist[0].scan_sha256
    assert scan_sha is not None
    return rid, scan_sha, hashlib.sha256(png).hexdigest()


def central_of(store: Store, hook: Callable[[str, dict[str, Any]], None] | None = None) -> Central:
    url = store.setting(CENTRAL_URL)
    assert url is not None and store.desk_id is not None
    central = Central(desk_connect_url(store, url), store.desk_id, hook)
    central.handshake()
    return central


def central_row(url: str, sql: str, *args: object) -> tuple[Any, ...] | None:
    with psycopg.connect(driver_url(url)) as conn:
        return conn.execute(sql, args).fetchone()  # type: ignore[arg-type]


def test_a_signature_and_a_scan_made_at_one_desk_print_and_open_at_another(
        central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    desk_url(central_url, a), desk_url(central_url, b)
    scan = scan_pdf(200_000)
    rid, scan_sha, signature_sha = signed_case(a, scan)

    sent = sync_once(a.store)
    assert (sent.files.up, sent.files.refused) == (2, {})
    got = sync_once(b.store)
    # The signature comes with its row; the scan waits until someone opens it.
    assert got.files.down == 1 and got.files.waiting == 0
    assert blobs.verify(b.store.data_dir, signature_sha)
    assert not blobs.has(b.store.data_dir, scan_sha)
    assert files.open_file(b.store, b.reception, scan_sha).read_bytes() == scan

    reprint = printing.print_declaration(b.store, b.reception, rid)
    assert b"/Subtype /Image" in reprint.pdf
    assert sync_once(a.store).files == transfer.FileTransfers()  # nothing is sent twice


def test_print_declaration_at_the_other_desk_from_the_command_line(
        central_url: str, make_desks: MakeDesks, tmp_path: Any) -> None:
    a, b = make_desks(2)
    desk_url(central_url, a), desk_url(central_url, b)
    rid, _scan, signature_sha = signed_case(a, scan_pdf(10_000, seed=2))
    sync_once(a.store)
    sync_once(b.store)
    blobs.blob_path(b.store.data_dir, signature_sha).unlink()  # as if it had not come down yet
    number = requests.get(b.store, b.reception, rid).number
    b.store.close()
    out = tmp_path / "declaration.pdf"
    assert run(["--data-dir", str(b.store.data_dir), "print", "declaration", number, "-o", str(out)],
               io.StringIO()) == 0
    assert b"/Subtype /Image" in out.read_bytes()
    assert blobs.verify(b.store.data_dir, signature_sha)  # fetched for the print


def test_a_scan_not_fetched_yet_says_so_in_words_offline(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    desk_url(central_url, a), desk_url(central_url, b)
    _rid, scan_sha, _sig = signed_case(a, scan_pdf(5_000, seed=3))
    sync_once(a.store)
    sync_once(b.store)
    with b.store.write(None, capture=False) as s:  # the central is out of reach now
        from saa_desk.sync import local

        local.put(s, CENTRAL_URL, "postgresql://desk@127.0.0.1:9/central")
    with pytest.raises(DeskError) as refused:
        files.open_file(b.store, b.reception, scan_sha)
    assert refused.value.code == "file_not_fetched"
    assert "لم يُنزَّل هذا الملف" in refused.value.message("ar")
    assert "not been fetched" in refused.value.message("en")


def test_a_corrupt_chunk_is_refused_and_fetched_again(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    desk_url(central_url, a), desk_url(central_url, b)
    scan = scan_pdf(3 * MIB - 123, seed=4)
    _rid, scan_sha, _sig = signed_case(a, scan)
    sync_once(a.store)
    sync_once(b.store)
    seen: list[int] = []

    def corrupt_once(point: str, info: dict[str, Any]) -> None:
        if point == "file.chunk_fetched":
            seen.append(info["index"])
            if info["index"] == 1 and seen.count(1) == 1:
                info["data"] = b"\x00" + info["data"][1:]

    transfer.fetch(b.store, central_of(b.store, corrupt_once), scan_sha)
    assert seen == [0, 1, 1, 2]
    assert blobs.blob_path(b.store.data_dir, scan_sha).read_bytes() == scan


def test_a_chunk_corrupt_at_the_central_is_never_kept(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    desk_url(central_url, a), desk_url(central_url, b)
    _rid, scan_sha, _sig = signed_case(a, scan_pdf(2 * MIB + 5, seed=5))
    sync_once(a.store)
    sync_once(b.store)
    with psycopg.connect(driver_url(central_url), autocommit=True) as conn:  # the disk under the central rots
        conn.execute("UPDATE file_chunks SET data = overlay(data PLACING '\\x00'::bytea FROM 10) "
                     "WHERE sha256 = %s AND idx = 2", (scan_sha,))
    with pytest.raises(SyncError) as refused:
        files.open_file(b.store, b.reception, scan_sha)
    assert refused.value.reason == "file_chunk_corrupt"
    assert not blobs.has(b.store.data_dir, scan_sha)


def test_an_upload_cut_halfway_resumes_with_the_chunks_not_sent(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    desk_url(central_url, a), desk_url(central_url, b)
    scan = scan_pdf(3 * MIB, seed=6)
    _rid, scan_sha, _sig = signed_case(a, scan)
    sent: list[int] = []

    class Cut(Exception):
        pass

    def cut_after_two(point: str, info: dict[str, Any]) -> None:
        if point == "file.chunk_sent" and info["sha256"] == scan_sha:
            sent.append(info["index"])
            if len(sent) == 2:
                raise Cut

    with pytest.raises(Cut):
        sync_once(a.store, interrupt=cut_after_two)
    held = central_row(central_url, "SELECT complete, (SELECT count(*) FROM file_chunks WHERE sha256 = %s) "
                                    "FROM file_objects WHERE sha256 = %s", scan_sha, scan_sha)
    assert held == (False, 2)
    sent.clear()
    assert sync_once(a.store, interrupt=cut_after_two).files.up == 2  # the scan and the signature queued after it
    assert sent == [2]  # of the scan, only the chunk that had not arrived
    sync_once(b.store)
    assert files.open_file(b.store, b.reception, scan_sha).read_bytes() == scan


def test_a_fetch_cut_halfway_resumes_after_the_chunks_it_has(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    desk_url(central_url, a), desk_url(central_url, b)
    scan = scan_pdf(3 * MIB + 7, seed=7)
    _rid, scan_sha, _sig = signed_case(a, scan)
    sync_once(a.store)
    sync_once(b.store)
    fetched: list[int] = []
    cuts: list[int] = []

    class Cut(Exception):
        pass

    def cut_at_two(point: str, info: dict[str, Any]) -> None:
        if point == "file.chunk_fetched":
            fetched.append(info["index"])
            if info["index"] == 2 and not cuts:
                cuts.append(2)
                raise Cut

    with pytest.raises(Cut):
        transfer.fetch(b.store, central_of(b.store, cut_at_two), scan_sha)
    assert not blobs.has(b.store.data_dir, scan_sha)
    assert blobs.partial_path(b.store.data_dir, scan_sha).stat().st_size == 2 * MIB
    fetched.clear()
    transfer.fetch(b.store, central_of(b.store, cut_at_two), scan_sha)
    assert fetched == [2, 3]  # chunks 0 and 1 were not fetched again
    assert blobs.blob_path(b.store.data_dir, scan_sha).read_bytes() == scan
    assert not blobs.partial_path(b.store.data_dir, scan_sha).exists()


def test_a_file_whose_bytes_do_not_match_its_name_is_refused_and_rows_still_sync(
        central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    desk_url(central_url, a), desk_url(central_url, b)
    _rid, scan_sha, _sig = signed_case(a, scan_pdf(20_000, seed=8))
    forged = blobs.blob_path(a.store.data_dir, scan_sha)  # the bytes changed under their name
    os.chmod(forged, 0o600)
    forged.write_bytes(scan_pdf(20_000, seed=9))
    summary = sync_once(a.store)
    assert list(summary.files.refused) == [scan_sha]
    assert "do not match" in summary.files.refused[scan_sha]
    assert summary.pushed > 0  # the rows went up all the same
    assert central_row(central_url, "SELECT count(*) FROM file_objects WHERE sha256 = %s", scan_sha) == (0,)
    sync_once(b.store)
    with pytest.raises(DeskError) as waiting:
        files.open_file(b.store, b.reception, scan_sha)
    assert waiting.value.code == "file_not_fetched"


def test_a_desk_role_writes_files_only_through_the_checks(central_url: str, make_desks: MakeDesks) -> None:
    (a,) = make_desks(1)
    url = desk_url(central_url, a)
    desk = a.store.desk_id
    pdf = scan_pdf(100, seed=10)
    sha = hashlib.sha256(pdf).hexdigest()
    begin = f"SELECT saa_file_begin('{desk}', '{sha}', %s, %s, 1048576)"
    refused = {
        "too large": as_role(url, begin % (blobs.DEFAULT_MAX_BYTES + 1, "'application/pdf'")),
        "empty": as_role(url, begin % (0, "'application/pdf'")),
        "unknown type": as_role(url, begin % (100, "'application/zip'")),
        "bad hash": as_role(url, f"SELECT saa_file_begin('{desk}', 'abc', 100, 'application/pdf', 1048576)"),
        "another desk": as_role(url, f"SELECT saa_file_begin('x-y', '{sha}', 100, 'application/pdf', 1048576)"),
        "chunk of nothing begun": as_role(url, f"SELECT saa_file_chunk('{desk}', '{sha}', 0, '\\x00'::bytea)"),
        "insert": as_role(url, f"INSERT INTO file_objects (sha256, size, media_type, chunk_size, chunks, desk_id) "
                               f"VALUES ('{sha}', 1, 'image/png', 1048576, 1, '{desk}')"),
        "delete": as_role(url, "DELETE FROM file_chunks"),
    }
    states = {what: error.sqlstate for what, error in refused.items()}
    assert states == {"too large": "SA001", "empty": "SA001", "unknown type": "SA001", "bad hash": "SA001",
                      "another desk": "SA004", "chunk of nothing begun": "SA001", "insert": "42501",
                      "delete": "42501"}
    with psycopg.connect(driver_url(url), autocommit=True) as conn:
        conn.execute(begin % (100, "'image/png'"))
        with pytest.raises(psycopg.Error, match="announced type"):  # PDF bytes announced as PNG
            conn.execute("SELECT saa_file_chunk(%s, %s, 0, %s)", (desk, sha, pdf))
        with pytest.raises(psycopg.Error, match="wrong length"):
            conn.execute("SELECT saa_file_chunk(%s, %s, 0, %s)", (desk, sha, pdf[:50]))
        conn.execute(begin % (100, "'application/pdf'"))  # begun again with the true figures
        other = scan_pdf(100, seed=11)  # the right length and type, not the bytes of this hash
        conn.execute("SELECT saa_file_chunk(%s, %s, 0, %s)", (desk, sha, other))
        assert conn.execute("SELECT saa_file_finish(%s, %s)", (desk, sha)).fetchone() == ("hash_mismatch",)
        assert conn.execute("SELECT count(*) FROM file_objects WHERE sha256 = %s", (sha,)).fetchone() == (0,)
        conn.execute(begin % (100, "'application/pdf'"))
        conn.execute("SELECT saa_file_chunk(%s, %s, 0, %s)", (desk, sha, pdf))
        assert conn.execute("SELECT saa_file_finish(%s, %s)", (desk, sha)).fetchone() == ("complete",)
        conn.execute("SELECT saa_file_chunk(%s, %s, 0, %s)", (desk, sha, other))  # complete: never changed
        stored = conn.execute("SELECT data FROM file_chunks WHERE sha256 = %s", (sha,)).fetchone()
    assert stored is not None and bytes(stored[0]) == pdf


def test_a_ten_megabyte_scan_moves_a_chunk_at_a_time(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    desk_url(central_url, a), desk_url(central_url, b)
    _rid, scan_sha, _sig = signed_case(a, scan_pdf(blobs.DEFAULT_MAX_BYTES, seed=12))
    tracemalloc.start()
    try:
        assert transfer.upload_one(a.store, central_of(a.store), scan_sha)
        _now, up_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        sync_once(a.store)
        sync_once(b.store)
        tracemalloc.reset_peak()
        transfer.fetch(b.store, central_of(b.store), scan_sha)
        _now, down_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert blobs.verify(b.store.data_dir, scan_sha)
    # A 10 MB file whole in memory would be 10 MB; a chunk and its copies are a few MB at most.
    assert up_peak < 4 * MIB, up_peak
    assert down_peak < 4 * MIB, down_peak


def test_a_sync_fetching_eagerly_refetches_a_corrupt_chunk_of_its_stream(
        central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    desk_url(central_url, a), desk_url(central_url, b)
    with b.store.write(None, capture=False) as s:
        from saa_desk.sync import local

        local.put(s, transfer.EAGER_SCANS_SETTING, "eager")
    scan = scan_pdf(2 * MIB + 99, seed=13)
    _rid, scan_sha, signature_sha = signed_case(a, scan)
    sync_once(a.store)
    seen: list[tuple[str, int]] = []

    def corrupt_once(point: str, info: dict[str, Any]) -> None:
        if point == "file.chunk_fetched":
            seen.append((info["sha256"], info["index"]))
            if info["sha256"] == scan_sha and info["index"] == 1 and seen.count((scan_sha, 1)) == 1:
                info["data"] = info["data"][::-1]

    got = sync_once(b.store, interrupt=corrupt_once)
    assert (got.files.down, got.files.waiting, got.files.refused) == (2, 0, {})
    assert blobs.blob_path(b.store.data_dir, scan_sha).read_bytes() == scan
    assert blobs.verify(b.store.data_dir, signature_sha)
    # Streamed: 0 then the corrupt 1; then on its own from the chunk after those it kept.
    assert [i for sha, i in seen if sha == scan_sha] == [0, 1, 1, 2]


def test_files_from_the_command_line_settings_status_and_fetch_before_going_offline(
        central_url: str, make_desks: MakeDesks, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = make_desks(2)
    desk_url(central_url, a), desk_url(central_url, b)
    scan = scan_pdf(300_000, seed=14)
    _rid, scan_sha, _sig = signed_case(a, scan)
    sync_once(a.store)
    sync_once(b.store)

    def cli(desk: Desk, *args: str) -> tuple[int, str]:
        out = io.StringIO()
        code = run(["--lang", "en", "--data-dir", str(desk.store.data_dir), "sync", "files", *args], out)
        return code, out.getvalue()

    code, text = cli(b, "status")
    assert code == 0
    assert "files on this desk: 1; waiting to go up: 0; named here, not fetched yet: 1" in text
    assert "scans fetched: on-open" in text
    code, _text = cli(b, "settings", "--max-mb", "0")
    assert code != 0
    assert "Largest file (MB): must be between 1 and 100" in capsys.readouterr().err
    assert files.file_settings(b.store, b.admin).max_bytes == blobs.DEFAULT_MAX_BYTES  # nothing written
    code, text = cli(b, "settings", "--max-mb", "1", "--fetch-scans", "eager")
    assert code == 0 and "largest file added here: 1 MB; scans fetched: eager" in text
    with pytest.raises(DeskError) as refused:
        item = requests.get(b.store, b.reception, _rid).checklist[1]
        documents.update_item(b.store, b.reception, item.id, "verified", "B-2", item.expiry_date,
                              scan=scan_pdf(2 * MIB, seed=15), scan_name="big.pdf")
    assert refused.value.code == "file_too_large" and refused.value.field == "file"
    code, text = cli(b, "fetch")
    assert (code, text.strip()) == (0, "fetched 1 file(s)")
    assert blobs.blob_path(b.store.data_dir, scan_sha).read_bytes() == scan
