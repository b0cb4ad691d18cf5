# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notify_done.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialogButtonBox,
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_NotifyDoneForm(object):
    def setupUi(self, NotifyDoneForm):
        if not NotifyDoneForm.objectName():
            NotifyDoneForm.setObjectName(u"NotifyDoneForm")
        self.mainLayout = QVBoxLayout(NotifyDoneForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(NotifyDoneForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.channel_label = QLabel(NotifyDoneForm)
        self.channel_label.setObjectName(u"channel_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_box = QVBoxLayout()
        self.channel_box.setSpacing(2)
        self.channel_box.setObjectName(u"channel_box")
        self.channel = QComboBox(NotifyDoneForm)
        self.channel.setObjectName(u"channel")

        self.channel_box.addWidget(self.channel)

        self.channel_error = QLabel(NotifyDoneForm)
        self.channel_error.setObjectName(u"channel_error")
        self.channel_error.setText(u"")
        self.channel_error.setWordWrap(True)
        self.channel_error.setVisible(False)
        self.channel_error.setProperty(u"role", u"error")

        self.channel_box.addWidget(self.channel_error)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.channel_box)

        self.summary_label = QLabel(NotifyDoneForm)
        self.summary_label.setObjectName(u"summary_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_box = QVBoxLayout()
        self.summary_box.setSpacing(2)
        self.summary_box.setObjectName(u"summary_box")
        self.summary = QPlainTextEdit(NotifyDoneForm)
        self.summary.setObjectName(u"summary")

        self.summary_box.addWidget(self.summary)

        self.summary_error = QLabel(NotifyDoneForm)
        self.summary_error.setObjectName(u"summary_error")
        self.summary_error.setText(u"")
        self.summary_error.setWordWrap(True)
        self.summary_error.setVisible(False)
        self.summary_error.setProperty(u"role", u"error")

        self.summary_box.addWidget(self.summary_error)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.summary_box)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(NotifyDoneForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)


        self.retranslateUi(NotifyDoneForm)

        QMetaObject.connectSlotsByName(NotifyDoneForm)
    # setupUi

    def retranslateUi(self, NotifyDoneForm):
        self.intro.setText(QCoreApplication.translate("NotifyDoneForm", u"Record that the applicant was told of the decision.", None))
        self.channel_label.setText(QCoreApplication.translate("NotifyDoneForm", u"Channel used", None))
        self.summary_label.setText(QCoreApplication.translate("NotifyDoneForm", u"Short summary", None))
        pass
    # retranslateUi

