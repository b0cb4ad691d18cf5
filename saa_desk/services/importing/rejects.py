"""The rejects file: the refused rows with their original columns and a reason column.

The user fixes the cells the reason names and imports the same file again; the reason column is
read past (import_headers.json lists it under "ignore"), so exactly the fixed rows go in. CSV or
XLSX by the file's extension; owner-only, since it holds personal data.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from saa_desk.messages import Lang
from saa_desk.privatefiles import FILE_MODE
from saa_desk.services.formula_guard import guard, xlsx_cell
from saa_desk.services.importing.sources import is_xlsx

REASON_HEADER = {"ar": "سبب الرفض", "en": "reason"}


class RejectsFile:
    def __init__(self, path: Path, header: list[Any], lang: Lang) -> None:
        self.path = Path(path)
        self.width = len(header)
        self.count = 0
        self._xlsx = is_xlsx(self.path)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        os.fchmod(fd, FILE_MODE)  # an existing file keeps its mode through O_TRUNC
        self._fh: IO[Any]
        if self._xlsx:
            from openpyxl import Workbook

            self._fh = os.fdopen(fd, "wb")
            self._book = Workbook(write_only=True)
            self._sheet = self._book.create_sheet()
        else:
            self._fh = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
            self._csv = csv.writer(self._fh, lineterminator="\r\n")
        self._write([*header, REASON_HEADER[lang]])

    def add(self, cells: list[Any], reason: str) -> None:
        row = list(cells[:self.width]) + [None] * (self.width - len(cells))
        self._write([*row, reason])
        self.count += 1

    def _write(self, row: list[Any]) -> None:
        if self._xlsx:
            self._sheet.append([xlsx_cell(self._sheet, v) for v in row])
        else:
            self._csv.writerow([csv_cell(v) for v in row])

    def close(self) -> None:
        try:
            if self._xlsx:
                self._book.save(self._fh)
        finally:
            self._fh.close()

    def __enter__(self) -> RejectsFile:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    return guard(str(value))
