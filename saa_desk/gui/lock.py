"""Locking the window after inactivity; the same user unlocks with their password."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from saa_desk.gui.fielderrors import Field, FieldErrors
from saa_desk.gui.forms import mount
from saa_desk.gui.forms_ui.ui_lock import Ui_LockForm
from saa_desk.gui.ops import OperationRunner
from saa_desk.services import users
from saa_desk.services.context import Actor
from saa_desk.store.database import Store

DEFAULT_LOCK_MINUTES = 10.0
_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}


class InactivityGuard(QObject):
    """Watches the whole application's input; emits `timed_out` after `minutes` without any."""

    timed_out = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.timed_out)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self.set_interval_ms(int(max(minutes, 0.05) * 60_000))

    def set_interval_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)
        self._timer.start()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def pause(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            remaining = self._timer.remainingTime()
            if self._timer.interval() - remaining > 500:  # restart at most twice a second
                self._timer.start()
        return False


class LockOverlay(QWidget):
    """Covers the whole window (nothing personal stays visible) until the password is given."""

    unlocked = Signal()
    switch_user = Signal()

    def __init__(self, store: Store, actor: Actor, runner: OperationRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("LockOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.store, self.actor, self.runner = store, actor, runner
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        panel_host = QWidget(self)
        panel_host.setFixedWidth(480)
        self.ui = Ui_LockForm()
        layout = mount(self.ui, panel_host).layout()
        assert layout is not None  # the .ui file lays the panel out
        layout.setContentsMargins(28, 20, 28, 20)
        outer.addWidget(panel_host, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.password = self.ui.unlock_password
        self.password.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.text = self.ui.lockText
        # A wrong password is an error with no field: it still belongs beside the password box.
        self.errors = FieldErrors({"unlock_password": Field(self.ui.unlock_password_error, self.password)},
                                  default="unlock_password")
        self.ui.unlockButton.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        self.ui.switchUserButton.clicked.connect(self.switch_user)
        self.hide()

    def lock(self, minutes: float) -> None:
        self.text.setText(self.tr("{name}, the desk locked itself after {minutes} minutes without activity. "
                                  "Enter your password to continue.")
                          .format(name=self.actor.full_name, minutes=f"{minutes:g}"))
        self.password.clear()
        self.errors.clear()
        parent = self.parentWidget()
        assert parent is not None  # the overlay covers the window it was made for
        self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.password.setFocus()

    def try_unlock(self) -> None:
        password = self.password.text()
        username = self.actor.username

        def ok(_actor: Actor) -> None:
            self.password.clear()
            self.hide()
            self.unlocked.emit()

        def bad(exc: BaseException) -> bool:
            self.password.selectAll()
            return False

        self.runner.query(lambda: users.authenticate(self.store, username, password),
                          success=ok, failure=bad, errors=self.errors, initiator=self)

