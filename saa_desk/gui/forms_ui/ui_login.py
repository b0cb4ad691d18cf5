# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_LoginForm(object):
    def setupUi(self, LoginForm):
        if not LoginForm.objectName():
            LoginForm.setObjectName(u"LoginForm")
        self.mainLayout = QVBoxLayout(LoginForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.topSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.languageButton = QPushButton(LoginForm)
        self.languageButton.setObjectName(u"languageButton")
        self.languageButton.setText(u"English")
        self.languageButton.setFlat(True)
        self.languageButton.setProperty(u"role", u"link")

        self.topRow.addWidget(self.languageButton)


        self.mainLayout.addLayout(self.topRow)

        self.appTitle = QLabel(LoginForm)
        self.appTitle.setObjectName(u"appTitle")
        self.appTitle.setProperty(u"role", u"apptitle")
        self.appTitle.setAlignment(Qt.AlignCenter)

        self.mainLayout.addWidget(self.appTitle)

        self.associationLabel = QLabel(LoginForm)
        self.associationLabel.setObjectName(u"associationLabel")
        self.associationLabel.setAlignment(Qt.AlignCenter)
        self.associationLabel.setWordWrap(True)
        self.associationLabel.setProperty(u"role", u"subtitle")

        self.mainLayout.addWidget(self.associationLabel)

        self.pages = QStackedWidget(LoginForm)
        self.pages.setObjectName(u"pages")
        self.loadingPage = QWidget()
        self.loadingPage.setObjectName(u"loadingPage")
        self.loadingLayout = QVBoxLayout(self.loadingPage)
        self.loadingLayout.setObjectName(u"loadingLayout")
        self.loadingLayout.setContentsMargins(11, 11, 11, 11)
        self.loadingTop = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.loadingLayout.addItem(self.loadingTop)

        self.loadingLabel = QLabel(self.loadingPage)
        self.loadingLabel.setObjectName(u"loadingLabel")
        self.loadingLabel.setAlignment(Qt.AlignCenter)

        self.loadingLayout.addWidget(self.loadingLabel)

        self.loadingBottom = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.loadingLayout.addItem(self.loadingBottom)

        self.pages.addWidget(self.loadingPage)
        self.loginPage = QWidget()
        self.loginPage.setObjectName(u"loginPage")
        self.loginPageLayout = QVBoxLayout(self.loginPage)
        self.loginPageLayout.setObjectName(u"loginPageLayout")
        self.loginPageLayout.setContentsMargins(11, 11, 11, 11)
        self.signInTitle = QLabel(self.loginPage)
        self.signInTitle.setObjectName(u"signInTitle")
        self.signInTitle.setProperty(u"role", u"title")

        self.loginPageLayout.addWidget(self.signInTitle)

        self.loginForm = QFormLayout()
        self.loginForm.setObjectName(u"loginForm")
        self.login_username_label = QLabel(self.loginPage)
        self.login_username_label.setObjectName(u"login_username_label")

        self.loginForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.login_username_label)

        self.login_username_box = QVBoxLayout()
        self.login_username_box.setSpacing(2)
        self.login_username_box.setObjectName(u"login_username_box")
        self.login_username = QLineEdit(self.loginPage)
        self.login_username.setObjectName(u"login_username")

        self.login_username_box.addWidget(self.login_username)

        self.login_username_error = QLabel(self.loginPage)
        self.login_username_error.setObjectName(u"login_username_error")
        self.login_username_error.setText(u"")
        self.login_username_error.setWordWrap(True)
        self.login_username_error.setVisible(False)
        self.login_username_error.setProperty(u"role", u"error")

        self.login_username_box.addWidget(self.login_username_error)


        self.loginForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.login_username_box)

        self.login_password_label = QLabel(self.loginPage)
        self.login_password_label.setObjectName(u"login_password_label")

        self.loginForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.login_password_label)

        self.login_password_box = QVBoxLayout()
        self.login_password_box.setSpacing(2)
        self.login_password_box.setObjectName(u"login_password_box")
        self.login_password = QLineEdit(self.loginPage)
        self.login_password.setObjectName(u"login_password")
        self.login_password.setEchoMode(QLineEdit.Password)

        self.login_password_box.addWidget(self.login_password)

        self.login_password_error = QLabel(self.loginPage)
        self.login_password_error.setObjectName(u"login_password_error")
        self.login_password_error.setText(u"")
        self.login_password_error.setWordWrap(True)
        self.login_password_error.setVisible(False)
        self.login_password_error.setProperty(u"role", u"error")

        self.login_password_box.addWidget(self.login_password_error)


        self.loginForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.login_password_box)


        self.loginPageLayout.addLayout(self.loginForm)

        self.login_error = QLabel(self.loginPage)
        self.login_error.setObjectName(u"login_error")
        self.login_error.setText(u"")
        self.login_error.setWordWrap(True)
        self.login_error.setVisible(False)
        self.login_error.setProperty(u"role", u"error")

        self.loginPageLayout.addWidget(self.login_error)

        self.loginButtons = QHBoxLayout()
        self.loginButtons.setObjectName(u"loginButtons")
        self.loginSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.loginButtons.addItem(self.loginSpacer)

        self.loginButton = QPushButton(self.loginPage)
        self.loginButton.setObjectName(u"loginButton")
        self.loginButton.setEnabled(False)

        self.loginButtons.addWidget(self.loginButton)


        self.loginPageLayout.addLayout(self.loginButtons)

        self.loginBottom = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.loginPageLayout.addItem(self.loginBottom)

        self.pages.addWidget(self.loginPage)
        self.firstRunPage = QWidget()
        self.firstRunPage.setObjectName(u"firstRunPage")
        self.firstRunLayout = QVBoxLayout(self.firstRunPage)
        self.firstRunLayout.setObjectName(u"firstRunLayout")
        self.firstRunLayout.setContentsMargins(11, 11, 11, 11)
        self.firstRunTitle = QLabel(self.firstRunPage)
        self.firstRunTitle.setObjectName(u"firstRunTitle")
        self.firstRunTitle.setProperty(u"role", u"title")

        self.firstRunLayout.addWidget(self.firstRunTitle)

        self.firstRunText = QLabel(self.firstRunPage)
        self.firstRunText.setObjectName(u"firstRunText")
        self.firstRunText.setWordWrap(True)
        self.firstRunText.setTextFormat(Qt.RichText)

        self.firstRunLayout.addWidget(self.firstRunText)

        self.firstRunForm = QFormLayout()
        self.firstRunForm.setObjectName(u"firstRunForm")
        self.branch_label = QLabel(self.firstRunPage)
        self.branch_label.setObjectName(u"branch_label")

        self.firstRunForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.branch_label)

        self.branch_box = QVBoxLayout()
        self.branch_box.setSpacing(2)
        self.branch_box.setObjectName(u"branch_box")
        self.branch = QLineEdit(self.firstRunPage)
        self.branch.setObjectName(u"branch")
        self.branch.setPlaceholderText(u"RYD")

        self.branch_box.addWidget(self.branch)

        self.branch_error = QLabel(self.firstRunPage)
        self.branch_error.setObjectName(u"branch_error")
        self.branch_error.setText(u"")
        self.branch_error.setWordWrap(True)
        self.branch_error.setVisible(False)
        self.branch_error.setProperty(u"role", u"error")

        self.branch_box.addWidget(self.branch_error)


        self.firstRunForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.branch_box)

        self.desk_label = QLabel(self.firstRunPage)
        self.desk_label.setObjectName(u"desk_label")

        self.firstRunForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.desk_label)

        self.desk_box = QVBoxLayout()
        self.desk_box.setSpacing(2)
        self.desk_box.setObjectName(u"desk_box")
        self.desk = QLineEdit(self.firstRunPage)
        self.desk.setObjectName(u"desk")
        self.desk.setPlaceholderText(u"D1")

        self.desk_box.addWidget(self.desk)

        self.desk_error = QLabel(self.firstRunPage)
        self.desk_error.setObjectName(u"desk_error")
        self.desk_error.setText(u"")
        self.desk_error.setWordWrap(True)
        self.desk_error.setVisible(False)
        self.desk_error.setProperty(u"role", u"error")

        self.desk_box.addWidget(self.desk_error)


        self.firstRunForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.desk_box)

        self.full_name_label = QLabel(self.firstRunPage)
        self.full_name_label.setObjectName(u"full_name_label")

        self.firstRunForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name_box = QVBoxLayout()
        self.full_name_box.setSpacing(2)
        self.full_name_box.setObjectName(u"full_name_box")
        self.full_name = QLineEdit(self.firstRunPage)
        self.full_name.setObjectName(u"full_name")

        self.full_name_box.addWidget(self.full_name)

        self.full_name_error = QLabel(self.firstRunPage)
        self.full_name_error.setObjectName(u"full_name_error")
        self.full_name_error.setText(u"")
        self.full_name_error.setWordWrap(True)
        self.full_name_error.setVisible(False)
        self.full_name_error.setProperty(u"role", u"error")

        self.full_name_box.addWidget(self.full_name_error)


        self.firstRunForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.full_name_box)

        self.username_label = QLabel(self.firstRunPage)
        self.username_label.setObjectName(u"username_label")

        self.firstRunForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_box = QVBoxLayout()
        self.username_box.setSpacing(2)
        self.username_box.setObjectName(u"username_box")
        self.username = QLineEdit(self.firstRunPage)
        self.username.setObjectName(u"username")
        self.username.setPlaceholderText(u"admin")

        self.username_box.addWidget(self.username)

        self.username_error = QLabel(self.firstRunPage)
        self.username_error.setObjectName(u"username_error")
        self.username_error.setText(u"")
        self.username_error.setWordWrap(True)
        self.username_error.setVisible(False)
        self.username_error.setProperty(u"role", u"error")

        self.username_box.addWidget(self.username_error)


        self.firstRunForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.username_box)

        self.password_label = QLabel(self.firstRunPage)
        self.password_label.setObjectName(u"password_label")

        self.firstRunForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_box = QVBoxLayout()
        self.password_box.setSpacing(2)
        self.password_box.setObjectName(u"password_box")
        self.password = QLineEdit(self.firstRunPage)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.password_box.addWidget(self.password)

        self.password_error = QLabel(self.firstRunPage)
        self.password_error.setObjectName(u"password_error")
        self.password_error.setText(u"")
        self.password_error.setWordWrap(True)
        self.password_error.setVisible(False)
        self.password_error.setProperty(u"role", u"error")

        self.password_box.addWidget(self.password_error)


        self.firstRunForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.password_box)

        self.password_again_label = QLabel(self.firstRunPage)
        self.password_again_label.setObjectName(u"password_again_label")

        self.firstRunForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.password_again_label)

        self.password_again_box = QVBoxLayout()
        self.password_again_box.setSpacing(2)
        self.password_again_box.setObjectName(u"password_again_box")
        self.password_again = QLineEdit(self.firstRunPage)
        self.password_again.setObjectName(u"password_again")
        self.password_again.setEchoMode(QLineEdit.Password)

        self.password_again_box.addWidget(self.password_again)

        self.password_again_error = QLabel(self.firstRunPage)
        self.password_again_error.setObjectName(u"password_again_error")
        self.password_again_error.setText(u"")
        self.password_again_error.setWordWrap(True)
        self.password_again_error.setVisible(False)
        self.password_again_error.setProperty(u"role", u"error")

        self.password_again_box.addWidget(self.password_again_error)


        self.firstRunForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.password_again_box)


        self.firstRunLayout.addLayout(self.firstRunForm)

        self.first_run_error = QLabel(self.firstRunPage)
        self.first_run_error.setObjectName(u"first_run_error")
        self.first_run_error.setText(u"")
        self.first_run_error.setWordWrap(True)
        self.first_run_error.setVisible(False)
        self.first_run_error.setProperty(u"role", u"error")

        self.firstRunLayout.addWidget(self.first_run_error)

        self.firstRunButtons = QHBoxLayout()
        self.firstRunButtons.setObjectName(u"firstRunButtons")
        self.firstRunSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.firstRunButtons.addItem(self.firstRunSpacer)

        self.initButton = QPushButton(self.firstRunPage)
        self.initButton.setObjectName(u"initButton")

        self.firstRunButtons.addWidget(self.initButton)


        self.firstRunLayout.addLayout(self.firstRunButtons)

        self.firstRunBottom = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.firstRunLayout.addItem(self.firstRunBottom)

        self.pages.addWidget(self.firstRunPage)

        self.mainLayout.addWidget(self.pages)

        self.deskLabel = QLabel(LoginForm)
        self.deskLabel.setObjectName(u"deskLabel")
        self.deskLabel.setText(u"")
        self.deskLabel.setAlignment(Qt.AlignCenter)
        self.deskLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.deskLabel)


        self.retranslateUi(LoginForm)

        self.loginButton.setDefault(True)
        self.initButton.setDefault(True)


        QMetaObject.connectSlotsByName(LoginForm)
    # setupUi

    def retranslateUi(self, LoginForm):
        LoginForm.setWindowTitle(QCoreApplication.translate("LoginForm", u"SAA Desk \u2014 sign in", None))
        self.appTitle.setText(QCoreApplication.translate("LoginForm", u"SAA Desk \u2014 beneficiary relations", None))
        self.associationLabel.setText(QCoreApplication.translate("LoginForm", u"SAA Charitable Association for Hajj & Umrah Services", None))
        self.loadingLabel.setText(QCoreApplication.translate("LoginForm", u"Opening the desk's database\u2026", None))
        self.signInTitle.setText(QCoreApplication.translate("LoginForm", u"Sign in", None))
        self.login_username_label.setText(QCoreApplication.translate("LoginForm", u"Username", None))
        self.login_password_label.setText(QCoreApplication.translate("LoginForm", u"Password", None))
        self.loginButton.setText(QCoreApplication.translate("LoginForm", u"Sign in", None))
        self.firstRunTitle.setText(QCoreApplication.translate("LoginForm", u"This desk is not set up yet", None))
        self.firstRunText.setText(QCoreApplication.translate("LoginForm", u"Run <b>saa-desk init</b> in a terminal, or give the desk its branch and desk codes and its first administrator here.", None))
        self.branch_label.setText(QCoreApplication.translate("LoginForm", u"Branch code", None))
        self.desk_label.setText(QCoreApplication.translate("LoginForm", u"Desk code", None))
        self.full_name_label.setText(QCoreApplication.translate("LoginForm", u"Administrator's name", None))
        self.username_label.setText(QCoreApplication.translate("LoginForm", u"Administrator's username", None))
        self.password_label.setText(QCoreApplication.translate("LoginForm", u"Password", None))
        self.password_again_label.setText(QCoreApplication.translate("LoginForm", u"Password again", None))
        self.initButton.setText(QCoreApplication.translate("LoginForm", u"Set up the desk", None))
    # retranslateUi

