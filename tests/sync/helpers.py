"""Comparing desks with each other and with the central."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import psycopg
from sqlalchemy import select

from saa_desk.services.exporting import export_json
from saa_desk.store.capture import UNIFORM_CLOCKS, data_columns
from saa_desk.store.database import Store
from saa_desk.store.models import SYNCED_MODELS
from saa_desk.sync.merge import Conflict
from saa_desk.sync.schema import SPECS
from tests.sync.conftest import driver_url


def export(store: Store) -> str:
    """The desk's `saa-desk export --format json`."""
    return export_json(store)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.datetime | dt.date) else value


def central_export(url: str) -> str:
    """The central's synced data in exactly the export's format."""
    data: dict[str, list[dict[str, Any]]] = {}
    with psycopg.connect(driver_url(url)) as conn:
        for model in SYNCED_MODELS:
            name = model.__tablename__  # type: ignore[attr-defined]
            columns = ["id", *(c for c in data_columns(model) if c not in model.__secret_columns__)]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {name}").fetchall()  # type: ignore[arg-type]
            records = [{c: _plain(v) for c, v in zip(columns, row, strict=True)} for row in rows]
            data[name] = sorted(records, key=lambda r: r["id"])
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def clocks(store: Store) -> dict[str, dict[str, str]]:
    """Every mutable row's field clocks (they must converge too, or later merges would differ)."""
    out: dict[str, dict[str, str]] = {}
    with store.read() as s:
        for spec in SPECS.values():
            if spec.mutable:
                rows = s.execute(select(spec.table.c.id, spec.table.c.field_clocks, spec.table.c.hlc))
                for rid, fc, hlc in rows:
                    uniform = fc == UNIFORM_CLOCKS
                    out[f"{spec.name}/{rid}"] = dict.fromkeys(spec.fields, hlc) if uniform else json.loads(fc)
    return out


def central_conflicts(url: str) -> list[Conflict]:
    with psycopg.connect(driver_url(url)) as conn:
        rows = conn.execute(
            "SELECT table_name, row_id, field, loser_value, loser_hlc, winner_value, winner_hlc, detected_by "
            "FROM sync_conflicts ORDER BY id").fetchall()
    return [Conflict(*r) for r in rows]


def count(url: str, table: str) -> int:
    with psycopg.connect(driver_url(url)) as conn:
        row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()  # type: ignore[arg-type]
    return int(row[0]) if row else 0


def outbox(store: Store) -> int:
    with store.read() as s:
        return int(s.connection().exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar() or 0)


def integrity(store: Store) -> str:
    with store.read() as s:
        return str(s.connection().exec_driver_sql("PRAGMA integrity_check").scalar())


def foreign_key_problems(store: Store) -> list[Any]:
    with store.read() as s:
        return list(s.connection().exec_driver_sql("PRAGMA foreign_key_check").fetchall())
