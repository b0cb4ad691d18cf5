"""The scale past one office (docs/architecture.md, "Performance budgets"): what a new desk's first
pull costs when the association holds many beneficiaries.

One desk registers N beneficiaries (each with the audit event of its registration, written the
way the services write them) and pushes them to a central, in steps so its outbox stays bounded.
Then a brand-new desk, in a process of its own, initialises, registers and pulls everything: the
time of that first pull, the pulling process's peak RSS, and the size of its database on disk
(the file plus its WAL) are what a large association pays for each new desk. A second row pulls
a tenth as many the same way, so the growth is seen in the same run: it should be close to
linear (budget: N costs at most 12x N/10, as for push and pull).

Run: python benchmarks/bench_scale.py [--size 1000000] [--central URL]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _table import Table, secs  # noqa: E402
from bench_sync import central_server, fill, fresh_database, new_desk  # noqa: E402

from saa_desk.sync import register_desk, sync_once  # noqa: E402
from saa_desk.sync.connection import dispose_engines  # noqa: E402

STEP = 100_000  # beneficiaries written and pushed at a time while preparing (not timed)
GROWTH_BUDGET = 12.0

# The measured part runs alone in a fresh interpreter, so its peak RSS is the first pull's own.
_PULL = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[1] + "/benchmarks")
from bench_sync import new_desk
from saa_desk.sync import register_desk, sync_once
where, url = Path(sys.argv[2]), sys.argv[3]
store = new_desk(where, "MED", sys.argv[4])
register_desk(store, url)
started = time.perf_counter()
summary = sync_once(store, url)
seconds = time.perf_counter() - started
store.close()
size = sum(p.stat().st_size for p in where.rglob("*.sqlite3*"))
print(json.dumps({"seconds": seconds, "pulled": summary.pulled, "bytes": size,
                  "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def populate(url: str, work: Path, n: int) -> None:
    """A desk writes n beneficiaries with their audit events and pushes them, STEP at a time."""
    source = new_desk(work / f"source{n}", "RYD", "D1")
    try:
        register_desk(source, url)
        sync_once(source, url)
        done = 0
        while done < n:
            take = min(STEP, n - done)
            fill(source, take)
            pushed = sync_once(source, url).pushed
            assert pushed >= 2 * take, (pushed, take)
            done += take
    finally:
        source.close()


def first_pull(url: str, work: Path, n: int, code: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", _PULL, str(ROOT), str(work / f"new{n}"), url, code],
                         check=True, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["pulled"] >= 2 * n, result
    return result


def measure(admin_url: str, work: Path, n: int, code: str) -> dict[str, float]:
    url = fresh_database(admin_url, f"bench_scale_{n}")
    started = time.perf_counter()
    populate(url, work, n)
    prepared = time.perf_counter() - started
    return {"n": n, "prepare": prepared, **first_pull(url, work, n, code)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--central", help="a PostgreSQL superuser URL (default: an embedded server)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="saa-bench-scale-"))
    server = None
    try:
        admin_url, server = central_server(args.central, work)
        small = measure(admin_url, work, args.size // 10, "D2")
        large = measure(admin_url, work, args.size, "D3")
    finally:
        dispose_engines()
        if server is not None:
            server.cleanup()
        shutil.rmtree(work, ignore_errors=True)
    table = Table("A new desk's first pull (each beneficiary with the audit event of its registration)")
    for r in (small, large):
        n = int(r["n"])
        table.row(f"first pull of {n:,} beneficiaries: time", secs(r["seconds"]))
        table.row(f"first pull of {n:,}: rows a second", f"{r['pulled'] / r['seconds']:,.0f}")
        table.row(f"first pull of {n:,}: peak RSS of the pulling process", f"{r['rss_kb'] / 1024:,.0f} MB")
        table.row(f"first pull of {n:,}: the desk's database on disk", f"{r['bytes'] / 2**20:,.0f} MB")
        table.row(f"preparing {n:,} (write + push, not a budget)", secs(r["prepare"]))
    growth = large["seconds"] / small["seconds"]
    table.row(f"growth: {int(large['n']):,} vs {int(small['n']):,}", secs(large["seconds"]), secs(small["seconds"]),
              growth, f"<= {GROWTH_BUDGET:g}x", growth <= GROWTH_BUDGET)
    return table.print()


if __name__ == "__main__":
    sys.exit(main())
