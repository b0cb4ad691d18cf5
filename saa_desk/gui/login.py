"""The first window: sign in offline against the desk's users, or set up a new desk.

It appears before the database is opened (the store loads on the write queue meanwhile), so the
window shows as fast as a bare Qt window would. A quick read-only probe of the file
(`store.probe`) enables the log-in before the store has finished opening: a log-in pressed that
early is queued on the write queue behind the opening, so it runs on the opened store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from saa_desk.gui import i18n
from saa_desk.gui.fielderrors import Field, FieldErrors
from saa_desk.gui.forms import mount
from saa_desk.gui.forms_ui.ui_login import Ui_LoginForm

if TYPE_CHECKING:
    from saa_desk.gui.ops import OperationRunner
    from saa_desk.services.context import Actor
    from saa_desk.store.database import Store
    from saa_desk.store.probe import DeskProbe

LOADING, LOGIN, FIRST_RUN = 0, 1, 2


class LoginWindow(QWidget):
    signed_in = Signal(object)  # Actor
    language_requested = Signal(str)
    closed = Signal()

    def __init__(self, runner: OperationRunner, opened_store: Callable[[], Store] | None = None) -> None:
        super().__init__()
        self.setObjectName("LoginWindow")
        self.runner = runner
        self.store: Store | None = None
        # The store the write queue opened, for a log-in queued behind the opening (see set_probe).
        self.opened_store = opened_store
        self.ui = u = Ui_LoginForm()
        self.setWindowTitle(mount(u, self).windowTitle())
        self.resize(520, 560)
        self.pages = u.pages
        self.username = u.login_username
        self.password = u.login_password
        self.login_button = u.loginButton
        self.desk_label = u.deskLabel
        self.loading_label = u.loadingLabel
        self.login_errors = FieldErrors({"login_username": Field(u.login_username_error, u.login_username),
                                         "login_password": Field(u.login_password_error, u.login_password),
                                         "login": Field(u.login_error)},
                                        aliases={"username": "login_username", "password": "login_password"},
                                        default="login")
        # The first run's inputs, named as desk.initialise takes them.
        self.setup_inputs = {"branch": u.branch, "desk": u.desk, "full_name": u.full_name, "username": u.username,
                             "password": u.password, "password_again": u.password_again}
        self.setup_errors = FieldErrors({
            "branch": Field(u.branch_error, u.branch),
            "desk": Field(u.desk_error, u.desk),
            "full_name": Field(u.full_name_error, u.full_name),
            "username": Field(u.username_error, u.username),
            "password": Field(u.password_error, u.password),
            "password_again": Field(u.password_again_error, u.password_again),
            "first_run": Field(u.first_run_error),
        }, default="first_run")
        for line in (u.login_username, u.login_password, u.branch, u.desk, u.username, u.password, u.password_again):
            line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        language = u.languageButton
        language.setText(i18n.NATIVE_NAME[i18n.other()])
        language.clicked.connect(lambda: self.language_requested.emit(i18n.other()))
        self.login_button.clicked.connect(self.sign_in)
        self.password.returnPressed.connect(self.sign_in)
        self.username.returnPressed.connect(self.password.setFocus)
        u.initButton.clicked.connect(self.initialise)
        self.pages.setCurrentIndex(LOADING)

    # -- the store arrives -----------------------------------------------------------------------

    def set_store(self, store: Store, initialised: bool, desk_text: str) -> None:
        self.store = store
        self.desk_label.setText(desk_text)
        if initialised:
            self.pages.setCurrentIndex(LOGIN)
            self.login_button.setEnabled(True)
            self.username.setFocus()
        else:
            self.pages.setCurrentIndex(FIRST_RUN)
            self.ui.branch.setFocus()

    def set_probe(self, desk: DeskProbe) -> None:
        """The file is an initialised desk on this code's schema: the log-in may be used while the
        store finishes opening (anything else waits for the opened store, which may migrate,
        refuse the file, or ask for a first run)."""
        if self.store is not None or not desk.ready or self.opened_store is None:
            return
        self.desk_label.setText(desk_caption(desk.codes))
        self.pages.setCurrentIndex(LOGIN)
        self.login_button.setEnabled(True)
        self.username.setFocus()

    def store_failed(self, message: str) -> None:
        self.pages.setCurrentIndex(LOADING)
        self.login_button.setEnabled(False)
        self.loading_label.setText(QCoreApplication.translate(
            "LoginWindow", "The desk's database could not be opened: {error}").format(error=message))

    # -- signing in ------------------------------------------------------------------------------

    def sign_in(self) -> None:
        if not self.login_button.isEnabled() or (self.store is None and self.opened_store is None):
            return
        from saa_desk.services import users

        username, password = self.username.text(), self.password.text()
        self.login_button.setEnabled(False)

        def done(actor: Actor) -> None:
            self.password.clear()
            self.login_button.setEnabled(True)
            self.signed_in.emit(actor)

        def failed(_exc: BaseException) -> bool:
            self.login_button.setEnabled(True)
            self.password.selectAll()
            self.password.setFocus()
            return False

        store = self.store
        if store is not None:
            self.runner.query(lambda: users.authenticate(store, username, password), success=done,
                              failure=failed, errors=self.login_errors, initiator=self)
            return
        opened = self.opened_store
        assert opened is not None
        # Still opening: on the write queue, after the opening, so the store is there when it runs.
        self.runner.write(lambda: users.authenticate(opened(), username, password), success=done,
                          failure=failed, errors=self.login_errors, initiator=self)

    # -- first run -------------------------------------------------------------------------------

    def initialise(self) -> None:
        if self.store is None:
            return
        from saa_desk.services import desk

        values = {name: line.text() for name, line in self.setup_inputs.items()}
        self.setup_errors.clear()
        if values["password"] != values["password_again"]:
            self.setup_errors.set("password_again", QCoreApplication.translate(
                "LoginWindow", "The two passwords are not the same."))
            return
        store = self.store

        def done(_admin_id: str) -> None:
            self.desk_label.setText(desk_caption(store.codes))
            self.pages.setCurrentIndex(LOGIN)
            self.login_button.setEnabled(True)
            self.username.setText(values["username"].strip().lower())
            self.password.setFocus()

        self.runner.write(lambda: desk.initialise(store, values["branch"], values["desk"], values["username"],
                                                  values["password"], values["full_name"] or "مدير النظام"),
                          success=done, errors=self.setup_errors, initiator=self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)


def desk_caption(codes: tuple[str, str] | None) -> str:
    """The log-in's caption from the desk's (branch, desk) codes."""
    if codes is None:  # not initialised yet
        return ""
    branch, code = codes
    return QCoreApplication.translate("LoginWindow", "Branch {branch} · desk {desk}").format(branch=branch, desk=code)

