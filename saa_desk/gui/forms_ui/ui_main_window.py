# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QToolButton, QVBoxLayout,
    QWidget)

class Ui_MainForm(object):
    def setupUi(self, MainForm):
        if not MainForm.objectName():
            MainForm.setObjectName(u"MainForm")
        self.mainLayout = QVBoxLayout(MainForm)
        self.mainLayout.setSpacing(0)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.topBar = QFrame(MainForm)
        self.topBar.setObjectName(u"topBar")
        self.topBar.setProperty(u"role", u"topbar")
        self.topBarLayout = QHBoxLayout(self.topBar)
        self.topBarLayout.setObjectName(u"topBarLayout")
        self.appName = QLabel(self.topBar)
        self.appName.setObjectName(u"appName")
        self.appName.setProperty(u"role", u"brand")

        self.topBarLayout.addWidget(self.appName)

        self.topBarSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topBarLayout.addItem(self.topBarSpacer)

        self.userLabel = QLabel(self.topBar)
        self.userLabel.setObjectName(u"userLabel")
        self.userLabel.setText(u"")

        self.topBarLayout.addWidget(self.userLabel)

        self.libraryButton = QPushButton(self.topBar)
        self.libraryButton.setObjectName(u"libraryButton")
        self.libraryButton.setFlat(True)
        self.libraryButton.setProperty(u"role", u"link")

        self.topBarLayout.addWidget(self.libraryButton)

        self.languageButton = QPushButton(self.topBar)
        self.languageButton.setObjectName(u"languageButton")
        self.languageButton.setText(u"English")
        self.languageButton.setFlat(True)
        self.languageButton.setProperty(u"role", u"link")

        self.topBarLayout.addWidget(self.languageButton)

        self.lockButton = QPushButton(self.topBar)
        self.lockButton.setObjectName(u"lockButton")
        self.lockButton.setFlat(True)
        self.lockButton.setProperty(u"role", u"link")

        self.topBarLayout.addWidget(self.lockButton)

        self.logoutButton = QPushButton(self.topBar)
        self.logoutButton.setObjectName(u"logoutButton")
        self.logoutButton.setFlat(True)
        self.logoutButton.setProperty(u"role", u"link")

        self.topBarLayout.addWidget(self.logoutButton)


        self.mainLayout.addWidget(self.topBar)

        self.messageBar = QFrame(MainForm)
        self.messageBar.setObjectName(u"messageBar")
        self.messageBar.setVisible(False)
        self.messageBar.setProperty(u"role", u"messagebar")
        self.messageBarLayout = QHBoxLayout(self.messageBar)
        self.messageBarLayout.setObjectName(u"messageBarLayout")
        self.messageText = QLabel(self.messageBar)
        self.messageText.setObjectName(u"messageText")
        self.messageText.setText(u"")
        self.messageText.setWordWrap(True)
        self.messageText.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.messageBarLayout.addWidget(self.messageText)

        self.messageClose = QToolButton(self.messageBar)
        self.messageClose.setObjectName(u"messageClose")
        self.messageClose.setText(u"\u2715")
        self.messageClose.setAutoRaise(True)

        self.messageBarLayout.addWidget(self.messageClose)


        self.mainLayout.addWidget(self.messageBar)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(0)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.navList = QListWidget(MainForm)
        self.navList.setObjectName(u"navList")
        self.navList.setProperty(u"role", u"nav")
        self.navList.setFrameShape(QFrame.NoFrame)
        self.navList.setMinimumSize(QSize(190, 0))
        self.navList.setMaximumSize(QSize(230, 16777215))

        self.bodyLayout.addWidget(self.navList)

        self.stack = QStackedWidget(MainForm)
        self.stack.setObjectName(u"stack")

        self.bodyLayout.addWidget(self.stack)


        self.mainLayout.addLayout(self.bodyLayout)


        self.retranslateUi(MainForm)

        QMetaObject.connectSlotsByName(MainForm)
    # setupUi

    def retranslateUi(self, MainForm):
        self.appName.setText(QCoreApplication.translate("MainForm", u"SAA Desk", None))
#if QT_CONFIG(tooltip)
        self.libraryButton.setToolTip(QCoreApplication.translate("MainForm", u"The reference library: the policy's tools, readable offline", None))
#endif // QT_CONFIG(tooltip)
        self.libraryButton.setText(QCoreApplication.translate("MainForm", u"Library", None))
        self.lockButton.setText(QCoreApplication.translate("MainForm", u"Lock", None))
        self.logoutButton.setText(QCoreApplication.translate("MainForm", u"Sign out", None))
        pass
    # retranslateUi

