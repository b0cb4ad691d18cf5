# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referrals_inbox.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableWidget, QTableWidgetItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_InboxForm(object):
    def setupUi(self, InboxForm):
        if not InboxForm.objectName():
            InboxForm.setObjectName(u"InboxForm")
        self.mainLayout = QVBoxLayout(InboxForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(InboxForm)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.title)

        self.hintLabel = QLabel(InboxForm)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.hintLabel)

        self.inboxTable = QTableWidget(InboxForm)
        self.inboxTable.setObjectName(u"inboxTable")
        self.inboxTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.inboxTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.inboxTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.mainLayout.addWidget(self.inboxTable)

        self.questionView = QTextBrowser(InboxForm)
        self.questionView.setObjectName(u"questionView")
        self.questionView.setMaximumSize(QSize(16777215, 140))

        self.mainLayout.addWidget(self.questionView)


        self.retranslateUi(InboxForm)

        QMetaObject.connectSlotsByName(InboxForm)
    # setupUi

    def retranslateUi(self, InboxForm):
        self.title.setText(QCoreApplication.translate("InboxForm", u"Referred cases", None))
        pass
    # retranslateUi

