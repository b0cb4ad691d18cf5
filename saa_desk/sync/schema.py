"""What travels: the synced tables, their columns in a fixed order, and the "wire format".

Rows move between SQLite and PostgreSQL as tuples in SQLite's storage format (text for strings and
dates, `YYYY-MM-DD HH:MM:SS.ffffff` for timestamps, 0/1 for booleans). PostgreSQL formats its
values that way in the SELECT and parses them back in COPY, so neither side converts a value in
Python: that is most of what makes a bulk sync cheap.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Connection, Date, DateTime, Integer, Table

from saa_desk.store.capture import UNIFORM_CLOCKS, data_columns
from saa_desk.store.models import SYNCED_MODELS, Base, Synced

# Bookkeeping fields every edit touches; they merge by clock but two edits of them never conflict.
CONFLICT_EXEMPT = frozenset({"updated_at", "updated_by"})

_PG_DATETIME = "YYYY-MM-DD HH24:MI:SS.US"
_PG_DATE = "YYYY-MM-DD"
# SQLite accepts 32,766 parameters; stay well below for IN lists.
_IN_CHUNK = 5000


@dataclass(frozen=True)
class TableSpec:
    name: str
    model: type[Synced]
    columns: tuple[str, ...]  # every column that travels, `id` first
    kinds: tuple[str, ...]  # per column: "datetime", "date", "bool", "int" or "text"
    mutable: bool
    fields: tuple[str, ...]  # the data fields merged one by one (they have clocks)
    # field_clocks JSON as change capture writes it, split where each field's clock goes
    clock_parts: tuple[str, ...] = ()

    @property
    def table(self) -> Table:
        return self.model.__table__  # type: ignore[attr-defined,no-any-return]

    def index(self, column: str) -> int:
        return self.columns.index(column)

    def column_list(self) -> str:
        return ", ".join(self.columns)

    def uniform_clocks(self, hlc: str) -> str:
        """The field_clocks text of a row whose every field has clock `hlc`."""
        return hlc.join(self.clock_parts)

    def sqlite_insert(self) -> str:
        marks = ", ".join("?" * len(self.columns))
        return f"INSERT INTO {self.name} ({self.column_list()}) VALUES ({marks})"

    def pg_select_list(self, alias: str = "") -> str:
        """Columns as PostgreSQL must format them to give SQLite's storage format."""
        prefix = f"{alias}." if alias else ""
        exprs = []
        for col, kind in zip(self.columns, self.kinds, strict=True):
            ref = f"{prefix}{col}"
            if kind == "datetime":
                exprs.append(f"to_char({ref}, '{_PG_DATETIME}')")
            elif kind == "date":
                exprs.append(f"to_char({ref}, '{_PG_DATE}')")
            elif kind == "bool":
                exprs.append(f"{ref}::int")
            else:
                exprs.append(ref)
        return ", ".join(exprs)


def dumps_clocks(clocks: dict[str, str]) -> str:
    """Field clocks exactly as change capture writes them, so equal clocks are equal text."""
    return json.dumps(clocks, sort_keys=True, separators=(",", ":"))


def _kind(column: Any) -> str:
    if isinstance(column.type, DateTime):
        return "datetime"
    if isinstance(column.type, Date):
        return "date"
    if isinstance(column.type, Boolean):
        return "bool"
    if isinstance(column.type, Integer):
        return "int"
    return "text"


def _spec(model: type[Synced]) -> TableSpec:
    table: Table = model.__table__  # type: ignore[attr-defined]
    local = model.__local_columns__
    cols = [c for c in table.columns if c.name not in local]
    cols.sort(key=lambda c: c.name != "id")  # id first, the rest in table order
    return TableSpec(
        name=table.name, model=model, columns=tuple(c.name for c in cols),
        kinds=tuple(_kind(c) for c in cols), mutable=not model.__append_only__,
        fields=tuple(data_columns(model)) if not model.__append_only__ else (),
        clock_parts=tuple(dumps_clocks(dict.fromkeys(data_columns(model), "@HLC@")).split("@HLC@")),
    )


def _dependency_order() -> list[type[Synced]]:
    """Parents before children, so a pushed or pulled child never arrives before its parent."""
    by_table = {m.__tablename__: m for m in SYNCED_MODELS}
    return [by_table[t.name] for t in Base.metadata.sorted_tables if t.name in by_table]


SPECS: dict[str, TableSpec] = {m.__tablename__: _spec(m) for m in _dependency_order()}
TABLE_ORDER: tuple[str, ...] = tuple(SPECS)


def read_local(conn: Connection, spec: TableSpec, ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """These rows of a desk's table, raw (SQLite's storage format), in `spec.columns` order."""
    out: list[tuple[Any, ...]] = []
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = tuple(ids[start:start + _IN_CHUNK])
        marks = ",".join("?" * len(chunk))
        out.extend(raw_rows(conn, f"SELECT {spec.column_list()} FROM {spec.name} WHERE id IN ({marks})", chunk))
    return out


# A NULL in a text row. No stored text can hold NUL (PostgreSQL refuses it in text, and the
# validators refuse control characters), so it cannot be mistaken for a value.
NULL_TEXT = "\x00"


def read_text_rows(conn: Connection, spec: TableSpec, ids: Sequence[str]) -> list[tuple[str, ...]]:
    """These rows with every value as text (NULL as NULL_TEXT), in `spec.columns` order: what a
    push sends. SQLite does the conversion, so a row is one C-level join away from a COPY line."""
    select_list = ", ".join(f"coalesce(CAST({c} AS TEXT), char(0))" for c in spec.columns)
    out: list[tuple[str, ...]] = []
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = tuple(ids[start:start + _IN_CHUNK])
        marks = ",".join("?" * len(chunk))
        # Through the rowids: SQLite then visits the rows in storage order, not in (random) UUID
        # order; reading 100,000 rows this way took 0.74 s instead of 0.79 s.
        out.extend(raw_rows(conn, f"SELECT {select_list} FROM {spec.name} WHERE rowid IN "
                                  f"(SELECT rowid FROM {spec.name} WHERE id IN ({marks}))", chunk))
    return out


def typed_row(spec: TableSpec, row: Sequence[str]) -> tuple[Any, ...]:
    """A text row back in the wire format (None, int or str), to be merged."""
    return tuple(
        None if v == NULL_TEXT else int(v) if kind in ("int", "bool") else v
        for v, kind in zip(row, spec.kinds, strict=True)
    )


def raw_rows(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """All rows of a query on the desk's SQLite, through the driver's cursor: SQLAlchemy's
    per-row fetch costs more than the query itself when there are 10^5 rows."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        return cursor.execute(sql, params).fetchall()  # type: ignore[no-any-return]
    finally:
        cursor.close()


# A row none of whose fields was edited since it was created has every field clock equal to the
# row's clock: about 1 KB of JSON that says nothing. Change capture stores such a row's
# field_clocks as this marker, and so do the wire and the central. Older full-JSON rows are compacted
# on the way out.


def compact_clocks(spec: TableSpec, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows as they go on the wire: uniform field clocks replaced by the marker."""
    if not spec.mutable:
        return rows
    fc, hlc = spec.index("field_clocks"), spec.index("hlc")
    return [(*r[:fc], UNIFORM_CLOCKS, *r[fc + 1:]) if r[fc] == spec.uniform_clocks(r[hlc]) else r for r in rows]


def clocks_of(spec: TableSpec, row: Sequence[Any]) -> dict[str, str]:
    text = row[spec.index("field_clocks")]
    if text == UNIFORM_CLOCKS:
        return dict.fromkeys(spec.fields, row[spec.index("hlc")])
    return json.loads(text or "{}")  # type: ignore[no-any-return]
