"""Print records: every print recorded, re-prints marked as copies, printouts verified later."""

import io

import pytest
from sqlalchemy import select

from saa_desk.cli import run
from saa_desk.domain.errors import DeskError, WorkflowError
from saa_desk.printing import read_document_metadata
from saa_desk.services import beneficiaries, declarations, printing, submission
from saa_desk.store.models import PrintRecord
from tests.conftest import Desk
from tests.services.meeting_helpers import decide
from tests.services.test_lifecycle import open_case, verify_all


def test_prints_are_recorded_and_reprints_are_copies(desk_env: Desk) -> None:
    d = desk_env
    _, rid = open_case(d)
    verify_all(d, rid)
    first = printing.print_declaration(d.store, d.reception, rid)
    second = printing.print_declaration(d.store, d.reception, rid)
    assert (first.copy_number, second.copy_number) == (0, 1)
    assert read_document_metadata(first.pdf)["snapshot_hash"] == declarations.current(d.store, d.reception, rid).sha256
    assert b"\xd9\x86\xd8\xb3\xd8\xae\xd8\xa9" not in first.pdf  # sanity: text is drawn as glyphs, not raw UTF-8
    with d.store.read() as s:
        records = s.scalars(select(PrintRecord).order_by(PrintRecord.copy_number)).all()
    assert [(r.document_kind, r.copy_number, r.created_by) for r in records] == [
        ("declaration", 0, d.reception.user_id), ("declaration", 1, d.reception.user_id)]
    assert records[0].declaration_id == records[1].declaration_id


def test_changed_data_prints_a_new_original(desk_env: Desk) -> None:
    d = desk_env
    bid, rid = open_case(d)
    verify_all(d, rid)
    old = printing.print_declaration(d.store, d.reception, rid)
    beneficiaries.update(d.store, d.reception, bid, {"address": "حي الششة، شارع 5"})
    new = printing.print_declaration(d.store, d.reception, rid)
    assert new.copy_number == 0
    assert read_document_metadata(new.pdf)["snapshot_hash"] != read_document_metadata(old.pdf)["snapshot_hash"]


def test_verify_declaration_current_then_stale(desk_env: Desk, tmp_path) -> None:
    d = desk_env
    bid, rid = open_case(d)
    verify_all(d, rid)
    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(printing.print_declaration(d.store, d.reception, rid).pdf)
    decl = declarations.current(d.store, d.reception, rid)
    declarations.record_signature(d.store, d.reception, decl.id)
    result = printing.verify_declaration(d.store, d.reception, str(pdf))
    assert (result.found, result.current, result.signed, result.newest) == (True, True, True, True)
    assert printing.verify_declaration(d.store, d.reception, f"SAA-DECL:1:X:{decl.sha256}").current
    beneficiaries.update(d.store, d.reception, bid, {"mobile": "0561234567"})
    stale = printing.verify_declaration(d.store, d.reception, decl.sha256)
    assert stale.found and not stale.current
    assert not printing.verify_declaration(d.store, d.reception, "0" * 64).found
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4 nothing here")
    with pytest.raises(DeskError):
        printing.verify_declaration(d.store, d.reception, str(junk))


def test_on_screen_signature_is_drawn_into_reprints(desk_env: Desk) -> None:
    import struct
    import zlib

    def png(width: int, height: int) -> bytes:
        raw = b"".join(b"\x00" + b"\x00\x00\x00" * width for _ in range(height))
        def chunk(tag: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

    d = desk_env
    _, rid = open_case(d)
    verify_all(d, rid)
    unsigned = printing.print_declaration(d.store, d.reception, rid)
    decl = declarations.current(d.store, d.reception, rid)
    declarations.record_signature(d.store, d.reception, decl.id, "on_screen", png(120, 40))
    signed = printing.print_declaration(d.store, d.reception, rid)
    assert b"/Subtype /Image" not in unsigned.pdf and b"/Subtype /Image" in signed.pdf


def test_receipt_and_decision_letter(desk_env: Desk) -> None:
    d = desk_env
    _, rid = open_case(d)
    verify_all(d, rid)
    with pytest.raises(WorkflowError):
        printing.print_receipt(d.store, d.reception, rid)
    declarations.record_signature(d.store, d.reception, declarations.take(d.store, d.reception, rid).id)
    result = submission.submit(d.store, d.reception, rid)
    receipt = printing.print_receipt(d.store, d.reception, rid)
    assert read_document_metadata(receipt.pdf)["request_number"] == result.number
    with pytest.raises(DeskError):
        printing.print_decision(d.store, d.reception, rid)
    decide(d, rid, "reject", "4", reason_code="income_above_limit", reason="الدخل يتجاوز الحد المقرر")
    letter = printing.print_decision(d.store, d.reception, rid)
    assert read_document_metadata(letter.pdf)["request_number"] == result.number
    assert printing.print_decision(d.store, d.reception, rid).copy_number == 1


def test_cli_print_and_verify(desk_env: Desk, tmp_path) -> None:
    d = desk_env
    _, rid = open_case(d)
    verify_all(d, rid)
    number = declarations.take(d.store, d.reception, rid).snapshot["request"]["number"]
    d.store.close()
    target = tmp_path / "decl.pdf"
    base = ["--data-dir", str(d.store.data_dir), "--lang", "en"]
    out = io.StringIO()
    assert run([*base, "print", "declaration", number, "-o", str(target)], out) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    out = io.StringIO()
    assert run([*base, "verify-declaration", str(target)], out) == 0
    assert "CURRENT" in out.getvalue() and "signed: no" in out.getvalue()
    assert run([*base, "print", "receipt", number, "-o", str(tmp_path / "r.pdf")], io.StringIO()) == 1
    assert run([*base, "print", "declaration", "NOPE-1", "-o", str(tmp_path / "x.pdf")], io.StringIO()) == 1
    assert run([*base, "verify-declaration", "f" * 64], io.StringIO()) == 1


def test_cli_print_whose_file_cannot_be_written_is_not_recorded(desk_env: Desk, tmp_path) -> None:
    d = desk_env
    _, rid = open_case(d)
    verify_all(d, rid)
    number = declarations.take(d.store, d.reception, rid).snapshot["request"]["number"]
    d.store.close()
    base = ["--data-dir", str(d.store.data_dir)]
    missing_folder = tmp_path / "no-such-folder" / "d.pdf"
    assert run([*base, "print", "declaration", number, "-o", str(missing_folder)], io.StringIO()) != 0
    with d.store.read() as s:
        assert s.scalars(select(PrintRecord)).all() == []  # nothing left the desk
    assert run([*base, "print", "declaration", number, "-o", str(tmp_path / "d.pdf")], io.StringIO()) == 0
    with d.store.read() as s:
        assert [r.copy_number for r in s.scalars(select(PrintRecord))] == [0]  # the original, not a copy
