"""The `saa-desk` entry point: the command line, or the window when no command is given.

It lives apart from `saa_desk.cli` so that the command line never imports Qt.
"""

from __future__ import annotations

import sys
from pathlib import Path

from saa_desk import cli


def _scheduler(store):  # type: ignore[no-untyped-def]
    """Background sync to the central stored at registration (`saa-desk sync --central URL`)."""
    from saa_desk.sync import SyncScheduler
    from saa_desk.sync.engine import stored_url

    return SyncScheduler(store, lambda: stored_url(store))


def _open_window(data_dir: Path) -> int:
    try:
        from saa_desk.gui.app import run as run_gui
    except ImportError as exc:  # Qt cannot load here (e.g. no display libraries): say so, don't crash
        print(f"saa-desk: the window cannot open ({exc}); showing the desk's status", file=sys.stderr)
        return cli.run(["status"])
    return run_gui(data_dir, scheduler=_scheduler)


def main() -> None:
    sys.exit(cli.run(gui=_open_window))
