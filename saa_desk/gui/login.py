"""The first window: sign in offline against the desk's users, or set up a new desk.

It appears before the database is opened (the store loads on a worker thread meanwhile), so the
window shows as fast as a bare Qt window would.
"""

from __future__ import annotations

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

LOADING, LOGIN, FIRST_RUN = 0, 1, 2


class LoginWindow(QWidget):
    signed_in = Signal(object)  # Actor
    language_requested = Signal(str)
    closed = Signal()

    def __init__(self, runner: OperationRunner) -> None:
        super().__init__()
        self.setObjectName("LoginWindow")
        self.runner = runner
        self.store: Store | None = None
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

    def store_failed(self, message: str) -> None:
        self.loading_label.setText(QCoreApplication.translate(
            "LoginWindow", "The desk's database could not be opened: {error}").format(error=message))

    # -- signing in ------------------------------------------------------------------------------

    def sign_in(self) -> None:
        if self.store is None or not self.login_button.isEnabled():
            return
        from saa_desk.services import users

        store, username, password = self.store, self.username.text(), self.password.text()
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

        self.runner.query(lambda: users.authenticate(store, username, password), success=done,
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
            self.desk_label.setText(desk_caption(store))
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


def desk_caption(store: Store) -> str:
    if store.codes is None:  # not initialised yet
        return ""
    branch, code = store.codes
    return QCoreApplication.translate("LoginWindow", "Branch {branch} · desk {desk}").format(branch=branch, desk=code)

