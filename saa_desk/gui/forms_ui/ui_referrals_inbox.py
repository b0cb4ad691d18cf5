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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableWidget,
    QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

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

        self.showAnsweredCheck = QCheckBox(InboxForm)
        self.showAnsweredCheck.setObjectName(u"showAnsweredCheck")

        self.mainLayout.addWidget(self.showAnsweredCheck)

        self.splitter = QSplitter(InboxForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.inboxTable = QTableWidget(self.splitter)
        self.inboxTable.setObjectName(u"inboxTable")
        self.inboxTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.inboxTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.inboxTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.splitter.addWidget(self.inboxTable)
        self.caseHost = QWidget(self.splitter)
        self.caseHost.setObjectName(u"caseHost")
        self.caseLayout = QVBoxLayout(self.caseHost)
        self.caseLayout.setObjectName(u"caseLayout")
        self.caseLayout.setContentsMargins(0, 0, 0, 0)
        self.caseLabel = QLabel(self.caseHost)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setText(u"")
        self.caseLabel.setWordWrap(True)
        self.caseLabel.setProperty(u"role", u"subtitle")

        self.caseLayout.addWidget(self.caseLabel)

        self.caseTabs = QTabWidget(self.caseHost)
        self.caseTabs.setObjectName(u"caseTabs")
        self.questionTab = QWidget()
        self.questionTab.setObjectName(u"questionTab")
        self.questionTabLayout = QVBoxLayout(self.questionTab)
        self.questionTabLayout.setObjectName(u"questionTabLayout")
        self.questionView = QTextBrowser(self.questionTab)
        self.questionView.setObjectName(u"questionView")

        self.questionTabLayout.addWidget(self.questionView)

        self.caseTabs.addTab(self.questionTab, "")
        self.dataTab = QWidget()
        self.dataTab.setObjectName(u"dataTab")
        self.dataTabLayout = QVBoxLayout(self.dataTab)
        self.dataTabLayout.setObjectName(u"dataTabLayout")
        self.dataView = QTextBrowser(self.dataTab)
        self.dataView.setObjectName(u"dataView")

        self.dataTabLayout.addWidget(self.dataView)

        self.caseTabs.addTab(self.dataTab, "")
        self.householdTab = QWidget()
        self.householdTab.setObjectName(u"householdTab")
        self.householdTabLayout = QVBoxLayout(self.householdTab)
        self.householdTabLayout.setObjectName(u"householdTabLayout")
        self.householdTable = QTableWidget(self.householdTab)
        self.householdTable.setObjectName(u"householdTable")
        self.householdTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.householdTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.householdTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.householdTabLayout.addWidget(self.householdTable)

        self.caseTabs.addTab(self.householdTab, "")
        self.documentsTab = QWidget()
        self.documentsTab.setObjectName(u"documentsTab")
        self.documentsTabLayout = QVBoxLayout(self.documentsTab)
        self.documentsTabLayout.setObjectName(u"documentsTabLayout")
        self.documentsTable = QTableWidget(self.documentsTab)
        self.documentsTable.setObjectName(u"documentsTable")
        self.documentsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.documentsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.documentsTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.documentsTabLayout.addWidget(self.documentsTable)

        self.caseTabs.addTab(self.documentsTab, "")
        self.declarationTab = QWidget()
        self.declarationTab.setObjectName(u"declarationTab")
        self.declarationTabLayout = QVBoxLayout(self.declarationTab)
        self.declarationTabLayout.setObjectName(u"declarationTabLayout")
        self.declarationView = QTextBrowser(self.declarationTab)
        self.declarationView.setObjectName(u"declarationView")

        self.declarationTabLayout.addWidget(self.declarationView)

        self.caseTabs.addTab(self.declarationTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyTabLayout = QVBoxLayout(self.historyTab)
        self.historyTabLayout.setObjectName(u"historyTabLayout")
        self.historyTable = QTableWidget(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.historyTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.historyTabLayout.addWidget(self.historyTable)

        self.caseTabs.addTab(self.historyTab, "")
        self.reportTab = QWidget()
        self.reportTab.setObjectName(u"reportTab")
        self.reportTabLayout = QVBoxLayout(self.reportTab)
        self.reportTabLayout.setObjectName(u"reportTabLayout")
        self.reportView = QTextBrowser(self.reportTab)
        self.reportView.setObjectName(u"reportView")

        self.reportTabLayout.addWidget(self.reportView)

        self.caseTabs.addTab(self.reportTab, "")

        self.caseLayout.addWidget(self.caseTabs)

        self.answerBox = QGroupBox(self.caseHost)
        self.answerBox.setObjectName(u"answerBox")
        self.answerLayout = QVBoxLayout(self.answerBox)
        self.answerLayout.setObjectName(u"answerLayout")
        self.answerForm = QFormLayout()
        self.answerForm.setObjectName(u"answerForm")
        self.answer_label = QLabel(self.answerBox)
        self.answer_label.setObjectName(u"answer_label")

        self.answerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.answer_label)

        self.answer_box = QVBoxLayout()
        self.answer_box.setSpacing(2)
        self.answer_box.setObjectName(u"answer_box")
        self.answer = QPlainTextEdit(self.answerBox)
        self.answer.setObjectName(u"answer")
        self.answer.setMaximumSize(QSize(16777215, 80))
        self.answer.setTabChangesFocus(True)

        self.answer_box.addWidget(self.answer)

        self.answer_error = QLabel(self.answerBox)
        self.answer_error.setObjectName(u"answer_error")
        self.answer_error.setText(u"")
        self.answer_error.setWordWrap(True)
        self.answer_error.setVisible(False)
        self.answer_error.setProperty(u"role", u"error")

        self.answer_box.addWidget(self.answer_error)


        self.answerForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.answer_box)

        self.outcome_label = QLabel(self.answerBox)
        self.outcome_label.setObjectName(u"outcome_label")

        self.answerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome_box = QVBoxLayout()
        self.outcome_box.setSpacing(2)
        self.outcome_box.setObjectName(u"outcome_box")
        self.outcome_choices = QHBoxLayout()
        self.outcome_choices.setObjectName(u"outcome_choices")
        self.returnRadio = QRadioButton(self.answerBox)
        self.returnRadio.setObjectName(u"returnRadio")

        self.outcome_choices.addWidget(self.returnRadio)

        self.forwardRadio = QRadioButton(self.answerBox)
        self.forwardRadio.setObjectName(u"forwardRadio")
        self.forwardRadio.setChecked(True)

        self.outcome_choices.addWidget(self.forwardRadio)

        self.outcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outcome_choices.addItem(self.outcomeSpacer)


        self.outcome_box.addLayout(self.outcome_choices)

        self.outcome_error = QLabel(self.answerBox)
        self.outcome_error.setObjectName(u"outcome_error")
        self.outcome_error.setText(u"")
        self.outcome_error.setWordWrap(True)
        self.outcome_error.setVisible(False)
        self.outcome_error.setProperty(u"role", u"error")

        self.outcome_box.addWidget(self.outcome_error)


        self.answerForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.outcome_box)

        self.missing_label = QLabel(self.answerBox)
        self.missing_label.setObjectName(u"missing_label")

        self.answerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.missing_label)

        self.missing_box = QVBoxLayout()
        self.missing_box.setSpacing(2)
        self.missing_box.setObjectName(u"missing_box")
        self.missing = QPlainTextEdit(self.answerBox)
        self.missing.setObjectName(u"missing")
        self.missing.setMaximumSize(QSize(16777215, 64))
        self.missing.setTabChangesFocus(True)

        self.missing_box.addWidget(self.missing)

        self.missing_error = QLabel(self.answerBox)
        self.missing_error.setObjectName(u"missing_error")
        self.missing_error.setText(u"")
        self.missing_error.setWordWrap(True)
        self.missing_error.setVisible(False)
        self.missing_error.setProperty(u"role", u"error")

        self.missing_box.addWidget(self.missing_error)


        self.answerForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.missing_box)


        self.answerLayout.addLayout(self.answerForm)

        self.answerButtons = QHBoxLayout()
        self.answerButtons.setObjectName(u"answerButtons")
        self.answerButton = QPushButton(self.answerBox)
        self.answerButton.setObjectName(u"answerButton")

        self.answerButtons.addWidget(self.answerButton)

        self.reportButton = QPushButton(self.answerBox)
        self.reportButton.setObjectName(u"reportButton")

        self.answerButtons.addWidget(self.reportButton)

        self.printReportButton = QPushButton(self.answerBox)
        self.printReportButton.setObjectName(u"printReportButton")

        self.answerButtons.addWidget(self.printReportButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.answerButtons.addItem(self.buttonSpacer)

        self.checklistButton = QPushButton(self.answerBox)
        self.checklistButton.setObjectName(u"checklistButton")

        self.answerButtons.addWidget(self.checklistButton)


        self.answerLayout.addLayout(self.answerButtons)


        self.caseLayout.addWidget(self.answerBox)

        self.splitter.addWidget(self.caseHost)

        self.mainLayout.addWidget(self.splitter)


        self.retranslateUi(InboxForm)

        QMetaObject.connectSlotsByName(InboxForm)
    # setupUi

    def retranslateUi(self, InboxForm):
        self.title.setText(QCoreApplication.translate("InboxForm", u"Referred cases", None))
        self.showAnsweredCheck.setText(QCoreApplication.translate("InboxForm", u"Show the referrals already answered", None))
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.questionTab), QCoreApplication.translate("InboxForm", u"Question", None))
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.dataTab), QCoreApplication.translate("InboxForm", u"Data", None))
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.householdTab), QCoreApplication.translate("InboxForm", u"Household", None))
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.documentsTab), QCoreApplication.translate("InboxForm", u"Documents", None))
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.declarationTab), QCoreApplication.translate("InboxForm", u"Declaration", None))
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.historyTab), QCoreApplication.translate("InboxForm", u"History", None))
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.reportTab), QCoreApplication.translate("InboxForm", u"Research report", None))
        self.answerBox.setTitle(QCoreApplication.translate("InboxForm", u"My answer to reception", None))
        self.answer_label.setText(QCoreApplication.translate("InboxForm", u"Answer", None))
        self.outcome_label.setText(QCoreApplication.translate("InboxForm", u"Then", None))
        self.returnRadio.setText(QCoreApplication.translate("InboxForm", u"Back to reception with what is missing", None))
        self.forwardRadio.setText(QCoreApplication.translate("InboxForm", u"On toward the committee", None))
        self.missing_label.setText(QCoreApplication.translate("InboxForm", u"What is missing", None))
        self.answerButton.setText(QCoreApplication.translate("InboxForm", u"Send the answer", None))
        self.reportButton.setText(QCoreApplication.translate("InboxForm", u"Social research report\u2026", None))
        self.printReportButton.setText(QCoreApplication.translate("InboxForm", u"Print the report", None))
        self.checklistButton.setText(QCoreApplication.translate("InboxForm", u"Open the checklist", None))
        pass
    # retranslateUi

