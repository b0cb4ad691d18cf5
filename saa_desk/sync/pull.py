"""Pull: other desks' changes from the central feed into this desk, a page at a time.

Each page is read from one central snapshot and applied in one local transaction that also moves
the cursor, so a page is either wholly applied (and never asked for again) or not at all. Pulled
rows are merged field by field with capture off (they are not ours to push back); a local field
with a newer clock stays, and will win on the central when this desk pushes it.

A row the desk cannot apply never fails the page: it is quarantined (quarantine.py) and the rest
applies. Rows are checked a column at a time first; each table's rows go in with bulk statements
inside a SAVEPOINT, and when SQLite refuses one (a constraint) that table's rows are applied one by
one, each in its own SAVEPOINT. Foreign keys are checked when the page commits; a page that fails
there is applied again "carefully": every row on its own with its keys checked at once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from saa_desk.store import changes
from saa_desk.store.capture import CLOCK_KEY
from saa_desk.store.changes import ChangeSet
from saa_desk.store.database import Store
from saa_desk.sync import local, quarantine
from saa_desk.sync.central_ops import Central, Page
from saa_desk.sync.merge import DECISION_FIELD, Conflict, merge_row
from saa_desk.sync.quarantine import Problem
from saa_desk.sync.schema import SPECS, TABLE_ORDER, TableSpec, raw_rows, read_local
from saa_desk.sync.search_index import refresh_many

PULL_CACHE_KIB = -131072  # negative: KiB, i.e. 128 MiB while a page is applied


@dataclass
class PullResult:
    rows: int = 0
    pages: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    beneficiaries: set[str] = field(default_factory=set)  # touched, for duplicate detection
    quarantined: int = 0  # rows set aside in this pull
    changes: ChangeSet = field(default_factory=ChangeSet)  # the rows applied (inserted or changed)


@dataclass
class Applied:
    rows: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    beneficiaries: set[str] = field(default_factory=set)
    new_beneficiaries: set[str] = field(default_factory=set)
    beneficiary_rows: dict[str, tuple[Any, ...]] = field(default_factory=dict)  # as now stored
    problems: list[Problem] = field(default_factory=list)  # rows that could not be applied
    good: dict[str, list[str]] = field(default_factory=dict)  # table -> ids of rows that were
    written: dict[str, set[str]] = field(default_factory=dict)  # table -> ids inserted or changed

    def absorb(self, other: Applied) -> None:
        self.rows += other.rows
        for table, ids in other.written.items():
            self.written.setdefault(table, set()).update(ids)
        self.conflicts.extend(other.conflicts)
        self.beneficiaries |= other.beneficiaries
        self.new_beneficiaries |= other.new_beneficiaries
        self.beneficiary_rows.update(other.beneficiary_rows)


Edits = Callable[[], dict[tuple[str, str], set[tuple[str, str]]]]
# A refused row costs its table a row-by-row retry, never the page. Operational errors (a locked
# or full disk, an interrupted connection) are not about a row and fail the sync as before.
_ROW_ERRORS: tuple[type[BaseException], ...] = (DBAPIError, sqlite3.Error)
# ... and, row by row, a value the merge cannot handle (validation should have caught it): one row
# must not stop every later sync, whatever is wrong with it.
_MERGE_ERRORS: tuple[type[BaseException], ...] = (*_ROW_ERRORS, ValueError, TypeError)


def _row_error(exc: BaseException) -> bool:
    return not isinstance(exc, OperationalError | sqlite3.OperationalError)


def _unpushed_edits(conn: Connection) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """(table, row) -> {(field, clock)} of local edits still in the outbox."""
    edits: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for table_name, row_id, field_name, hlc in raw_rows(
        conn, "SELECT table_name, row_id, field, hlc FROM sync_outbox WHERE field IS NOT NULL"
    ):
        edits.setdefault((table_name, row_id), set()).add((field_name, hlc))
    return edits


def decision_value(meeting_number: str | None, outcome: str, decision_id: str) -> str:
    """A decision as a conflict value, in the text the central's jsonb gives it (keys in jsonb's order)."""
    return json.dumps({"meeting": meeting_number, "outcome": outcome, "decision": decision_id}, ensure_ascii=False)


def concurrent_decisions(conn: Connection, spec: TableSpec, pulled: Sequence[Sequence[Any]],
                         desk_id: str) -> list[Conflict]:
    """Pulled decisions for requests this desk decided too, in a decision it has not pushed yet:
    neither desk knew of the other's (the central finds every other pair, at the second push).
    Both rows are kept; the pair is logged on the request, the later clock as the winner."""
    if not raw_rows(conn, "SELECT 1 FROM sync_outbox WHERE table_name = 'decisions' LIMIT 1"):
        return []  # nearly always: no decision of ours waits to be pushed
    at = {c: spec.index(c) for c in ("request_id", "meeting_id", "outcome", "hlc")}
    found: list[Conflict] = []
    for row in pulled:
        theirs = (row[at["hlc"]], decision_value(_meeting_number(conn, row[at["meeting_id"]]),
                                                 row[at["outcome"]], row[0]))
        for oid, outcome, hlc, number in raw_rows(
            conn, "SELECT d.id, d.outcome, d.hlc, m.number FROM decisions d "
                  "LEFT JOIN committee_meetings m ON m.id = d.meeting_id "
                  "WHERE d.request_id = ? AND d.id <> ? AND EXISTS (SELECT 1 FROM sync_outbox o "
                  "WHERE o.table_name = 'decisions' AND o.row_id = d.id)", (row[at["request_id"]], row[0])):
            ours = (hlc, decision_value(number, outcome, oid))
            loser, winner = sorted((ours, theirs))
            found.append(Conflict("requests", str(row[at["request_id"]]), DECISION_FIELD, loser[1], loser[0],
                                  winner[1], winner[0], desk_id))
    return found


def _meeting_number(conn: Connection, meeting_id: str | None) -> str | None:
    rows = raw_rows(conn, "SELECT number FROM committee_meetings WHERE id = ?", (meeting_id,))
    return str(rows[0][0]) if rows else None


def _insert(conn: Connection, spec: TableSpec, rows: Sequence[Sequence[Any]]) -> None:
    if rows:
        conn.exec_driver_sql(spec.sqlite_insert(), list(rows))


def _update(conn: Connection, spec: TableSpec, rows: Sequence[Sequence[Any]]) -> None:
    if rows:
        sets = ", ".join(f"{c} = ?" for c in spec.columns[1:])
        conn.exec_driver_sql(f"UPDATE {spec.name} SET {sets} WHERE id = ?", [(*r[1:], r[0]) for r in rows])


def _apply_table(conn: Connection, spec: TableSpec, rows: list[tuple[Any, ...]], desk_id: str,
                 edits: Edits, out: Applied) -> None:
    mine = {r[0]: r for r in read_local(conn, spec, [r[0] for r in rows])}
    new = [r for r in rows if r[0] not in mine]
    _insert(conn, spec, new)
    if spec.name == "decisions" and new:
        out.conflicts.extend(concurrent_decisions(conn, spec, new, desk_id))
    changed: list[tuple[Any, ...]] = []
    superseded: list[tuple[str, str, str]] = []
    if spec.mutable:
        for row in rows:
            current = mine.get(row[0])
            if current is None:
                continue
            unpushed = edits().get((spec.name, row[0]), set())
            merged = merge_row(spec, current, row, detected_by=desk_id, pending=unpushed)
            out.conflicts.extend(merged.conflicts)
            if merged.row is not None:
                changed.append(merged.row)
            # Unpushed local edits of a field that just lost are history now (logged if they
            # differed): pushing their claims later would report conflicts that were not.
            pending_fields = {f for f, _hlc in unpushed}
            superseded.extend((spec.name, row[0], f) for f in merged.taken if f in pending_fields)
        _update(conn, spec, changed)
        if superseded:
            conn.exec_driver_sql("DELETE FROM sync_outbox WHERE table_name = ? AND row_id = ? AND field = ?",
                                 superseded)
    out.rows += len(new) + len(changed)
    out.written.setdefault(spec.name, set()).update(r[0] for r in (*new, *changed))
    if spec.name == "beneficiaries":
        out.beneficiary_rows.update((r[0], r) for r in (*new, *changed))
        out.beneficiaries.update(out.beneficiary_rows)
        out.new_beneficiaries.update(r[0] for r in new)
    elif spec.name == "requests":  # a request's number is in its beneficiary's search document
        at = spec.index("beneficiary_id")
        out.beneficiaries.update(r[at] for r in (*new, *changed))
        out.beneficiaries.update(mine[r[0]][at] for r in changed)


@contextmanager
def _big_cache(conn: Connection) -> Iterator[None]:
    """A page inserts thousands of rows at random places in several indexes (UUID keys, the FTS
    index); SQLite's default 2 MB page cache would make that thrash. Restored afterwards."""
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = {PULL_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


def _savepoint(conn: Connection, name: str, work: Callable[[], None]) -> BaseException | None:
    """Run `work` inside a SAVEPOINT; a row-level error undoes it and is returned."""
    conn.exec_driver_sql(f"SAVEPOINT {name}")
    try:
        work()
    except _MERGE_ERRORS as exc:
        if not _row_error(exc):
            raise
        conn.exec_driver_sql(f"ROLLBACK TO {name}")
        conn.exec_driver_sql(f"RELEASE {name}")
        return exc
    conn.exec_driver_sql(f"RELEASE {name}")
    return None


def _apply_rows_of(conn: Connection, spec: TableSpec, rows: list[tuple[Any, ...]], desk_id: str,
                   edits: Edits, out: Applied, *, careful: bool) -> None:
    """One table's rows of a page: in bulk, or (refused, or `careful`) one by one."""
    rows, problems = quarantine.validate(spec, rows)
    part = Applied()
    if careful or _savepoint(conn, "saa_pull_table",
                             lambda: _apply_table(conn, spec, rows, desk_id, edits, part)) is not None:
        part = Applied()
        for row in rows:
            one = Applied()
            failed = _savepoint(conn, "saa_pull_row", lambda r=row, o=one: _apply_table(  # type: ignore[misc]
                conn, spec, [r], desk_id, edits, o))
            if failed is None:
                part.absorb(one)
            else:
                problems.append(quarantine.refused(spec, row, failed, conn))
    out.absorb(part)
    out.problems.extend(problems)
    if problems:
        dropped = {p.row_id for p in problems}
        rows = [r for r in rows if r[0] not in dropped]
    out.good[spec.name] = [r[0] for r in rows]


def apply_rows(session: Session, pulled: dict[str, list[tuple[Any, ...]]], desk_id: str, *,
               careful: bool = False) -> Applied:
    """Apply pulled rows (table -> wire-format rows) in this write session: merged, indexed for
    search, the conflicts logged, the desk's clock moved past them. Rows that cannot be applied
    are in `problems`, not stored; the caller quarantines them. `careful`: row by row."""
    out = Applied()
    conn = session.connection()
    cache: dict[str, dict[tuple[str, str], set[tuple[str, str]]]] = {}

    def edits() -> dict[tuple[str, str], set[tuple[str, str]]]:
        if "e" not in cache:
            cache["e"] = _unpushed_edits(conn)
        return cache["e"]

    for name in TABLE_ORDER:
        rows = pulled.get(name)
        if rows:
            _apply_rows_of(conn, SPECS[name], rows, desk_id, edits, out, careful=careful)
    newest = _newest(pulled, out)
    if newest:
        session.info[CLOCK_KEY].observe(newest)  # our next edit sorts after what we saw
    if out.beneficiaries:
        refresh_many(conn, out.beneficiaries, out.new_beneficiaries, out.beneficiary_rows)
    local.add_conflicts(session, out.conflicts, unsent=True)
    for table, ids in out.written.items():  # raw SQL: the flush hook does not see these rows
        changes.note(session.info, table, ids)
    return out


def _newest(pulled: dict[str, list[tuple[Any, ...]]], out: Applied) -> str:
    """The largest clock among the rows applied (a quarantined row's clock may not be a clock)."""
    newest = ""
    dropped = {(p.table_name, p.row_id) for p in out.problems}
    for name, rows in pulled.items():
        if rows:
            at = SPECS[name].index("hlc")
            if dropped:
                rows = [r for r in rows if (name, r[0]) not in dropped]
            newest = max(newest, max((r[at] for r in rows), default=""))
    return newest


def _apply_page(store: Store, central: Central, page: Page, *, careful: bool) -> Applied:
    with store.write(None, capture=False) as session, _big_cache(session.connection()):
        conn = session.connection()
        if not careful:
            # A page may hold a child whose parent came in an earlier page or comes later in this
            # one. Careful mode checks each row's keys at once instead (parents come first).
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        out = apply_rows(session, page.rows, central.desk_id, careful=careful)
        quarantine.record(conn, out.problems, page.next_cursor)
        quarantine.resolve(conn, out.good)
        local.put(session, local.CURSOR, str(page.next_cursor))
        central.hook("pull.applied", {"entries": page.entries})
    return out


def _apply(store: Store, central: Central, page: Page) -> Applied:
    try:
        return _apply_page(store, central, page, careful=False)
    except _ROW_ERRORS as exc:  # a foreign key failed at commit: which row is not said
        if not _row_error(exc):
            raise
        return _apply_page(store, central, page, careful=True)


def pull(store: Store, central: Central, *, page_size: int,
         progress: Callable[[int, int], None] | None = None) -> PullResult:
    """Apply every change of other desks after this desk's cursor; `progress(page, rows)`.

    The next page is fetched from the central (in a worker thread) while this one is applied."""
    result = PullResult()
    with store.read() as s:
        cursor = local.cursor(s)
    # This executor stays, though the GUI has one job mechanism (the runner's write queue, which
    # runs this whole sync as one job): it is not a second way to schedule work but the core's
    # own overlap of network and disk within the job, Qt-free so the CLI gets it too. Its thread
    # only reads from the central; every local write stays on the job's thread, in order.
    with ThreadPoolExecutor(1, thread_name_prefix="saa-sync-pull") as worker:
        upcoming = worker.submit(central.read_page, cursor, page_size)
        while True:
            page = upcoming.result()
            if page.entries == 0 and page.next_cursor == cursor:
                break
            if page.full:
                upcoming = worker.submit(central.read_page, page.next_cursor, page_size)
            applied = _apply(store, central, page)
            cursor = page.next_cursor
            result.pages += 1
            result.rows += applied.rows
            result.conflicts.extend(applied.conflicts)
            result.beneficiaries |= applied.beneficiaries
            result.quarantined += len(applied.problems)
            result.changes = result.changes | ChangeSet.of(applied.written)
            if progress and page.entries:
                progress(result.pages, result.rows)
            if not page.full:
                break
    _copy_conflict_log(store, central)
    return result


def _copy_conflict_log(store: Store, central: Central) -> None:
    """Bring the central's conflict log down, so a supervisor can review it offline, and the
    reviews made at other desks, so nobody reviews a conflict twice."""
    with store.read() as s:
        after = local.cursor(s, local.CONFLICT_CURSOR)
        reviewed_after = local.cursor(s, local.REVIEW_CURSOR)
    reviews, found = central.log_news(conflicts_after=after, reviews_after=reviewed_after)
    if found or reviews:
        with store.write(None, capture=False) as s:
            local.add_conflicts(s, [c for _id, c in found], unsent=False)
            local.take_reviews(s, [r for _seq, r in reviews])
            if found:
                local.put(s, local.CONFLICT_CURSOR, str(found[-1][0]))
            if reviews:
                local.put(s, local.REVIEW_CURSOR, str(reviews[-1][0]))
