# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fulfil_step.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialogButtonBox, QFormLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_FulfilStepForm(object):
    def setupUi(self, FulfilStepForm):
        if not FulfilStepForm.objectName():
            FulfilStepForm.setObjectName(u"FulfilStepForm")
        self.mainLayout = QVBoxLayout(FulfilStepForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(FulfilStepForm)
        self.intro.setObjectName(u"intro")
        self.intro.setText(u"")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.note_label = QLabel(FulfilStepForm)
        self.note_label.setObjectName(u"note_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_box = QVBoxLayout()
        self.note_box.setSpacing(2)
        self.note_box.setObjectName(u"note_box")
        self.note = QPlainTextEdit(FulfilStepForm)
        self.note.setObjectName(u"note")

        self.note_box.addWidget(self.note)

        self.note_error = QLabel(FulfilStepForm)
        self.note_error.setObjectName(u"note_error")
        self.note_error.setText(u"")
        self.note_error.setWordWrap(True)
        self.note_error.setVisible(False)
        self.note_error.setProperty(u"role", u"error")

        self.note_box.addWidget(self.note_error)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.note_box)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(FulfilStepForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)


        self.retranslateUi(FulfilStepForm)

        QMetaObject.connectSlotsByName(FulfilStepForm)
    # setupUi

    def retranslateUi(self, FulfilStepForm):
        self.note_label.setText(QCoreApplication.translate("FulfilStepForm", u"Note", None))
        pass
    # retranslateUi

