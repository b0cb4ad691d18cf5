# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QRadioButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_MeetingsForm(object):
    def setupUi(self, MeetingsForm):
        if not MeetingsForm.objectName():
            MeetingsForm.setObjectName(u"MeetingsForm")
        self.mainLayout = QVBoxLayout(MeetingsForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(MeetingsForm)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.title)

        self.hintLabel = QLabel(MeetingsForm)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.hintLabel)

        self.splitter = QSplitter(MeetingsForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.meetingsTable = QTableWidget(self.listPane)
        self.meetingsTable.setObjectName(u"meetingsTable")
        self.meetingsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.meetingsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.meetingsTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.listLayout.addWidget(self.meetingsTable)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(self.listPane)
        self.newButton.setObjectName(u"newButton")

        self.listButtons.addWidget(self.newButton)


        self.listLayout.addLayout(self.listButtons)

        self.attendanceTitle = QLabel(self.listPane)
        self.attendanceTitle.setObjectName(u"attendanceTitle")

        self.listLayout.addWidget(self.attendanceTitle)

        self.attendanceList = QListWidget(self.listPane)
        self.attendanceList.setObjectName(u"attendanceList")
        self.attendanceList.setMaximumSize(QSize(16777215, 220))

        self.listLayout.addWidget(self.attendanceList)

        self.splitter.addWidget(self.listPane)
        self.meetingPane = QWidget(self.splitter)
        self.meetingPane.setObjectName(u"meetingPane")
        self.meetingLayout = QVBoxLayout(self.meetingPane)
        self.meetingLayout.setObjectName(u"meetingLayout")
        self.meetingLayout.setContentsMargins(0, 0, 0, 0)
        self.meetingLabel = QLabel(self.meetingPane)
        self.meetingLabel.setObjectName(u"meetingLabel")
        self.meetingLabel.setText(u"")
        self.meetingLabel.setProperty(u"role", u"heading")

        self.meetingLayout.addWidget(self.meetingLabel)

        self.agendaTitle = QLabel(self.meetingPane)
        self.agendaTitle.setObjectName(u"agendaTitle")

        self.meetingLayout.addWidget(self.agendaTitle)

        self.agendaTable = QTableWidget(self.meetingPane)
        self.agendaTable.setObjectName(u"agendaTable")
        self.agendaTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.agendaTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.agendaTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.agendaTable.setMinimumSize(QSize(0, 150))

        self.meetingLayout.addWidget(self.agendaTable)

        self.agendaButtons = QHBoxLayout()
        self.agendaButtons.setObjectName(u"agendaButtons")
        self.agendaButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agendaButtons.addItem(self.agendaButtonsSpacer)

        self.addButton = QPushButton(self.meetingPane)
        self.addButton.setObjectName(u"addButton")

        self.agendaButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(self.meetingPane)
        self.removeButton.setObjectName(u"removeButton")

        self.agendaButtons.addWidget(self.removeButton)


        self.meetingLayout.addLayout(self.agendaButtons)

        self.caseAndDecision = QHBoxLayout()
        self.caseAndDecision.setObjectName(u"caseAndDecision")
        self.caseView = QTextBrowser(self.meetingPane)
        self.caseView.setObjectName(u"caseView")

        self.caseAndDecision.addWidget(self.caseView)

        self.decisionBox = QGroupBox(self.meetingPane)
        self.decisionBox.setObjectName(u"decisionBox")
        self.decisionLayout = QGridLayout(self.decisionBox)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.outcomeRow = QHBoxLayout()
        self.outcomeRow.setObjectName(u"outcomeRow")
        self.acceptRadio = QRadioButton(self.decisionBox)
        self.acceptRadio.setObjectName(u"acceptRadio")

        self.outcomeRow.addWidget(self.acceptRadio)

        self.rejectRadio = QRadioButton(self.decisionBox)
        self.rejectRadio.setObjectName(u"rejectRadio")

        self.outcomeRow.addWidget(self.rejectRadio)

        self.returnRadio = QRadioButton(self.decisionBox)
        self.returnRadio.setObjectName(u"returnRadio")

        self.outcomeRow.addWidget(self.returnRadio)


        self.decisionLayout.addLayout(self.outcomeRow, 0, 0, 1, 2)

        self.supportLabel = QLabel(self.decisionBox)
        self.supportLabel.setObjectName(u"supportLabel")

        self.decisionLayout.addWidget(self.supportLabel, 1, 0, 1, 1)

        self.supportEdit = QLineEdit(self.decisionBox)
        self.supportEdit.setObjectName(u"supportEdit")

        self.decisionLayout.addWidget(self.supportEdit, 1, 1, 1, 1)

        self.conditionsLabel = QLabel(self.decisionBox)
        self.conditionsLabel.setObjectName(u"conditionsLabel")

        self.decisionLayout.addWidget(self.conditionsLabel, 2, 0, 1, 1)

        self.conditionsEdit = QLineEdit(self.decisionBox)
        self.conditionsEdit.setObjectName(u"conditionsEdit")

        self.decisionLayout.addWidget(self.conditionsEdit, 2, 1, 1, 1)

        self.reasonCodeLabel = QLabel(self.decisionBox)
        self.reasonCodeLabel.setObjectName(u"reasonCodeLabel")

        self.decisionLayout.addWidget(self.reasonCodeLabel, 3, 0, 1, 1)

        self.reasonCodeCombo = QComboBox(self.decisionBox)
        self.reasonCodeCombo.setObjectName(u"reasonCodeCombo")

        self.decisionLayout.addWidget(self.reasonCodeCombo, 3, 1, 1, 1)

        self.missingLabel = QLabel(self.decisionBox)
        self.missingLabel.setObjectName(u"missingLabel")

        self.decisionLayout.addWidget(self.missingLabel, 4, 0, 1, 1)

        self.missingList = QListWidget(self.decisionBox)
        self.missingList.setObjectName(u"missingList")
        self.missingList.setMaximumSize(QSize(16777215, 110))
        self.missingList.setMinimumSize(QSize(0, 96))

        self.decisionLayout.addWidget(self.missingList, 4, 1, 1, 1)

        self.reasonLabel = QLabel(self.decisionBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.decisionLayout.addWidget(self.reasonLabel, 5, 0, 1, 1)

        self.reasonEdit = QPlainTextEdit(self.decisionBox)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 64))

        self.decisionLayout.addWidget(self.reasonEdit, 5, 1, 1, 1)

        self.conflictLabel = QLabel(self.decisionBox)
        self.conflictLabel.setObjectName(u"conflictLabel")
        self.conflictLabel.setText(u"")
        self.conflictLabel.setProperty(u"role", u"warning")
        self.conflictLabel.setWordWrap(True)

        self.decisionLayout.addWidget(self.conflictLabel, 6, 0, 1, 2)

        self.recordRow = QHBoxLayout()
        self.recordRow.setObjectName(u"recordRow")
        self.recordRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordRow.addItem(self.recordRowSpacer)

        self.recordButton = QPushButton(self.decisionBox)
        self.recordButton.setObjectName(u"recordButton")

        self.recordRow.addWidget(self.recordButton)


        self.decisionLayout.addLayout(self.recordRow, 7, 0, 1, 2)


        self.caseAndDecision.addWidget(self.decisionBox)


        self.meetingLayout.addLayout(self.caseAndDecision)

        self.meetingButtons = QHBoxLayout()
        self.meetingButtons.setObjectName(u"meetingButtons")
        self.meetingButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.meetingButtons.addItem(self.meetingButtonsSpacer)

        self.closeButton = QPushButton(self.meetingPane)
        self.closeButton.setObjectName(u"closeButton")

        self.meetingButtons.addWidget(self.closeButton)

        self.minutesButton = QPushButton(self.meetingPane)
        self.minutesButton.setObjectName(u"minutesButton")

        self.meetingButtons.addWidget(self.minutesButton)

        self.lettersButton = QPushButton(self.meetingPane)
        self.lettersButton.setObjectName(u"lettersButton")

        self.meetingButtons.addWidget(self.lettersButton)


        self.meetingLayout.addLayout(self.meetingButtons)

        self.splitter.addWidget(self.meetingPane)
        self.previewArea = QScrollArea(self.splitter)
        self.previewArea.setObjectName(u"previewArea")
        self.previewArea.setWidgetResizable(True)
        self.splitter.addWidget(self.previewArea)

        self.mainLayout.addWidget(self.splitter)


        self.retranslateUi(MeetingsForm)

        QMetaObject.connectSlotsByName(MeetingsForm)
    # setupUi

    def retranslateUi(self, MeetingsForm):
        self.title.setText(QCoreApplication.translate("MeetingsForm", u"Committee meetings", None))
        self.newButton.setText(QCoreApplication.translate("MeetingsForm", u"New meeting\u2026", None))
        self.attendanceTitle.setText(QCoreApplication.translate("MeetingsForm", u"Members (tick those present)", None))
        self.agendaTitle.setText(QCoreApplication.translate("MeetingsForm", u"Agenda", None))
        self.addButton.setText(QCoreApplication.translate("MeetingsForm", u"Add from the queue\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("MeetingsForm", u"Take off the agenda", None))
        self.decisionBox.setTitle(QCoreApplication.translate("MeetingsForm", u"Decision", None))
        self.acceptRadio.setText(QCoreApplication.translate("MeetingsForm", u"Accept", None))
        self.rejectRadio.setText(QCoreApplication.translate("MeetingsForm", u"Reject", None))
        self.returnRadio.setText(QCoreApplication.translate("MeetingsForm", u"Return for more information", None))
        self.supportLabel.setText(QCoreApplication.translate("MeetingsForm", u"Support granted", None))
        self.conditionsLabel.setText(QCoreApplication.translate("MeetingsForm", u"Conditions", None))
        self.reasonCodeLabel.setText(QCoreApplication.translate("MeetingsForm", u"Rejection reason", None))
        self.missingLabel.setText(QCoreApplication.translate("MeetingsForm", u"Missing documents", None))
        self.reasonLabel.setText(QCoreApplication.translate("MeetingsForm", u"Why / what is needed", None))
        self.recordButton.setText(QCoreApplication.translate("MeetingsForm", u"Record the decision", None))
        self.closeButton.setText(QCoreApplication.translate("MeetingsForm", u"Close the meeting\u2026", None))
        self.minutesButton.setText(QCoreApplication.translate("MeetingsForm", u"Print the minutes", None))
        self.lettersButton.setText(QCoreApplication.translate("MeetingsForm", u"Print the decision letters", None))
        pass
    # retranslateUi

