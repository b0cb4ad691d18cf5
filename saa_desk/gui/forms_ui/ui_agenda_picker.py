# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agenda_picker.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialogButtonBox,
    QHeaderView, QLabel, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AgendaPickerForm(object):
    def setupUi(self, AgendaPickerForm):
        if not AgendaPickerForm.objectName():
            AgendaPickerForm.setObjectName(u"AgendaPickerForm")
        self.pickerLayout = QVBoxLayout(AgendaPickerForm)
        self.pickerLayout.setObjectName(u"pickerLayout")
        self.pickerLayout.setContentsMargins(0, 0, 0, 0)
        self.pickerHint = QLabel(AgendaPickerForm)
        self.pickerHint.setObjectName(u"pickerHint")
        self.pickerHint.setProperty(u"role", u"hint")

        self.pickerLayout.addWidget(self.pickerHint)

        self.queueTable = QTableWidget(AgendaPickerForm)
        self.queueTable.setObjectName(u"queueTable")
        self.queueTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.queueTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.queueTable.setSelectionMode(QAbstractItemView.MultiSelection)

        self.pickerLayout.addWidget(self.queueTable)

        self.buttons = QDialogButtonBox(AgendaPickerForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.pickerLayout.addWidget(self.buttons)


        self.retranslateUi(AgendaPickerForm)

        QMetaObject.connectSlotsByName(AgendaPickerForm)
    # setupUi

    def retranslateUi(self, AgendaPickerForm):
        self.pickerHint.setText(QCoreApplication.translate("AgendaPickerForm", u"Queued requests, longest waiting first. Select those to put on the agenda.", None))
        pass
    # retranslateUi

