"""Core benchmarks (docs/architecture.md, "Performance budgets"): search, import and the committee queue over demo data.

Each row is a ratio to a baseline measured in the same run where one exists:
  search through the service vs a raw FTS5 query for the same text (budget: median <= 10x, p95 <= 20 ms)
  import through the service vs a raw executemany of the same rows (reported, no budget)
  committee queue first page (budget: <= 300 ms with 50,000 submitted requests)

    python benchmarks/bench_core.py [--count 100000] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from saa_desk.domain.beneficiary import BENEFICIARY_FIELDS  # noqa: E402
from saa_desk.services import (  # noqa: E402
    committee,
    demo,
    importing,
    search,
    users,
)
from saa_desk.store import search as fts  # noqa: E402
from saa_desk.store.database import Store  # noqa: E402
from tests.conftest import PASSWORD, Desk, make_desk  # noqa: E402
from tests.factories import beneficiary_data, nth_national_id  # noqa: E402


def timed(fn, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


def queries(db: Path, rng: random.Random) -> list[str]:
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT first_name, family_name, id_number, mobile FROM beneficiaries "
                        "ORDER BY random() LIMIT 40").fetchall()
    numbers = [r[0] for r in conn.execute("SELECT number FROM requests ORDER BY random() LIMIT 10")]
    conn.close()
    result = []
    for first, family, id_number, mobile in rows:
        result += [first, family[2:6], id_number, "0" + mobile[4:], f"{first} {family}"]
    return result + numbers


def bench_search(d, rng) -> list[tuple[str, str]]:
    texts = queries(d.store.db_path, rng)
    raw = sqlite3.connect(d.store.db_path)
    service_times, raw_times = [], []
    for text in texts * 3:
        q = fts.fts_query(text)
        raw_times += timed(lambda q=q: raw.execute(
            f"SELECT beneficiary_id FROM {fts.FTS_TABLE} WHERE {fts.FTS_TABLE} MATCH ? LIMIT 50",
            (q,)).fetchall(), 1)
        service_times += timed(lambda text=text: search.search_beneficiaries(d.store, d.reception, text), 1)
    raw.close()
    med_s, med_r = statistics.median(service_times), statistics.median(raw_times)
    return [
        ("search (service) median", f"{med_s * 1000:.2f} ms"),
        ("search raw FTS5 median (one prefix MATCH, LIMIT 50)", f"{med_r * 1000:.2f} ms"),
        ("search ratio service/raw (budget <= 10x)", f"{med_s / med_r:.1f}x"),
        ("search (service) p95 (budget <= 20 ms)", f"{p95(service_times) * 1000:.2f} ms"),
        ("search queries timed", str(len(service_times))),
    ]


def bench_import(tmp: Path, rows: int) -> list[tuple[str, str]]:
    people = [beneficiary_data(id_number=nth_national_id(i), address=f"شارع {i}") for i in range(rows)]
    path = tmp / "import.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(BENEFICIARY_FIELDS)
        for p in people:
            writer.writerow([p.get(f, "") for f in BENEFICIARY_FIELDS])
    d = make_desk(tmp / "import-desk", "IMP", "D1")
    start = time.perf_counter()
    report = importing.import_file(d.store, d.supervisor, path)
    service = time.perf_counter() - start
    assert report.imported == rows, report.rejected[:3]
    raw = sqlite3.connect(tmp / "raw.sqlite3")
    raw.execute(f"CREATE TABLE b (id TEXT PRIMARY KEY, {', '.join(BENEFICIARY_FIELDS)})")
    values = [(str(i), *[str(p.get(f, "")) for f in BENEFICIARY_FIELDS]) for i, p in enumerate(people)]
    start = time.perf_counter()
    raw.executemany(f"INSERT INTO b VALUES ({', '.join('?' * (len(BENEFICIARY_FIELDS) + 1))})", values)
    raw.commit()
    baseline = time.perf_counter() - start
    raw.close()
    return [
        (f"import {rows} rows (service)", f"{rows / service:,.0f} rows/s"),
        ("import raw executemany", f"{rows / baseline:,.0f} rows/s"),
        ("import ratio service/raw", f"{service / baseline:.0f}x"),
    ]


def bench_queue(d) -> list[tuple[str, str]]:
    count = committee.queue_count(d.store, d.committee)
    times = timed(lambda: (committee.queue_count(d.store, d.committee),
                           committee.queue_page(d.store, d.committee, 0, 200)), 10)
    return [(f"committee queue open: count + first 200 of {count:,} (budget <= 300 ms)",
             f"{statistics.median(times) * 1000:.1f} ms")]


def open_desk(data_dir: Path) -> Desk:
    store = Store(data_dir)
    actors = {name: users.authenticate(store, name, PASSWORD)
              for name in ("admin", "reception", "supervisor", "researcher", "committee")}
    return Desk(store, **actors)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--import-rows", type=int, default=5_000)
    parser.add_argument("--data-dir", help="reuse a desk generated by an earlier run")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="saa-bench-"))
    rng = random.Random(7)
    rows: list[tuple[str, str]] = []
    data_dir = Path(args.data_dir or tmp / "desk")
    if data_dir.exists() and Store(data_dir).initialised:
        d = open_desk(data_dir)  # reuse a desk generated by an earlier run
    else:
        d = make_desk(data_dir, training=True)  # demo data lives only on training desks
        start = time.perf_counter()
        demo.generate(d.store, d.supervisor, args.count, seed=11)
        rows.append((f"demo-data {args.count:,} beneficiaries + requests", f"{time.perf_counter() - start:.0f} s"))
    rows.append(("database size", f"{d.store.db_path.stat().st_size / 1e6:.0f} MB "
                                  f"(+ WAL {Path(str(d.store.db_path) + '-wal').stat().st_size / 1e6:.0f} MB)"))
    rows += bench_search(d, rng)
    rows += bench_queue(d)
    rows += bench_import(tmp, args.import_rows)
    width = max(len(r[0]) for r in rows)
    with sqlite3.connect(d.store.db_path) as conn:
        count = conn.execute("SELECT count(*) FROM beneficiaries").fetchone()[0]
    print(f"\nSAA Desk core benchmarks ({count:,} beneficiaries)")
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")


if __name__ == "__main__":
    main()
