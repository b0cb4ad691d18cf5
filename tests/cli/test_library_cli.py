"""`saa-desk library …` and `saa-desk print request-form` on a real desk."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from saa_desk.cli import run
from saa_desk.services import library
from tests.cli.test_cli import PASSWORD, saa


@pytest.fixture
def desk_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SAA_ADMIN_PASSWORD", PASSWORD)
    path = tmp_path / "desk"
    assert run(["--data-dir", str(path), "init", "--branch", "mak", "--desk", "d2", "--admin", "boss"],
               io.StringIO()) == 0
    return path


def cli(path: Path, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run(["--lang", "en", "--data-dir", str(path), *args], out)
    return code, out.getvalue()


def test_list_add_withdraw_and_open(desk_dir: Path, tmp_path: Path) -> None:
    code, listed = cli(desk_dir, "library", "list")
    assert code == 0 and library.POLICY_ID in listed and library.REQUEST_FORM_ID in listed
    guide = tmp_path / "guide.md"
    guide.write_text("# دليل سياسة الدعم للمستفيدين\n", encoding="utf-8")
    code, said = cli(desk_dir, "library", "add", str(guide), "--kind", "support_policy_guide",
                     "--title-ar", "دليل سياسة الدعم", "--title-en", "Support policy guide", "--version", "1.0")
    assert code == 0, said
    doc_id = said.split()[1]
    code, listed = cli(desk_dir, "library", "list")
    assert doc_id in listed and "Support policy guide\t1.0\ttext/markdown" in listed
    code, opened = cli(desk_dir, "library", "open", doc_id)
    assert code == 0 and Path(opened.strip()).read_text(encoding="utf-8") == guide.read_text(encoding="utf-8")
    assert cli(desk_dir, "library", "withdraw", doc_id)[0] == 0
    assert doc_id not in cli(desk_dir, "library", "list")[1]
    assert doc_id in cli(desk_dir, "library", "list", "--all")[1]


def test_bad_input_is_one_clear_line(desk_dir: Path, tmp_path: Path) -> None:
    picture = tmp_path / "bylaws.pdf"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    done = saa("--lang", "en", "library", "add", str(picture), "--kind", "bylaws", "--title-ar", "اللائحة",
               "--title-en", "Bylaws", "--version", "1", data_dir=desk_dir)
    assert done.returncode == 1
    assert done.stderr.strip() == "saa-desk: File: this kind of file is not accepted; accepted: PDF, Markdown"
    done = saa("--lang", "en", "library", "open", "no-such-id", data_dir=desk_dir)
    assert done.returncode == 1 and "Library document: was not found" in done.stderr
    assert "Traceback" not in done.stderr


def test_print_the_blank_request_form(desk_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "form.pdf"
    code, said = cli(desk_dir, "print", "request-form", "-o", str(target))
    assert code == 0, said
    assert target.read_bytes().startswith(b"%PDF-")
    assert target.stat().st_mode & 0o077 == 0  # owner-only like every other print
    code, _ = cli(desk_dir, "print", "receipt", "-o", str(tmp_path / "x.pdf"))
    assert code == 1  # the other documents still need their number
