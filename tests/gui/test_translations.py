"""Every string the window shows has an Arabic translation, and the shipped .qm matches the .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from saa_desk.gui import i18n
from saa_desk.paths import resource_path, ui_dir

TS = resource_path("i18n", "saa_ar.ts")
QM = resource_path("i18n", "saa_ar.qm")
ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
ARABIC = re.compile(r"[\u0600-\u06ff]")


def tool(name: str) -> str | None:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else shutil.which(name)


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(ts)
    return [(ctx.findtext("name") or "", msg.findtext("source") or "", msg.find("translation"))
            for ctx in tree.getroot().iter("context") for msg in ctx.iter("message")]


def test_every_string_has_an_arabic_translation() -> None:
    found = messages(TS)
    assert len(found) > 150
    missing = []
    for context, source, translation in found:
        text = (translation.text or "") if translation is not None else ""
        kind = translation.get("type") if translation is not None else "missing"
        if not text.strip() or kind in ("unfinished", "vanished", "obsolete", "missing"):
            missing.append(f"{context}: {source!r}")
        elif source != "QT_LAYOUT_DIRECTION" and not ARABIC.search(text):
            missing.append(f"{context}: {source!r} is not translated into Arabic ({text!r})")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            missing.append(f"{context}: {source!r} lost a placeholder in {text!r}")
    assert missing == [], "strings without an Arabic translation:\n" + "\n".join(missing)


def test_the_ts_has_every_string_of_the_code_and_forms(tmp_path) -> None:
    """Re-extract with lupdate: a string added in code or a .ui form but not to the .ts fails here."""
    lupdate = tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "saa_ar.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "saa_desk" / "gui").rglob("*.py")) + sorted(
        str(p) for p in ui_dir().glob("*.ui"))
    subprocess.run([lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)], check=True,
                   capture_output=True)
    before = {(c, s) for c, s, _ in messages(TS)}
    after = {(c, s) for c, s, _ in messages(copy)}
    assert sorted(after - before) == [], "run pyside6-lupdate and translate the new strings"
    assert sorted(before - after) == [], "the .ts keeps strings the code no longer has"


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path) -> None:
    lrelease = tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    out = tmp_path / "saa_ar.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "run pyside6-lrelease resources/i18n/saa_ar.ts"


def test_arabic_catalogue_turns_the_window_right_to_left(qapp) -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "RTL"
    translations = i18n.Translations(qapp)
    translations.apply("ar")
    assert i18n.translated_direction() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("MainWindow", "Search") == "البحث"
    translations.apply("en")
    assert i18n.translated_direction() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("MainWindow", "Search") == "Search"
    translations.apply("ar")
