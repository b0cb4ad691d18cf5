"""Printing benchmark (docs/architecture.md, "Performance budgets": declaration PDF, median ≤ 100 ms a page).

Prints one table: median and p95 milliseconds per page for each document.

- The declaration as the desk prints it: through the recorded print service
  (services/printing.py `prepare_declaration` then `record_print`, each one transaction: the
  snapshot frozen or reused, the copy number counted, the PDF rendered, the print recorded and
  audited) on a training desk of demo requests, a different request each run; and a re-print of one
  request (`print_declaration`, a copy). Beside it, the renderer alone on the same snapshots: the
  difference is what the recording costs.
- The renderer alone, against a baseline measured in the same run: the same renderer drawing the
  same lines in the same layout (line breaks recorded from the real run) with the Arabic shaping
  switched off — no measuring, reshaping or bidi, reportlab drawing the logical strings. The ratio
  is what the shaping costs.

    python benchmarks/bench_printing.py [--runs 50]
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import datetime as dt
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _table import Table, median, p95  # noqa: E402
from sqlalchemy import select  # noqa: E402

from saa_desk.domain.workflow import Action  # noqa: E402
from saa_desk.printing import (  # noqa: E402
    DecisionLetterData,
    PrintContext,
    ReceiptData,
    arabic,
    layout,
    render_decision_letter,
    render_declaration,
    render_receipt,
)
from saa_desk.printing.fonts import register_fonts  # noqa: E402
from saa_desk.services import declarations, demo, printing, requests  # noqa: E402
from saa_desk.store.models import Declaration, SupportRequest  # noqa: E402
from tests.conftest import make_desk  # noqa: E402

BUDGET_MS_PER_PAGE = 100.0
_PAGE = re.compile(rb"/Type /Page(?!s)")
HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
CTX = PrintContext("فرع الرياض", dt.datetime(2025, 11, 25, 10, 30), "سارة الموظفة")
SNAPSHOT: dict[str, Any] = {
    "schema": 1,
    "request": {"id": "r-1", "number": "RYD-D1-2026-000123", "support_type": "umrah_trip",
                "channel": "interview",
                "description": "يرغب في أداء العمرة مع زوجته (لأول مرة) ولا يستطيع تحمل التكاليف."},
    "beneficiary": {
        "id": "b-1", "id_type": "national_id", "id_number": "1234567897",
        "passport_country": None, "id_expiry": "2027-01-31", "first_name": "محمد",
        "father_name": "عبدالله", "grandfather_name": "سالم", "family_name": "القحطاني",
        "latin_name": "Mohammed Abdullah Al-Qahtani", "gender": "male",
        "birth_date": "1980-03-15", "nationality": "SA", "mobile": "+966501234567",
        "city": "الرياض", "district": "النسيم", "address": "شارع الأمير محمد بن سعد، مبنى 12",
        "marital_status": "married", "monthly_income": 3500, "employment": "retired",
    },
    "household": [{"name": "فاطمة محمد", "relation": "daughter", "birth_date": "2010-05-01"},
                  {"name": "نورة سعد", "relation": "spouse", "birth_date": "1984-07-20"}],
    "documents": [{"document_type": "identity_copy", "status": "verified",
                   "document_number": None, "expiry_date": "2027-01-31"}],
}


def _long_snapshot() -> dict[str, Any]:
    data = copy.deepcopy(SNAPSHOT)
    data["beneficiary"]["address"] = (
        "حي الملك فهد، طريق الملك عبدالعزيز الفرعي، مجمع الواحة السكني (البوابة الشمالية)، "
        "فيلا رقم 27، بالقرب من مدارس الرواد الأهلية، الرمز البريدي 12345. "
    ) * 4
    data["household"] = [
        {"name": f"فرد الأسرة رقم {i}", "relation": "son", "birth_date": "2012-09-11"}
        for i in range(6)
    ]
    return data


def _varied(index: int) -> dict[str, Any]:
    """A different applicant each run, so the word-width cache only helps with fixed labels."""
    data = copy.deepcopy(SNAPSHOT)
    person = data["beneficiary"]
    person["first_name"] = ["محمد", "أحمد", "خالد", "سعد", "فهد"][index % 5] + "ي" * (index % 3)
    person["family_name"] = f"القحطاني{index}"
    person["id_number"] = f"1{index:09d}"
    person["address"] = f"شارع {index} مبنى {index * 7} شقة {index % 9}"
    return data


def _pages(pdf: bytes) -> int:
    return max(len(_PAGE.findall(pdf)), 1)


def _span(pages: set[int]) -> str:
    """The page counts seen: "1" or "1-2"."""
    return f"{min(pages)}" if len(pages) == 1 else f"{min(pages)}-{max(pages)}"


def _measure(render: Callable[[int], bytes], runs: int, warm: bool = True) -> tuple[list[float], str]:
    """Milliseconds a page of each run (each run divided by its own page count), and the page counts."""
    if warm:
        render(0)  # warm-up: font registration, imports
    times, pages = [], set()
    for index in range(runs):
        start = time.perf_counter()
        pdf = render(index)
        took = (time.perf_counter() - start) * 1000
        times.append(took / _pages(pdf))
        pages.add(_pages(pdf))
    return times, _span(pages)


def _service_rows(runs: int) -> list[tuple[str, list[float], str]]:
    """The declaration through the recorded print service on a training desk of demo requests,
    and, interleaved run by run (so a busy moment on the machine hits both alike), the renderer
    alone on the very snapshot the service just froze."""
    tmp = Path(tempfile.mkdtemp(prefix="saa-bench-print-"))
    d = make_desk(tmp / "desk", training=True)
    try:
        demo.generate(d.store, d.supervisor, 16 * runs + 40, seed=5)  # about 1 in 13 is printable
        with d.store.read() as s:
            every = list(s.scalars(select(SupportRequest.id).order_by(SupportRequest.number)))
        actor = d.reception
        # Only a request whose checklist is complete may have its declaration printed (the core
        # refuses the rest): the demo's requests are at every stage, so keep those.
        ids = [i for i in every if Action.PRINT_DECLARATION in requests.get(d.store, actor, i).actions][:runs + 2]
        assert len(ids) == runs + 2, f"only {len(ids)} printable demo requests"
        printing.record_print(d.store, actor, printing.prepare_declaration(d.store, actor, ids[-1]))  # warm-up
        service: list[float] = []
        alone: list[float] = []
        pages: set[int] = set()
        for index in range(runs):  # a request never printed before: snapshot, render, record
            start = time.perf_counter()
            job = printing.prepare_declaration(d.store, actor, ids[index + 1])
            pdf = printing.record_print(d.store, actor, job).pdf
            service.append((time.perf_counter() - start) * 1000 / _pages(pdf))
            with d.store.read() as s:
                decl = s.get(Declaration, job.declaration_id)
                assert decl is not None
                snapshot, sha = declarations.loads(decl), decl.snapshot_sha256
            start = time.perf_counter()
            pdf = render_declaration(snapshot, sha, CTX)
            alone.append((time.perf_counter() - start) * 1000 / _pages(pdf))
            pages.add(_pages(pdf))

        def reprint(_index: int) -> bytes:  # the same request again: snapshot reused, a copy
            return printing.print_declaration(d.store, actor, ids[0]).pdf

        return [("declaration: prepare + record (new request each run)", service, _span(pages)),
                ("  renderer alone, same snapshots, interleaved", alone, _span(pages)),
                ("declaration: print_declaration re-print (a copy)", *_measure(reprint, runs))]
    finally:
        d.store.close()
        shutil.rmtree(tmp, ignore_errors=True)


_Key = tuple[Any, ...]


def _record_logical_lines(render: Callable[[int], bytes], runs: int) -> dict[_Key, list[str]]:
    """Run the real renderer once per input (untimed) and note, for every string it wraps or
    shapes, the *logical* lines it laid out — so the baseline lays out exactly the same lines,
    rows and pages without any shaping."""
    recorded: dict[_Key, list[str]] = {}
    real_wrap, real_shape = arabic.wrap_rtl, arabic.shape_line

    def wrap(text: str, font: str, size: float, width: float) -> list[str]:
        recorded[("wrap", text, font, size, width)] = [
            line
            for paragraph in text.splitlines()
            for line in arabic._wrap_logical(arabic.clean(paragraph, font), font, size, width)
        ]
        return real_wrap(text, font, size, width)

    def shape(text: str, font: str) -> list[str]:
        recorded[("shape", text, font)] = [arabic.clean(" ".join(text.splitlines()), font)]
        return real_shape(text, font)

    with _patched(wrap, shape):
        for index in range(runs):
            render(index)
    return recorded


@contextlib.contextmanager
def _without_shaping(recorded: dict[_Key, list[str]]) -> Iterator[None]:
    """The baseline: the same layout, each line drawn as its logical string as it is (no
    measuring, no reshaping, no bidi)."""

    def wrap(text: str, font: str, size: float, width: float) -> list[str]:
        return recorded[("wrap", text, font, size, width)]

    def shape(text: str, font: str) -> str:
        return recorded[("shape", text, font)][0]

    with _patched(wrap, shape):
        yield


@contextlib.contextmanager
def _patched(wrap: Callable[..., Any], shape: Callable[..., Any]) -> Iterator[None]:
    # layout imported the helpers by name; arabic's own drawing helpers look them up globally.
    saved = arabic.wrap_rtl, arabic.shape_line, layout.wrap_rtl, layout.shape_line
    arabic.wrap_rtl = layout.wrap_rtl = wrap
    arabic.shape_line = layout.shape_line = shape
    try:
        yield
    finally:
        arabic.wrap_rtl, arabic.shape_line, layout.wrap_rtl, layout.shape_line = saved


def _cold(render: Callable[[int], bytes]) -> Callable[[int], bytes]:
    def run(index: int) -> bytes:
        arabic._unit_width.cache_clear()
        return render(index)

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    runs = parser.parse_args().runs
    register_fonts()
    long_snapshot = _long_snapshot()
    receipt = ReceiptData("RYD-D1-2026-000123", "محمد عبدالله سالم القحطاني", "1234567897",
                          "umrah_trip", dt.date(2025, 11, 25), dt.date(2025, 12, 9))
    letter = DecisionLetterData("RYD-D1-2026-000123", "محمد عبدالله سالم القحطاني", "1234567897",
                                "umrah_trip", "reject", "الدخل يتجاوز الحد المعتمد", "14",
                                dt.date(2025, 12, 8), dt.date(2025, 12, 8))

    def declaration(index: int) -> bytes:
        return render_declaration(_varied(index), HASH, CTX)

    rows: list[tuple[str, list[float], str]] = []
    rows += _service_rows(runs)
    recorded = _record_logical_lines(declaration, runs)
    arabic._unit_width.cache_clear()
    shaped = _measure(declaration, runs)
    rows.append(("renderer: declaration (new applicant each run)", *shaped))
    with _without_shaping(recorded):
        baseline = _measure(declaration, runs)
    rows.append(("  baseline: same layout, no shaping", *baseline))
    rows.append(("renderer: declaration, word cache cleared", *_measure(_cold(declaration), runs)))
    rows.append(("renderer: declaration, long address + 6 members",
                 *_measure(lambda i: render_declaration(long_snapshot, HASH, CTX), runs)))
    rows.append(("renderer: receipt", *_measure(lambda i: render_receipt(receipt, CTX), runs)))
    rows.append(("renderer: decision letter", *_measure(lambda i: render_decision_letter(letter, CTX),
                                                         runs)))

    table = Table(f"SAA Desk printing benchmark, {runs} runs each (median ms a page; p95 in the baseline column)")
    for name, per_page, pages in rows:
        med = median(per_page)
        budgeted = not name.strip().startswith(("baseline", "renderer alone"))
        table.row(f"{name} ({pages} p.)", f"{med:.1f} ms", f"p95 {p95(per_page):.1f} ms",
                  budget=f"<= {BUDGET_MS_PER_PAGE:.0f} ms" if budgeted else "",
                  ok=med <= BUDGET_MS_PER_PAGE if budgeted else None)
    service, alone = statistics.median(rows[0][1]), statistics.median(rows[1][1])
    table.row("recorded print / renderer alone (ms a page)", f"{service:.1f} ms", f"{alone:.1f} ms",
              service / alone)
    table.row("renderer declaration / no-shaping baseline", f"{statistics.median(shaped[0]):.1f} ms",
              f"{statistics.median(baseline[0]):.1f} ms", statistics.median(shaped[0]) / statistics.median(baseline[0]))
    return table.print()


if __name__ == "__main__":
    sys.exit(main())
