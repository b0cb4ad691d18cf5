"""The main window: navigation by role, the screens, the message bar, the status bar, the lock."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from saa_desk import catalogues
from saa_desk.domain.permissions import Permission
from saa_desk.gui import i18n
from saa_desk.gui.context import DeskContext
from saa_desk.gui.fmt import bidi_safe
from saa_desk.gui.forms import Form
from saa_desk.gui.lock import InactivityGuard, LockOverlay
from saa_desk.gui.ops import OperationRunner
from saa_desk.gui.screens.base import Screen
from saa_desk.gui.syncstatus import SyncSource, SyncStatusBar
from saa_desk.gui.theme import repolish
from saa_desk.services.context import Actor
from saa_desk.store.database import Store

INFO_MS = 6000


class MessageBar:
    """The one place for errors that belong to no field, and short confirmations."""

    def __init__(self, frame: QFrame, text: QLabel, close: QToolButton) -> None:
        self.frame, self.text = frame, text
        close.clicked.connect(self.clear)
        self._timer = QTimer(frame)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    def _show(self, text: str, kind: str) -> None:
        self.text.setText(bidi_safe(text))
        self.frame.setProperty("kind", kind)
        repolish(self.frame)
        self.frame.show()

    def show_error(self, text: str) -> None:
        self._timer.stop()
        self._show(text, "error")

    def show_info(self, text: str) -> None:
        self._show(text, "info")
        self._timer.start(INFO_MS)

    def clear(self) -> None:
        self._timer.stop()
        self.text.clear()
        self.frame.hide()

    @property
    def current(self) -> tuple[str, str] | None:
        if self.frame.isHidden():
            return None
        return str(self.frame.property("kind")), self.text.text()


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, store: Store, actor: Actor, runner: OperationRunner, *, scheduler: Any = None,
                 lock_minutes: float = 10.0) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "SAA Desk — beneficiary relations"))
        self.resize(1280, 800)
        central = QWidget(self)
        self.setCentralWidget(central)
        self.form = Form("main_window", central)
        f = self.form
        self.runner = runner
        self.messages = MessageBar(f.get(QFrame, "messageBar"), f.get(QLabel, "messageText"),
                                   f.get(QToolButton, "messageClose"))
        runner.messages = self.messages
        self.ctx = DeskContext(store, actor, runner, self)
        self.stack = f.get(QStackedWidget, "stack")
        self.nav = f.get(QListWidget, "navList")
        roles = "، ".join(catalogues.label("role", r.value, i18n.current()) for r in sorted(actor.roles))
        f.get(QLabel, "userLabel").setText(f"{actor.full_name} · {roles}")
        language = f.get(QPushButton, "languageButton")
        language.setText(i18n.NATIVE_NAME[i18n.other()])
        language.clicked.connect(lambda: self.language_requested.emit(i18n.other()))
        f.get(QPushButton, "lockButton").clicked.connect(self.lock)
        f.get(QPushButton, "logoutButton").clicked.connect(self.sign_out_requested)

        self.screens: dict[str, Screen] = {}
        self._nav_keys: list[str] = []
        self._build_nav()
        self.nav.currentRowChanged.connect(self._nav_clicked)

        self.sync_source = SyncSource(store, scheduler)
        self.sync_bar = SyncStatusBar(self.sync_source, runner, self)
        self.statusBar().addPermanentWidget(self.sync_bar, 1)

        self.lock_minutes = lock_minutes
        self.guard = InactivityGuard(lock_minutes, self)
        self.guard.timed_out.connect(self.lock)
        self.lock_overlay = LockOverlay(store, actor, runner, self)
        self.lock_overlay.unlocked.connect(self._unlocked)
        self.lock_overlay.switch_user.connect(self.sign_out_requested)
        self.location: tuple[str, tuple[Any, ...]] = ("search", ())
        self.open_search()

    # -- navigation ------------------------------------------------------------------------------

    def _build_nav(self) -> None:
        entries = [("search", QCoreApplication.translate("MainWindow", "Search"))]
        if self.ctx.can(Permission.BENEFICIARY_WRITE):
            entries.append(("interview", QCoreApplication.translate("MainWindow", "New interview")))
        if self.ctx.can(Permission.REFERRAL_ANSWER):
            entries.append(("inbox", QCoreApplication.translate("MainWindow", "Referred cases")))
        for key, text in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self._nav_keys.append(key)

    def _nav_clicked(self, row: int) -> None:
        if row < 0:
            return
        key = self._nav_keys[row]
        if key == "search":
            self.open_search()
        elif key == "interview":
            self.open_interview()
        elif key == "inbox":
            self._show("inbox")

    def _screen(self, key: str) -> Screen:
        screen = self.screens.get(key)
        if screen is None:
            screen = self._create(key)
            self.screens[key] = screen
            # A small screen (1366×768 desks) scrolls instead of growing the window past it.
            holder = QScrollArea(self.stack)
            holder.setObjectName(f"{key}Holder")
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidget(screen)
            self.stack.addWidget(holder)
        return screen

    def _create(self, key: str) -> Screen:
        if key == "search":
            from saa_desk.gui.screens.search import SearchScreen
            return SearchScreen(self.ctx)
        if key == "file":
            from saa_desk.gui.screens.beneficiary_file import BeneficiaryFileScreen
            return BeneficiaryFileScreen(self.ctx)
        if key == "interview":
            from saa_desk.gui.screens.interview import InterviewScreen
            return InterviewScreen(self.ctx)
        if key == "checklist":
            from saa_desk.gui.screens.checklist import ChecklistScreen
            return ChecklistScreen(self.ctx)
        if key == "declaration":
            from saa_desk.gui.screens.declaration import DeclarationScreen
            return DeclarationScreen(self.ctx)
        if key == "followup":
            from saa_desk.gui.screens.followup import FollowUpScreen
            return FollowUpScreen(self.ctx)
        if key == "inbox":
            from saa_desk.gui.screens.inbox import InboxScreen
            return InboxScreen(self.ctx)
        raise KeyError(key)

    def _show(self, key: str, *args: Any) -> Screen:
        screen = self._screen(key)
        viewport = screen.parentWidget()  # the screen's scroll area holds it in its viewport
        area = viewport.parentWidget() if viewport is not None else None
        assert area is not None
        self.stack.setCurrentWidget(area)
        nav_key = key if key in self._nav_keys else "search"
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self._nav_keys.index(nav_key) if key in self._nav_keys else -1)
        self.nav.blockSignals(False)
        self.location = (key, args)
        return screen

    def current_screen(self) -> Screen:
        holder = self.stack.currentWidget()
        assert isinstance(holder, QScrollArea)
        screen = holder.widget()
        assert isinstance(screen, Screen)
        return screen

    def open_search(self) -> None:
        screen = self._show("search")
        screen.box.setFocus()  # type: ignore[attr-defined]
        screen.box.selectAll()  # type: ignore[attr-defined]

    def open_beneficiary(self, beneficiary_id: str, tab: str | None = None) -> None:
        screen = self._screen("file")
        screen.load(beneficiary_id, tab)  # type: ignore[attr-defined]
        self._show("file", beneficiary_id)

    def open_interview(self, beneficiary_id: str | None = None, draft_id: str | None = None,
                       with_request: bool = True) -> None:
        screen = self._screen("interview")
        if draft_id:
            screen.resume(draft_id)  # type: ignore[attr-defined]
        elif beneficiary_id:
            screen.start_returning(beneficiary_id, with_request)  # type: ignore[attr-defined]
        else:
            screen.save_draft()  # type: ignore[attr-defined]  # an interview left half-way stays a draft
            screen.start_new()  # type: ignore[attr-defined]
        self._show("interview", beneficiary_id, draft_id, with_request)

    def open_checklist(self, request_id: str) -> None:
        screen = self._screen("checklist")
        screen.load(request_id)  # type: ignore[attr-defined]
        self._show("checklist", request_id)

    def open_declaration(self, request_id: str) -> None:
        screen = self._screen("declaration")
        screen.load(request_id)  # type: ignore[attr-defined]
        self._show("declaration", request_id)

    def open_followup(self, beneficiary_id: str) -> None:
        screen = self._screen("followup")
        screen.load(beneficiary_id)  # type: ignore[attr-defined]
        self._show("followup", beneficiary_id)

    def restore(self, location: tuple[str, tuple[Any, ...]], draft_id: str | None = None) -> None:
        """Come back to where the user was (after a language switch rebuilt the window)."""
        key, args = location
        if key == "interview":
            self.open_interview(draft_id=draft_id) if draft_id else self.open_interview(*args[:1])
        elif key == "file" and args:
            self.open_beneficiary(args[0])
        elif key in ("checklist", "declaration", "followup") and args:
            getattr(self, f"open_{key}")(args[0])
        elif key == "inbox":
            self._show("inbox")
        else:
            self.open_search()

    # -- lock ------------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.lock_overlay.isVisible()

    def lock(self) -> None:
        if self.locked:
            return
        self.save_drafts()
        self.guard.pause()
        self._central().setEnabled(False)
        self.statusBar().setEnabled(False)
        self.lock_overlay.lock(self.lock_minutes)

    def _unlocked(self) -> None:
        self._central().setEnabled(True)
        self.statusBar().setEnabled(True)
        self.guard.resume()

    def _central(self) -> QWidget:
        central = self.centralWidget()
        assert central is not None  # set in __init__
        return central

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.lock_overlay.setGeometry(self.rect())

    # -- closing ---------------------------------------------------------------------------------

    def save_drafts(self) -> str | None:
        interview = self.screens.get("interview")
        if interview is None:
            return None
        interview.save_draft()  # type: ignore[attr-defined]
        draft_id: str | None = interview.draft_id  # type: ignore[attr-defined]
        return draft_id

    def shutdown(self) -> None:
        self.save_drafts()
        self.guard.stop()
        self.runner.wait_idle()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
