# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'research_report.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ResearchReportForm(object):
    def setupUi(self, ResearchReportForm):
        if not ResearchReportForm.objectName():
            ResearchReportForm.setObjectName(u"ResearchReportForm")
        self.mainLayout = QVBoxLayout(ResearchReportForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(ResearchReportForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.visit_date_label = QLabel(ResearchReportForm)
        self.visit_date_label.setObjectName(u"visit_date_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.visit_date_label)

        self.visit_date_box = QVBoxLayout()
        self.visit_date_box.setSpacing(2)
        self.visit_date_box.setObjectName(u"visit_date_box")
        self.visit_date = QLineEdit(ResearchReportForm)
        self.visit_date.setObjectName(u"visit_date")

        self.visit_date_box.addWidget(self.visit_date)

        self.visit_date_error = QLabel(ResearchReportForm)
        self.visit_date_error.setObjectName(u"visit_date_error")
        self.visit_date_error.setText(u"")
        self.visit_date_error.setWordWrap(True)
        self.visit_date_error.setVisible(False)
        self.visit_date_error.setProperty(u"role", u"error")

        self.visit_date_box.addWidget(self.visit_date_error)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.visit_date_box)

        self.visit_place_label = QLabel(ResearchReportForm)
        self.visit_place_label.setObjectName(u"visit_place_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.visit_place_label)

        self.visit_place_box = QVBoxLayout()
        self.visit_place_box.setSpacing(2)
        self.visit_place_box.setObjectName(u"visit_place_box")
        self.visit_place = QLineEdit(ResearchReportForm)
        self.visit_place.setObjectName(u"visit_place")
        self.visit_place.setMaxLength(200)

        self.visit_place_box.addWidget(self.visit_place)

        self.visit_place_error = QLabel(ResearchReportForm)
        self.visit_place_error.setObjectName(u"visit_place_error")
        self.visit_place_error.setText(u"")
        self.visit_place_error.setWordWrap(True)
        self.visit_place_error.setVisible(False)
        self.visit_place_error.setProperty(u"role", u"error")

        self.visit_place_box.addWidget(self.visit_place_error)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.visit_place_box)

        self.household_label = QLabel(ResearchReportForm)
        self.household_label.setObjectName(u"household_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.household_label)

        self.household_box = QVBoxLayout()
        self.household_box.setSpacing(2)
        self.household_box.setObjectName(u"household_box")
        self.household = QPlainTextEdit(ResearchReportForm)
        self.household.setObjectName(u"household")
        self.household.setMaximumSize(QSize(16777215, 64))
        self.household.setTabChangesFocus(True)

        self.household_box.addWidget(self.household)

        self.household_error = QLabel(ResearchReportForm)
        self.household_error.setObjectName(u"household_error")
        self.household_error.setText(u"")
        self.household_error.setWordWrap(True)
        self.household_error.setVisible(False)
        self.household_error.setProperty(u"role", u"error")

        self.household_box.addWidget(self.household_error)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.household_box)

        self.housing_label = QLabel(ResearchReportForm)
        self.housing_label.setObjectName(u"housing_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.housing_label)

        self.housing_box = QVBoxLayout()
        self.housing_box.setSpacing(2)
        self.housing_box.setObjectName(u"housing_box")
        self.housing = QPlainTextEdit(ResearchReportForm)
        self.housing.setObjectName(u"housing")
        self.housing.setMaximumSize(QSize(16777215, 64))
        self.housing.setTabChangesFocus(True)

        self.housing_box.addWidget(self.housing)

        self.housing_error = QLabel(ResearchReportForm)
        self.housing_error.setObjectName(u"housing_error")
        self.housing_error.setText(u"")
        self.housing_error.setWordWrap(True)
        self.housing_error.setVisible(False)
        self.housing_error.setProperty(u"role", u"error")

        self.housing_box.addWidget(self.housing_error)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.housing_box)

        self.income_verified_label = QLabel(ResearchReportForm)
        self.income_verified_label.setObjectName(u"income_verified_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.income_verified_label)

        self.income_verified_box = QVBoxLayout()
        self.income_verified_box.setSpacing(2)
        self.income_verified_box.setObjectName(u"income_verified_box")
        self.income_verified = QCheckBox(ResearchReportForm)
        self.income_verified.setObjectName(u"income_verified")

        self.income_verified_box.addWidget(self.income_verified)

        self.income_verified_error = QLabel(ResearchReportForm)
        self.income_verified_error.setObjectName(u"income_verified_error")
        self.income_verified_error.setText(u"")
        self.income_verified_error.setWordWrap(True)
        self.income_verified_error.setVisible(False)
        self.income_verified_error.setProperty(u"role", u"error")

        self.income_verified_box.addWidget(self.income_verified_error)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.income_verified_box)

        self.income_verification_label = QLabel(ResearchReportForm)
        self.income_verification_label.setObjectName(u"income_verification_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.income_verification_label)

        self.income_verification_box = QVBoxLayout()
        self.income_verification_box.setSpacing(2)
        self.income_verification_box.setObjectName(u"income_verification_box")
        self.income_verification = QLineEdit(ResearchReportForm)
        self.income_verification.setObjectName(u"income_verification")
        self.income_verification.setMaxLength(1000)

        self.income_verification_box.addWidget(self.income_verification)

        self.income_verification_error = QLabel(ResearchReportForm)
        self.income_verification_error.setObjectName(u"income_verification_error")
        self.income_verification_error.setText(u"")
        self.income_verification_error.setWordWrap(True)
        self.income_verification_error.setVisible(False)
        self.income_verification_error.setProperty(u"role", u"error")

        self.income_verification_box.addWidget(self.income_verification_error)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.income_verification_box)

        self.needs_label = QLabel(ResearchReportForm)
        self.needs_label.setObjectName(u"needs_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.needs_label)

        self.needs_box = QVBoxLayout()
        self.needs_box.setSpacing(2)
        self.needs_box.setObjectName(u"needs_box")
        self.needs = QPlainTextEdit(ResearchReportForm)
        self.needs.setObjectName(u"needs")
        self.needs.setMaximumSize(QSize(16777215, 64))
        self.needs.setTabChangesFocus(True)

        self.needs_box.addWidget(self.needs)

        self.needs_error = QLabel(ResearchReportForm)
        self.needs_error.setObjectName(u"needs_error")
        self.needs_error.setText(u"")
        self.needs_error.setWordWrap(True)
        self.needs_error.setVisible(False)
        self.needs_error.setProperty(u"role", u"error")

        self.needs_box.addWidget(self.needs_error)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.needs_box)

        self.recommendation_label = QLabel(ResearchReportForm)
        self.recommendation_label.setObjectName(u"recommendation_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.recommendation_label)

        self.recommendation_box = QVBoxLayout()
        self.recommendation_box.setSpacing(2)
        self.recommendation_box.setObjectName(u"recommendation_box")
        self.recommendation = QComboBox(ResearchReportForm)
        self.recommendation.setObjectName(u"recommendation")

        self.recommendation_box.addWidget(self.recommendation)

        self.recommendation_error = QLabel(ResearchReportForm)
        self.recommendation_error.setObjectName(u"recommendation_error")
        self.recommendation_error.setText(u"")
        self.recommendation_error.setWordWrap(True)
        self.recommendation_error.setVisible(False)
        self.recommendation_error.setProperty(u"role", u"error")

        self.recommendation_box.addWidget(self.recommendation_error)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.recommendation_box)

        self.conditions_label = QLabel(ResearchReportForm)
        self.conditions_label.setObjectName(u"conditions_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.conditions_label)

        self.conditions_box = QVBoxLayout()
        self.conditions_box.setSpacing(2)
        self.conditions_box.setObjectName(u"conditions_box")
        self.conditions = QPlainTextEdit(ResearchReportForm)
        self.conditions.setObjectName(u"conditions")
        self.conditions.setMaximumSize(QSize(16777215, 56))
        self.conditions.setTabChangesFocus(True)

        self.conditions_box.addWidget(self.conditions)

        self.conditions_error = QLabel(ResearchReportForm)
        self.conditions_error.setObjectName(u"conditions_error")
        self.conditions_error.setText(u"")
        self.conditions_error.setWordWrap(True)
        self.conditions_error.setVisible(False)
        self.conditions_error.setProperty(u"role", u"error")

        self.conditions_box.addWidget(self.conditions_error)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.conditions_box)

        self.notes_label = QLabel(ResearchReportForm)
        self.notes_label.setObjectName(u"notes_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_box = QVBoxLayout()
        self.notes_box.setSpacing(2)
        self.notes_box.setObjectName(u"notes_box")
        self.notes = QPlainTextEdit(ResearchReportForm)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 80))
        self.notes.setTabChangesFocus(True)

        self.notes_box.addWidget(self.notes)

        self.notes_error = QLabel(ResearchReportForm)
        self.notes_error.setObjectName(u"notes_error")
        self.notes_error.setText(u"")
        self.notes_error.setWordWrap(True)
        self.notes_error.setVisible(False)
        self.notes_error.setProperty(u"role", u"error")

        self.notes_box.addWidget(self.notes_error)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.notes_box)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ResearchReportForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)


        self.retranslateUi(ResearchReportForm)

        QMetaObject.connectSlotsByName(ResearchReportForm)
    # setupUi

    def retranslateUi(self, ResearchReportForm):
        self.intro.setText(QCoreApplication.translate("ResearchReportForm", u"The social research report joins the case file the committee reads. A new report replaces the last one.", None))
        self.visit_date_label.setText(QCoreApplication.translate("ResearchReportForm", u"Visit or interview date", None))
        self.visit_date.setPlaceholderText(QCoreApplication.translate("ResearchReportForm", u"day/month/year, Hijri or Gregorian", None))
        self.visit_place_label.setText(QCoreApplication.translate("ResearchReportForm", u"Visit or interview place", None))
        self.household_label.setText(QCoreApplication.translate("ResearchReportForm", u"Household", None))
        self.housing_label.setText(QCoreApplication.translate("ResearchReportForm", u"Housing", None))
        self.income_verified_label.setText(QCoreApplication.translate("ResearchReportForm", u"Income", None))
        self.income_verified.setText(QCoreApplication.translate("ResearchReportForm", u"The income was verified", None))
        self.income_verification_label.setText(QCoreApplication.translate("ResearchReportForm", u"How it was verified", None))
        self.needs_label.setText(QCoreApplication.translate("ResearchReportForm", u"Needs", None))
        self.recommendation_label.setText(QCoreApplication.translate("ResearchReportForm", u"Recommendation", None))
        self.conditions_label.setText(QCoreApplication.translate("ResearchReportForm", u"Conditions", None))
        self.notes_label.setText(QCoreApplication.translate("ResearchReportForm", u"Notes", None))
        pass
    # retranslateUi

