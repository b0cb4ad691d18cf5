"""Reading a spreadsheet's rows, CSV or XLSX, streamed and bounded by what is read.

A hostile or broken file must end quickly with a clear message: the XLSX's members are checked by
their uncompressed sizes before anything is parsed (a shared-strings bomb, a sheet padded with
whitespace), the sheet's declared dimension is ignored (one claiming A1:XFD1048576 would be
padded out cell by cell), and no more than MAX_COLUMNS columns and MAX_ROWS rows are read; a run
of BLANK_RUN empty rows ends the sheet.
"""

from __future__ import annotations

import codecs
import csv
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from saa_desk.domain.errors import DeskError
from saa_desk.services.formula_guard import unguard

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_ROWS = 250_000
MAX_COLUMNS = 64
BLANK_RUN = 1_000
MAX_LINE = 1024 * 1024  # characters in one line of a CSV
# Uncompressed: a 100,000-row sheet is about 60 MB of XML and 20 MB of shared strings.
MAX_SHEET_XML = 160 * 1024 * 1024
MAX_STRINGS_XML = 48 * 1024 * 1024
MAX_OTHER_XML = 16 * 1024 * 1024
# Real sheets compress about 10:1; a run of one byte compresses 1000:1.
MAX_RATIO = 100
RATIO_FLOOR = 4 * 1024 * 1024  # small members may compress as they like
XLSX_SUFFIXES = (".xlsx", ".xlsm")


class UnreadableFile(DeskError):
    def __init__(self, detail: str) -> None:
        super().__init__("file_unreadable", "file", detail=detail)


class ImportLimit(DeskError):
    """The file is bigger than import reads; what was read before it is reported."""

    def __init__(self, row: int) -> None:
        super().__init__("import_row_limit", "file", rows=MAX_ROWS, row=row)


Row = list[Any]


def read_sheet(path: Path) -> Iterator[tuple[int, Row]]:
    """(row number in the file, cells) for every row, blank ones included, header first."""
    if not path.is_file():
        raise UnreadableFile("no such file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UnreadableFile("file too large")
    rows = _xlsx_rows(path) if is_xlsx(path) else _csv_rows(path)
    blank = 0
    for number, row in enumerate(rows, start=1):
        if number > MAX_ROWS + 1:
            raise ImportLimit(number)
        if _blank(row):
            blank += 1
            if blank >= BLANK_RUN:
                return
        else:
            blank = 0
        yield number, row


def is_xlsx(path: Path) -> bool:
    return path.suffix.lower() in XLSX_SUFFIXES


def _blank(row: Row) -> bool:
    return not any(str(v).strip() for v in row if v is not None)


# -- CSV ------------------------------------------------------------------------------------------

def _encoding(path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with its BOM (Excel's "Unicode text"), or else
    Windows-1256, which Excel on Arabic Windows writes for "CSV". The whole file is decoded once
    in bounded chunks first, so a bad byte at row 90,000 refuses the file before a row is written."""
    with path.open("rb") as fh:
        head = fh.read(4)
    utf16 = head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    candidates = ["utf-16"] if utf16 else ["utf-8-sig", "cp1256"]
    for encoding in candidates:
        if _decodes(path, encoding):
            return encoding
    raise UnreadableFile("not UTF-8 text")


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                if b"\x00" in chunk and encoding == "cp1256":
                    return False  # a binary file, not text
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _delimiter(first_line: str) -> str:
    """The header line's separator: a comma, or the semicolon or tab some spreadsheets write.

    Only the delimiter is guessed: quoting is always the standard one. csv.Sniffer guessed the
    quote character from the data too, and a cell such as `"0` followed by a line break made it
    split one person into two rows. Title rows above the header have few separators, so the
    line with the most of them among the first few decides."""
    counts = {sep: first_line.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _csv_rows(path: Path) -> Iterator[Row]:
    encoding = _encoding(path)
    with path.open(encoding=encoding, newline="") as fh:
        delimiter = _delimiter(_sample(fh))
        try:
            for row in csv.reader(_bounded_lines(fh), delimiter=delimiter):
                yield [unguard(cell) for cell in row[:MAX_COLUMNS]]
        except csv.Error as exc:
            raise UnreadableFile(str(exc)) from None


def _bounded_lines(fh: IO[str]) -> Iterator[str]:
    """The file's lines, none longer than MAX_LINE characters (a file object's own iteration
    would read a 150 MB line of spaces whole before the csv module could refuse its field)."""
    while line := fh.readline(MAX_LINE):
        if len(line) >= MAX_LINE and not line.endswith("\n"):
            raise UnreadableFile(f"a line longer than {MAX_LINE // 1024} KB")
        yield line


def _sample(fh: IO[str]) -> str:
    """The first 20 lines (at most 64 KB), then back to the start."""
    text = fh.read(64 * 1024)
    fh.seek(0)
    lines = text.splitlines()[:20]
    return max(lines, key=lambda line: sum(line.count(s) for s in ",;\t"), default="")


# -- XLSX -----------------------------------------------------------------------------------------

def _check_members(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UnreadableFile("not an XLSX workbook") from None
    for info in members:
        name = info.filename.lower()
        if name.startswith("xl/worksheets/"):
            limit = MAX_SHEET_XML
        elif name == "xl/sharedstrings.xml":
            limit = MAX_STRINGS_XML
        elif name.endswith((".xml", ".rels")):
            limit = MAX_OTHER_XML
        else:
            continue  # pictures and the like are never parsed
        if info.file_size > limit:
            raise UnreadableFile(f"{info.filename} holds {info.file_size // 2**20} MB uncompressed, "
                                 f"more than the {limit // 2**20} MB import reads")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnreadableFile(f"{info.filename} expands {info.file_size // max(info.compress_size, 1)} "
                                 "times: a compressed bomb, not a sheet")


def _xlsx_rows(path: Path) -> Iterator[Row]:
    from openpyxl import load_workbook

    _check_members(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise UnreadableFile(type(exc).__name__) from None
    try:
        sheet = book.active
        if sheet is None or not hasattr(sheet, "reset_dimensions"):  # a chart, not a worksheet
            raise UnreadableFile("no worksheet")
        sheet.reset_dimensions()  # the declared dimension may claim the whole sheet
        try:
            for row in sheet.iter_rows(max_col=MAX_COLUMNS, max_row=MAX_ROWS + 2, values_only=True):
                yield list(row)
        except (KeyError, ValueError, TypeError, zipfile.BadZipFile) as exc:
            raise UnreadableFile(type(exc).__name__) from None
    finally:
        book.close()
