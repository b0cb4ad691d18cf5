"""Exports: every synced table as canonical JSON, and beneficiaries as CSV or XLSX in the import's
columns, safe to open in a spreadsheet.

Two databases holding the same synced data export byte-identical JSON: records are sorted by id,
keys are sorted, and desk-local state, sync clocks and password hashes stay out.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from saa_desk.domain.beneficiary import BENEFICIARY_FIELDS
from saa_desk.domain.permissions import Permission
from saa_desk.services.context import Actor
from saa_desk.services.formula_guard import guard, xlsx_cell
from saa_desk.store.capture import data_columns
from saa_desk.store.database import Store
from saa_desk.store.models import SYNCED_MODELS, Beneficiary, Synced


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def table_records(session: Session, model: type[Synced]) -> list[dict[str, Any]]:
    columns = ["id", *(c for c in data_columns(model) if c not in model.__secret_columns__)]
    rows = session.execute(select(*(getattr(model, c) for c in columns)).order_by(model.id))
    return [{c: _plain(v) for c, v in zip(columns, row, strict=True)} for row in rows]


def export_data(session: Session) -> dict[str, list[dict[str, Any]]]:
    return {m.__tablename__: table_records(session, m) for m in SYNCED_MODELS}


def export_json(store: Store, actor: Actor | None = None) -> str:
    """The canonical JSON export (actor None: a local administrative command on this machine)."""
    if actor is not None:
        actor.require(Permission.BACKUP)
    with store.read() as s:
        data = export_data(s)
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


CSV_COLUMNS: tuple[str, ...] = BENEFICIARY_FIELDS
BOM = "\ufeff"  # Excel reads a CSV as UTF-8 (and shows its Arabic) only when it starts with one
EXPORT_BATCH = 2000


def _beneficiary_rows(store: Store) -> Iterator[tuple[Any, ...]]:
    """Live beneficiaries in the import's columns, streamed from one read transaction."""
    with store.read() as s:
        rows = s.execute(select(*(getattr(Beneficiary, c) for c in CSV_COLUMNS))
                         .where(Beneficiary.deleted.is_(False)).order_by(Beneficiary.id)
                         .execution_options(yield_per=EXPORT_BATCH))
        for row in rows:
            yield tuple(row)


def export_csv(store: Store, actor: Actor | None = None) -> str:
    """Beneficiaries one a row, in exactly the columns `import` reads; a cell a spreadsheet would
    run as a formula carries a leading quote, which import takes off again."""
    if actor is not None:
        actor.require(Permission.BACKUP)
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in _beneficiary_rows(store):
        writer.writerow(["" if v is None else guard(str(_plain(v))) for v in row])
    return out.getvalue()


def export_xlsx(store: Store, target: BinaryIO, actor: Actor | None = None) -> int:
    """The same rows as an XLSX workbook, streamed (openpyxl write-only): dates as date cells,
    incomes as numbers, everything else as text cells (never a formula). Returns the row count."""
    from openpyxl import Workbook

    if actor is not None:
        actor.require(Permission.BACKUP)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("beneficiaries")
    sheet.append(list(CSV_COLUMNS))
    count = 0
    for row in _beneficiary_rows(store):
        sheet.append([xlsx_cell(sheet, v) for v in row])
        count += 1
    book.save(target)
    return count
