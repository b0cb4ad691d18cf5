# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral.ui'
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

class Ui_ReferralForm(object):
    def setupUi(self, ReferralForm):
        if not ReferralForm.objectName():
            ReferralForm.setObjectName(u"ReferralForm")
        self.mainLayout = QVBoxLayout(ReferralForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(ReferralForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.researcher_label = QLabel(ReferralForm)
        self.researcher_label.setObjectName(u"researcher_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.researcher_label)

        self.researcher_box = QVBoxLayout()
        self.researcher_box.setSpacing(2)
        self.researcher_box.setObjectName(u"researcher_box")
        self.researcher = QComboBox(ReferralForm)
        self.researcher.setObjectName(u"researcher")

        self.researcher_box.addWidget(self.researcher)

        self.researcher_error = QLabel(ReferralForm)
        self.researcher_error.setObjectName(u"researcher_error")
        self.researcher_error.setText(u"")
        self.researcher_error.setWordWrap(True)
        self.researcher_error.setVisible(False)
        self.researcher_error.setProperty(u"role", u"error")

        self.researcher_box.addWidget(self.researcher_error)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.researcher_box)

        self.question_label = QLabel(ReferralForm)
        self.question_label.setObjectName(u"question_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.question_label)

        self.question_box = QVBoxLayout()
        self.question_box.setSpacing(2)
        self.question_box.setObjectName(u"question_box")
        self.question = QPlainTextEdit(ReferralForm)
        self.question.setObjectName(u"question")

        self.question_box.addWidget(self.question)

        self.question_error = QLabel(ReferralForm)
        self.question_error.setObjectName(u"question_error")
        self.question_error.setText(u"")
        self.question_error.setWordWrap(True)
        self.question_error.setVisible(False)
        self.question_error.setProperty(u"role", u"error")

        self.question_box.addWidget(self.question_error)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.question_box)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ReferralForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)


        self.retranslateUi(ReferralForm)

        QMetaObject.connectSlotsByName(ReferralForm)
    # setupUi

    def retranslateUi(self, ReferralForm):
        self.intro.setText(QCoreApplication.translate("ReferralForm", u"The applicant needs the procedure or the rules explained: refer the request to a social researcher.", None))
        self.researcher_label.setText(QCoreApplication.translate("ReferralForm", u"Social researcher", None))
        self.question_label.setText(QCoreApplication.translate("ReferralForm", u"Question for the researcher", None))
        pass
    # retranslateUi

