# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist.ui'
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
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ChecklistForm(object):
    def setupUi(self, ChecklistForm):
        if not ChecklistForm.objectName():
            ChecklistForm.setObjectName(u"ChecklistForm")
        self.mainLayout = QVBoxLayout(ChecklistForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(ChecklistForm)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.title)

        self.requestLabel = QLabel(ChecklistForm)
        self.requestLabel.setObjectName(u"requestLabel")
        self.requestLabel.setText(u"")
        self.requestLabel.setProperty(u"role", u"subtitle")
        self.requestLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.requestLabel)

        self.researcherAnswer = QLabel(ChecklistForm)
        self.researcherAnswer.setObjectName(u"researcherAnswer")
        self.researcherAnswer.setText(u"")
        self.researcherAnswer.setWordWrap(True)
        self.researcherAnswer.setVisible(False)
        self.researcherAnswer.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.researcherAnswer.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.researcherAnswer)

        self.itemsTable = QTableWidget(ChecklistForm)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.itemsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.itemsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.itemsTable.setMinimumSize(QSize(0, 170))

        self.mainLayout.addWidget(self.itemsTable)

        self.problemsLabel = QLabel(ChecklistForm)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.problemsLabel)

        self.editorBox = QGroupBox(ChecklistForm)
        self.editorBox.setObjectName(u"editorBox")
        self.editorBox.setEnabled(False)
        self.editorLayout = QVBoxLayout(self.editorBox)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorForm = QGridLayout()
        self.editorForm.setObjectName(u"editorForm")
        self.document_status_label = QLabel(self.editorBox)
        self.document_status_label.setObjectName(u"document_status_label")

        self.editorForm.addWidget(self.document_status_label, 0, 0, 1, 1)

        self.document_status_box = QVBoxLayout()
        self.document_status_box.setSpacing(2)
        self.document_status_box.setObjectName(u"document_status_box")
        self.document_status = QComboBox(self.editorBox)
        self.document_status.setObjectName(u"document_status")

        self.document_status_box.addWidget(self.document_status)

        self.document_status_error = QLabel(self.editorBox)
        self.document_status_error.setObjectName(u"document_status_error")
        self.document_status_error.setText(u"")
        self.document_status_error.setWordWrap(True)
        self.document_status_error.setVisible(False)
        self.document_status_error.setProperty(u"role", u"error")

        self.document_status_box.addWidget(self.document_status_error)


        self.editorForm.addLayout(self.document_status_box, 0, 1, 1, 1)

        self.document_number_label = QLabel(self.editorBox)
        self.document_number_label.setObjectName(u"document_number_label")

        self.editorForm.addWidget(self.document_number_label, 0, 2, 1, 1)

        self.document_number_box = QVBoxLayout()
        self.document_number_box.setSpacing(2)
        self.document_number_box.setObjectName(u"document_number_box")
        self.document_number = QLineEdit(self.editorBox)
        self.document_number.setObjectName(u"document_number")
        self.document_number.setMaxLength(40)

        self.document_number_box.addWidget(self.document_number)

        self.document_number_error = QLabel(self.editorBox)
        self.document_number_error.setObjectName(u"document_number_error")
        self.document_number_error.setText(u"")
        self.document_number_error.setWordWrap(True)
        self.document_number_error.setVisible(False)
        self.document_number_error.setProperty(u"role", u"error")

        self.document_number_box.addWidget(self.document_number_error)


        self.editorForm.addLayout(self.document_number_box, 0, 3, 1, 1)

        self.expiry_date_label = QLabel(self.editorBox)
        self.expiry_date_label.setObjectName(u"expiry_date_label")

        self.editorForm.addWidget(self.expiry_date_label, 1, 0, 1, 1)

        self.expiry_date_box = QVBoxLayout()
        self.expiry_date_box.setSpacing(2)
        self.expiry_date_box.setObjectName(u"expiry_date_box")
        self.expiry_date = QLineEdit(self.editorBox)
        self.expiry_date.setObjectName(u"expiry_date")

        self.expiry_date_box.addWidget(self.expiry_date)

        self.expiry_date_hint = QLabel(self.editorBox)
        self.expiry_date_hint.setObjectName(u"expiry_date_hint")
        self.expiry_date_hint.setText(u"")
        self.expiry_date_hint.setProperty(u"role", u"hint")

        self.expiry_date_box.addWidget(self.expiry_date_hint)

        self.expiry_date_error = QLabel(self.editorBox)
        self.expiry_date_error.setObjectName(u"expiry_date_error")
        self.expiry_date_error.setText(u"")
        self.expiry_date_error.setWordWrap(True)
        self.expiry_date_error.setVisible(False)
        self.expiry_date_error.setProperty(u"role", u"error")

        self.expiry_date_box.addWidget(self.expiry_date_error)


        self.editorForm.addLayout(self.expiry_date_box, 1, 1, 1, 1)

        self.reason_label = QLabel(self.editorBox)
        self.reason_label.setObjectName(u"reason_label")

        self.editorForm.addWidget(self.reason_label, 1, 2, 1, 1)

        self.reason_box = QVBoxLayout()
        self.reason_box.setSpacing(2)
        self.reason_box.setObjectName(u"reason_box")
        self.reason = QLineEdit(self.editorBox)
        self.reason.setObjectName(u"reason")

        self.reason_box.addWidget(self.reason)

        self.reason_error = QLabel(self.editorBox)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setText(u"")
        self.reason_error.setWordWrap(True)
        self.reason_error.setVisible(False)
        self.reason_error.setProperty(u"role", u"error")

        self.reason_box.addWidget(self.reason_error)


        self.editorForm.addLayout(self.reason_box, 1, 3, 1, 1)

        self.file_label = QLabel(self.editorBox)
        self.file_label.setObjectName(u"file_label")

        self.editorForm.addWidget(self.file_label, 2, 0, 1, 1)

        self.file_box = QVBoxLayout()
        self.file_box.setSpacing(2)
        self.file_box.setObjectName(u"file_box")
        self.fileHost = QWidget(self.editorBox)
        self.fileHost.setObjectName(u"fileHost")
        self.scanRow = QHBoxLayout(self.fileHost)
        self.scanRow.setObjectName(u"scanRow")
        self.scanRow.setContentsMargins(0, 0, 0, 0)
        self.scanButton = QPushButton(self.fileHost)
        self.scanButton.setObjectName(u"scanButton")

        self.scanRow.addWidget(self.scanButton)

        self.openScanButton = QPushButton(self.fileHost)
        self.openScanButton.setObjectName(u"openScanButton")

        self.scanRow.addWidget(self.openScanButton)

        self.scanName = QLabel(self.fileHost)
        self.scanName.setObjectName(u"scanName")
        self.scanName.setText(u"")

        self.scanRow.addWidget(self.scanName)

        self.scanSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scanRow.addItem(self.scanSpacer)


        self.file_box.addWidget(self.fileHost)

        self.file_error = QLabel(self.editorBox)
        self.file_error.setObjectName(u"file_error")
        self.file_error.setText(u"")
        self.file_error.setWordWrap(True)
        self.file_error.setVisible(False)
        self.file_error.setProperty(u"role", u"error")

        self.file_box.addWidget(self.file_error)


        self.editorForm.addLayout(self.file_box, 2, 1, 1, 1)


        self.editorLayout.addLayout(self.editorForm)

        self.editorButtons = QHBoxLayout()
        self.editorButtons.setObjectName(u"editorButtons")
        self.editorSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editorButtons.addItem(self.editorSpacer)

        self.saveItemButton = QPushButton(self.editorBox)
        self.saveItemButton.setObjectName(u"saveItemButton")

        self.editorButtons.addWidget(self.saveItemButton)


        self.editorLayout.addLayout(self.editorButtons)


        self.mainLayout.addWidget(self.editorBox)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.backButton = QPushButton(ChecklistForm)
        self.backButton.setObjectName(u"backButton")

        self.buttons.addWidget(self.backButton)

        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)

        self.referButton = QPushButton(ChecklistForm)
        self.referButton.setObjectName(u"referButton")

        self.buttons.addWidget(self.referButton)

        self.declarationButton = QPushButton(ChecklistForm)
        self.declarationButton.setObjectName(u"declarationButton")
        self.declarationButton.setProperty(u"role", u"primary")

        self.buttons.addWidget(self.declarationButton)


        self.mainLayout.addLayout(self.buttons)

        self.mainLayout.setStretch(3, 1)

        self.retranslateUi(ChecklistForm)

        self.saveItemButton.setDefault(True)


        QMetaObject.connectSlotsByName(ChecklistForm)
    # setupUi

    def retranslateUi(self, ChecklistForm):
        self.title.setText(QCoreApplication.translate("ChecklistForm", u"Document checklist", None))
        self.editorBox.setTitle(QCoreApplication.translate("ChecklistForm", u"Selected document", None))
        self.document_status_label.setText(QCoreApplication.translate("ChecklistForm", u"Status", None))
        self.document_number_label.setText(QCoreApplication.translate("ChecklistForm", u"Document number", None))
        self.expiry_date_label.setText(QCoreApplication.translate("ChecklistForm", u"Expiry date", None))
        self.expiry_date.setPlaceholderText(QCoreApplication.translate("ChecklistForm", u"day/month/year, Hijri or Gregorian", None))
        self.reason_label.setText(QCoreApplication.translate("ChecklistForm", u"Reason (for a waiver or a note)", None))
        self.file_label.setText(QCoreApplication.translate("ChecklistForm", u"Scanned copy", None))
        self.scanButton.setText(QCoreApplication.translate("ChecklistForm", u"Attach a scan\u2026", None))
        self.openScanButton.setText(QCoreApplication.translate("ChecklistForm", u"Open scan", None))
        self.saveItemButton.setText(QCoreApplication.translate("ChecklistForm", u"Save this document", None))
        self.backButton.setText(QCoreApplication.translate("ChecklistForm", u"Back to the file", None))
        self.referButton.setText(QCoreApplication.translate("ChecklistForm", u"Refer to the social researcher", None))
        self.declarationButton.setText(QCoreApplication.translate("ChecklistForm", u"Declaration and submission", None))
        pass
    # retranslateUi

