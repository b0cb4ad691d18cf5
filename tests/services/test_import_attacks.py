"""Files that attack the importer end quickly, in bounded memory, with a clear message.

Each file is built here and imported by the real command in a child process, which reports its
own wall time and peak RSS: the limits apply to what is read, not to the compressed file."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.cli.test_cli import desk_dir  # noqa: F401  (the fixture)
from tests.factories import national_id

SECONDS, RSS_MB = 10, 200
# Peak RSS from /proc (VmHWM belongs to the process's own memory; getrusage's ru_maxrss would
# carry over the forking pytest's).
CHILD = """
import json, sys, time, io
from saa_desk.cli import run

def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024

start = time.monotonic()
err = io.StringIO()
sys.stderr = err
code = run(["--data-dir", sys.argv[1], "--lang", "en", "import", sys.argv[2]], io.StringIO())
print(json.dumps({"code": code, "seconds": time.monotonic() - start,
                  "rss_mb": peak_mb(),
                  "stderr": err.getvalue()[-400:]}))
"""


def base_members(tmp_path: Path, good_rows: int = 2) -> dict[str, bytes]:
    """A small real workbook (a header and good rows), as its zip members."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["رقم الهوية", "الاسم", "الجنس"])
    for _ in range(good_rows):
        sheet.append([national_id(), "محمد عبدالله سالم القحطاني", "ذكر"])
    path = tmp_path / "base.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_zip(path: Path, members: dict[str, bytes], big: str | None = None,
              chunks: tuple[bytes, bytes, bytes, int] | None = None) -> Path:
    """The members, one of which (`big`) is streamed as head + body * n + tail."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            if name == big and chunks is not None:
                head, body, tail, times = chunks
                with archive.open(name, "w", force_zip64=True) as fh:
                    fh.write(head)
                    for _ in range(times):
                        fh.write(body)
                    fh.write(tail)
            else:
                archive.writestr(name, data)
    return path


def run_child(desk: Path, path: Path) -> dict:
    result = subprocess.run([sys.executable, "-c", CHILD, str(desk), str(path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def whole_sheet_dimension(tmp_path: Path) -> tuple[Path, int, str]:
    members = base_members(tmp_path)
    sheet = members["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace('<dimension ref="A1:C3"/>', '<dimension ref="A1:XFD1048576"/>')
    far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    sheet = sheet.replace("</sheetData>", far + "</sheetData>")
    assert "XFD1048576" in sheet
    members["xl/worksheets/sheet1.xml"] = sheet.encode()
    return write_zip(tmp_path / "dimension.xlsx", members), 0, ""


def shared_strings_bomb(tmp_path: Path) -> tuple[Path, int, str]:
    """A shared-strings table the workbook really uses (openpyxl writes strings inline)."""
    members = base_members(tmp_path)
    rels = members["xl/_rels/workbook.xml.rels"].decode()
    members["xl/_rels/workbook.xml.rels"] = rels.replace("</Relationships>", (
        '<Relationship Id="rIdS" Target="sharedStrings.xml" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/sharedStrings"/></Relationships>')).encode()
    types = members["[Content_Types].xml"].decode()
    members["[Content_Types].xml"] = types.replace("</Types>", (
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sharedStrings+xml"/></Types>')).encode()
    members["xl/sharedStrings.xml"] = b""
    body = b"<si><t>" + b"A" * 4000 + b"</t></si>"
    head = b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    path = write_zip(tmp_path / "strings.xlsx", members, "xl/sharedStrings.xml",
                     (head, body, b"</sst>", 300_000))  # 1.2 GB of strings in ~1 MB
    return path, 2, "sharedStrings.xml"


def whitespace_sheet(tmp_path: Path) -> tuple[Path, int, str]:
    members = base_members(tmp_path)
    sheet = members["xl/worksheets/sheet1.xml"]
    head, tail = sheet.split(b"</sheetData>")
    path = write_zip(tmp_path / "spaces.xlsx", members, "xl/worksheets/sheet1.xml",
                     (head, b" " * (1 << 20), b"</sheetData>" + tail, 1100))  # 1.1 GB of spaces
    return path, 2, "sheet1.xml"


def whitespace_cells(tmp_path: Path) -> tuple[Path, int, str]:
    """Rows and rows of cells holding only spaces: 6000 identical rows compress past any sheet."""
    members = base_members(tmp_path)
    sheet = members["xl/worksheets/sheet1.xml"]
    head, tail = sheet.split(b"</sheetData>")
    cells = b"".join(b'<c t="inlineStr"><is><t xml:space="preserve">   </t></is></c>' for _ in range(200))
    body = b"<row>" + cells + b"</row>"
    return write_zip(tmp_path / "blank-cells.xlsx", members, "xl/worksheets/sheet1.xml",
                     (head, body, b"</sheetData>" + tail, 6000)), 2, "expands"


def csv_of_blank_lines(tmp_path: Path) -> tuple[Path, int, str]:
    """A header, two people, then 150 MB of separators and spaces: read until the blank run ends."""
    path = tmp_path / "blank.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("رقم الهوية,الاسم,الجنس\n")
        for _ in range(2):
            fh.write(f"{national_id()},محمد عبدالله سالم القحطاني,ذكر\n")
        line = "   ,   ,   " * 8 + "\n"
        fh.write(line * (150 * 2**20 // len(line)))
    return path, 0, ""


def csv_one_line_of_spaces(tmp_path: Path) -> tuple[Path, int, str]:
    path = tmp_path / "line.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("رقم الهوية,الاسم,الجنس\n")
        fh.write(f"{national_id()},محمد عبدالله سالم القحطاني,ذكر\n\"")
        fh.write(" " * (150 * 2**20))
    return path, 2, "a line longer than"


@pytest.mark.parametrize("build", [whole_sheet_dimension, shared_strings_bomb, whitespace_sheet, whitespace_cells,
                                   csv_of_blank_lines, csv_one_line_of_spaces])
def test_attack_file_ends_quickly_in_bounded_memory(desk_dir: Path, tmp_path: Path, build) -> None:  # noqa: F811
    path, code, named = build(tmp_path)
    got = run_child(desk_dir, path)
    assert got["seconds"] < SECONDS and got["rss_mb"] < RSS_MB, got
    assert got["code"] == code, got
    if code == 2:
        assert "cannot read the file" in got["stderr"] and named in got["stderr"], got
        assert "Traceback" not in got["stderr"]
