"""Importing beneficiaries from CSV or XLSX, one a row.

Every valid row is imported; each rejected row is reported with its number, field and reason and
nothing of it is written. Rows commit in batches of whole rows, so a kill mid-import leaves only
whole rows behind.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from saa_desk.domain.beneficiary import BENEFICIARY_FIELDS, validate_beneficiary
from saa_desk.domain.errors import DeskError, ValidationError, ValidationErrors
from saa_desk.domain.permissions import Permission
from saa_desk.messages import Lang, field_label
from saa_desk.services.beneficiaries import DuplicateBeneficiary, add_beneficiary
from saa_desk.services.context import Actor, today, unit
from saa_desk.store.database import Store
from saa_desk.store.models import Beneficiary

BATCH_ROWS = 500
MAX_FILE_BYTES = 200 * 1024 * 1024


class UnreadableFile(DeskError):
    def __init__(self, detail: str) -> None:
        super().__init__("file_unreadable", "file", detail=detail)


@dataclass(frozen=True)
class RejectedRow:
    row: int  # the row's line number in the file (the header is row 1)
    field: str | None
    error: DeskError

    def message(self, lang: Lang = "ar") -> str:
        return self.error.message(lang)


@dataclass
class ImportReport:
    imported: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)


def header_map() -> dict[str, str]:
    """English snake_case headers and their Arabic labels both name a field."""
    mapping: dict[str, str] = {}
    for name in BENEFICIARY_FIELDS:
        mapping[name] = name
        mapping[field_label(name, "ar")] = name
        mapping[field_label(name, "en").lower()] = name
    return mapping


def _resolve_headers(headers: list[Any]) -> list[str | None]:
    mapping = header_map()
    resolved: list[str | None] = []
    for raw in headers:
        text = str(raw or "").strip().lstrip("\ufeff")
        if not text:
            resolved.append(None)
            continue
        name = mapping.get(text) or mapping.get(text.lower())
        if name is None:
            raise DeskError("unknown_column", "file", column=text[:60])
        resolved.append(name)
    if "id_number" not in resolved:
        raise DeskError("required", "id_number")
    return resolved


def _delimiter(text: str) -> str:
    """The header line's separator: a comma, or the semicolon or tab some spreadsheets write.

    Only the delimiter is guessed, from the header (whose cells are our column names): quoting is
    always the standard one. csv.Sniffer guessed the quote character from the data too, and a cell
    such as `"0` followed by a line break made it split one person into two rows."""
    header = text.split("\n", 1)[0]
    counts = {sep: header.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _csv_rows(path: Path) -> Iterator[list[Any]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile("not UTF-8 text") from None
    try:
        yield from csv.reader(io.StringIO(text), delimiter=_delimiter(text))
    except csv.Error as exc:
        raise UnreadableFile(str(exc)) from None


def _xlsx_rows(path: Path) -> Iterator[list[Any]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise UnreadableFile(type(exc).__name__) from None
    try:
        sheet = book.active
        if sheet is None:  # a workbook whose active sheet is a chart
            raise UnreadableFile("no worksheet")
        for row in sheet.iter_rows(values_only=True):
            yield list(row)
    finally:
        book.close()


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number, {field: raw value}) for each non-empty data row."""
    if not path.is_file():
        raise UnreadableFile("no such file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UnreadableFile("file too large")
    rows = _xlsx_rows(path) if path.suffix.lower() in (".xlsx", ".xlsm") else _csv_rows(path)
    try:
        headers = next(rows)
    except StopIteration:
        raise UnreadableFile("the file is empty") from None
    columns = _resolve_headers(list(headers))
    for number, raw in enumerate(rows, start=2):
        if not any(str(v or "").strip() for v in raw):
            continue
        values = {c: v for c, v in zip(columns, raw, strict=False) if c is not None}
        for c, v in values.items():
            if v is not None and not isinstance(v, str):
                values[c] = _cell_text(v)
        yield number, values


def _cell_text(value: Any) -> Any:
    """Spreadsheet cells arrive typed; dates stay dates, whole numbers become digits."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    return value


def import_file(store: Store, actor: Actor, path: Path,
                progress: Callable[[int, int], None] | None = None) -> ImportReport:
    actor.require(Permission.BENEFICIARY_WRITE)
    report = ImportReport()
    on = today(store)
    batch: list[tuple[int, dict[str, Any]]] = []
    for number, values in read_rows(Path(path)):
        try:
            batch.append((number, validate_beneficiary(values, on)))
        except ValidationError as exc:
            _reject(report, number, exc)
        if len(batch) >= BATCH_ROWS:
            _write_batch(store, actor, batch, report)
            batch = []
            if progress:
                progress(report.imported, len(report.rejected))
    if batch:
        _write_batch(store, actor, batch, report)
    if progress:
        progress(report.imported, len(report.rejected))
    store.optimise()
    return report


def _reject(report: ImportReport, number: int, exc: ValidationError) -> None:
    errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
    for err in errors:
        report.rejected.append(RejectedRow(number, err.field, err))


def _write_batch(store: Store, actor: Actor, batch: list[tuple[int, dict[str, Any]]],
                 report: ImportReport) -> None:
    """One transaction for the batch; duplicates (in the database or earlier in the file) are
    refused before anything is written, so every row goes in whole or not at all."""
    with unit(store, actor, Permission.BENEFICIARY_WRITE) as u:
        taken = _registered_ids(u.session, [clean["id_number"] for _, clean in batch])
        with u.session.no_autoflush:  # one flush for the whole batch
            for number, clean in batch:
                key = (clean["id_type"], clean["id_number"])
                if key in taken:
                    _reject(report, number, DuplicateBeneficiary([]))
                    continue
                taken.add(key)
                add_beneficiary(u, clean, allow_duplicate=True)
                report.imported += 1


def _registered_ids(session: Session, numbers: list[str]) -> set[tuple[str, str]]:
    rows = session.execute(select(Beneficiary.id_type, Beneficiary.id_number).where(
        Beneficiary.id_number.in_(numbers), Beneficiary.deleted.is_(False)))
    return {(r.id_type, r.id_number) for r in rows}
