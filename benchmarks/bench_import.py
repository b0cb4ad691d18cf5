"""Import benchmark (issue 14): a charity's register of `--rows` (default 100,000) people, as an
XLSX (or CSV) with Arabic headers, a title row, one full-name column, Arabic choice words, phones
and dates in mixed forms, imported by the real command in a child process.

Rows and budgets:
  import through the service: >= 5,000 rows/s, the child's peak RSS (VmHWM) <= 200 MB;
  against a raw executemany doing the same writes: the very rows the service wrote (beneficiaries,
  search entries, outbox and audit rows), inserted into a copy of the same empty desk (same
  tables, indexes and triggers) in one transaction: the service within 5x of it.

    python benchmarks/bench_import.py [--rows 100000] [--format xlsx|csv]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _table import Table  # noqa: E402

from tests.conftest import make_desk  # noqa: E402
from tests.factories import nth_national_id  # noqa: E402
from tests.rawdb import raw_connection  # noqa: E402

ROWS_PER_S = 5_000
RAW_RATIO = 5.0
RSS_MB = 200
HEADER = ["م", "الاسم الرباعي", "رقم الهوية", "الجنس", "الجنسية", "تاريخ الميلاد", "الجوال",
          "الحالة الاجتماعية", "الدخل الشهري", "المدينة", "الحي", "العنوان", "ملاحظات الباحث"]
FIRST = ["محمد", "عبد الله", "فاطمة", "نورة", "سعد", "خالد", "عائشة", "أحمد"]
OTHERS = ["علي", "سالم", "حسن", "عمر", "إبراهيم", "يوسف"]
FAMILY = ["القحطاني", "الشهري", "آل سعود", "الغامدي", "العتيبي", "الزهراني"]
CITIES = ["مكة المكرمة", "جدة", "الطائف", "المدينة المنورة"]
CHILD = """
import json, sys, time, io
from saa_desk.cli import run

def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024

out = io.StringIO()
start = time.monotonic()
code = run(["--data-dir", sys.argv[1], "--lang", "en", "import", sys.argv[2]], out)
print(json.dumps({"code": code, "seconds": time.monotonic() - start, "rss_mb": peak_mb(),
                  "tail": out.getvalue()[-300:]}))
"""


def register(rows: int, seed: int = 3) -> Iterator[list[Any]]:
    rng = random.Random(seed)
    digits = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    for i in range(rows):
        mobile = f"05{rng.randrange(10**8):08d}"
        mobile = rng.choice([mobile, "+966 " + mobile[1:3] + " " + mobile[3:6] + " " + mobile[6:],
                             "00966" + mobile[1:], mobile.translate(digits), mobile[1:]])
        year = rng.randrange(1950, 2005)
        birth = rng.choice([f"{rng.randrange(1, 28):02d}/{rng.randrange(1, 13):02d}/{year}",
                            f"{year}-{rng.randrange(1, 13)}-{rng.randrange(1, 28)}",
                            f"{rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/{year - 579} هـ"])
        name = " ".join((rng.choice(FIRST), rng.choice(OTHERS), rng.choice(OTHERS), rng.choice(FAMILY)))
        yield [i + 1, name, nth_national_id(i), rng.choice(["ذكر", "أنثى", "M", "F"]), rng.choice(["", "سعودي"]),
               birth, mobile, rng.choice(["متزوج", "أعزب", "أرملة", "مطلقة", "married"]),
               rng.choice(["", "3,500 ريال", "٢٠٠٠", 1500]), rng.choice(CITIES), f"حي {rng.randrange(300)}",
               f"شارع {rng.randrange(5000)}، مبنى {i}", rng.choice(["", "زيارة", "يحتاج متابعة"])]


def write_file(path: Path, rows: int) -> None:
    title = ["جمعية البر — سجل المستفيدين"]
    if path.suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerows([title, HEADER, *register(rows)])
        return
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(title)
    sheet.append(HEADER)
    for row in register(rows):
        sheet.append(row)
    book.save(path)


def tables(db: Path) -> dict[str, int]:
    """{table: max rowid} of every table a raw insert can fill (FTS shadow tables are its own)."""
    conn = raw_connection(db)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%\\_data' ESCAPE '\\' AND name NOT LIKE '%\\_idx' ESCAPE '\\' "
            "AND name NOT LIKE '%\\_content' ESCAPE '\\' AND name NOT LIKE '%\\_docsize' ESCAPE '\\' "
            "AND name NOT LIKE '%\\_config' ESCAPE '\\' AND name NOT LIKE 'alembic%'")]
        return {n: int(conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{n}"').fetchone()[0]) for n in names}
    finally:
        conn.close()


def raw_same_work(before: dict[str, int], written: Path, empty: Path) -> tuple[float, dict[str, int]]:
    """Insert the rows the service wrote into a copy of the empty desk; seconds and row counts."""
    source = raw_connection(written)
    batches: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
    for table, last in before.items():
        cursor = source.execute(f'SELECT rowid, * FROM "{table}" WHERE rowid > ?', (last,))
        columns = ["rowid", *(d[0] for d in cursor.description[1:])]
        rows = cursor.fetchall()
        if rows:
            batches[table] = (columns, rows)
    source.close()
    target = raw_connection(empty)
    started = time.perf_counter()
    target.execute("BEGIN")
    for table, (columns, rows) in batches.items():
        names = ", ".join(f'"{c}"' for c in columns)
        target.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})', rows)
    target.commit()
    seconds = time.perf_counter() - started
    target.close()
    return seconds, {t: len(r) for t, (_, r) in batches.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="saa-bench-import-"))
    table = Table(f"import benchmark ({args.rows:,} rows, {args.format})")
    try:
        source = tmp / f"register.{args.format}"
        started = time.perf_counter()
        write_file(source, args.rows)
        table.note("the register written (untimed setup)",
                   f"{source.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - started:.0f} s")
        desk = make_desk(tmp / "template", "IMP", "D1")
        db_name = desk.store.db_path.name
        desk.store.close()
        before = tables(tmp / "template" / db_name)
        for copy in ("service", "raw"):
            shutil.copytree(tmp / "template", tmp / copy)
        result = subprocess.run([sys.executable, "-c", CHILD, str(tmp / "service"), str(source)],
                                capture_output=True, text=True, check=True, cwd=ROOT)
        got = json.loads(result.stdout.strip().splitlines()[-1])
        assert got["code"] == 0, got
        rate = args.rows / got["seconds"]
        table.row("import through the service (the command, reading the file)", f"{rate:,.0f} rows/s",
                  budget=f">= {ROWS_PER_S:,} rows/s", ok=rate >= ROWS_PER_S)
        table.row("  its peak RSS (VmHWM of the child)", f"{got['rss_mb']:.0f} MB",
                  budget=f"<= {RSS_MB} MB", ok=got["rss_mb"] <= RSS_MB)
        raw, counts = raw_same_work(before, tmp / "service" / db_name, tmp / "raw" / db_name)
        ratio = got["seconds"] / raw
        table.row("  vs raw executemany of the same rows into the same tables",
                  f"{got['seconds']:.1f} s", f"{raw:.1f} s", ratio, budget=f"<= {RAW_RATIO:.0f}x",
                  ok=ratio <= RAW_RATIO)
        table.note("  rows the raw baseline inserts", ", ".join(f"{t} {n:,}" for t, n in sorted(counts.items())))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return table.print()


if __name__ == "__main__":
    sys.exit(main())
