"""Starting the window: `run(data_dir)` is what `saa-desk` with no command calls.

Order matters: the QApplication, then translators (before any widget), the layout direction and
locale, the shipped font and the stylesheet, then the login window — shown before the database
is opened; the store loads on a worker thread meanwhile.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from saa_desk.domain.errors import DeskError
from saa_desk.gui import i18n, theme
from saa_desk.gui.login import LoginWindow, desk_caption
from saa_desk.gui.ops import LogSink, OperationRunner

if TYPE_CHECKING:
    from saa_desk.gui.main_window import MainWindow
    from saa_desk.services.context import Actor
    from saa_desk.store.database import Store
    from saa_desk.store.probe import DeskProbe

SETTINGS_FILE = "desk-gui.ini"
LOCK_ENV = "SAA_DESK_LOCK_MINUTES"
LANG_ENV = "SAA_DESK_LANG"


def configure(app: QApplication, lang: str | None = None) -> i18n.Translations:
    """Translators first, then font and style. Returns the translations (keep a reference)."""
    app.setApplicationName("SAA Desk")
    app.setOrganizationName("SAA")
    translations = i18n.Translations(app)
    translations.apply(lang or i18n.DEFAULT_LANG)
    theme.apply(app)
    return translations


SWITCH_INTERVAL_S = 0.001


class DeskApplication(QObject):
    """Owns the windows: login → main window → (sign out) → login; and the language switch."""

    def __init__(self, app: QApplication, data_dir: Path, *, lang: str | None = None,
                 lock_minutes: float | None = None, scheduler: Any = None) -> None:
        super().__init__(app)
        self.app = app
        self.data_dir = Path(data_dir)
        self.settings = QSettings(str(self.data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
        chosen = lang or os.environ.get(LANG_ENV) or str(self.settings.value("language", i18n.DEFAULT_LANG))
        self.translations = configure(app, chosen)
        self.lock_minutes = float(lock_minutes or os.environ.get(LOCK_ENV) or
                                  str(self.settings.value("lock_minutes", 10.0)))
        self.scheduler = scheduler
        # Every call from Qt into Python (a model's data() as a table paints) takes the GIL; while a
        # worker reads the store it gives the GIL back only at the switch interval, 5 ms by default,
        # so a paint of 300 cells waited up to 1.5 s (bench_committee: 500 ms UI-thread stalls while
        # the committee queue loaded its keys). 1 ms keeps the window's waits short.
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        self.runner = OperationRunner(parent=self)
        self.store: Store | None = None
        self._opened: Store | None = None
        self.store_error: str | None = None
        self.login: LoginWindow | None = None
        self.main: MainWindow | None = None
        app.aboutToQuit.connect(self._quit)

    # -- start -----------------------------------------------------------------------------------

    def start(self) -> LoginWindow:
        login = self._new_login()
        login.show()
        # On the write queue: opening may migrate the database, and nothing may write before that.
        self.runner.write(self._open_store, success=self._store_ready, failure=self._store_failed)
        # Meanwhile a read-only look at the file, with the standard library alone, lets the log-in be
        # used before SQLAlchemy and the models have loaded (most of a cold start).
        self.runner.query(self._probe, success=self._probed)
        return login

    def _probe(self) -> DeskProbe:
        from saa_desk.store.probe import probe

        return probe(self.data_dir)

    def _probed(self, desk: DeskProbe) -> None:
        if self.login is not None:
            self.login.set_probe(desk)

    def _open_store(self) -> tuple[Store, bool, str]:
        from saa_desk.store.database import Store

        store = Store(self.data_dir)
        self._opened = store  # before _store_ready runs on the UI thread: a queued log-in needs it
        return store, store.initialised, desk_caption(store.codes)

    def opened_store(self) -> Store:
        """The store the write queue opened; called on the write queue, after the opening."""
        if self._opened is None:
            raise DeskError("not_initialised")
        return self._opened

    def _store_ready(self, result: tuple[Store, bool, str]) -> None:
        self.store = result[0]
        if callable(self.scheduler) and not hasattr(self.scheduler, "status"):
            self.scheduler = self.scheduler(self.store)  # a factory: build it on the opened store
        if hasattr(self.scheduler, "run_through"):
            self.scheduler.run_through(self.runner.execute)  # its syncs are jobs on the write queue
        if self.scheduler is not None and hasattr(self.scheduler, "start"):
            self.scheduler.start()
        if self.login is not None:
            self.login.set_store(*result)

    def _store_failed(self, exc: BaseException) -> bool:
        self.store_error = str(exc)
        if self.login is not None:
            self.login.store_failed(self.store_error)
        return True

    def _new_login(self) -> LoginWindow:
        login = LoginWindow(self.runner, self.opened_store)
        login.signed_in.connect(self._signed_in)
        login.language_requested.connect(self.switch_language)
        if self.store is not None:
            login.set_store(self.store, self.store.initialised, desk_caption(self.store.codes))
        elif self.store_error:
            login.store_failed(self.store_error)
        self.login = login
        return login

    # -- signed in -------------------------------------------------------------------------------

    def _signed_in(self, actor: Actor) -> None:
        self._open_main(actor)
        if self.login is not None:
            self.login.hide()

    def _open_main(self, actor: Actor, location: Any = None, draft_id: str | None = None) -> MainWindow:
        from saa_desk.gui.main_window import MainWindow

        assert self.store is not None
        main = MainWindow(self.store, actor, self.runner, scheduler=self.scheduler, lock_minutes=self.lock_minutes)
        main.sign_out_requested.connect(self.sign_out)
        main.language_requested.connect(self.switch_language)
        if location is not None:
            main.restore(location, draft_id)
        main.show()
        self.main = main
        return main

    def _close_main(self) -> MainWindow | None:
        main, self.main = self.main, None
        if main is not None:
            main.shutdown()
            main.hide()
            main.deleteLater()
        return main

    def sign_out(self) -> None:
        if self.login is None:
            self._new_login()
        assert self.login is not None
        self.login.show()
        self._close_main()
        self.runner.messages = LogSink()

    def switch_language(self, lang: str) -> None:
        """Qt translates while building widgets: rebuild the windows in the new language."""
        chosen = self.translations.apply(lang)
        self.settings.setValue("language", chosen)
        main = self.main
        if main is not None:
            actor, location = main.ctx.actor, main.location
            draft_id = main.save_drafts()
            self.runner.wait_idle()
            self._close_main()
            self._open_main(actor, location, draft_id)
        login_visible = self.login is not None and self.login.isVisible()
        if self.login is not None:
            self.login.hide()
            self.login.deleteLater()
            self.login = None
        self._new_login()
        if login_visible and self.login is not None:
            self.login.show()

    def close(self) -> None:
        """Close the windows, stop the scheduler, wait for background work, close the store."""
        self._close_main()
        if self.login is not None:
            self.login.close()
            self.login.deleteLater()
            self.login = None
        self.runner.wait_idle()
        if self.scheduler is not None and hasattr(self.scheduler, "stop"):
            self.scheduler.stop()
        if self.store is not None:
            self.store.close()
            self.store = None
        self._opened = None

    def _quit(self) -> None:
        self.close()


def run(data_dir: str | Path, *, lang: str | None = None, lock_minutes: float | None = None,
        scheduler: Any = None, ready: Callable[[QWidget], None] | None = None) -> int:
    """Open the desk's window on `data_dir`; returns the exit code.

    `scheduler` is the sync engine's background scheduler (anything with `status()` and
    `sync_now()`), or a factory taking the opened `Store` and returning one (e.g.
    `lambda store: SyncScheduler(store, url_provider)`); it is started once the store is open and
    stopped on quit. `ready` is called once the login window is on screen (start-up benchmarks).
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    desk_app = DeskApplication(app, Path(data_dir), lang=lang, lock_minutes=lock_minutes, scheduler=scheduler)
    login = desk_app.start()
    if ready is not None:
        app.processEvents()
        ready(login)
    return app.exec()
