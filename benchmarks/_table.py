"""Shared by the benchmark scripts: timing helpers and the one table they all print.

Every row names what was measured, the figure, the baseline measured in the same run (where one
exists), their ratio, and the budget from docs/architecture.md ("Performance budgets"); a row
with a budget ends in `ok` or `over`, a row without one only informs. `Table.print()` returns the
exit status: 1 when any row is over, so a script run by hand or in a loop says so plainly.

    from _table import Table, ms, p95, timed
    samples = timed(lambda: work(), 20)
    table = Table("core benchmarks")
    table.row("first page", ms(median(samples)), budget="<= 300 ms", ok=median(samples) <= 0.300)
    sys.exit(table.print())
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """`repeat` wall-clock samples of fn(), in seconds."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples


def once(fn: Callable[[], object]) -> float:
    """One wall-clock sample of fn(), in seconds."""
    return timed(fn, 1)[0]


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """The fastest of `repeat` runs: on a shared machine noise only ever adds time."""
    return min(timed(fn, repeat))


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile: the smallest sample that at least p% of the samples do not exceed."""
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def p95(values: list[float]) -> float:
    return percentile(values, 95)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def secs(seconds: float) -> str:
    return f"{seconds:.3f} s"


@dataclass
class Row:
    what: str
    measured: str
    baseline: str = ""
    ratio: float | None = None
    budget: str = ""
    ok: bool | None = None  # None: no budget, the row only informs

    @property
    def verdict(self) -> str:
        return "" if self.ok is None else ("ok" if self.ok else "over")


@dataclass
class Table:
    title: str
    rows: list[Row] = field(default_factory=list)

    def row(self, what: str, measured: str, baseline: str = "", ratio: float | None = None,
            budget: str = "", ok: bool | None = None) -> Row:
        if budget and ok is None:
            raise ValueError(f"row {what!r} has a budget but no verdict")
        row = Row(what, measured, baseline, ratio, budget, ok)
        self.rows.append(row)
        return row

    def note(self, what: str, measured: str = "") -> Row:
        """A row that only informs (sizes, counts, the shape of the data)."""
        return self.row(what, measured)

    @property
    def over(self) -> list[Row]:
        return [r for r in self.rows if r.ok is False]

    def print(self) -> int:
        """Print the table; 0 when every budgeted row is within its budget, else 1."""
        headers = ("what", "measured", "baseline", "ratio", "budget", "")
        cells = [(r.what, r.measured, r.baseline, f"{r.ratio:.2f}x" if r.ratio is not None else "",
                  r.budget, r.verdict) for r in self.rows]
        widths = [max(len(h), *(len(c[i]) for c in cells)) if cells else len(h) for i, h in enumerate(headers)]

        def line(values: tuple[str, ...]) -> str:
            what, *rest = values
            right = "  ".join(v.rjust(w) for v, w in zip(rest[:3], widths[1:4], strict=True))
            return f"{what:<{widths[0]}}  {right}  {rest[3]:<{widths[4]}}  {rest[4]}".rstrip()

        print(f"\n{self.title}")
        print(line(headers))
        print("-" * (sum(widths) + 2 * len(widths)))
        for c in cells:
            print(line(c))
        budgeted = [r for r in self.rows if r.ok is not None]
        print(f"{len(budgeted) - len(self.over)} of {len(budgeted)} budgets ok"
              + (f", {len(self.over)} over" if self.over else ""))
        return 1 if self.over else 0
