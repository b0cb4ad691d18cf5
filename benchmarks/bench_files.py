"""Files benchmark (issue 12; docs/architecture.md, "Performance budgets"), against one embedded PostgreSQL:

* 100 scans of 1 MB pushed by desk A (its outbox, through the central's file functions, each desk
  logged in as its own desk role) and pulled by desk B (streamed chunk by chunk, as a sync fetches
  the files its rows name, every file verified by hash), against a raw binary COPY of the same bytes
  into a table of the same PostgreSQL and a raw COPY of them back out into files flushed to disk
  once (the desk flushes each file it keeps): budget (push + pull) <= 2x (COPY in + COPY out);
* memory: the process's peak resident set (ru_maxrss) before and after the transfers, and the peak
  of Python's own allocations (tracemalloc) over one more, untimed push + pull: files move a chunk
  at a time, so that peak is a few chunks, not the 100 MB moved.

Each figure is the best of a few trials (noise on a shared machine only adds time); the central's
file tables and B's files are emptied before every trial.

Run: python benchmarks/bench_files.py [--files 100] [--size-mb 1] [--trials 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import resource
import shutil
import sys
import tempfile
import tracemalloc
from pathlib import Path

import psycopg
from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _table import Table, once, secs  # noqa: E402
from bench_sync import central_server, fresh_database, new_desk  # noqa: E402

from saa_desk.domain.enums import MediaType  # noqa: E402
from saa_desk.services import files  # noqa: E402
from saa_desk.store import blobs  # noqa: E402
from saa_desk.store.database import Store  # noqa: E402
from saa_desk.store.models import FileUpload  # noqa: E402
from saa_desk.sync import files as transfer  # noqa: E402
from saa_desk.sync import register_desk  # noqa: E402
from saa_desk.sync.central_ops import Central  # noqa: E402
from saa_desk.sync.connection import desk_connect_url, dispose_engines  # noqa: E402
from saa_desk.sync.desk_roles import add_desk  # noqa: E402
from saa_desk.sync.local import CENTRAL_URL  # noqa: E402


def rss_mb() -> float:
    """Peak resident set of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def scans(store: Store, count: int, size: int) -> list[str]:
    """`count` different PDF "scans" of `size` bytes on the desk, queued for the central."""
    shas = []
    for i in range(count):
        block = hashlib.sha256(f"scan {i}".encode()).digest() * (size // 32 + 1)
        content = (f"%PDF-1.4\n% scan {i}\n".encode() + block)[:size]
        shas.append(blobs.put(store.data_dir, content, accepted=(MediaType.PDF,)).sha256)
    requeue(store, shas)
    return shas


def requeue(store: Store, shas: list[str]) -> None:
    with store.write(None, capture=False) as s:
        for sha in shas:
            files.queue_upload(s, sha, dt.datetime(2026, 12, 1))


def central_of(store: Store) -> Central:
    url = store.setting(CENTRAL_URL)
    assert url is not None and store.desk_id is not None
    central = Central(desk_connect_url(store, url), store.desk_id)
    central.handshake()
    return central


def empty_central(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("TRUNCATE file_chunks, file_objects")
        conn.execute("CHECKPOINT")


def push(store: Store, shas: list[str], url: str) -> float:
    empty_central(url)
    requeue(store, shas)
    central = central_of(store)

    def send() -> None:
        moved = transfer.FileTransfers()
        transfer.upload_pending(store, central, moved)
        assert moved.up == len(shas) and not moved.refused, moved

    return once(send)


def pull(store: Store, shas: list[str]) -> float:
    shutil.rmtree(blobs.files_dir(store.data_dir), ignore_errors=True)
    central = central_of(store)

    def fetch_all() -> None:  # what a sync does for the files its rows name
        moved = transfer.FileTransfers()
        transfer.fetch_many(store, central, shas, moved)
        assert moved.down == len(shas), moved

    took = once(fetch_all)
    assert all(blobs.verify(store.data_dir, sha) for sha in shas)
    return took


def raw_copy_in(source: Store, shas: list[str], url: str) -> float:
    """The floor of pushing: the same bytes, read a chunk at a time, binary COPY into a table."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS bench_raw_chunks")
        conn.execute("CREATE TABLE bench_raw_chunks (sha256 text, idx integer, data bytea, "
                     "PRIMARY KEY (sha256, idx))")
        conn.execute("ALTER TABLE bench_raw_chunks ALTER COLUMN data SET STORAGE EXTERNAL")
        conn.execute("CHECKPOINT")

    def copy_in() -> None:
        with psycopg.connect(url) as conn:
            conn.execute("TRUNCATE bench_raw_chunks")
            with conn.cursor() as cur, cur.copy("COPY bench_raw_chunks (sha256, idx, data) FROM STDIN "
                                                "(FORMAT BINARY)") as copy:
                copy.set_types(["text", "int4", "bytea"])
                for sha in shas:
                    for i, piece in enumerate(blobs.read_chunks(source.data_dir, sha)):
                        copy.write_row((sha, i, piece))

    return once(copy_in)


def raw_copy_out(url: str, target: Path) -> float:
    """The floor of pulling: the same bytes out with a binary COPY, written to files and flushed."""

    def copy_out() -> None:
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir()
        with psycopg.connect(url) as conn, conn.cursor() as cur, cur.copy(
                "COPY (SELECT sha256, data FROM bench_raw_chunks ORDER BY sha256, idx) TO STDOUT "
                "(FORMAT BINARY)") as copy:
            copy.set_types(["text", "bytea"])
            for sha, data in copy.rows():
                with (target / sha).open("ab") as fh:
                    fh.write(data)
        os.sync()  # on disk, as any copy a desk keeps must be (the desk fsyncs each file it keeps)

    return once(copy_out)


def central_hashing(url: str) -> float:
    """What the central's own SHA-256 costs over the same bytes (it checks every file it keeps)."""

    def hash_all() -> None:
        with psycopg.connect(url) as conn:
            conn.execute("SELECT count(sha256(data)) FROM bench_raw_chunks").fetchone()

    return once(hash_all)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--trials", type=int, default=3)
    parser.add_argument("--central", help="a PostgreSQL superuser URL (default: an embedded server)")
    args = parser.parse_args()
    size = int(args.size_mb * (1 << 20))
    work = Path(tempfile.mkdtemp(prefix="saa-bench-files-"))
    server = None
    try:
        admin_url, server = central_server(args.central, work)
        url = fresh_database(admin_url, "saa_bench_files")
        a, b = new_desk(work / "a", "RYD", "D1"), new_desk(work / "b", "JED", "D2")
        for store, code in ((a, "RYD-D1"), (b, "JED-D2")):
            register_desk(store, add_desk(url, code).url)
        shas = scans(a, args.files, size)
        with a.read() as s:
            assert len(s.scalars(select(FileUpload.sha256)).all()) == len(shas)
        before = rss_mb()
        pushes, pulls = [], []
        for _ in range(args.trials):
            pushes.append(push(a, shas, url))
            pulls.append(pull(b, shas))
        peak = rss_mb()
        tracemalloc.start()
        push(a, shas, url)
        pull(b, shas)
        traced = tracemalloc.get_traced_memory()[1] / (1 << 20)
        tracemalloc.stop()
        copy_in = min(raw_copy_in(a, shas, url) for _ in range(args.trials))
        copy_out = min(raw_copy_out(url, work / "raw-out") for _ in range(args.trials))
        hashing = min(central_hashing(url) for _ in range(args.trials))
        moved, floor = min(pushes) + min(pulls), copy_in + copy_out
        megabytes = args.files * size / (1 << 20)
        table = Table(f"files: {args.files} scans of {args.size_mb:g} MB ({megabytes:.0f} MB), best of "
                      f"{args.trials}, desks as desk roles")
        table.row("push (A's outbox to the central)", secs(min(pushes)), secs(copy_in), min(pushes) / copy_in)
        table.row("pull (B fetches every file)", secs(min(pulls)), secs(copy_out), min(pulls) / copy_out)
        table.row("push + pull vs raw COPY in + out", secs(moved), secs(floor), moved / floor,
                  budget="<= 2.00x", ok=moved / floor <= 2.0)
        table.note("throughput, push + pull", f"{2 * megabytes / moved:.0f} MB/s")
        table.note("of the push: the central's SHA-256 of the same bytes", secs(hashing))
        table.note("peak RSS before the transfers", f"{before:.0f} MB")
        table.note("peak RSS after them", f"{peak:.0f} MB (+{peak - before:.0f} MB for {megabytes:.0f} MB moved)")
        table.note("peak Python allocations over a push + pull", f"{traced:.1f} MB")
        a.close()
        b.close()
        return table.print()
    finally:
        dispose_engines()
        if server is not None:
            server.cleanup()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
