"""Compile the Qt Designer forms of `ui/` into `saa_desk/gui/forms_ui/` with pyside6-uic.

The .ui files stay the source; the generated `Ui_*` classes are committed so that screens reach
their widgets as typed attributes and a wrong widget name fails when the module is checked, not
when a user opens the screen. Regenerate after editing a form: `python -m saa_desk.gui.uic`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from saa_desk.paths import ui_dir

GENERATED_DIR = Path(__file__).resolve().parent / "forms_ui"
# uic's banner names its own version; a newer uic must not make every committed form "stale".
_BANNER = "## Created by: Qt User Interface Compiler version"


def uic_command() -> str:
    beside = Path(sys.executable).with_name("pyside6-uic")  # the venv's own, even when not on PATH
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if found is None:
        raise FileNotFoundError("pyside6-uic (installed with PySide6) is not on PATH")
    return found


def forms() -> list[Path]:
    return sorted(ui_dir().glob("*.ui"))


def generated_path(form: Path) -> Path:
    return GENERATED_DIR / f"ui_{form.stem}.py"


def compile_form(form: Path) -> str:
    done = subprocess.run([uic_command(), "-g", "python", str(form)], check=True, capture_output=True, text=True)
    return done.stdout


def comparable(source: str) -> str:
    return "\n".join(line for line in source.splitlines() if not line.startswith(_BANNER))


def main() -> None:
    for form in forms():
        generated_path(form).write_text(compile_form(form), encoding="utf-8")
        print(generated_path(form))


if __name__ == "__main__":
    main()
