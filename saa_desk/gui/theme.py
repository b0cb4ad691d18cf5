"""The shipped font and the stylesheet: screens look the same on every machine."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget

from saa_desk.domain.checklist import ItemState
from saa_desk.paths import resource_path

FONT_FILES = ("Amiri-Regular.ttf", "Amiri-Bold.ttf")
FONT_POINT_SIZE = 11
_families: list[str] = []


def register_fonts() -> str:
    """Register Amiri with Qt (call after the QApplication exists); returns its family name."""
    if not _families:
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
            if font_id < 0:
                raise FileNotFoundError(f"cannot load the shipped font {name}")
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in _families:
                    _families.append(family)
    return _families[0]


def stylesheet() -> str:
    """The stylesheet, with `ICONS/` pointing at the shipped icons wherever the app is installed."""
    text = resource_path("style", "desk.qss").read_text(encoding="utf-8")
    return text.replace("ICONS/", resource_path("icons").as_posix() + "/")


def apply(app: QApplication) -> None:
    family = register_fonts()
    font = QFont(family, FONT_POINT_SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet())


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property (role, invalid…) changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


# The one place a checklist state gets its style role; labels and table rows both use it.
STATE_ROLES: dict[ItemState, str] = {ItemState.EXPIRED: "error", ItemState.VERIFIED: "ok", ItemState.WAIVED: "ok"}


@cache
def role_colour(role: str) -> QColor:
    """The text colour desk.qss gives `QLabel[role="…"]`, for table cells the stylesheet cannot reach."""
    selector = re.escape(f'QLabel[role="{role}"]')
    match = re.search(selector + r"\s*\{[^}]*?color:\s*(#[0-9a-fA-F]{6})", stylesheet())
    return QColor(match.group(1)) if match else QColor()


def paint_row(table: QTableWidget, row: int, state: ItemState) -> None:
    role = STATE_ROLES.get(state)
    if role is None:
        return
    brush = QBrush(role_colour(role))
    for column in range(table.columnCount()):
        cell = table.item(row, column)
        if cell is not None:  # fill_table fills every cell; a cell-less column has nothing to paint
            cell.setForeground(brush)
