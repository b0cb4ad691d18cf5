"""GUI fixtures: the real application object on a real desk store, offscreen; nothing mocked."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from saa_desk.gui.app import DeskApplication
from saa_desk.gui.main_window import MainWindow
from tests.conftest import PASSWORD, Desk


@pytest.fixture
def start_gui(qapp: QApplication, desk_env: Desk) -> Iterator:
    """Start the real application on the desk's data folder (as `saa-desk` does)."""
    started: list[DeskApplication] = []

    def start(lang: str = "ar", **kwargs: object) -> DeskApplication:
        gui = DeskApplication(qapp, desk_env.store.data_dir, lang=lang, **kwargs)  # type: ignore[arg-type]
        gui.start()
        assert gui.runner.wait_idle(), "the store did not open"
        started.append(gui)
        return gui

    yield start
    for gui in started:
        gui.close()
        gui.deleteLater()
    qapp.processEvents()


def sign_in(qtbot, gui: DeskApplication, username: str = "reception", password: str = PASSWORD) -> MainWindow:
    login = gui.login
    assert login is not None
    qtbot.waitUntil(login.login_button.isEnabled)
    login.username.clear()
    type_text(login.username, username)
    type_text(login.password, password)
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gui.main is not None and gui.main.isVisible(), timeout=10_000)
    assert gui.main is not None
    assert gui.runner.wait_idle(), "the first screen's reads did not finish"  # as the user sees it a moment later
    return gui.main


@pytest.fixture
def reception(qtbot, start_gui) -> MainWindow:
    gui = start_gui()
    return sign_in(qtbot, gui)


def draw(widget: QWidget, points: list[tuple[int, int]]) -> None:
    """A stroke with the left button held down, as a pen on the signature pad would make."""
    def send(kind: QMouseEvent.Type, x: int, y: int, buttons: Qt.MouseButton) -> None:
        pos = QPointF(QPoint(x, y))
        event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), Qt.MouseButton.LeftButton, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)

    (x0, y0), rest = points[0], points[1:]
    send(QMouseEvent.Type.MouseButtonPress, x0, y0, Qt.MouseButton.LeftButton)
    for x, y in rest:
        send(QMouseEvent.Type.MouseMove, x, y, Qt.MouseButton.LeftButton)
    send(QMouseEvent.Type.MouseButtonRelease, *rest[-1], Qt.MouseButton.NoButton)


def data_dir(desk: Desk) -> Path:
    return desk.store.data_dir


def type_text(widget: QWidget, text: str) -> None:
    """Type as a keyboard would, one key event per character (QTest.keyClicks only knows ASCII)."""
    widget.setFocus()
    for ch in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    QApplication.processEvents()


def click_check(qtbot, button: QWidget) -> None:
    """Click a radio or check button on its indicator (the start side: the right in Arabic)."""
    x = button.width() - 8 if button.isRightToLeft() else 8
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(x, button.height() // 2))


def search_for(qtbot, screen, text: str) -> None:
    """Type into the search box and wait for the answer (the search runs on a worker thread)."""
    type_text(screen.box, text)
    qtbot.waitUntil(lambda: not screen.searching, timeout=10_000)


def settle(where) -> None:
    """Let the runner finish what the last action queued (reads run on workers, writes on the
    write queue) and deliver the results, as a user would see them a moment later."""
    runner = getattr(where, "runner", None) or where.ctx.runner
    assert runner.wait_idle(), "the operations did not finish"
