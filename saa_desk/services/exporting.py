"""Exports: every synced table as canonical JSON, and beneficiaries as CSV in the import's columns.

Two databases holding the same synced data export byte-identical JSON: records are sorted by id,
keys are sorted, and desk-local state, sync clocks and password hashes stay out.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from saa_desk.domain.beneficiary import BENEFICIARY_FIELDS
from saa_desk.domain.permissions import Permission
from saa_desk.services.context import Actor
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


def export_csv(store: Store, actor: Actor | None = None) -> str:
    """Beneficiaries one a row, in exactly the columns `import` reads."""
    if actor is not None:
        actor.require(Permission.BACKUP)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    with store.read() as s:
        rows = s.execute(select(*(getattr(Beneficiary, c) for c in CSV_COLUMNS))
                         .where(Beneficiary.deleted.is_(False)).order_by(Beneficiary.id))
        for row in rows:
            writer.writerow(["" if v is None else _plain(v) for v in row])
    return out.getvalue()

