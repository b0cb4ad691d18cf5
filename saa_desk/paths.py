"""Locate the shipped `resources/` and `ui/` folders.

They sit beside the package in a checkout, inside it in an installed wheel (hatchling's
force-include), and under `sys._MEIPASS` in a PyInstaller bundle. Everything else asks here.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found = [_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found[:0] = [Path(bundle) / "saa_desk" / name, Path(bundle) / name]
    return found


@cache
def _locate(name: str) -> Path:
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"SAA Desk cannot find its '{name}' folder (looked in {_candidates(name)})")


def resources_dir() -> Path:
    return _locate("resources")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def ui_dir() -> Path:
    return _locate("ui")
