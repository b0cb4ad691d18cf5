"""One door to the desk's SQLite files (saa_desk.store.files): nothing else opens them, so an
encryption key applied there covers every engine, backup, restore, test and benchmark."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BOUNDARY = ROOT / "saa_desk" / "store" / "files.py"
TEST_HELPER = ROOT / "tests" / "rawdb.py"


def _raw_opens(path: Path) -> list[tuple[int, str]]:
    """(line, what) of each `sqlite3.connect`, `from sqlite3 import connect` and SQLite URL (an engine)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if (isinstance(node, ast.Attribute) and node.attr == "connect"
                and isinstance(node.value, ast.Name) and node.value.id == "sqlite3"):
            found.append((node.lineno, "sqlite3.connect"))
        elif isinstance(node, ast.ImportFrom) and node.module == "sqlite3" and any(
                alias.name == "connect" for alias in node.names):
            found.append((node.lineno, "from sqlite3 import connect"))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("sqlite:"):
            found.append((node.lineno, "an SQLite URL"))
    return sorted(found)


def _outside(allowed: set[Path], *folders: str) -> list[str]:
    paths = sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py") if p not in allowed)
    return [f"{p.relative_to(ROOT)}:{line}: {what}" for p in paths for line, what in _raw_opens(p)]


def test_only_the_store_files_module_opens_sqlite() -> None:
    assert _outside({BOUNDARY}, "saa_desk") == []


def test_tests_and_benchmarks_open_the_file_through_the_helper() -> None:
    assert _outside({TEST_HELPER, Path(__file__).resolve()}, "tests", "benchmarks") == []  # this file names them


def test_the_check_sees_every_kind_of_raw_open(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import sqlite3\nfrom sqlite3 import connect\nc = sqlite3.connect('x')\n"
                      "e = 'sqlite:///x'\n", encoding="utf-8")
    assert _raw_opens(sample) == [(2, "from sqlite3 import connect"), (3, "sqlite3.connect"), (4, "an SQLite URL")]
