"""The log-in is usable before the store has finished opening (a read-only probe of the file
enables it), and a log-in pressed that early runs on the opened store, behind its opening."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from saa_desk.gui.app import DeskApplication
from saa_desk.gui.login import FIRST_RUN, LOADING
from tests.conftest import PASSWORD
from tests.gui.conftest import type_text


def test_a_log_in_pressed_while_the_store_opens_runs_on_the_opened_store(qtbot, qapp, desk_env) -> None:
    gui = DeskApplication(qapp, desk_env.store.data_dir, lang="ar")
    gate = threading.Event()
    gui.runner.write(lambda: gate.wait(20))  # the write queue is busy: the store's opening waits behind this
    try:
        login = gui.start()
        qtbot.waitUntil(login.login_button.isEnabled, timeout=10_000)  # the probe found the desk
        assert gui.store is None and login.store is None
        assert login.desk_label.text() != ""
        type_text(login.username, "reception")
        type_text(login.password, PASSWORD)
        qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
        qtbot.wait(200)
        assert gui.main is None  # queued behind the opening, which waits behind the gate
        gate.set()
        qtbot.waitUntil(lambda: gui.main is not None and gui.main.isVisible(), timeout=10_000)
        assert gui.main is not None and gui.main.ctx.actor.username == "reception"
        assert gui.store is not None
    finally:
        gate.set()
        gui.close()
        gui.deleteLater()


def test_a_folder_with_no_desk_waits_for_the_opened_store(qtbot, qapp, tmp_path) -> None:
    gui = DeskApplication(qapp, tmp_path / "new-desk", lang="ar")
    gate = threading.Event()
    gui.runner.write(lambda: gate.wait(20))
    try:
        login = gui.start()
        qtbot.wait(300)  # time enough for the probe
        assert not login.login_button.isEnabled() and login.pages.currentIndex() == LOADING
        gate.set()
        qtbot.waitUntil(lambda: login.pages.currentIndex() == FIRST_RUN, timeout=10_000)
        assert not login.login_button.isEnabled()
    finally:
        gate.set()
        gui.close()
        gui.deleteLater()
