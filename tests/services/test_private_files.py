"""Personal data on disk is the owner's alone: scans in 0700 folders, every file written 0600 — also
when `export -o` or `print -o` overwrites a file that was readable by others."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from saa_desk.cli import run
from saa_desk.services import declarations
from saa_desk.store import blobs
from tests.conftest import Desk
from tests.services.test_lifecycle import open_case, verify_all


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most desktops run with: new files 0644, new folders 0755, unless made private."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def readable_by_all(path: Path) -> Path:
    path.write_bytes(b"old contents")
    os.chmod(path, 0o644)
    return path


def test_scans_are_kept_in_owner_only_folders(desk_env: Desk) -> None:
    data_dir = desk_env.store.data_dir
    sha = blobs.put(data_dir, b"%PDF-1.4 a scanned ID", accepted=blobs.SCAN_TYPES).sha256
    blob = blobs.blob_path(data_dir, sha)
    assert mode(blob) == 0o600
    assert mode(blob.parent) == 0o700
    assert mode(data_dir / "files") == 0o700
    assert not [p for p in blob.parent.iterdir() if p != blob]  # no temporary file left behind
    assert not [p for p in (data_dir / "files").iterdir() if p.is_file()]  # nor an incoming one


def test_scans_folder_left_open_by_an_older_version_is_closed(desk_env: Desk) -> None:
    folder = desk_env.store.data_dir / "scans"  # before files synced, and it is renamed
    folder.mkdir()
    os.chmod(folder, 0o755)
    blobs.put(desk_env.store.data_dir, b"%PDF-1.4 another scan", accepted=blobs.SCAN_TYPES)
    assert not folder.exists()
    assert mode(desk_env.store.data_dir / "files") == 0o700


def test_export_over_an_existing_file_is_owner_only(desk_env: Desk, tmp_path: Path) -> None:
    desk_env.store.close()
    (tmp_path / "out").mkdir()
    target = readable_by_all(tmp_path / "out" / "export.json")
    assert run(["--data-dir", str(desk_env.store.data_dir), "export", "-o", str(target)], io.StringIO()) == 0
    assert target.read_text(encoding="utf-8").startswith("{")
    assert mode(target) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["export.json"]  # no temporary file left


def test_print_over_an_existing_file_is_owner_only(desk_env: Desk, tmp_path: Path) -> None:
    d = desk_env
    _, rid = open_case(d)
    verify_all(d, rid)
    number = declarations.take(d.store, d.reception, rid).snapshot["request"]["number"]
    d.store.close()
    target = readable_by_all(tmp_path / "decl.pdf")
    base = ["--data-dir", str(d.store.data_dir)]
    assert run([*base, "print", "declaration", number, "-o", str(target)], io.StringIO()) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert mode(target) == 0o600
