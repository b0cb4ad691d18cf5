# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'to_notify.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_ToNotifyForm(object):
    def setupUi(self, ToNotifyForm):
        if not ToNotifyForm.objectName():
            ToNotifyForm.setObjectName(u"ToNotifyForm")
        self.mainLayout = QVBoxLayout(ToNotifyForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(ToNotifyForm)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.title)

        self.hintLabel = QLabel(ToNotifyForm)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.hintLabel)

        self.notifyTable = QTableWidget(ToNotifyForm)
        self.notifyTable.setObjectName(u"notifyTable")
        self.notifyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.notifyTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.notifyTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.notifyTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.notifyTable)

        self.wordsTitle = QLabel(ToNotifyForm)
        self.wordsTitle.setObjectName(u"wordsTitle")
        self.wordsTitle.setProperty(u"role", u"section")

        self.mainLayout.addWidget(self.wordsTitle)

        self.contactLabel = QLabel(ToNotifyForm)
        self.contactLabel.setObjectName(u"contactLabel")
        self.contactLabel.setText(u"")
        self.contactLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.contactLabel)

        self.messageView = QTextBrowser(ToNotifyForm)
        self.messageView.setObjectName(u"messageView")
        self.messageView.setMinimumSize(QSize(0, 110))
        self.messageView.setMaximumSize(QSize(16777215, 170))

        self.mainLayout.addWidget(self.messageView)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.actionsRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsRowSpacer)

        self.copyButton = QPushButton(ToNotifyForm)
        self.copyButton.setObjectName(u"copyButton")

        self.actionsRow.addWidget(self.copyButton)

        self.fileButton = QPushButton(ToNotifyForm)
        self.fileButton.setObjectName(u"fileButton")

        self.actionsRow.addWidget(self.fileButton)

        self.moreButton = QPushButton(ToNotifyForm)
        self.moreButton.setObjectName(u"moreButton")

        self.actionsRow.addWidget(self.moreButton)

        self.doneButton = QPushButton(ToNotifyForm)
        self.doneButton.setObjectName(u"doneButton")
        self.doneButton.setProperty(u"role", u"primary")

        self.actionsRow.addWidget(self.doneButton)


        self.mainLayout.addLayout(self.actionsRow)


        self.retranslateUi(ToNotifyForm)

        QMetaObject.connectSlotsByName(ToNotifyForm)
    # setupUi

    def retranslateUi(self, ToNotifyForm):
        self.title.setText(QCoreApplication.translate("ToNotifyForm", u"To notify", None))
        self.wordsTitle.setText(QCoreApplication.translate("ToNotifyForm", u"The words to say or send", None))
        self.copyButton.setText(QCoreApplication.translate("ToNotifyForm", u"Copy the words", None))
        self.fileButton.setText(QCoreApplication.translate("ToNotifyForm", u"Open the file", None))
        self.moreButton.setText(QCoreApplication.translate("ToNotifyForm", u"Show more", None))
        self.doneButton.setText(QCoreApplication.translate("ToNotifyForm", u"Done: the applicant was told", None))
        pass
    # retranslateUi

