"""Core benchmarks (docs/architecture.md, "Performance budgets"): search, the committee queue and
import, over a training desk of demo data.

Rows and budgets:
  committee queue (services/queue.py) with `--queued` (default 50,000) requests actually queued
  (submitted or under review): open (counts + first page), a middle page, the last page, a filter
  change: <= 300 ms each (median of `--repeat`); pages are keyset pages, so the key of the row
  before a middle or last page is read (untimed) first, as the screen holds its keys;
  search through the service for a name part, an ID number and a phone number, each against a
  raw query doing the same work on the same connection (whole words, then prefixes, then the
  rows): median <= 3x the raw query's and p95 <= 5 ms;
  import through the service: >= 5,000 rows/s (a raw executemany into one bare table is printed
  beside it; it does less work than the service, so its ratio only informs).

The demo generator makes requests in every status, so 100,000 beneficiaries give about 15,000
queued requests; the rest of `--queued` is topped up with submitted and under-review requests of
existing beneficiaries (written through the store, untimed), so the queue really holds that many.

    python benchmarks/bench_core.py [--count 100000] [--queued 50000] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _table import Table, median, ms, p95, timed  # noqa: E402
from sqlalchemy import func, select, text  # noqa: E402

from saa_desk.domain.beneficiary import BENEFICIARY_FIELDS  # noqa: E402
from saa_desk.domain.workflow import MIN_ANSWER_DAYS  # noqa: E402
from saa_desk.services import demo, importing, queue, search, users  # noqa: E402
from saa_desk.services.context import today  # noqa: E402
from saa_desk.store import search as fts  # noqa: E402
from saa_desk.store.database import Store  # noqa: E402
from saa_desk.store.models import Beneficiary, SupportRequest  # noqa: E402
from saa_desk.store.numbering import next_request_number  # noqa: E402
from tests.conftest import PASSWORD, Desk, make_desk  # noqa: E402
from tests.factories import beneficiary_data, nth_national_id  # noqa: E402
from tests.rawdb import raw_connection  # noqa: E402

QUEUE_BUDGET_S = 0.300
SEARCH_RATIO = 3.0
SEARCH_P95_S = 0.005
IMPORT_ROWS_PER_S = 5_000
PAGE = 200
TOP_UP_BATCH = 5_000


# -- the desk -------------------------------------------------------------------------------------


def open_desk(data_dir: Path) -> Desk:
    store = Store(data_dir)
    actors = {name: users.authenticate(store, name, PASSWORD)
              for name in ("admin", "reception", "supervisor", "researcher", "committee")}
    return Desk(store, **actors)


def top_up_queue(d: Desk, queued: int, rng: random.Random) -> int:
    """Add submitted / under-review requests (to existing beneficiaries) until `queued` are queued;
    returns how many were added. Written through the store, so change capture runs as usual."""
    have = sum(queue.counts(d.store, d.committee).values())
    missing = max(0, queued - have)
    on = today(d.store)
    with d.store.read() as s:
        people = list(s.scalars(select(Beneficiary.id).where(Beneficiary.deleted.is_(False))))
        kinds = list(s.scalars(select(SupportRequest.support_type).distinct()))
    added = 0
    while added < missing:
        take = min(TOP_UP_BATCH, missing - added)
        with d.store.write(d.supervisor.user_id) as s:
            for i in range(take):
                submitted = dt.datetime.combine(on - dt.timedelta(days=rng.randrange(0, 120)),
                                                dt.time(8 + rng.randrange(8), rng.randrange(60)))
                s.add(SupportRequest(
                    number=next_request_number(s, d.store, on.year), beneficiary_id=rng.choice(people),
                    support_type=rng.choice(kinds), channel="interview", description="طلب دعم",
                    status="submitted" if (added + i) % 2 else "under_review", submitted_at=submitted,
                    expected_answer_date=submitted.date() + dt.timedelta(days=MIN_ANSWER_DAYS)))
        added += take
    if added:
        d.store.optimise()  # fresh statistics, as after any bulk load
    return added


# -- committee queue --------------------------------------------------------------------------------


def bench_queue(d: Desk, table: Table, repeat: int) -> None:
    keys = queue.keys(d.store, d.committee, limit=10_000_000)
    count = len(keys)
    with d.store.read() as s:
        kind = s.scalar(select(SupportRequest.support_type).where(queue.IN_QUEUE)
                        .group_by(SupportRequest.support_type).order_by(func.count().desc()).limit(1))
    middle, last = keys[count // 2 - 1], keys[max(0, count - PAGE) - 1]
    everything = queue.EVERYTHING
    cases: list[tuple[str, Callable[[], object]]] = [
        (f"open: counts + first {PAGE}", lambda: (queue.counts(d.store, d.committee),
                                                  queue.page(d.store, d.committee, everything, None, PAGE))),
        (f"middle page (after row {count // 2:,})", lambda: queue.page(d.store, d.committee, everything, middle, PAGE)),
        (f"last page (after row {count - PAGE:,})", lambda: queue.page(d.store, d.committee, everything, last, PAGE)),
        ("filter change: under review only",
         lambda: queue.page(d.store, d.committee, queue.QueueFilter(status="under_review"))),
        (f"filter change: support type {kind}",
         lambda: queue.page(d.store, d.committee, queue.QueueFilter(support_type=kind))),
        ("filter change: overdue only", lambda: queue.page(d.store, d.committee, queue.QueueFilter(state="overdue"))),
    ]
    table.note(f"committee queue: {count:,} requests queued, pages of {PAGE}, median of {repeat}")
    for what, fn in cases:
        fn()  # the first call pays for cold pages; every row is timed warm alike
        took = median(timed(fn, repeat))
        table.row(f"  {what}", ms(took), budget="<= 300 ms", ok=took <= QUEUE_BUDGET_S)


# -- search -------------------------------------------------------------------------------------------

_ROWS_SQL = ("SELECT id, first_name, father_name, grandfather_name, family_name, id_type, id_number, mobile, city "
             "FROM beneficiaries WHERE id IN ({})")
_MATCH_SQL = f"SELECT beneficiary_id FROM {fts.FTS_TABLE} WHERE {fts.FTS_TABLE} MATCH ? LIMIT ?"


def raw_search(cursor: sqlite3.Cursor, whole: str, prefix: str, limit: int = 50) -> list[tuple]:
    """What the service does, as bare SQL on a DB-API cursor: the whole-word MATCH, then (if that
    left the page short) the prefix MATCH, then the rows of the ids found. The FTS query strings
    are built before the clock starts, so the service pays its normalisation in the ratio."""
    found: list[str] = []
    for query in (whole, prefix):
        for (bid,) in cursor.execute(_MATCH_SQL, (query, limit + len(found))):
            if bid not in found:
                found.append(bid)
        if len(found) >= limit:
            break
    found = found[:limit]
    if not found:
        return []
    return cursor.execute(_ROWS_SQL.format(",".join("?" * len(found))), found).fetchall()


def search_texts(d: Desk, people: int) -> dict[str, list[str]]:
    with d.store.read() as s:
        rows = s.execute(text("SELECT first_name, family_name, id_number, mobile FROM beneficiaries "
                              "WHERE deleted = 0 ORDER BY random() LIMIT :n"), {"n": people}).all()
    return {
        "name part (first or family name)": [r.first_name if i % 2 else r.family_name for i, r in enumerate(rows)],
        "ID number": [r.id_number for r in rows],
        "phone (05… local form)": ["0" + r.mobile[4:] for r in rows if r.mobile],
    }


def bench_search(d: Desk, table: Table, people: int, rounds: int) -> None:
    table.note(f"search: {people} people x {rounds} rounds a kind, service vs raw same-work SQL")
    with d.store.read() as s:
        cursor = s.connection().connection.dbapi_connection.cursor()  # the store's own connection
        for kind, texts in search_texts(d, people).items():
            service: list[float] = []
            raw: list[float] = []
            for _ in range(rounds):
                for t in texts:
                    whole, prefix = fts.fts_query(t, prefix=False), fts.fts_query(t, prefix=True)
                    assert whole and prefix
                    raw += timed(lambda w=whole, p=prefix: raw_search(cursor, w, p), 1)
                    service += timed(lambda t=t: search.search_beneficiaries(d.store, d.reception, t), 1)
            med_s, med_r, tail = median(service), median(raw), p95(service)
            table.row(f"  {kind}: median, service vs raw", ms(med_s), ms(med_r), med_s / med_r,
                      f"<= {SEARCH_RATIO:g}x", med_s <= SEARCH_RATIO * med_r)
            table.row(f"  {kind}: p95 through the service ({len(service)} searches)", ms(tail),
                      ms(p95(raw)), tail / p95(raw), "<= 5 ms", tail <= SEARCH_P95_S)
        cursor.close()


# -- import -------------------------------------------------------------------------------------------


def bench_import(tmp: Path, table: Table, rows: int) -> None:
    people = [beneficiary_data(id_number=nth_national_id(i), address=f"شارع {i}") for i in range(rows)]
    path = tmp / "import.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(BENEFICIARY_FIELDS)
        for p in people:
            writer.writerow([p.get(f, "") for f in BENEFICIARY_FIELDS])
    d = make_desk(tmp / "import-desk", "IMP", "D1")
    started = time.perf_counter()
    report = importing.import_file(d.store, d.supervisor, path)
    service = time.perf_counter() - started
    d.store.close()
    assert report.imported == rows, report.rejected[:3]
    # A scratch file of its own, never the desk's: the baseline is one bare table.
    raw = raw_connection(tmp / "raw.sqlite3")
    raw.execute(f"CREATE TABLE b (id TEXT PRIMARY KEY, {', '.join(BENEFICIARY_FIELDS)})")
    values = [(str(i), *[str(p.get(f, "")) for f in BENEFICIARY_FIELDS]) for i, p in enumerate(people)]
    started = time.perf_counter()
    raw.executemany(f"INSERT INTO b VALUES ({', '.join('?' * (len(BENEFICIARY_FIELDS) + 1))})", values)
    raw.commit()
    baseline = time.perf_counter() - started
    raw.close()
    table.row(f"import {rows:,} rows through the service", f"{rows / service:,.0f} rows/s",
              budget=f">= {IMPORT_ROWS_PER_S:,} rows/s", ok=rows / service >= IMPORT_ROWS_PER_S)
    table.row("  vs raw executemany into one bare table (less work: informs)", f"{service:.2f} s",
              f"{baseline:.2f} s", service / baseline)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="demo beneficiaries")
    parser.add_argument("--queued", type=int, default=50_000, help="requests in the committee queue")
    parser.add_argument("--repeat", type=int, default=10, help="timings a queue row (median kept)")
    parser.add_argument("--people", type=int, default=40, help="people searched for, per kind")
    parser.add_argument("--rounds", type=int, default=3, help="times each search is repeated")
    parser.add_argument("--import-rows", type=int, default=5_000)
    parser.add_argument("--data-dir", help="reuse a training desk generated by an earlier run")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="saa-bench-"))
    rng = random.Random(7)
    table = Table("")
    data_dir = Path(args.data_dir or tmp / "desk")
    if data_dir.exists() and Store(data_dir).initialised:
        d = open_desk(data_dir)  # reuse a desk generated by an earlier run
    else:
        d = make_desk(data_dir, training=True)  # demo data lives only on training desks
        started = time.perf_counter()
        demo.generate(d.store, d.supervisor, args.count, seed=11)
        table.note(f"demo-data {args.count:,} beneficiaries + requests (untimed setup)",
                   f"{time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    added = top_up_queue(d, args.queued, rng)
    if added:
        table.note(f"queue topped up with {added:,} submitted / under-review requests (untimed setup)",
                   f"{time.perf_counter() - started:.0f} s")
    with d.store.read() as s:
        count = int(s.scalar(select(func.count()).select_from(Beneficiary)) or 0)
        requests = int(s.scalar(select(func.count()).select_from(SupportRequest)) or 0)
    wal = Path(str(d.store.db_path) + "-wal")
    table.note("database size", f"{d.store.db_path.stat().st_size / 1e6:.0f} MB "
               f"(+ WAL {wal.stat().st_size / 1e6 if wal.exists() else 0:.0f} MB)")
    table.title = f"SAA Desk core benchmarks ({count:,} beneficiaries, {requests:,} requests)"
    bench_queue(d, table, args.repeat)
    bench_search(d, table, args.people, args.rounds)
    d.store.close()
    bench_import(tmp, table, args.import_rows)
    shutil.rmtree(tmp, ignore_errors=True)  # scratch files, and the desk unless --data-dir kept it elsewhere
    return table.print()


if __name__ == "__main__":
    sys.exit(main())
