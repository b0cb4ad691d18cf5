# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_SearchForm(object):
    def setupUi(self, SearchForm):
        if not SearchForm.objectName():
            SearchForm.setObjectName(u"SearchForm")
        self.mainLayout = QVBoxLayout(SearchForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(SearchForm)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.title)

        self.searchBox = QLineEdit(SearchForm)
        self.searchBox.setObjectName(u"searchBox")
        self.searchBox.setClearButtonEnabled(True)
        self.searchBox.setProperty(u"role", u"search")

        self.mainLayout.addWidget(self.searchBox)

        self.hintLabel = QLabel(SearchForm)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.hintLabel)

        self.resultsView = QTableView(SearchForm)
        self.resultsView.setObjectName(u"resultsView")
        self.resultsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.resultsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.resultsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.resultsView.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.resultsView)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.newButton = QPushButton(SearchForm)
        self.newButton.setObjectName(u"newButton")

        self.buttons.addWidget(self.newButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.openButton = QPushButton(SearchForm)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setEnabled(False)

        self.buttons.addWidget(self.openButton)


        self.mainLayout.addLayout(self.buttons)

        self.draftsBox = QGroupBox(SearchForm)
        self.draftsBox.setObjectName(u"draftsBox")
        self.draftsLayout = QVBoxLayout(self.draftsBox)
        self.draftsLayout.setObjectName(u"draftsLayout")
        self.draftsList = QListWidget(self.draftsBox)
        self.draftsList.setObjectName(u"draftsList")
        self.draftsList.setMaximumSize(QSize(16777215, 120))

        self.draftsLayout.addWidget(self.draftsList)

        self.draftButtons = QHBoxLayout()
        self.draftButtons.setObjectName(u"draftButtons")
        self.draftSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.draftButtons.addItem(self.draftSpacer)

        self.discardDraftButton = QPushButton(self.draftsBox)
        self.discardDraftButton.setObjectName(u"discardDraftButton")

        self.draftButtons.addWidget(self.discardDraftButton)

        self.resumeDraftButton = QPushButton(self.draftsBox)
        self.resumeDraftButton.setObjectName(u"resumeDraftButton")

        self.draftButtons.addWidget(self.resumeDraftButton)


        self.draftsLayout.addLayout(self.draftButtons)


        self.mainLayout.addWidget(self.draftsBox)


        self.retranslateUi(SearchForm)

        QMetaObject.connectSlotsByName(SearchForm)
    # setupUi

    def retranslateUi(self, SearchForm):
        self.title.setText(QCoreApplication.translate("SearchForm", u"Find a beneficiary", None))
        self.searchBox.setPlaceholderText(QCoreApplication.translate("SearchForm", u"Name, ID number, mobile or request number", None))
        self.newButton.setText(QCoreApplication.translate("SearchForm", u"New beneficiary", None))
        self.openButton.setText(QCoreApplication.translate("SearchForm", u"Open file", None))
        self.draftsBox.setTitle(QCoreApplication.translate("SearchForm", u"Unfinished interviews", None))
        self.discardDraftButton.setText(QCoreApplication.translate("SearchForm", u"Discard", None))
        self.resumeDraftButton.setText(QCoreApplication.translate("SearchForm", u"Resume", None))
        pass
    # retranslateUi

