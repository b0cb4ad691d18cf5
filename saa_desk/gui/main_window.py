"""The main window: navigation by role, the screens, the message bar, the status bar, the lock."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QListWidgetItem, QMainWindow, QScrollArea, QToolButton, QWidget

from saa_desk import catalogues
from saa_desk.domain.permissions import Permission
from saa_desk.gui import i18n
from saa_desk.gui.context import DeskContext
from saa_desk.gui.fmt import bidi_safe
from saa_desk.gui.forms import mount
from saa_desk.gui.forms_ui.ui_main_window import Ui_MainForm
from saa_desk.gui.library import LibraryDialog
from saa_desk.gui.lock import InactivityGuard, LockOverlay
from saa_desk.gui.ops import OperationRunner
from saa_desk.gui.screens.base import Screen
from saa_desk.gui.screens.beneficiary_file import BeneficiaryFileScreen
from saa_desk.gui.screens.checklist import ChecklistScreen
from saa_desk.gui.screens.committee_queue import CommitteeQueueScreen
from saa_desk.gui.screens.declaration import DeclarationScreen
from saa_desk.gui.screens.followup import FollowUpScreen
from saa_desk.gui.screens.inbox import InboxScreen
from saa_desk.gui.screens.interview import InterviewScreen
from saa_desk.gui.screens.meetings import MeetingsScreen
from saa_desk.gui.screens.search import SearchScreen
from saa_desk.gui.screens.to_notify import ToNotifyScreen
from saa_desk.gui.syncstatus import SyncSource, SyncStatusBar
from saa_desk.gui.theme import repolish
from saa_desk.services.context import Actor
from saa_desk.store.database import Store

INFO_MS = 6000


class Place(enum.Enum):
    """The screens of the main window; `SCREENS` (below) says how each is made and reached."""

    SEARCH = "search"
    FILE = "file"
    INTERVIEW = "interview"
    CHECKLIST = "checklist"
    DECLARATION = "declaration"
    FOLLOWUP = "followup"
    INBOX = "inbox"
    COMMITTEE_QUEUE = "committee_queue"
    MEETINGS = "meetings"
    TO_NOTIFY = "to_notify"


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
        self.ui = u = Ui_MainForm()
        mount(u, central)
        self.runner = runner
        self.messages = MessageBar(u.messageBar, u.messageText, u.messageClose)
        runner.messages = self.messages
        self.ctx = DeskContext(store, actor, runner, self)
        self.stack = u.stack
        self.nav = u.navList
        roles = "، ".join(catalogues.label("role", r.value, i18n.current()) for r in sorted(actor.roles))
        u.userLabel.setText(f"{actor.full_name} · {roles}")
        u.languageButton.setText(i18n.NATIVE_NAME[i18n.other()])
        u.languageButton.clicked.connect(lambda: self.language_requested.emit(i18n.other()))
        u.libraryButton.clicked.connect(self.open_library)  # in the header: reachable from every screen
        self.library_dialog: LibraryDialog | None = None
        u.lockButton.clicked.connect(self.lock)
        u.logoutButton.clicked.connect(self.sign_out_requested)

        self.screens: dict[Place, Screen] = {}
        self._nav_places: list[Place] = []
        self._build_nav()
        self.nav.currentRowChanged.connect(self._nav_clicked)

        self.sync_source = SyncSource(store, scheduler, actor)
        self.sync_bar = SyncStatusBar(self.sync_source, runner, self)
        self.statusBar().addPermanentWidget(self.sync_bar, 1)

        self.lock_minutes = lock_minutes
        self.guard = InactivityGuard(lock_minutes, self)
        self.guard.timed_out.connect(self.lock)
        self.lock_overlay = LockOverlay(store, actor, runner, self)
        self.lock_overlay.unlocked.connect(self._unlocked)
        self.lock_overlay.switch_user.connect(self.sign_out_requested)
        self.location: tuple[Place, tuple[Any, ...]] = (Place.SEARCH, ())
        self.open_search()

    # -- navigation ------------------------------------------------------------------------------

    def _build_nav(self) -> None:
        for spec in SCREENS:
            if spec.nav is None or (spec.nav.permission is not None and not self.ctx.can(spec.nav.permission)):
                continue
            item = QListWidgetItem(spec.nav.label())
            item.setData(Qt.ItemDataRole.UserRole, spec.place.value)
            self.nav.addItem(item)
            self._nav_places.append(spec.place)

    def _nav_clicked(self, row: int) -> None:
        if row < 0:
            return
        nav = SPECS[self._nav_places[row]].nav
        assert nav is not None  # only screens with a navigation row are listed
        nav.open(self)

    def _screen(self, place: Place) -> Screen:
        screen = self.screens.get(place)
        if screen is None:
            screen = SPECS[place].factory(self.ctx)
            self.screens[place] = screen
            # A small screen (1366×768 desks) scrolls instead of growing the window past it.
            holder = QScrollArea(self.stack)
            holder.setObjectName(f"{place.value}Holder")
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidget(screen)
            self.stack.addWidget(holder)
        return screen

    def _show(self, place: Place, *args: Any) -> Screen:
        screen = self._screen(place)
        viewport = screen.parentWidget()  # the screen's scroll area holds it in its viewport
        area = viewport.parentWidget() if viewport is not None else None
        assert area is not None
        self.stack.setCurrentWidget(area)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self._nav_places.index(place) if place in self._nav_places else -1)
        self.nav.blockSignals(False)
        self.location = (place, args)
        return screen

    def current_screen(self) -> Screen:
        holder = self.stack.currentWidget()
        assert isinstance(holder, QScrollArea)
        screen = holder.widget()
        assert isinstance(screen, Screen)
        return screen

    def open_search(self) -> None:
        screen = self._show(Place.SEARCH)
        screen.box.setFocus()  # type: ignore[attr-defined]
        screen.box.selectAll()  # type: ignore[attr-defined]

    def open_beneficiary(self, beneficiary_id: str, tab: str | None = None) -> None:
        screen = self._screen(Place.FILE)
        screen.load(beneficiary_id, tab)  # type: ignore[attr-defined]
        self._show(Place.FILE, beneficiary_id)

    def open_interview(self, beneficiary_id: str | None = None, draft_id: str | None = None,
                       with_request: bool = True) -> None:
        screen = self._screen(Place.INTERVIEW)
        if draft_id:
            screen.resume(draft_id)  # type: ignore[attr-defined]
        elif beneficiary_id:
            screen.start_returning(beneficiary_id, with_request)  # type: ignore[attr-defined]
        else:
            screen.save_draft()  # type: ignore[attr-defined]  # an interview left half-way stays a draft
            screen.start_new()  # type: ignore[attr-defined]
        self._show(Place.INTERVIEW, beneficiary_id, draft_id, with_request)

    def open_checklist(self, request_id: str) -> None:
        screen = self._screen(Place.CHECKLIST)
        screen.load(request_id)  # type: ignore[attr-defined]
        self._show(Place.CHECKLIST, request_id)

    def open_declaration(self, request_id: str) -> None:
        screen = self._screen(Place.DECLARATION)
        screen.load(request_id)  # type: ignore[attr-defined]
        self._show(Place.DECLARATION, request_id)

    def open_followup(self, beneficiary_id: str, request_id: str | None = None) -> None:
        screen = self._screen(Place.FOLLOWUP)
        screen.load(beneficiary_id, request_id)  # type: ignore[attr-defined]
        self._show(Place.FOLLOWUP, beneficiary_id)

    def restore(self, location: tuple[Place, tuple[Any, ...]], draft_id: str | None = None) -> None:
        """Come back to where the user was (after a language switch rebuilt the window)."""
        place, args = location
        if place is Place.INTERVIEW:
            self.open_interview(draft_id=draft_id) if draft_id else self.open_interview(*args[:1])
        elif place is Place.FILE and args:
            self.open_beneficiary(args[0])
        elif place is Place.CHECKLIST and args:
            self.open_checklist(args[0])
        elif place is Place.DECLARATION and args:
            self.open_declaration(args[0])
        elif place is Place.FOLLOWUP and args:
            self.open_followup(args[0])
        elif place in (Place.INBOX, Place.COMMITTEE_QUEUE, Place.MEETINGS, Place.TO_NOTIFY):
            self._show(place)
        else:
            self.open_search()

    def open_library(self) -> LibraryDialog:
        """The reference library over whatever screen is showing; the screen stays as it was."""
        if self.library_dialog is None:
            self.library_dialog = LibraryDialog(self.ctx, self)
        else:
            self.library_dialog.refresh()
        self.library_dialog.show()
        self.library_dialog.raise_()
        return self.library_dialog

    # -- lock ------------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.lock_overlay.isVisible()

    def lock(self) -> None:
        if self.locked:
            return
        self.save_drafts()
        if self.library_dialog is not None:
            self.library_dialog.close()  # its viewer too: nothing stays readable over the lock
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
        interview = self.screens.get(Place.INTERVIEW)
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


@dataclass(frozen=True)
class NavEntry:
    """A row of the navigation list: its text (translated when the row is made), what it does, who sees it."""

    label: Callable[[], str]
    open: Callable[[MainWindow], object]
    permission: Permission | None = None


@dataclass(frozen=True)
class ScreenSpec:
    place: Place
    factory: Callable[[DeskContext], Screen]
    nav: NavEntry | None = None  # None: reached from another screen only


# In navigation order. Every Place has one entry: `registry` checks it when the module is imported.
SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec(Place.SEARCH, SearchScreen,
               NavEntry(lambda: QCoreApplication.translate("MainWindow", "Search"), MainWindow.open_search)),
    ScreenSpec(Place.INTERVIEW, InterviewScreen,
               NavEntry(lambda: QCoreApplication.translate("MainWindow", "New interview"),
                        lambda window: window.open_interview(), Permission.BENEFICIARY_WRITE)),
    ScreenSpec(Place.INBOX, InboxScreen,
               NavEntry(lambda: QCoreApplication.translate("MainWindow", "Referred cases"),
                        lambda window: window._show(Place.INBOX), Permission.REFERRAL_ANSWER)),
    # Committee members and supervisors (both hold COMMITTEE_MEETING).
    ScreenSpec(Place.COMMITTEE_QUEUE, CommitteeQueueScreen,
               NavEntry(lambda: QCoreApplication.translate("MainWindow", "Committee queue"),
                        lambda window: window._show(Place.COMMITTEE_QUEUE), Permission.COMMITTEE_MEETING)),
    ScreenSpec(Place.MEETINGS, MeetingsScreen,
               NavEntry(lambda: QCoreApplication.translate("MainWindow", "Committee meetings"),
                        lambda window: window._show(Place.MEETINGS), Permission.COMMITTEE_MEETING)),
    # Telling applicants of decisions is reception's (and supervisors'): REQUEST_FULFIL is theirs alone.
    ScreenSpec(Place.TO_NOTIFY, ToNotifyScreen,
               NavEntry(lambda: QCoreApplication.translate("MainWindow", "To notify"),
                        lambda window: window._show(Place.TO_NOTIFY), Permission.REQUEST_FULFIL)),
    ScreenSpec(Place.FILE, BeneficiaryFileScreen),
    ScreenSpec(Place.CHECKLIST, ChecklistScreen),
    ScreenSpec(Place.DECLARATION, DeclarationScreen),
    ScreenSpec(Place.FOLLOWUP, FollowUpScreen),
)


def registry(screens: tuple[ScreenSpec, ...]) -> dict[Place, ScreenSpec]:
    """Index the specs by place; a place with no screen (or two) stops the import, so CI catches it."""
    specs = {spec.place: spec for spec in screens}
    missing = [place.name for place in Place if place not in specs]
    if missing or len(specs) != len(screens):
        raise RuntimeError(f"SCREENS must list every Place once (missing: {missing}, given {len(screens)})")
    return specs


SPECS = registry(SCREENS)
