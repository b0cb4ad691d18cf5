"""What a desk does on the central: the handshake, one push batch, one pull page.

Bulk rows go in with COPY and come out formatted by PostgreSQL in the desks' storage format (see
schema.py), so a batch costs a handful of round trips whatever its size.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from saa_desk.sync import central_functions as fn
from saa_desk.sync.central import (
    CONFLICT_TABLE,
    FEED_TABLE,
    META_TABLE,
    PURPOSE_KEY,
    check_version,
    describe,
)
from saa_desk.sync.central_checks import refusal as value_refusal
from saa_desk.sync.connection import central_engine
from saa_desk.sync.errors import SyncError
from saa_desk.sync.merge import Conflict, Review
from saa_desk.sync.schema import NULL_TEXT, SPECS, TABLE_ORDER, TableSpec

Hook = Callable[[str, dict[str, Any]], None]
_CONFLICT_COLUMNS = ("table_name", "row_id", "field", "loser_value", "loser_hlc", "winner_value", "winner_hlc")
# Retried inside one push: a deadlock or serialisation failure between two pushers, or a key
# that another session inserted first. The merge is idempotent, so a retry is always safe.
_RETRY_STATES = {"40P01", "40001", "23505"}
_RETRIES = 4


def _no_hook(_point: str, _info: dict[str, Any]) -> None:
    return None


@dataclass
class BatchTable:
    spec: TableSpec
    rows: list[tuple[str, ...]]  # text rows (schema.read_text_rows), compact clocks
    # row id -> {field: the desk's clock of that field before its first unpushed edit}
    claims: dict[str, dict[str, str | None]] = field(default_factory=dict)
    # each row as a line of COPY text, built by the desk's reading thread while the previous
    # batch is on the wire (the worker that talks to the central then only joins and sends)
    lines: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.lines = text_copy_lines(self.rows, len(self.spec.columns))


@dataclass(frozen=True)
class PushOutcome:
    changed: int
    conflicts: list[Conflict]


@dataclass
class Page:
    rows: dict[str, list[tuple[Any, ...]]]
    entries: int
    next_cursor: int
    full: bool


_REFUSAL_REASONS = {fn.REFUSED: "push_refused", fn.CLOCK_AHEAD: "clock_ahead", fn.DESK_REVOKED: "desk_revoked",
                    fn.NOT_THIS_DESK: "desk_not_registered"}


def refusal(exc: BaseException) -> SyncError | None:
    """The central's refusal (central_functions' SQLSTATEs) as the desk's one clear line."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    reason = _REFUSAL_REASONS.get(getattr(orig, "sqlstate", None) or "")
    if reason is None:
        value = value_refusal(exc)  # a value the desks' own validators refuse (central_checks.py)
        return SyncError("push_refused", f"{value.table}.{value.field}: {value.reason}") if value else None
    diag = getattr(orig, "diag", None)
    if reason == "clock_ahead":
        ahead = getattr(diag, "message_detail", None) or ""
        detail = f"{int(ahead) // 1000} s" if ahead.isdigit() else ahead
    elif reason == "push_refused":
        detail = f"{getattr(diag, 'message_detail', '')}: {getattr(diag, 'message_hint', '')}"
    else:
        detail = getattr(diag, "message_primary", None) or ""
    return SyncError(reason, detail)


@contextmanager
def refusals() -> Iterator[None]:
    try:
        yield
    except (DBAPIError, psycopg.Error) as exc:
        error = refusal(exc)
        if error is None:
            raise
        raise error from exc


def _driver(conn: Connection) -> psycopg.Connection[Any]:
    return conn.connection.driver_connection  # type: ignore[return-value]


def _sqlstate(exc: BaseException) -> str | None:
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    return getattr(orig, "sqlstate", None)


class Central:
    """One central database as seen from one desk."""

    def __init__(self, url: str, desk_id: str, hook: Hook | None = None) -> None:
        self.url = url
        self.desk_id = desk_id
        self.engine: Engine = central_engine(url)
        self.hook = hook or _no_hook
        self.purpose = "production"  # what the handshake found: "production" or "training"

    # -- handshake ---------------------------------------------------------------------------

    def handshake(self) -> str:
        """Check the schema version; return the central's identity."""
        with self.engine.connect() as conn:
            raw = _driver(conn)
            try:
                meta = dict(raw.execute(f"SELECT key, value FROM {META_TABLE}").fetchall())
            except psycopg.errors.UndefinedTable:
                raw.rollback()
                meta = {}
            raw.rollback()
            check_version(int(meta.get("schema_version", 0)), f"the central at {describe(self.url)}")
            self.purpose = str(meta.get(PURPOSE_KEY, "production"))
            return str(meta["central_id"])

    def register(self, branch: str | None, desk_code: str | None) -> None:
        """Enter this desk in the central's registry; a desk role is bound to this desk from then on."""
        with refusals(), self.engine.begin() as conn:
            _driver(conn).execute("SELECT saa_register(%s, %s, %s)", (self.desk_id, branch, desk_code))

    def note_pull(self, cursor: int) -> None:
        with refusals(), self.engine.begin() as conn:
            _driver(conn).execute("SELECT saa_note_pull(%s, %s)", (self.desk_id, cursor))

    # -- push --------------------------------------------------------------------------------

    def push_batch(self, tables: Sequence[BatchTable], extra_conflicts: Sequence[Conflict] = (),
                   reviews: Sequence[Review] = ()) -> PushOutcome:
        """Merge one batch in one central transaction (retried on transient clashes), with the
        conflicts this desk's pulls found and the reviews its supervisors made."""
        for attempt in range(_RETRIES):
            try:
                with refusals(), self.engine.begin() as conn:
                    return self._push(_driver(conn), tables, extra_conflicts, reviews)
            except DBAPIError as exc:
                if _sqlstate(exc) not in _RETRY_STATES or attempt == _RETRIES - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def _push(self, raw: psycopg.Connection[Any], tables: Sequence[BatchTable],
              extra_conflicts: Sequence[Conflict], reviews: Sequence[Review]) -> PushOutcome:
        """Stage the batch in the session's staging tables, then let the central's `saa_push`
        check and merge it (central_functions.py): a desk's role can write nothing else."""
        with raw.cursor() as cur:
            cur.execute("SELECT saa_stage_open(%s)", (self.desk_id,))
            for item in tables:
                _copy_lines(cur, f"pg_temp.saa_stage_{item.spec.name}", item.spec.columns, item.lines)
            claims = [(item.spec.name, row_id, field_name, base) for item in tables
                      for row_id, fields in item.claims.items() for field_name, base in fields.items()]
            _copy_lines(cur, "pg_temp.saa_stage_claims", ("table_name", "row_id", "field", "base"),
                        copy_lines(claims))
            _copy_lines(cur, "pg_temp.saa_stage_conflicts", _CONFLICT_COLUMNS,
                        copy_lines((c.table_name, c.row_id, c.field, c.loser_value, c.loser_hlc, c.winner_value,
                                    c.winner_hlc) for c in extra_conflicts))
            _copy_lines(cur, "pg_temp.saa_stage_reviews",
                        ("table_name", "row_id", "field", "loser_hlc", "resolved_at", "resolved_by"),
                        copy_lines((*r.key, r.reviewed_at.isoformat(sep=" ") + "+00", r.reviewed_by)
                                   for r in reviews))
            self.hook("push.before_commit", {"pid": raw.info.backend_pid})
            found = cur.execute(f"SELECT {', '.join(_CONFLICT_COLUMNS)} FROM saa_push(%s)",
                                (self.desk_id,)).fetchall()
        conflicts = [Conflict(**dict(zip(_CONFLICT_COLUMNS, row, strict=True)), detected_by=self.desk_id)
                     for row in found]
        return PushOutcome(sum(len(t.rows) for t in tables), conflicts)

    # -- pull --------------------------------------------------------------------------------

    def read_page(self, cursor: int, limit: int) -> Page:
        """The next `limit` feed entries of other desks after `cursor`, and their rows, read in one
        snapshot. Rows are fetched by key (an index lookup each), never by a join that the planner
        could turn into a scan of a whole table per page."""
        with self.engine.connect() as base:
            conn = base.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            with conn.begin():
                raw = _driver(conn)
                entries = raw.execute(
                    f"SELECT seq, table_name, row_id FROM {FEED_TABLE} WHERE seq > %s AND desk_id <> %s "
                    "ORDER BY seq LIMIT %s", (cursor, self.desk_id, limit),
                ).fetchall()
                full = len(entries) == limit
                if full:
                    next_cursor = entries[-1][0]
                else:  # every other desk's entry up to the newest is in hand: skip our own too
                    high = raw.execute(f"SELECT coalesce(max(seq), 0) FROM {FEED_TABLE}").fetchone()
                    next_cursor = max(cursor, int(high[0]) if high else 0)
                rows = _rows_of(raw, entries)
                self.hook("pull.fetched", {"pid": raw.info.backend_pid, "entries": len(entries)})
        return Page(rows, len(entries), next_cursor, full)

    # -- conflicts ---------------------------------------------------------------------------

    def log_news(self, *, conflicts_after: int, reviews_after: int) -> tuple[list[tuple[int, Review]],
                                                                           list[tuple[int, Conflict]]]:
        """What a desk has not copied of the log yet: reviews numbered after `reviews_after`, and
        conflicts after id `conflicts_after`, on one connection. Reviews are read first: a review
        commits with or after its conflict, so the conflicts read next include every conflict a
        review read here is about."""
        with self.engine.connect() as conn:
            raw = _driver(conn)
            rows = raw.execute(
                "SELECT resolved_seq, table_name, row_id, field, loser_hlc, resolved_at, resolved_by "
                f"FROM {CONFLICT_TABLE} WHERE resolved_seq > %s ORDER BY resolved_seq", (reviews_after,)).fetchall()
            reviews = [(r[0], Review((r[1], r[2], r[3], r[4]), r[5].astimezone(dt.UTC).replace(tzinfo=None), r[6]))
                       for r in rows]
            return reviews, _conflicts(raw, conflicts_after, unresolved_only=False)

    def conflicts(self, *, after: int = 0, unresolved_only: bool = False) -> list[tuple[int, Conflict]]:
        """The conflict log after id `after` (ids commit in order: see _push), oldest first."""
        with self.engine.connect() as conn:
            return _conflicts(_driver(conn), after, unresolved_only=unresolved_only)


    # -- this desk's own marks (read-only: a restored desk re-joins, `check` anchors its chain) --
    # Plain SELECTs on rows whose origin is this desk; a desk's role may read every central table.

    def audit_head(self) -> tuple[int, str] | None:
        """This desk's last audit event the central holds, as (seq, hash)."""
        with self.engine.connect() as conn:
            row = _driver(conn).execute(
                "SELECT desk_seq, hash FROM audit_events WHERE origin_desk = %s "
                "ORDER BY desk_seq DESC LIMIT 1", (self.desk_id,)).fetchone()
        return (int(row[0]), str(row[1])) if row else None

    def audit_seqs(self) -> list[int]:
        """The positions of this desk's audit events the central holds, ascending."""
        with self.engine.connect() as conn:
            rows = _driver(conn).execute(
                "SELECT desk_seq FROM audit_events WHERE origin_desk = %s ORDER BY desk_seq",
                (self.desk_id,)).fetchall()
        return [int(r[0]) for r in rows]

    def audit_hashes(self, seqs: Sequence[int]) -> dict[int, str]:
        """This desk's audit hashes the central holds at these positions."""
        with self.engine.connect() as conn:
            rows = _driver(conn).execute(
                "SELECT desk_seq, hash FROM audit_events WHERE origin_desk = %s AND desk_seq = ANY(%s)",
                (self.desk_id, list(seqs))).fetchall()
        return {int(s): str(h) for s, h in rows}

    def audit_copies(self, ids: Sequence[str]) -> dict[str, tuple[int, str, str]]:
        """Of these audit events, those the central holds: id -> (seq, prev hash, hash)."""
        if not ids:
            return {}
        with self.engine.connect() as conn:
            rows = _driver(conn).execute(
                "SELECT id, desk_seq, prev_hash, hash FROM audit_events WHERE origin_desk = %s "
                "AND id = ANY(%s::text[])", (self.desk_id, text_array(ids))).fetchall()
        return {r[0]: (int(r[1]), str(r[2]), str(r[3])) for r in rows}

    def held_ids(self, table: str, ids: Sequence[str]) -> set[str]:
        """Which of these rows of a synced table the central holds."""
        if not ids or table not in SPECS:
            return set()
        with self.engine.connect() as conn:
            rows = _driver(conn).execute(f"SELECT id FROM {table} WHERE id = ANY(%s::text[])",
                                         (text_array(ids),)).fetchall()
        return {r[0] for r in rows}

    def request_marks(self, prefix: str) -> dict[int, int]:
        """Year -> the highest sequence of this desk's request numbers `PREFIX-YEAR-SEQ`."""
        with self.engine.connect() as conn:
            rows = _driver(conn).execute(
                "SELECT split_part(rest, '-', 1)::int, max(split_part(rest, '-', 2)::bigint) "
                "FROM (SELECT substr(number, length(%s) + 2) AS rest FROM requests "
                "      WHERE origin_desk = %s AND left(number, length(%s) + 1) = %s || '-') AS mine "
                "WHERE rest ~ '^[0-9]{1,9}-[0-9]{1,18}$' GROUP BY 1",
                (prefix, self.desk_id, prefix, prefix)).fetchall()
        return {int(year): int(seq) for year, seq in rows}

    def request_ids(self, numbers: Sequence[str]) -> dict[str, set[str]]:
        """Request number -> the ids of this desk's requests that carry it at the central."""
        found: dict[str, set[str]] = {}
        if not numbers:
            return found
        with self.engine.connect() as conn:
            for number, row_id in _driver(conn).execute(
                    "SELECT number, id FROM requests WHERE origin_desk = %s AND number = ANY(%s::text[])",
                    (self.desk_id, text_array(numbers))).fetchall():
                found.setdefault(number, set()).add(row_id)
        return found

    def clock_mark(self, clock_desk: str) -> str | None:
        """The highest clock this desk stamped that the central holds: rows' clocks, field clocks
        and conflict-log losers. Clocks are fixed-width text, so text order is clock order."""
        parts = []
        for spec in SPECS.values():
            parts.append(f"SELECT max(hlc) FROM {spec.name} WHERE right(hlc, %(n)s) = %(suffix)s")
            if spec.mutable:  # found in the JSON by pattern: a malformed row cannot fail this
                parts.append(f"SELECT max(m[1]) FROM {spec.name} AS t, "
                             "regexp_matches(t.field_clocks, %(pattern)s, 'g') AS m "
                             "WHERE strpos(t.field_clocks, %(desk)s) > 0")
        parts.append(f"SELECT max(loser_hlc) FROM {CONFLICT_TABLE} WHERE right(loser_hlc, %(n)s) = %(suffix)s")
        suffix = "-" + clock_desk
        with self.engine.connect() as conn:
            row = _driver(conn).execute(
                "SELECT max(m) FROM (" + " UNION ALL ".join(f"({p})" for p in parts) + ") AS marks(m)",
                {"n": len(suffix), "suffix": suffix, "desk": clock_desk,
                 "pattern": f'"([0-9]+-[0-9]+-{re.escape(clock_desk)})"'}).fetchone()
        return str(row[0]) if row and row[0] else None

    def read_page_with_own(self, cursor: int, limit: int) -> Page:
        """Like `read_page`, with this desk's own entries as well: what it pushed comes back to a
        restored desk, in feed order, so every row still follows its parent (a parent made at
        another desk included)."""
        with self.engine.connect() as base:
            conn = base.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            with conn.begin():
                raw = _driver(conn)
                entries = raw.execute(
                    f"SELECT seq, table_name, row_id FROM {FEED_TABLE} WHERE seq > %s "
                    "ORDER BY seq LIMIT %s", (cursor, limit)).fetchall()
                full = len(entries) == limit
                next_cursor = entries[-1][0] if entries else cursor
                rows = _rows_of(raw, entries)
        return Page(rows, len(entries), next_cursor, full)


def _rows_of(raw: psycopg.Connection[Any], entries: Sequence[Sequence[Any]]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows that feed entries (seq, table, row id) name, per table in dependency order, fetched
    by key (an index lookup each), never by a join the planner could turn into a whole-table scan."""
    wanted: dict[str, set[str]] = {}
    for _seq, table_name, row_id in entries:
        wanted.setdefault(table_name, set()).add(row_id)
    return {name: raw.execute(f"SELECT {SPECS[name].pg_select_list()} FROM {name} WHERE id = ANY(%s::text[])",
                              (text_array(wanted[name]),)).fetchall()
            for name in TABLE_ORDER if name in wanted}


def _conflicts(raw: psycopg.Connection[Any], after: int, *, unresolved_only: bool) -> list[tuple[int, Conflict]]:
    where = " AND resolved_at IS NULL" if unresolved_only else ""
    rows = raw.execute(
        "SELECT id, table_name, row_id, field, loser_value, loser_hlc, winner_value, winner_hlc, "
        f"detected_by FROM {CONFLICT_TABLE} WHERE id > %s{where} ORDER BY id", (after,)).fetchall()
    return [(r[0], Conflict(*r[1:])) for r in rows]


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_str(value: str) -> str:
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        return value.translate(_COPY_ESCAPES)
    return value


def copy_lines(rows: Iterable[Sequence[Any]]) -> list[str]:
    """Rows as lines of COPY's text format. Building the text here is several times faster than
    handing psycopg one value at a time; wire-format values are all str, int or None (schema.py)."""
    return [
        "\t".join(["\\N" if v is None else _copy_str(v) if v.__class__ is str else str(v) for v in row]) + "\n"
        for row in rows
    ]


def text_copy_lines(rows: Iterable[Sequence[str]], width: int) -> list[str]:
    """Text rows (schema.read_text_rows) as lines of COPY text. Almost every row needs no escape,
    and then one join is the whole work; the rest are escaped value by value."""
    lines = []
    for row in rows:
        line = "\t".join(row)
        if "\\" in line or "\n" in line or "\r" in line or line.count("\t") != width - 1:
            line = "\t".join(["\\N" if v == NULL_TEXT else _copy_str(v) for v in row])
        elif NULL_TEXT in line:
            line = line.replace(NULL_TEXT, "\\N")
        lines.append(line + "\n")
    return lines


def text_array(values: Iterable[str]) -> str:
    """A PostgreSQL text[] literal, sent as one string (psycopg's list adapter is slow for 10^5)."""
    return "{" + ",".join('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values) + "}"


def _copy_lines(cur: psycopg.Cursor[Any], table: str, columns: Sequence[str], lines: Sequence[str]) -> None:
    if not lines:
        return
    with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        copy.write("".join(lines))


