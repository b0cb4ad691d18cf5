"""The `saa-desk` entry point: the command line, or the window when no command is given.

It lives apart from `saa_desk.cli` so that the command line never imports Qt.
"""

from __future__ import annotations

import sys
from pathlib import Path

from saa_desk import cli


def _open_window(data_dir: Path) -> int:
    try:
        from saa_desk.gui.app import run as run_gui
    except ImportError:
        return cli.run(["status"])
    return run_gui(data_dir)


def main() -> None:
    sys.exit(cli.run(gui=_open_window))
