# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_meeting.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QWidget)

class Ui_NewMeetingForm(object):
    def setupUi(self, NewMeetingForm):
        if not NewMeetingForm.objectName():
            NewMeetingForm.setObjectName(u"NewMeetingForm")
        self.formLayout = QFormLayout(NewMeetingForm)
        self.formLayout.setObjectName(u"formLayout")
        self.numberLabel = QLabel(NewMeetingForm)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(NewMeetingForm)
        self.numberEdit.setObjectName(u"numberEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.dateLabel = QLabel(NewMeetingForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(NewMeetingForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.hijriLabel = QLabel(NewMeetingForm)
        self.hijriLabel.setObjectName(u"hijriLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hijriLabel)

        self.hijriValue = QLabel(NewMeetingForm)
        self.hijriValue.setObjectName(u"hijriValue")
        self.hijriValue.setText(u"")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hijriValue)

        self.locationLabel = QLabel(NewMeetingForm)
        self.locationLabel.setObjectName(u"locationLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(NewMeetingForm)
        self.locationEdit.setObjectName(u"locationEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.membersLabel = QLabel(NewMeetingForm)
        self.membersLabel.setObjectName(u"membersLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.membersLabel)

        self.membersList = QListWidget(NewMeetingForm)
        self.membersList.setObjectName(u"membersList")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.membersList)

        self.errorLabel = QLabel(NewMeetingForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setProperty(u"role", u"error")
        self.errorLabel.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.errorLabel)

        self.buttons = QDialogButtonBox(NewMeetingForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.buttons)


        self.retranslateUi(NewMeetingForm)

        QMetaObject.connectSlotsByName(NewMeetingForm)
    # setupUi

    def retranslateUi(self, NewMeetingForm):
        self.numberLabel.setText(QCoreApplication.translate("NewMeetingForm", u"Meeting number", None))
        self.dateLabel.setText(QCoreApplication.translate("NewMeetingForm", u"Meeting date", None))
        self.hijriLabel.setText(QCoreApplication.translate("NewMeetingForm", u"Hijri date", None))
        self.locationLabel.setText(QCoreApplication.translate("NewMeetingForm", u"Meeting place", None))
        self.membersLabel.setText(QCoreApplication.translate("NewMeetingForm", u"Members present", None))
        pass
    # retranslateUi

