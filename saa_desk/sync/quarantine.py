"""The desk's sync quarantine: pulled rows it cannot apply are set aside, never a failed sync.

One malformed row at the central (an unparsable clock, truncated field-clock JSON, a value SQLite
refuses, a child whose parent is missing) used to fail every other desk's pull on every run. Now
the pull checks what a row needs to be applied, cheaply and a column at a time (`validate`); a row
that still fails in SQLite is found by re-applying its table's rows one by one (see pull.py). Such
a row goes to the desk-local table `sync_quarantine` with its error, the rest of the page applies
and the cursor moves on. A newer version of the row in a later page is tried normally and, if it
applies, resolves the entry; `reapply` fetches the current version from the central when a
supervisor retries (services/quarantine.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from saa_desk.domain.clock import Timestamp
from saa_desk.store.capture import UNIFORM_CLOCKS, utcnow
from saa_desk.store.database import Store
from saa_desk.sync.schema import SPECS, TABLE_ORDER, TableSpec, raw_rows

# Why a row is quarantined (`SyncQuarantine.reason`).
BAD_CLOCK = "bad_clock"  # its hlc, or a clock in its field_clocks, is not a clock
BAD_FIELD_CLOCKS = "bad_field_clocks"  # field_clocks is not a JSON object of clocks
BAD_VALUE = "bad_value"  # a value of the wrong kind (text in a number column)
REFUSED = "refused"  # SQLite refused it: NOT NULL, UNIQUE, a value it cannot store
MISSING_PARENT = "missing_parent"  # a foreign key to a row this desk does not have
NOT_AT_CENTRAL = "not_at_central"  # a retry found no such row at the central
REASONS = (BAD_CLOCK, BAD_FIELD_CLOCKS, BAD_VALUE, REFUSED, MISSING_PARENT, NOT_AT_CENTRAL)

@dataclass(frozen=True)
class Problem:
    """A pulled row that cannot be applied, and why."""

    table_name: str
    row: tuple[Any, ...]  # wire format, in the spec's column order
    reason: str
    field: str | None
    detail: str

    @property
    def row_id(self) -> str:
        return str(self.row[0])

    def row_json(self) -> str:
        return json.dumps(dict(zip(SPECS[self.table_name].columns, self.row, strict=False)),
                          ensure_ascii=False, default=str)


# -- validation (the pull's hot path) ------------------------------------------------------------


def _clock_shape() -> re.Pattern[str]:
    """The start of an encoded clock, derived from the clock itself: its digit runs at their fixed
    widths and its separators, then at least one character of desk. A C-level `match` per row;
    text that matches decodes and encodes back to itself (`is_clock`), and a clock that does not
    match (another encoding) is judged by `is_clock` instead, so the shape only has to be safe."""
    desk = "D"
    prefix = Timestamp(1, 1, desk).encode()[: -len(desk)]
    return re.compile(re.sub(r"\d+", lambda m: f"[0-9]{{{len(m.group())}}}", re.escape(prefix)) + ".")


_CLOCK_SHAPE = _clock_shape()
_INT_TYPES = frozenset({int, bool, type(None)})


def _all_shaped(values: list[Any]) -> bool:
    try:
        return all(map(_CLOCK_SHAPE.match, values))
    except TypeError:  # not text
        return False


def is_clock(value: Any) -> bool:
    """A clock the desk can order and observe: it decodes, and encodes back to the same text (a
    clock with unpadded numbers would decode but sort wrongly as text)."""
    if value.__class__ is not str:
        return False
    try:
        return Timestamp.decode(value).encode() == value
    except (ValueError, TypeError):
        return False


def _field_clock_problems(spec: TableSpec, texts: list[Any]) -> dict[int, tuple[str, str | None, str]]:
    """Row index -> (reason, field, detail) for the non-uniform field_clocks that cannot be merged.

    Each is parsed (C-level json); their clocks are gathered in one set, since an edited row has
    only a few distinct clocks, and checked together. Only if one is bad are the rows searched."""
    problems: dict[int, tuple[str, str | None, str]] = {}
    parsed: list[tuple[int, dict[str, Any]]] = []
    seen: set[Any] = set()
    for at, text in enumerate(texts):
        if text == UNIFORM_CLOCKS or text is None:  # None: NOT NULL, SQLite names the column
            continue
        try:
            clocks = json.loads(text)
        except (ValueError, TypeError) as exc:
            problems[at] = (BAD_FIELD_CLOCKS, "field_clocks", f"not JSON: {exc}")
            continue
        if clocks.__class__ is not dict:
            problems[at] = (BAD_FIELD_CLOCKS, "field_clocks", f"not a JSON object but {type(clocks).__name__}")
            continue
        try:
            seen.update(clocks.values())
        except TypeError:  # a list or an object as a clock: unhashable, so no clock at all
            problems[at] = _bad_field_clock(clocks) or (BAD_FIELD_CLOCKS, "field_clocks", "not clocks")
            continue
        parsed.append((at, clocks))
    if parsed and not all(v.__class__ is str and (_CLOCK_SHAPE.match(v) or is_clock(v)) for v in seen):
        for at, clocks in parsed:
            found = _bad_field_clock(clocks)
            if found:
                problems[at] = found
    return problems


def _bad_field_clock(clocks: dict[str, Any]) -> tuple[str, str | None, str] | None:
    for name, value in clocks.items():
        if not is_clock(value):
            return BAD_CLOCK, f"field_clocks.{name}", f"not a clock: {value!r:.80}"
    return None


def _column(rows: Sequence[tuple[Any, ...]], at: int) -> list[Any]:
    return list(map(itemgetter(at), rows))  # C-level: a quarter faster than a comprehension


def validate(spec: TableSpec, rows: Sequence[tuple[Any, ...]]) -> tuple[list[tuple[Any, ...]], list[Problem]]:
    """Split a page's rows of one table into those that can be applied and the problems.

    Each test reads one column of the page at once (a list, C-level maps); only rows that fail
    it, and non-uniform field clocks (rare: rows edited after creation), are looked at one by
    one. NOT NULL and UNIQUE are SQLite's to check: a refused statement is re-applied row by row."""
    bad: dict[int, Problem] = {}

    def note(at: int, reason: str, field: str | None, detail: str) -> None:
        bad.setdefault(at, Problem(spec.name, tuple(rows[at]), reason, field, detail))

    ids = _column(rows, 0)
    if not set(map(type, ids)) <= {str}:
        for at, value in enumerate(ids):
            if value.__class__ is not str:
                note(at, BAD_VALUE, "id", f"not text: {value!r:.80}")
    hlc_at = spec.index("hlc")
    hlcs = _column(rows, hlc_at)
    if not _all_shaped(hlcs):
        for at, value in enumerate(hlcs):
            if not is_clock(value):
                note(at, BAD_CLOCK, "hlc", f"not a clock: {value!r:.80}")
    for at_col, kind in enumerate(spec.kinds):
        if kind in ("int", "bool"):
            column = _column(rows, at_col)
            if not set(map(type, column)) <= _INT_TYPES:
                for at, value in enumerate(column):
                    if value.__class__ not in _INT_TYPES:
                        note(at, BAD_VALUE, spec.columns[at_col], f"not a number: {value!r:.80}")
    if spec.mutable:
        texts = _column(rows, spec.index("field_clocks"))
        if texts.count(UNIFORM_CLOCKS) != len(texts):  # rows edited since they were created
            for at, found in _field_clock_problems(spec, texts).items():
                note(at, *found)
    if not bad:
        return list(rows), []
    return [r for at, r in enumerate(rows) if at not in bad], list(bad.values())


# -- errors SQLite raised ------------------------------------------------------------------------

_CONSTRAINT = re.compile(r"(NOT NULL|UNIQUE|CHECK|FOREIGN KEY) constraint failed(?::\s*(.*))?")


def refused(spec: TableSpec, row: tuple[Any, ...], exc: BaseException, conn: Connection) -> Problem:
    """The problem of a row SQLite would not take on its own, the column named when it can be."""
    if isinstance(exc, ValueError | TypeError):  # the merge itself failed on a value
        return Problem(spec.name, row, BAD_VALUE, None, f"{type(exc).__name__}: {exc}"[:500])
    message = (str(getattr(exc, "orig", None) or exc).splitlines() or [""])[0]
    found = _CONSTRAINT.search(message)
    if found and found.group(1) == "FOREIGN KEY":
        return Problem(spec.name, row, MISSING_PARENT, _missing_parent(spec, row, conn), message)
    field = None
    if found and found.group(2):
        field = ", ".join(part.strip().split(".")[-1] for part in found.group(2).split(","))
    return Problem(spec.name, row, REFUSED, field, message)


def _missing_parent(spec: TableSpec, row: tuple[Any, ...], conn: Connection) -> str | None:
    for fk in spec.table.foreign_keys:
        column = fk.parent.name
        value = row[spec.index(column)] if column in spec.columns else None
        if value is not None and not raw_rows(conn, f"SELECT 1 FROM {fk.column.table.name} WHERE id = ?", (value,)):
            return column
    return None


# -- the table -----------------------------------------------------------------------------------

_UPSERT = (
    "INSERT INTO sync_quarantine (table_name, row_id, row_json, reason, field, detail, feed_cursor, "
    "first_seen, last_seen, attempts, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, NULL) "
    "ON CONFLICT (table_name, row_id) DO UPDATE SET row_json = excluded.row_json, reason = excluded.reason, "
    "field = excluded.field, detail = excluded.detail, feed_cursor = {cursor}, "
    "last_seen = excluded.last_seen, attempts = attempts + 1, resolved_at = NULL"
)


def record(conn: Connection, problems: Iterable[Problem], cursor: int | None) -> None:
    """Quarantine these rows (again: one entry a row, its attempts counted). `cursor` is the feed
    position the pull moved to past them; None (a retry) keeps the one recorded."""
    now = utcnow()
    params = [(p.table_name, p.row_id, p.row_json(), p.reason, p.field, p.detail, cursor or 0, now, now)
              for p in problems]
    if params:
        sql = _UPSERT.format(cursor="excluded.feed_cursor" if cursor is not None else "feed_cursor")
        cursor_ = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor_.executemany(sql, params)
        finally:
            cursor_.close()


def resolve(conn: Connection, applied: Mapping[str, Iterable[str]]) -> list[int]:
    """Resolve the open entries of rows that have now been applied; their ids. The open entries
    are few (usually none), so they are read first and the page's rows only looked up in them."""
    open_entries = raw_rows(conn, "SELECT id, table_name, row_id FROM sync_quarantine WHERE resolved_at IS NULL")
    if not open_entries:
        return []
    sets = {name: set(ids) for name, ids in applied.items()}
    done = [qid for qid, name, row_id in open_entries if row_id in sets.get(name, ())]
    if done:
        now = utcnow()
        conn.exec_driver_sql("UPDATE sync_quarantine SET resolved_at = ? WHERE id = ?", [(now, q) for q in done])
    return done


@contextmanager
def central_for_retry(store: Store, url: str) -> Iterator[Any]:
    """The central, handshaken, under the desk's sync lock (a retry never runs beside a sync);
    connection failures are one clear `SyncError`."""
    from saa_desk.sync.central_ops import Central
    from saa_desk.sync.connection import desk_connect_url, mapped_errors
    from saa_desk.sync.locking import desk_sync_lock

    state: dict[str, bool] = {}
    with desk_sync_lock(store.data_dir), mapped_errors(url, state):
        central = Central(desk_connect_url(store, url), store.desk_id or "")  # the desk's CA and TLS choice
        central.handshake()
        state["connected"] = True
        yield central


def reapply(session: Session, central_desk: str, fetched: Mapping[str, list[tuple[Any, ...]]],
            entries: Mapping[str, Mapping[str, str]]) -> set[int]:
    """Apply the rows `fetch_rows` brought back for these quarantined ones (table -> row id -> the
    row's JSON as it was quarantined) in the caller's write session, those that are good now;
    the others are quarantined again (a row the central no longer has: NOT_AT_CENTRAL). Parents
    are applied before their children. Returns the ids of the quarantine entries now resolved."""
    from saa_desk.sync.pull import apply_rows

    applied = apply_rows(session, dict(fetched), central_desk, careful=True)
    gone = [Problem(name, _stored_row(name, row_id, row_json), NOT_AT_CENTRAL, None, "the central has no such row")
            for name, rows in entries.items() for row_id, row_json in rows.items()
            if row_id not in {r[0] for r in fetched.get(name, ())}]
    conn = session.connection()
    record(conn, [*applied.problems, *gone], None)
    return set(resolve(conn, applied.good))


def _stored_row(table_name: str, row_id: str, row_json: str) -> tuple[Any, ...]:
    """The row as it was quarantined (kept when the central no longer has it)."""
    try:
        stored = json.loads(row_json)
    except ValueError:
        stored = {}
    return (row_id, *(stored.get(c) for c in SPECS[table_name].columns[1:]))


def fetch_rows(central: Any, wanted: Mapping[str, Sequence[str]]) -> dict[str, list[tuple[Any, ...]]]:
    """These rows as the central holds them now, in the wire format (as a pull page has them)."""
    from saa_desk.sync.central_ops import _driver, text_array

    rows: dict[str, list[tuple[Any, ...]]] = {}
    with central.engine.connect() as conn:
        raw = _driver(conn)
        for name in TABLE_ORDER:
            if wanted.get(name):
                rows[name] = raw.execute(
                    f"SELECT {SPECS[name].pg_select_list()} FROM {name} WHERE id = ANY(%s::text[])",
                    (text_array(wanted[name]),)).fetchall()
        raw.rollback()
    return rows
