"""Push: this desk's outbox to the central, in batches, each merged in one central transaction.

The whole push reads from one SQLite snapshot, so the row values sent, the claims (which fields
this desk edited, from which clock) and the outbox entries deleted afterwards all agree; edits made
while the push runs stay in the outbox for the next sync. Tables go in dependency order, so a
parent always reaches the central no later than its children. Outbox entries are deleted only
after the central committed; a crash in between re-sends the batch, which the merge ignores.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy import Connection

from saa_desk.store.database import Store
from saa_desk.sync import local
from saa_desk.sync.central_ops import BatchTable, Central, PushOutcome
from saa_desk.sync.merge import Conflict, Review
from saa_desk.sync.schema import SPECS, TABLE_ORDER, compact_clocks, raw_rows, read_text_rows


@dataclass
class _Pending:
    seqs: list[int] = field(default_factory=list)
    claims: dict[str, str | None] = field(default_factory=dict)


@dataclass
class PushResult:
    rows: int = 0
    batches: int = 0
    conflicts: list[Conflict] = field(default_factory=list)


def _outbox(conn: Connection) -> dict[str, dict[str, _Pending]]:
    """table -> row id -> its outbox entries; a field's claim is the base of its first edit."""
    pending: dict[str, dict[str, _Pending]] = {}
    rows = raw_rows(conn, "SELECT seq, table_name, row_id, field, base_hlc FROM sync_outbox ORDER BY seq")
    for seq, table_name, row_id, field_name, base in rows:
        if table_name not in SPECS:
            continue  # a table this version does not sync (cannot happen today; never fail on it)
        entry = pending.setdefault(table_name, {}).setdefault(row_id, _Pending())
        entry.seqs.append(seq)
        if field_name is not None and field_name not in entry.claims:
            entry.claims[field_name] = base
    return pending


def _batches(pending: dict[str, dict[str, _Pending]], size: int) -> Iterator[list[tuple[str, list[str]]]]:
    """Batches of about `size` rows, tables in dependency order, ids sorted.

    Sorted ids give each batch, and so each page another desk pulls, a narrow range of keys:
    the pulling desk then inserts into a few index pages a page, not into all of them."""
    batch: list[tuple[str, list[str]]] = []
    count = 0
    for name in TABLE_ORDER:
        ids = sorted(pending.get(name, {}))
        while ids:
            take, ids = ids[: size - count], ids[size - count:]
            batch.append((name, take))
            count += len(take)
            if count >= size:
                yield batch
                batch, count = [], 0
    if batch:
        yield batch


def _after_commit(store: Store, seqs: list[int], sent: list[Conflict], found: list[Conflict],
                  reviews: list[Review]) -> None:
    """One local transaction: forget what the central now has, log what it reported."""
    with store.write(None, capture=False) as s:
        if seqs:  # one statement, the numbers as one JSON array: far cheaper than one DELETE each
            s.connection().exec_driver_sql(
                "DELETE FROM sync_outbox WHERE seq IN (SELECT value FROM json_each(?))", (json.dumps(seqs),))
        if sent:
            local.mark_sent(s, sent)
        local.add_conflicts(s, found, unsent=False)
        # Marked sent; if another desk's review got there first, pulling it will replace this one.
        local.take_reviews(s, reviews)


def push(store: Store, central: Central, *, batch_size: int,
         progress: Callable[[int, int, int], None] | None = None) -> PushResult:
    """Send everything in the outbox; `progress(batch, rows_done, rows_total)` after each batch.

    While the central merges one batch, the next is read from the desk (a worker thread talks to
    the central; both sides mostly wait on I/O, so they overlap). Batches still commit one after
    another, in order."""
    result = PushResult()
    local.restamp_future_edits(store)
    # The executor stays for the reason pull's does: it overlaps the central's merge with reading
    # the next batch inside one job; it writes nothing locally, so it never competes for the lock.
    with store.read() as snapshot, ThreadPoolExecutor(1, thread_name_prefix="saa-sync-push") as worker:
        conn = snapshot.connection()
        pending = _outbox(conn)
        unsent = local.unsent_conflicts(snapshot)
        reviews = local.unsent_reviews(snapshot)
        total = sum(len(rows) for rows in pending.values())
        inflight: _Inflight | None = None
        for plan in _batches(pending, batch_size):
            tables: list[BatchTable] = []
            seqs: list[int] = []
            for name, ids in plan:
                rows = compact_clocks(SPECS[name], read_text_rows(conn, SPECS[name], ids))
                tables.append(BatchTable(SPECS[name], rows, {i: pending[name][i].claims for i in ids}))
                seqs.extend(q for i in ids for q in pending[name][i].seqs)
            if inflight is not None:
                _finish(store, central, inflight, result, total, progress)
            inflight = _Inflight(worker.submit(central.push_batch, tables, unsent, reviews), seqs, unsent,
                                 reviews, sum(len(t.rows) for t in tables))
            unsent, reviews = [], []
        if inflight is not None:
            _finish(store, central, inflight, result, total, progress)
        if unsent or reviews:  # no rows to push, but conflicts and reviews still go to the central
            central.push_batch([], unsent, reviews)
            _after_commit(store, [], unsent, [], reviews)
    return result


@dataclass
class _Inflight:
    outcome: Future[PushOutcome]
    seqs: list[int]
    sent: list[Conflict]
    reviews: list[Review]
    rows: int


def _finish(store: Store, central: Central, batch: _Inflight, result: PushResult, total: int,
            progress: Callable[[int, int, int], None] | None) -> None:
    outcome = batch.outcome.result()  # re-raises whatever stopped the batch
    central.hook("push.committed", {"batch": result.batches + 1})
    _after_commit(store, batch.seqs, batch.sent, outcome.conflicts, batch.reviews)
    result.batches += 1
    result.rows += batch.rows
    result.conflicts.extend(outcome.conflicts)
    if progress:
        progress(result.batches, result.rows, total)
