# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'beneficiary_file.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BeneficiaryFileForm(object):
    def setupUi(self, BeneficiaryFileForm):
        if not BeneficiaryFileForm.objectName():
            BeneficiaryFileForm.setObjectName(u"BeneficiaryFileForm")
        self.mainLayout = QVBoxLayout(BeneficiaryFileForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.headerText = QVBoxLayout()
        self.headerText.setObjectName(u"headerText")
        self.nameLabel = QLabel(BeneficiaryFileForm)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"")
        self.nameLabel.setProperty(u"role", u"title")

        self.headerText.addWidget(self.nameLabel)

        self.idLabel = QLabel(BeneficiaryFileForm)
        self.idLabel.setObjectName(u"idLabel")
        self.idLabel.setText(u"")
        self.idLabel.setProperty(u"role", u"subtitle")

        self.headerText.addWidget(self.idLabel)


        self.headerRow.addLayout(self.headerText)

        self.headerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.followUpButton = QPushButton(BeneficiaryFileForm)
        self.followUpButton.setObjectName(u"followUpButton")

        self.headerRow.addWidget(self.followUpButton)

        self.editButton = QPushButton(BeneficiaryFileForm)
        self.editButton.setObjectName(u"editButton")

        self.headerRow.addWidget(self.editButton)

        self.newRequestButton = QPushButton(BeneficiaryFileForm)
        self.newRequestButton.setObjectName(u"newRequestButton")
        self.newRequestButton.setProperty(u"role", u"primary")

        self.headerRow.addWidget(self.newRequestButton)


        self.mainLayout.addLayout(self.headerRow)

        self.tabs = QTabWidget(BeneficiaryFileForm)
        self.tabs.setObjectName(u"tabs")
        self.dataTab = QWidget()
        self.dataTab.setObjectName(u"dataTab")
        self.dataTabLayout = QVBoxLayout(self.dataTab)
        self.dataTabLayout.setObjectName(u"dataTabLayout")
        self.dataTabLayout.setContentsMargins(11, 11, 11, 11)
        self.dataScroll = QScrollArea(self.dataTab)
        self.dataScroll.setObjectName(u"dataScroll")
        self.dataScroll.setWidgetResizable(True)
        self.dataScroll.setFrameShape(QFrame.NoFrame)
        self.dataContents = QWidget()
        self.dataContents.setObjectName(u"dataContents")
        self.dataContentsLayout = QVBoxLayout(self.dataContents)
        self.dataContentsLayout.setObjectName(u"dataContentsLayout")
        self.dataForm = QFormLayout()
        self.dataForm.setObjectName(u"dataForm")

        self.dataContentsLayout.addLayout(self.dataForm)

        self.householdTitle = QLabel(self.dataContents)
        self.householdTitle.setObjectName(u"householdTitle")
        self.householdTitle.setProperty(u"role", u"section")

        self.dataContentsLayout.addWidget(self.householdTitle)

        self.householdTable = QTableWidget(self.dataContents)
        self.householdTable.setObjectName(u"householdTable")
        self.householdTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.householdTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.householdTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.householdTable.setAlternatingRowColors(True)

        self.dataContentsLayout.addWidget(self.householdTable)

        self.dataScroll.setWidget(self.dataContents)

        self.dataTabLayout.addWidget(self.dataScroll)

        self.tabs.addTab(self.dataTab, "")
        self.requestsTab = QWidget()
        self.requestsTab.setObjectName(u"requestsTab")
        self.requestsTabLayout = QVBoxLayout(self.requestsTab)
        self.requestsTabLayout.setObjectName(u"requestsTabLayout")
        self.requestsTabLayout.setContentsMargins(11, 11, 11, 11)
        self.requestsTable = QTableWidget(self.requestsTab)
        self.requestsTable.setObjectName(u"requestsTable")
        self.requestsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.requestsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.requestsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.requestsTable.setAlternatingRowColors(True)

        self.requestsTabLayout.addWidget(self.requestsTable)

        self.historyTitle = QLabel(self.requestsTab)
        self.historyTitle.setObjectName(u"historyTitle")
        self.historyTitle.setProperty(u"role", u"section")

        self.requestsTabLayout.addWidget(self.historyTitle)

        self.historyTable = QTableWidget(self.requestsTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.historyTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.historyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)

        self.requestsTabLayout.addWidget(self.historyTable)

        self.researcherAnswer = QLabel(self.requestsTab)
        self.researcherAnswer.setObjectName(u"researcherAnswer")
        self.researcherAnswer.setText(u"")
        self.researcherAnswer.setWordWrap(True)
        self.researcherAnswer.setVisible(False)
        self.researcherAnswer.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.researcherAnswer.setProperty(u"role", u"hint")

        self.requestsTabLayout.addWidget(self.researcherAnswer)

        self.requestButtons = QHBoxLayout()
        self.requestButtons.setObjectName(u"requestButtons")
        self.requestButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.requestButtons.addItem(self.requestButtonsSpacer)

        self.checklistButton = QPushButton(self.requestsTab)
        self.checklistButton.setObjectName(u"checklistButton")
        self.checklistButton.setEnabled(False)

        self.requestButtons.addWidget(self.checklistButton)

        self.declarationButton = QPushButton(self.requestsTab)
        self.declarationButton.setObjectName(u"declarationButton")
        self.declarationButton.setEnabled(False)

        self.requestButtons.addWidget(self.declarationButton)


        self.requestsTabLayout.addLayout(self.requestButtons)

        self.tabs.addTab(self.requestsTab, "")
        self.interactionsTab = QWidget()
        self.interactionsTab.setObjectName(u"interactionsTab")
        self.interactionsTabLayout = QVBoxLayout(self.interactionsTab)
        self.interactionsTabLayout.setObjectName(u"interactionsTabLayout")
        self.interactionsTabLayout.setContentsMargins(11, 11, 11, 11)
        self.interactionsTable = QTableWidget(self.interactionsTab)
        self.interactionsTable.setObjectName(u"interactionsTable")
        self.interactionsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.interactionsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.interactionsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.interactionsTable.setAlternatingRowColors(True)

        self.interactionsTabLayout.addWidget(self.interactionsTable)

        self.tabs.addTab(self.interactionsTab, "")
        self.documentsTab = QWidget()
        self.documentsTab.setObjectName(u"documentsTab")
        self.documentsTabLayout = QVBoxLayout(self.documentsTab)
        self.documentsTabLayout.setObjectName(u"documentsTabLayout")
        self.documentsTabLayout.setContentsMargins(11, 11, 11, 11)
        self.documentsTable = QTableWidget(self.documentsTab)
        self.documentsTable.setObjectName(u"documentsTable")
        self.documentsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.documentsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.documentsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.documentsTable.setAlternatingRowColors(True)

        self.documentsTabLayout.addWidget(self.documentsTable)

        self.documentsButtons = QHBoxLayout()
        self.documentsButtons.setObjectName(u"documentsButtons")
        self.openScanButton = QPushButton(self.documentsTab)
        self.openScanButton.setObjectName(u"openScanButton")

        self.documentsButtons.addWidget(self.openScanButton)

        self.documentsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentsButtons.addItem(self.documentsSpacer)


        self.documentsTabLayout.addLayout(self.documentsButtons)

        self.tabs.addTab(self.documentsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.backButton = QPushButton(BeneficiaryFileForm)
        self.backButton.setObjectName(u"backButton")

        self.bottomRow.addWidget(self.backButton)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)


        self.mainLayout.addLayout(self.bottomRow)


        self.retranslateUi(BeneficiaryFileForm)

        QMetaObject.connectSlotsByName(BeneficiaryFileForm)
    # setupUi

    def retranslateUi(self, BeneficiaryFileForm):
        self.followUpButton.setText(QCoreApplication.translate("BeneficiaryFileForm", u"Follow-up", None))
        self.editButton.setText(QCoreApplication.translate("BeneficiaryFileForm", u"Update data", None))
        self.newRequestButton.setText(QCoreApplication.translate("BeneficiaryFileForm", u"New request", None))
        self.householdTitle.setText(QCoreApplication.translate("BeneficiaryFileForm", u"Household members", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dataTab), QCoreApplication.translate("BeneficiaryFileForm", u"Data", None))
        self.historyTitle.setText(QCoreApplication.translate("BeneficiaryFileForm", u"Status history of the selected request", None))
        self.checklistButton.setText(QCoreApplication.translate("BeneficiaryFileForm", u"Document checklist", None))
        self.declarationButton.setText(QCoreApplication.translate("BeneficiaryFileForm", u"Declaration and submission", None))
        self.tabs.setTabText(self.tabs.indexOf(self.requestsTab), QCoreApplication.translate("BeneficiaryFileForm", u"Requests", None))
        self.tabs.setTabText(self.tabs.indexOf(self.interactionsTab), QCoreApplication.translate("BeneficiaryFileForm", u"Interactions", None))
        self.openScanButton.setText(QCoreApplication.translate("BeneficiaryFileForm", u"Open scan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.documentsTab), QCoreApplication.translate("BeneficiaryFileForm", u"Documents", None))
        self.backButton.setText(QCoreApplication.translate("BeneficiaryFileForm", u"Back to search", None))
        pass
    # retranslateUi

