"""The `saa-desk` entry point: the command line, or the window when no command is given.

It lives apart from `saa_desk.cli` so that the command line never imports Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from saa_desk import cli


def _scheduler(store):  # type: ignore[no-untyped-def]
    """Background sync to the central stored at registration (`saa-desk sync --central URL`)."""
    from saa_desk.sync import SyncScheduler
    from saa_desk.sync.engine import stored_url

    return SyncScheduler(store, lambda: stored_url(store))


def _display_available() -> bool:
    """Qt aborts the process when it has nowhere to draw; a headless Linux box has no display."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _open_window(data_dir: Path) -> int:
    if not _display_available():
        print("saa-desk: no display to open the window on (set DISPLAY, or QT_QPA_PLATFORM=offscreen); "
              "showing the desk's status", file=sys.stderr)
        return cli.run(["--data-dir", str(data_dir)])
    try:
        from saa_desk.gui.app import run as run_gui
    except ImportError as exc:  # Qt cannot load here (e.g. no display libraries): say so, don't crash
        print(f"saa-desk: the window cannot open ({exc}); showing the desk's status", file=sys.stderr)
        return cli.run(["status"])
    return run_gui(data_dir, scheduler=_scheduler)


def main() -> None:
    sys.exit(cli.run(gui=_open_window))
