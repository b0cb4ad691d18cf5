# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock.ui'
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
    QVBoxLayout, QWidget)

class Ui_LockForm(object):
    def setupUi(self, LockForm):
        if not LockForm.objectName():
            LockForm.setObjectName(u"LockForm")
        LockForm.setProperty(u"role", u"lockpanel")
        self.mainLayout = QVBoxLayout(LockForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.lockTitle = QLabel(LockForm)
        self.lockTitle.setObjectName(u"lockTitle")
        self.lockTitle.setProperty(u"role", u"title")
        self.lockTitle.setAlignment(Qt.AlignCenter)

        self.mainLayout.addWidget(self.lockTitle)

        self.lockText = QLabel(LockForm)
        self.lockText.setObjectName(u"lockText")
        self.lockText.setText(u"")
        self.lockText.setWordWrap(True)
        self.lockText.setAlignment(Qt.AlignCenter)

        self.mainLayout.addWidget(self.lockText)

        self.lockForm = QFormLayout()
        self.lockForm.setObjectName(u"lockForm")
        self.unlock_password_label = QLabel(LockForm)
        self.unlock_password_label.setObjectName(u"unlock_password_label")

        self.lockForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unlock_password_label)

        self.unlock_password_box = QVBoxLayout()
        self.unlock_password_box.setSpacing(2)
        self.unlock_password_box.setObjectName(u"unlock_password_box")
        self.unlock_password = QLineEdit(LockForm)
        self.unlock_password.setObjectName(u"unlock_password")
        self.unlock_password.setEchoMode(QLineEdit.Password)

        self.unlock_password_box.addWidget(self.unlock_password)

        self.unlock_password_error = QLabel(LockForm)
        self.unlock_password_error.setObjectName(u"unlock_password_error")
        self.unlock_password_error.setText(u"")
        self.unlock_password_error.setWordWrap(True)
        self.unlock_password_error.setVisible(False)
        self.unlock_password_error.setProperty(u"role", u"error")

        self.unlock_password_box.addWidget(self.unlock_password_error)


        self.lockForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.unlock_password_box)


        self.mainLayout.addLayout(self.lockForm)

        self.lockButtons = QHBoxLayout()
        self.lockButtons.setObjectName(u"lockButtons")
        self.switchUserButton = QPushButton(LockForm)
        self.switchUserButton.setObjectName(u"switchUserButton")
        self.switchUserButton.setFlat(True)
        self.switchUserButton.setProperty(u"role", u"link")

        self.lockButtons.addWidget(self.switchUserButton)

        self.lockSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lockButtons.addItem(self.lockSpacer)

        self.unlockButton = QPushButton(LockForm)
        self.unlockButton.setObjectName(u"unlockButton")

        self.lockButtons.addWidget(self.unlockButton)


        self.mainLayout.addLayout(self.lockButtons)


        self.retranslateUi(LockForm)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(LockForm)
    # setupUi

    def retranslateUi(self, LockForm):
        self.lockTitle.setText(QCoreApplication.translate("LockForm", u"The desk is locked", None))
        self.unlock_password_label.setText(QCoreApplication.translate("LockForm", u"Password", None))
        self.switchUserButton.setText(QCoreApplication.translate("LockForm", u"Sign in as another user", None))
        self.unlockButton.setText(QCoreApplication.translate("LockForm", u"Unlock", None))
        pass
    # retranslateUi

