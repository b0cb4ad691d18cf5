# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'declaration.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QRadioButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DeclarationForm(object):
    def setupUi(self, DeclarationForm):
        if not DeclarationForm.objectName():
            DeclarationForm.setObjectName(u"DeclarationForm")
        self.mainLayout = QVBoxLayout(DeclarationForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(DeclarationForm)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.title)

        self.requestLabel = QLabel(DeclarationForm)
        self.requestLabel.setObjectName(u"requestLabel")
        self.requestLabel.setText(u"")
        self.requestLabel.setProperty(u"role", u"subtitle")
        self.requestLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.requestLabel)

        self.staleBanner = QFrame(DeclarationForm)
        self.staleBanner.setObjectName(u"staleBanner")
        self.staleBanner.setVisible(False)
        self.staleBanner.setProperty(u"role", u"warning")
        self.staleLayout = QHBoxLayout(self.staleBanner)
        self.staleLayout.setObjectName(u"staleLayout")
        self.staleText = QLabel(self.staleBanner)
        self.staleText.setObjectName(u"staleText")
        self.staleText.setText(u"")
        self.staleText.setWordWrap(True)

        self.staleLayout.addWidget(self.staleText)

        self.refreshDeclarationButton = QPushButton(self.staleBanner)
        self.refreshDeclarationButton.setObjectName(u"refreshDeclarationButton")

        self.staleLayout.addWidget(self.refreshDeclarationButton)


        self.mainLayout.addWidget(self.staleBanner)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.sidePanel = QWidget(DeclarationForm)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sidePanel.setMinimumSize(QSize(360, 0))
        self.sidePanel.setMaximumSize(QSize(400, 16777215))
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.stepsText = QLabel(self.sidePanel)
        self.stepsText.setObjectName(u"stepsText")
        self.stepsText.setWordWrap(True)

        self.sideLayout.addWidget(self.stepsText)

        self.printButtons = QHBoxLayout()
        self.printButtons.setObjectName(u"printButtons")
        self.printButton = QPushButton(self.sidePanel)
        self.printButton.setObjectName(u"printButton")

        self.printButtons.addWidget(self.printButton)

        self.savePdfButton = QPushButton(self.sidePanel)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.printButtons.addWidget(self.savePdfButton)


        self.sideLayout.addLayout(self.printButtons)

        self.signatureBox = QGroupBox(self.sidePanel)
        self.signatureBox.setObjectName(u"signatureBox")
        self.signatureLayout = QVBoxLayout(self.signatureBox)
        self.signatureLayout.setObjectName(u"signatureLayout")
        self.paperRadio = QRadioButton(self.signatureBox)
        self.paperRadio.setObjectName(u"paperRadio")
        self.paperRadio.setChecked(True)

        self.signatureLayout.addWidget(self.paperRadio)

        self.screenRadio = QRadioButton(self.signatureBox)
        self.screenRadio.setObjectName(u"screenRadio")

        self.signatureLayout.addWidget(self.screenRadio)

        self.padHost = QWidget(self.signatureBox)
        self.padHost.setObjectName(u"padHost")
        self.padHost.setMinimumSize(QSize(0, 150))

        self.signatureLayout.addWidget(self.padHost)

        self.padButtons = QHBoxLayout()
        self.padButtons.setObjectName(u"padButtons")
        self.clearPadButton = QPushButton(self.signatureBox)
        self.clearPadButton.setObjectName(u"clearPadButton")

        self.padButtons.addWidget(self.clearPadButton)

        self.padSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.padButtons.addItem(self.padSpacer)


        self.signatureLayout.addLayout(self.padButtons)

        self.signatureStatus = QLabel(self.signatureBox)
        self.signatureStatus.setObjectName(u"signatureStatus")
        self.signatureStatus.setText(u"")
        self.signatureStatus.setWordWrap(True)

        self.signatureLayout.addWidget(self.signatureStatus)

        self.signature_error = QLabel(self.signatureBox)
        self.signature_error.setObjectName(u"signature_error")
        self.signature_error.setText(u"")
        self.signature_error.setWordWrap(True)
        self.signature_error.setVisible(False)
        self.signature_error.setProperty(u"role", u"error")

        self.signatureLayout.addWidget(self.signature_error)

        self.signButton = QPushButton(self.signatureBox)
        self.signButton.setObjectName(u"signButton")

        self.signatureLayout.addWidget(self.signButton)


        self.sideLayout.addWidget(self.signatureBox)

        self.declaration_error = QLabel(self.sidePanel)
        self.declaration_error.setObjectName(u"declaration_error")
        self.declaration_error.setText(u"")
        self.declaration_error.setWordWrap(True)
        self.declaration_error.setVisible(False)
        self.declaration_error.setProperty(u"role", u"error")

        self.sideLayout.addWidget(self.declaration_error)

        self.submitButton = QPushButton(self.sidePanel)
        self.submitButton.setObjectName(u"submitButton")
        self.submitButton.setProperty(u"role", u"primary")

        self.sideLayout.addWidget(self.submitButton)

        self.receiptBox = QGroupBox(self.sidePanel)
        self.receiptBox.setObjectName(u"receiptBox")
        self.receiptBox.setVisible(False)
        self.receiptLayout = QVBoxLayout(self.receiptBox)
        self.receiptLayout.setObjectName(u"receiptLayout")
        self.receiptText = QLabel(self.receiptBox)
        self.receiptText.setObjectName(u"receiptText")
        self.receiptText.setText(u"")
        self.receiptText.setWordWrap(True)
        self.receiptText.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.receiptLayout.addWidget(self.receiptText)

        self.receiptButtons = QHBoxLayout()
        self.receiptButtons.setObjectName(u"receiptButtons")
        self.printReceiptButton = QPushButton(self.receiptBox)
        self.printReceiptButton.setObjectName(u"printReceiptButton")

        self.receiptButtons.addWidget(self.printReceiptButton)

        self.saveReceiptButton = QPushButton(self.receiptBox)
        self.saveReceiptButton.setObjectName(u"saveReceiptButton")

        self.receiptButtons.addWidget(self.saveReceiptButton)

        self.receiptSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receiptButtons.addItem(self.receiptSpacer)


        self.receiptLayout.addLayout(self.receiptButtons)


        self.sideLayout.addWidget(self.receiptBox)

        self.sideSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideLayout.addItem(self.sideSpacer)

        self.backButton = QPushButton(self.sidePanel)
        self.backButton.setObjectName(u"backButton")

        self.sideLayout.addWidget(self.backButton)


        self.body.addWidget(self.sidePanel)

        self.previewArea = QScrollArea(DeclarationForm)
        self.previewArea.setObjectName(u"previewArea")
        self.previewArea.setWidgetResizable(True)
        self.previewContents = QWidget()
        self.previewContents.setObjectName(u"previewContents")
        self.previewLayout = QVBoxLayout(self.previewContents)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewArea.setWidget(self.previewContents)

        self.body.addWidget(self.previewArea)

        self.body.setStretch(1, 1)

        self.mainLayout.addLayout(self.body)


        self.retranslateUi(DeclarationForm)

        QMetaObject.connectSlotsByName(DeclarationForm)
    # setupUi

    def retranslateUi(self, DeclarationForm):
        self.title.setText(QCoreApplication.translate("DeclarationForm", u"Data declaration and submission", None))
        self.refreshDeclarationButton.setText(QCoreApplication.translate("DeclarationForm", u"Prepare a new declaration", None))
        self.stepsText.setText(QCoreApplication.translate("DeclarationForm", u"1. Print the declaration and read it with the applicant. 2. Record the signature. 3. Submit the request to the research committee.", None))
        self.printButton.setText(QCoreApplication.translate("DeclarationForm", u"Print\u2026", None))
        self.savePdfButton.setText(QCoreApplication.translate("DeclarationForm", u"Save PDF\u2026", None))
        self.signatureBox.setTitle(QCoreApplication.translate("DeclarationForm", u"The applicant's signature", None))
        self.paperRadio.setText(QCoreApplication.translate("DeclarationForm", u"Signed on paper", None))
        self.screenRadio.setText(QCoreApplication.translate("DeclarationForm", u"Sign on the screen", None))
        self.clearPadButton.setText(QCoreApplication.translate("DeclarationForm", u"Clear", None))
        self.signButton.setText(QCoreApplication.translate("DeclarationForm", u"Record the signature", None))
        self.submitButton.setText(QCoreApplication.translate("DeclarationForm", u"Submit to the research committee", None))
        self.receiptBox.setTitle(QCoreApplication.translate("DeclarationForm", u"Submission receipt", None))
        self.printReceiptButton.setText(QCoreApplication.translate("DeclarationForm", u"Print the receipt\u2026", None))
        self.saveReceiptButton.setText(QCoreApplication.translate("DeclarationForm", u"Save receipt PDF\u2026", None))
        self.backButton.setText(QCoreApplication.translate("DeclarationForm", u"Back to the file", None))
        pass
    # retranslateUi

