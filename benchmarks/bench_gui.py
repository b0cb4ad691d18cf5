"""GUI benchmark (docs/architecture.md, "Performance budgets"): start-up, search as you type over
100,000 beneficiaries, memory.

Prints one table:

- start to login window, whole process (offscreen): median of `--starts` fresh processes, from
  just before the process is spawned to the moment the login window has been shown and painted,
  against a bare QApplication showing an empty QWidget measured the same way in the same run
  (budget ≤ 3×);
- search as you type: every keystroke of a name, an ID number and a mobile number typed into the
  search box of the real window over a desk of `--count` demo beneficiaries — the time from the
  key event to the results and hint on screen (median and p95), against the search service alone;
- RSS of that process with the desk open, the search done and the window shown (budget ≤ 200 MB).

The demo desk (saa_desk.services.demo) is generated once into `--data` and reused; the search and
memory rows run in a fresh process that only opens it.

    QT_QPA_PLATFORM=offscreen /tmp/venv/bin/python benchmarks/bench_gui.py [--count 100000] [--starts 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "bench-password-1"
START_BUDGET = 3.0
RSS_BUDGET_MB = 200.0

BARE = """
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
w = QWidget(); w.resize(520, 560); w.show(); app.processEvents()
print(time.time() - t0, flush=True)
"""

DESK = """
import os, sys, time
t0 = float(sys.argv[1])
from saa_desk.gui.app import run
def ready(_window):
    print(time.time() - t0, flush=True)
    os._exit(0)
run(sys.argv[2], ready=ready)
"""


def _spawn(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", code, repr(t0), *args], env=env, capture_output=True, text=True,
                         check=True, timeout=120)
    return float(out.stdout.strip().splitlines()[-1])


def start_times(data_dir: Path, runs: int) -> tuple[float, float]:
    bare, desk = [], []
    _spawn(BARE), _spawn(DESK, str(data_dir))  # warm the file cache for both
    for _ in range(runs):  # interleaved, so a busy moment on the machine hits both alike
        bare.append(_spawn(BARE))
        desk.append(_spawn(DESK, str(data_dir)))
    return statistics.median(bare), statistics.median(desk)


def prepare_desk(data_dir: Path, count: int) -> None:
    from saa_desk.services import desk, users
    from saa_desk.store.database import Store

    store = Store(data_dir)
    try:
        if not store.initialised:
            desk.initialise(store, "RYD", "D1", "admin", PASSWORD)
            admin = users.authenticate(store, "admin", PASSWORD)
            users.create_user(store, admin, "reception", "سارة الموظفة", "reception", PASSWORD)
        have = desk.status(store).beneficiaries
        if have < count:
            from saa_desk.services import demo

            actor = users.authenticate(store, "reception", PASSWORD)
            started = time.perf_counter()
            print(f"generating {count - have} demo beneficiaries into {data_dir} …", file=sys.stderr, flush=True)
            demo.generate(store, actor, count - have, seed=have + 1)
            print(f"  done in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    finally:
        store.close()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def search_and_memory(data_dir: Path) -> dict[str, object]:
    import psutil
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from saa_desk.gui.app import DeskApplication
    from saa_desk.services import beneficiaries, search, users

    app = QApplication.instance() or QApplication(sys.argv[:1])
    gui = DeskApplication(app, data_dir, lang="ar")
    login = gui.start()
    gui.runner.wait_idle(60_000)
    login.username.setText("reception")
    login.password.setText(PASSWORD)
    login.sign_in()
    gui.runner.wait_idle(60_000)
    main = gui.main
    assert main is not None
    main.resize(1280, 820)
    app.processEvents()
    screen = main.current_screen()
    store, actor = gui.store, users.authenticate(gui.store, "reception", PASSWORD)

    hits = search.search_beneficiaries(store, actor, "محمد", limit=5)
    person = beneficiaries.get(store, actor, hits[-1].id)
    mobile = "0" + person.data["mobile"][4:]
    typed = {"name (أحمد الق…)": "احمد القحطاني", "ID number": person.data["id_number"], "mobile": mobile}
    rows: dict[str, object] = {}
    for label, text in typed.items():
        screen.box.clear()
        app.processEvents()
        keystrokes: list[float] = []
        service: list[float] = []
        for i, ch in enumerate(text):
            started = time.perf_counter()
            for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                QApplication.sendEvent(screen.box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
            while screen.searching:  # the answer comes back from the worker thread
                gui.runner.wait_idle(10)
            app.processEvents()  # results and hint painted
            keystrokes.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            search.search_beneficiaries(store, actor, text[: i + 1])
            service.append((time.perf_counter() - started) * 1000)
        rows[label] = (keystrokes, service, len(screen.model.hits))
    rss = psutil.Process().memory_info().rss / 2**20
    gui.close()
    return {"rows": rows, "rss": rss}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--starts", type=int, default=7)
    parser.add_argument("--data", type=Path, default=None, help="desk folder to reuse (generated if empty)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    data_dir = args.data or Path(tempfile.gettempdir()) / f"saa-bench-gui-{args.count}"
    if args.child:  # the window's own process: its RSS is not inflated by generating the demo data
        print(json.dumps(search_and_memory(data_dir)))
        return 0
    prepare_desk(data_dir, args.count)

    bare, desk = start_times(data_dir, args.starts)
    child = subprocess.run([sys.executable, __file__, "--child", "--data", str(data_dir)], capture_output=True,
                           text=True, check=True, timeout=600, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    result = json.loads(child.stdout.strip().splitlines()[-1])

    print(f"\nSAA Desk GUI benchmark — {args.count:,} beneficiaries, offscreen, {os.cpu_count()} CPUs\n")
    print(f"{'what':58} {'measured':>22} {'baseline':>14} {'ratio':>7}  budget")
    print(f"{'start to login window, whole process (median of ' + str(args.starts) + ')':58} "
          f"{desk * 1000:>19.0f} ms {bare * 1000:>11.0f} ms {desk / bare:>6.2f}×  ≤ {START_BUDGET:g}× "
          f"{'ok' if desk / bare <= START_BUDGET else 'OVER'}")
    rows = result["rows"]
    assert isinstance(rows, dict)
    for label, (keys, service, found) in rows.items():
        med, p95 = statistics.median(keys), percentile(keys, 95)
        print(f"{'search as you type: ' + label + f' ({len(keys)} keys, {found} hits)':58} "
              f"{f'{med:.1f} / p95 {p95:.1f} ms':>22} {statistics.median(service):>11.1f} ms "
              f"{med / max(statistics.median(service), 1e-6):>6.1f}×  (service alone as baseline)")
    rss = float(result["rss"])  # type: ignore[arg-type]
    print(f"{'RSS, desk open, search done, window shown':58} {rss:>19.0f} MB {'':>14} {'':>7}  "
          f"≤ {RSS_BUDGET_MB:g} MB {'ok' if rss <= RSS_BUDGET_MB else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
