# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListView, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_InterviewForm(object):
    def setupUi(self, InterviewForm):
        if not InterviewForm.objectName():
            InterviewForm.setObjectName(u"InterviewForm")
        self.mainLayout = QVBoxLayout(InterviewForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.title = QLabel(InterviewForm)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.titleRow.addWidget(self.title)

        self.titleSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.draftStatus = QLabel(InterviewForm)
        self.draftStatus.setObjectName(u"draftStatus")
        self.draftStatus.setText(u"")
        self.draftStatus.setProperty(u"role", u"hint")

        self.titleRow.addWidget(self.draftStatus)


        self.mainLayout.addLayout(self.titleRow)

        self.stepsList = QListWidget(InterviewForm)
        self.stepsList.setObjectName(u"stepsList")
        self.stepsList.setFlow(QListView.LeftToRight)
        self.stepsList.setProperty(u"role", u"steps")
        self.stepsList.setMaximumSize(QSize(16777215, 44))
        self.stepsList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.stepsList.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.mainLayout.addWidget(self.stepsList)

        self.duplicateBanner = QFrame(InterviewForm)
        self.duplicateBanner.setObjectName(u"duplicateBanner")
        self.duplicateBanner.setVisible(False)
        self.duplicateBanner.setProperty(u"role", u"warning")
        self.duplicateLayout = QHBoxLayout(self.duplicateBanner)
        self.duplicateLayout.setObjectName(u"duplicateLayout")
        self.duplicateText = QLabel(self.duplicateBanner)
        self.duplicateText.setObjectName(u"duplicateText")
        self.duplicateText.setWordWrap(True)

        self.duplicateLayout.addWidget(self.duplicateText)

        self.openExistingButton = QPushButton(self.duplicateBanner)
        self.openExistingButton.setObjectName(u"openExistingButton")

        self.duplicateLayout.addWidget(self.openExistingButton)


        self.mainLayout.addWidget(self.duplicateBanner)

        self.pageScroll = QScrollArea(InterviewForm)
        self.pageScroll.setObjectName(u"pageScroll")
        self.pageScroll.setWidgetResizable(True)
        self.pageScroll.setFrameShape(QFrame.NoFrame)
        self.pageContents = QWidget()
        self.pageContents.setObjectName(u"pageContents")
        self.pageContentsLayout = QVBoxLayout(self.pageContents)
        self.pageContentsLayout.setObjectName(u"pageContentsLayout")
        self.pages = QStackedWidget(self.pageContents)
        self.pages.setObjectName(u"pages")
        self.identityPage = QWidget()
        self.identityPage.setObjectName(u"identityPage")
        self.identityLayout = QVBoxLayout(self.identityPage)
        self.identityLayout.setObjectName(u"identityLayout")
        self.identityLayout.setContentsMargins(11, 11, 11, 11)
        self.identityForm = QFormLayout()
        self.identityForm.setObjectName(u"identityForm")
        self.id_type_label = QLabel(self.identityPage)
        self.id_type_label.setObjectName(u"id_type_label")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.id_type_label)

        self.id_type_box = QVBoxLayout()
        self.id_type_box.setSpacing(2)
        self.id_type_box.setObjectName(u"id_type_box")
        self.id_type = QComboBox(self.identityPage)
        self.id_type.setObjectName(u"id_type")

        self.id_type_box.addWidget(self.id_type)

        self.id_type_error = QLabel(self.identityPage)
        self.id_type_error.setObjectName(u"id_type_error")
        self.id_type_error.setText(u"")
        self.id_type_error.setWordWrap(True)
        self.id_type_error.setVisible(False)
        self.id_type_error.setProperty(u"role", u"error")

        self.id_type_box.addWidget(self.id_type_error)


        self.identityForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.id_type_box)

        self.id_number_label = QLabel(self.identityPage)
        self.id_number_label.setObjectName(u"id_number_label")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.id_number_label)

        self.id_number_box = QVBoxLayout()
        self.id_number_box.setSpacing(2)
        self.id_number_box.setObjectName(u"id_number_box")
        self.id_number = QLineEdit(self.identityPage)
        self.id_number.setObjectName(u"id_number")
        self.id_number.setMaxLength(20)

        self.id_number_box.addWidget(self.id_number)

        self.id_number_error = QLabel(self.identityPage)
        self.id_number_error.setObjectName(u"id_number_error")
        self.id_number_error.setText(u"")
        self.id_number_error.setWordWrap(True)
        self.id_number_error.setVisible(False)
        self.id_number_error.setProperty(u"role", u"error")

        self.id_number_box.addWidget(self.id_number_error)


        self.identityForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.id_number_box)

        self.passport_country_label = QLabel(self.identityPage)
        self.passport_country_label.setObjectName(u"passport_country_label")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passport_country_label)

        self.passport_country_box = QVBoxLayout()
        self.passport_country_box.setSpacing(2)
        self.passport_country_box.setObjectName(u"passport_country_box")
        self.passport_country = QComboBox(self.identityPage)
        self.passport_country.setObjectName(u"passport_country")

        self.passport_country_box.addWidget(self.passport_country)

        self.passport_country_error = QLabel(self.identityPage)
        self.passport_country_error.setObjectName(u"passport_country_error")
        self.passport_country_error.setText(u"")
        self.passport_country_error.setWordWrap(True)
        self.passport_country_error.setVisible(False)
        self.passport_country_error.setProperty(u"role", u"error")

        self.passport_country_box.addWidget(self.passport_country_error)


        self.identityForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.passport_country_box)

        self.id_expiry_label = QLabel(self.identityPage)
        self.id_expiry_label.setObjectName(u"id_expiry_label")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.id_expiry_label)

        self.id_expiry_box = QVBoxLayout()
        self.id_expiry_box.setSpacing(2)
        self.id_expiry_box.setObjectName(u"id_expiry_box")
        self.id_expiry = QLineEdit(self.identityPage)
        self.id_expiry.setObjectName(u"id_expiry")

        self.id_expiry_box.addWidget(self.id_expiry)

        self.id_expiry_hint = QLabel(self.identityPage)
        self.id_expiry_hint.setObjectName(u"id_expiry_hint")
        self.id_expiry_hint.setText(u"")
        self.id_expiry_hint.setProperty(u"role", u"hint")

        self.id_expiry_box.addWidget(self.id_expiry_hint)

        self.id_expiry_error = QLabel(self.identityPage)
        self.id_expiry_error.setObjectName(u"id_expiry_error")
        self.id_expiry_error.setText(u"")
        self.id_expiry_error.setWordWrap(True)
        self.id_expiry_error.setVisible(False)
        self.id_expiry_error.setProperty(u"role", u"error")

        self.id_expiry_box.addWidget(self.id_expiry_error)


        self.identityForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.id_expiry_box)

        self.first_name_label = QLabel(self.identityPage)
        self.first_name_label.setObjectName(u"first_name_label")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name_box = QVBoxLayout()
        self.first_name_box.setSpacing(2)
        self.first_name_box.setObjectName(u"first_name_box")
        self.first_name = QLineEdit(self.identityPage)
        self.first_name.setObjectName(u"first_name")

        self.first_name_box.addWidget(self.first_name)

        self.first_name_error = QLabel(self.identityPage)
        self.first_name_error.setObjectName(u"first_name_error")
        self.first_name_error.setText(u"")
        self.first_name_error.setWordWrap(True)
        self.first_name_error.setVisible(False)
        self.first_name_error.setProperty(u"role", u"error")

        self.first_name_box.addWidget(self.first_name_error)


        self.identityForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.first_name_box)

        self.father_name_label = QLabel(self.identityPage)
        self.father_name_label.setObjectName(u"father_name_label")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.father_name_label)

        self.father_name_box = QVBoxLayout()
        self.father_name_box.setSpacing(2)
        self.father_name_box.setObjectName(u"father_name_box")
        self.father_name = QLineEdit(self.identityPage)
        self.father_name.setObjectName(u"father_name")

        self.father_name_box.addWidget(self.father_name)

        self.father_name_error = QLabel(self.identityPage)
        self.father_name_error.setObjectName(u"father_name_error")
        self.father_name_error.setText(u"")
        self.father_name_error.setWordWrap(True)
        self.father_name_error.setVisible(False)
        self.father_name_error.setProperty(u"role", u"error")

        self.father_name_box.addWidget(self.father_name_error)


        self.identityForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.father_name_box)

        self.grandfather_name_label = QLabel(self.identityPage)
        self.grandfather_name_label.setObjectName(u"grandfather_name_label")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.grandfather_name_label)

        self.grandfather_name_box = QVBoxLayout()
        self.grandfather_name_box.setSpacing(2)
        self.grandfather_name_box.setObjectName(u"grandfather_name_box")
        self.grandfather_name = QLineEdit(self.identityPage)
        self.grandfather_name.setObjectName(u"grandfather_name")

        self.grandfather_name_box.addWidget(self.grandfather_name)

        self.grandfather_name_error = QLabel(self.identityPage)
        self.grandfather_name_error.setObjectName(u"grandfather_name_error")
        self.grandfather_name_error.setText(u"")
        self.grandfather_name_error.setWordWrap(True)
        self.grandfather_name_error.setVisible(False)
        self.grandfather_name_error.setProperty(u"role", u"error")

        self.grandfather_name_box.addWidget(self.grandfather_name_error)


        self.identityForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.grandfather_name_box)

        self.family_name_label = QLabel(self.identityPage)
        self.family_name_label.setObjectName(u"family_name_label")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.family_name_label)

        self.family_name_box = QVBoxLayout()
        self.family_name_box.setSpacing(2)
        self.family_name_box.setObjectName(u"family_name_box")
        self.family_name = QLineEdit(self.identityPage)
        self.family_name.setObjectName(u"family_name")

        self.family_name_box.addWidget(self.family_name)

        self.family_name_error = QLabel(self.identityPage)
        self.family_name_error.setObjectName(u"family_name_error")
        self.family_name_error.setText(u"")
        self.family_name_error.setWordWrap(True)
        self.family_name_error.setVisible(False)
        self.family_name_error.setProperty(u"role", u"error")

        self.family_name_box.addWidget(self.family_name_error)


        self.identityForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.family_name_box)

        self.latin_name_label = QLabel(self.identityPage)
        self.latin_name_label.setObjectName(u"latin_name_label")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.latin_name_label)

        self.latin_name_box = QVBoxLayout()
        self.latin_name_box.setSpacing(2)
        self.latin_name_box.setObjectName(u"latin_name_box")
        self.latin_name = QLineEdit(self.identityPage)
        self.latin_name.setObjectName(u"latin_name")

        self.latin_name_box.addWidget(self.latin_name)

        self.latin_name_error = QLabel(self.identityPage)
        self.latin_name_error.setObjectName(u"latin_name_error")
        self.latin_name_error.setText(u"")
        self.latin_name_error.setWordWrap(True)
        self.latin_name_error.setVisible(False)
        self.latin_name_error.setProperty(u"role", u"error")

        self.latin_name_box.addWidget(self.latin_name_error)


        self.identityForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.latin_name_box)

        self.gender_label = QLabel(self.identityPage)
        self.gender_label.setObjectName(u"gender_label")

        self.identityForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender_box = QVBoxLayout()
        self.gender_box.setSpacing(2)
        self.gender_box.setObjectName(u"gender_box")
        self.gender = QComboBox(self.identityPage)
        self.gender.setObjectName(u"gender")

        self.gender_box.addWidget(self.gender)

        self.gender_error = QLabel(self.identityPage)
        self.gender_error.setObjectName(u"gender_error")
        self.gender_error.setText(u"")
        self.gender_error.setWordWrap(True)
        self.gender_error.setVisible(False)
        self.gender_error.setProperty(u"role", u"error")

        self.gender_box.addWidget(self.gender_error)


        self.identityForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.gender_box)

        self.birth_date_label = QLabel(self.identityPage)
        self.birth_date_label.setObjectName(u"birth_date_label")

        self.identityForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.birth_date_label)

        self.birth_date_box = QVBoxLayout()
        self.birth_date_box.setSpacing(2)
        self.birth_date_box.setObjectName(u"birth_date_box")
        self.birth_date = QLineEdit(self.identityPage)
        self.birth_date.setObjectName(u"birth_date")

        self.birth_date_box.addWidget(self.birth_date)

        self.birth_date_hint = QLabel(self.identityPage)
        self.birth_date_hint.setObjectName(u"birth_date_hint")
        self.birth_date_hint.setText(u"")
        self.birth_date_hint.setProperty(u"role", u"hint")

        self.birth_date_box.addWidget(self.birth_date_hint)

        self.birth_date_error = QLabel(self.identityPage)
        self.birth_date_error.setObjectName(u"birth_date_error")
        self.birth_date_error.setText(u"")
        self.birth_date_error.setWordWrap(True)
        self.birth_date_error.setVisible(False)
        self.birth_date_error.setProperty(u"role", u"error")

        self.birth_date_box.addWidget(self.birth_date_error)


        self.identityForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.birth_date_box)

        self.nationality_label = QLabel(self.identityPage)
        self.nationality_label.setObjectName(u"nationality_label")

        self.identityForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.nationality_label)

        self.nationality_box = QVBoxLayout()
        self.nationality_box.setSpacing(2)
        self.nationality_box.setObjectName(u"nationality_box")
        self.nationality = QComboBox(self.identityPage)
        self.nationality.setObjectName(u"nationality")

        self.nationality_box.addWidget(self.nationality)

        self.nationality_error = QLabel(self.identityPage)
        self.nationality_error.setObjectName(u"nationality_error")
        self.nationality_error.setText(u"")
        self.nationality_error.setWordWrap(True)
        self.nationality_error.setVisible(False)
        self.nationality_error.setProperty(u"role", u"error")

        self.nationality_box.addWidget(self.nationality_error)


        self.identityForm.setLayout(11, QFormLayout.ItemRole.FieldRole, self.nationality_box)


        self.identityLayout.addLayout(self.identityForm)

        self.identitySpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.identityLayout.addItem(self.identitySpacer)

        self.pages.addWidget(self.identityPage)
        self.householdPage = QWidget()
        self.householdPage.setObjectName(u"householdPage")
        self.householdLayout = QVBoxLayout(self.householdPage)
        self.householdLayout.setObjectName(u"householdLayout")
        self.householdLayout.setContentsMargins(11, 11, 11, 11)
        self.householdIntro = QLabel(self.householdPage)
        self.householdIntro.setObjectName(u"householdIntro")
        self.householdIntro.setWordWrap(True)

        self.householdLayout.addWidget(self.householdIntro)

        self.memberForm = QFormLayout()
        self.memberForm.setObjectName(u"memberForm")
        self.member_name_label = QLabel(self.householdPage)
        self.member_name_label.setObjectName(u"member_name_label")

        self.memberForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.member_name_label)

        self.member_name_box = QVBoxLayout()
        self.member_name_box.setSpacing(2)
        self.member_name_box.setObjectName(u"member_name_box")
        self.member_name = QLineEdit(self.householdPage)
        self.member_name.setObjectName(u"member_name")

        self.member_name_box.addWidget(self.member_name)

        self.member_name_error = QLabel(self.householdPage)
        self.member_name_error.setObjectName(u"member_name_error")
        self.member_name_error.setText(u"")
        self.member_name_error.setWordWrap(True)
        self.member_name_error.setVisible(False)
        self.member_name_error.setProperty(u"role", u"error")

        self.member_name_box.addWidget(self.member_name_error)


        self.memberForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.member_name_box)

        self.relation_label = QLabel(self.householdPage)
        self.relation_label.setObjectName(u"relation_label")

        self.memberForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.relation_label)

        self.relation_box = QVBoxLayout()
        self.relation_box.setSpacing(2)
        self.relation_box.setObjectName(u"relation_box")
        self.relation = QComboBox(self.householdPage)
        self.relation.setObjectName(u"relation")

        self.relation_box.addWidget(self.relation)

        self.relation_error = QLabel(self.householdPage)
        self.relation_error.setObjectName(u"relation_error")
        self.relation_error.setText(u"")
        self.relation_error.setWordWrap(True)
        self.relation_error.setVisible(False)
        self.relation_error.setProperty(u"role", u"error")

        self.relation_box.addWidget(self.relation_error)


        self.memberForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.relation_box)

        self.member_birth_date_label = QLabel(self.householdPage)
        self.member_birth_date_label.setObjectName(u"member_birth_date_label")

        self.memberForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.member_birth_date_label)

        self.member_birth_date_box = QVBoxLayout()
        self.member_birth_date_box.setSpacing(2)
        self.member_birth_date_box.setObjectName(u"member_birth_date_box")
        self.member_birth_date = QLineEdit(self.householdPage)
        self.member_birth_date.setObjectName(u"member_birth_date")

        self.member_birth_date_box.addWidget(self.member_birth_date)

        self.member_birth_date_hint = QLabel(self.householdPage)
        self.member_birth_date_hint.setObjectName(u"member_birth_date_hint")
        self.member_birth_date_hint.setText(u"")
        self.member_birth_date_hint.setProperty(u"role", u"hint")

        self.member_birth_date_box.addWidget(self.member_birth_date_hint)

        self.member_birth_date_error = QLabel(self.householdPage)
        self.member_birth_date_error.setObjectName(u"member_birth_date_error")
        self.member_birth_date_error.setText(u"")
        self.member_birth_date_error.setWordWrap(True)
        self.member_birth_date_error.setVisible(False)
        self.member_birth_date_error.setProperty(u"role", u"error")

        self.member_birth_date_box.addWidget(self.member_birth_date_error)


        self.memberForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.member_birth_date_box)


        self.householdLayout.addLayout(self.memberForm)

        self.memberButtons = QHBoxLayout()
        self.memberButtons.setObjectName(u"memberButtons")
        self.memberSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberButtons.addItem(self.memberSpacer)

        self.removeMemberButton = QPushButton(self.householdPage)
        self.removeMemberButton.setObjectName(u"removeMemberButton")

        self.memberButtons.addWidget(self.removeMemberButton)

        self.addMemberButton = QPushButton(self.householdPage)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.memberButtons.addWidget(self.addMemberButton)


        self.householdLayout.addLayout(self.memberButtons)

        self.householdTable = QTableWidget(self.householdPage)
        self.householdTable.setObjectName(u"householdTable")
        self.householdTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.householdTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.householdLayout.addWidget(self.householdTable)

        self.household_error = QLabel(self.householdPage)
        self.household_error.setObjectName(u"household_error")
        self.household_error.setText(u"")
        self.household_error.setWordWrap(True)
        self.household_error.setVisible(False)
        self.household_error.setProperty(u"role", u"error")

        self.householdLayout.addWidget(self.household_error)

        self.pages.addWidget(self.householdPage)
        self.contactPage = QWidget()
        self.contactPage.setObjectName(u"contactPage")
        self.contactLayout = QVBoxLayout(self.contactPage)
        self.contactLayout.setObjectName(u"contactLayout")
        self.contactLayout.setContentsMargins(11, 11, 11, 11)
        self.contactForm = QFormLayout()
        self.contactForm.setObjectName(u"contactForm")
        self.mobile_label = QLabel(self.contactPage)
        self.mobile_label.setObjectName(u"mobile_label")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mobile_label)

        self.mobile_box = QVBoxLayout()
        self.mobile_box.setSpacing(2)
        self.mobile_box.setObjectName(u"mobile_box")
        self.mobile = QLineEdit(self.contactPage)
        self.mobile.setObjectName(u"mobile")
        self.mobile.setPlaceholderText(u"05XXXXXXXX")

        self.mobile_box.addWidget(self.mobile)

        self.mobile_error = QLabel(self.contactPage)
        self.mobile_error.setObjectName(u"mobile_error")
        self.mobile_error.setText(u"")
        self.mobile_error.setWordWrap(True)
        self.mobile_error.setVisible(False)
        self.mobile_error.setProperty(u"role", u"error")

        self.mobile_box.addWidget(self.mobile_error)


        self.contactForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.mobile_box)

        self.city_label = QLabel(self.contactPage)
        self.city_label.setObjectName(u"city_label")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_box = QVBoxLayout()
        self.city_box.setSpacing(2)
        self.city_box.setObjectName(u"city_box")
        self.city = QLineEdit(self.contactPage)
        self.city.setObjectName(u"city")

        self.city_box.addWidget(self.city)

        self.city_error = QLabel(self.contactPage)
        self.city_error.setObjectName(u"city_error")
        self.city_error.setText(u"")
        self.city_error.setWordWrap(True)
        self.city_error.setVisible(False)
        self.city_error.setProperty(u"role", u"error")

        self.city_box.addWidget(self.city_error)


        self.contactForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.city_box)

        self.district_label = QLabel(self.contactPage)
        self.district_label.setObjectName(u"district_label")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.district_label)

        self.district_box = QVBoxLayout()
        self.district_box.setSpacing(2)
        self.district_box.setObjectName(u"district_box")
        self.district = QLineEdit(self.contactPage)
        self.district.setObjectName(u"district")

        self.district_box.addWidget(self.district)

        self.district_error = QLabel(self.contactPage)
        self.district_error.setObjectName(u"district_error")
        self.district_error.setText(u"")
        self.district_error.setWordWrap(True)
        self.district_error.setVisible(False)
        self.district_error.setProperty(u"role", u"error")

        self.district_box.addWidget(self.district_error)


        self.contactForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.district_box)

        self.address_label = QLabel(self.contactPage)
        self.address_label.setObjectName(u"address_label")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_box = QVBoxLayout()
        self.address_box.setSpacing(2)
        self.address_box.setObjectName(u"address_box")
        self.address = QLineEdit(self.contactPage)
        self.address.setObjectName(u"address")

        self.address_box.addWidget(self.address)

        self.address_error = QLabel(self.contactPage)
        self.address_error.setObjectName(u"address_error")
        self.address_error.setText(u"")
        self.address_error.setWordWrap(True)
        self.address_error.setVisible(False)
        self.address_error.setProperty(u"role", u"error")

        self.address_box.addWidget(self.address_error)


        self.contactForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.address_box)

        self.preferred_channel_label = QLabel(self.contactPage)
        self.preferred_channel_label.setObjectName(u"preferred_channel_label")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.preferred_channel_label)

        self.preferred_channel_box = QVBoxLayout()
        self.preferred_channel_box.setSpacing(2)
        self.preferred_channel_box.setObjectName(u"preferred_channel_box")
        self.preferred_channel = QComboBox(self.contactPage)
        self.preferred_channel.setObjectName(u"preferred_channel")

        self.preferred_channel_box.addWidget(self.preferred_channel)

        self.preferred_channel_error = QLabel(self.contactPage)
        self.preferred_channel_error.setObjectName(u"preferred_channel_error")
        self.preferred_channel_error.setText(u"")
        self.preferred_channel_error.setWordWrap(True)
        self.preferred_channel_error.setVisible(False)
        self.preferred_channel_error.setProperty(u"role", u"error")

        self.preferred_channel_box.addWidget(self.preferred_channel_error)


        self.contactForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.preferred_channel_box)


        self.contactLayout.addLayout(self.contactForm)

        self.contactSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contactLayout.addItem(self.contactSpacer)

        self.pages.addWidget(self.contactPage)
        self.socialPage = QWidget()
        self.socialPage.setObjectName(u"socialPage")
        self.socialLayout = QVBoxLayout(self.socialPage)
        self.socialLayout.setObjectName(u"socialLayout")
        self.socialLayout.setContentsMargins(11, 11, 11, 11)
        self.socialForm = QFormLayout()
        self.socialForm.setObjectName(u"socialForm")
        self.marital_status_label = QLabel(self.socialPage)
        self.marital_status_label.setObjectName(u"marital_status_label")

        self.socialForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.marital_status_label)

        self.marital_status_box = QVBoxLayout()
        self.marital_status_box.setSpacing(2)
        self.marital_status_box.setObjectName(u"marital_status_box")
        self.marital_status = QComboBox(self.socialPage)
        self.marital_status.setObjectName(u"marital_status")

        self.marital_status_box.addWidget(self.marital_status)

        self.marital_status_error = QLabel(self.socialPage)
        self.marital_status_error.setObjectName(u"marital_status_error")
        self.marital_status_error.setText(u"")
        self.marital_status_error.setWordWrap(True)
        self.marital_status_error.setVisible(False)
        self.marital_status_error.setProperty(u"role", u"error")

        self.marital_status_box.addWidget(self.marital_status_error)


        self.socialForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.marital_status_box)

        self.employment_label = QLabel(self.socialPage)
        self.employment_label.setObjectName(u"employment_label")

        self.socialForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.employment_label)

        self.employment_box = QVBoxLayout()
        self.employment_box.setSpacing(2)
        self.employment_box.setObjectName(u"employment_box")
        self.employment = QComboBox(self.socialPage)
        self.employment.setObjectName(u"employment")

        self.employment_box.addWidget(self.employment)

        self.employment_error = QLabel(self.socialPage)
        self.employment_error.setObjectName(u"employment_error")
        self.employment_error.setText(u"")
        self.employment_error.setWordWrap(True)
        self.employment_error.setVisible(False)
        self.employment_error.setProperty(u"role", u"error")

        self.employment_box.addWidget(self.employment_error)


        self.socialForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.employment_box)

        self.monthly_income_label = QLabel(self.socialPage)
        self.monthly_income_label.setObjectName(u"monthly_income_label")

        self.socialForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.monthly_income_label)

        self.monthly_income_box = QVBoxLayout()
        self.monthly_income_box.setSpacing(2)
        self.monthly_income_box.setObjectName(u"monthly_income_box")
        self.monthly_income = QLineEdit(self.socialPage)
        self.monthly_income.setObjectName(u"monthly_income")

        self.monthly_income_box.addWidget(self.monthly_income)

        self.monthly_income_error = QLabel(self.socialPage)
        self.monthly_income_error.setObjectName(u"monthly_income_error")
        self.monthly_income_error.setText(u"")
        self.monthly_income_error.setWordWrap(True)
        self.monthly_income_error.setVisible(False)
        self.monthly_income_error.setProperty(u"role", u"error")

        self.monthly_income_box.addWidget(self.monthly_income_error)


        self.socialForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.monthly_income_box)

        self.health_notes_label = QLabel(self.socialPage)
        self.health_notes_label.setObjectName(u"health_notes_label")

        self.socialForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.health_notes_label)

        self.health_notes_box = QVBoxLayout()
        self.health_notes_box.setSpacing(2)
        self.health_notes_box.setObjectName(u"health_notes_box")
        self.health_notes = QPlainTextEdit(self.socialPage)
        self.health_notes.setObjectName(u"health_notes")
        self.health_notes.setMaximumSize(QSize(16777215, 90))

        self.health_notes_box.addWidget(self.health_notes)

        self.health_notes_error = QLabel(self.socialPage)
        self.health_notes_error.setObjectName(u"health_notes_error")
        self.health_notes_error.setText(u"")
        self.health_notes_error.setWordWrap(True)
        self.health_notes_error.setVisible(False)
        self.health_notes_error.setProperty(u"role", u"error")

        self.health_notes_box.addWidget(self.health_notes_error)


        self.socialForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.health_notes_box)


        self.socialLayout.addLayout(self.socialForm)

        self.socialSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.socialLayout.addItem(self.socialSpacer)

        self.pages.addWidget(self.socialPage)
        self.requestPage = QWidget()
        self.requestPage.setObjectName(u"requestPage")
        self.requestLayout = QVBoxLayout(self.requestPage)
        self.requestLayout.setObjectName(u"requestLayout")
        self.requestLayout.setContentsMargins(11, 11, 11, 11)
        self.requestForm = QFormLayout()
        self.requestForm.setObjectName(u"requestForm")
        self.support_type_label = QLabel(self.requestPage)
        self.support_type_label.setObjectName(u"support_type_label")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.support_type_label)

        self.support_type_box = QVBoxLayout()
        self.support_type_box.setSpacing(2)
        self.support_type_box.setObjectName(u"support_type_box")
        self.support_type = QComboBox(self.requestPage)
        self.support_type.setObjectName(u"support_type")

        self.support_type_box.addWidget(self.support_type)

        self.support_type_error = QLabel(self.requestPage)
        self.support_type_error.setObjectName(u"support_type_error")
        self.support_type_error.setText(u"")
        self.support_type_error.setWordWrap(True)
        self.support_type_error.setVisible(False)
        self.support_type_error.setProperty(u"role", u"error")

        self.support_type_box.addWidget(self.support_type_error)


        self.requestForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.support_type_box)

        self.channel_label = QLabel(self.requestPage)
        self.channel_label.setObjectName(u"channel_label")

        self.requestForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_box = QVBoxLayout()
        self.channel_box.setSpacing(2)
        self.channel_box.setObjectName(u"channel_box")
        self.channel = QComboBox(self.requestPage)
        self.channel.setObjectName(u"channel")

        self.channel_box.addWidget(self.channel)

        self.channel_error = QLabel(self.requestPage)
        self.channel_error.setObjectName(u"channel_error")
        self.channel_error.setText(u"")
        self.channel_error.setWordWrap(True)
        self.channel_error.setVisible(False)
        self.channel_error.setProperty(u"role", u"error")

        self.channel_box.addWidget(self.channel_error)


        self.requestForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.channel_box)

        self.description_label = QLabel(self.requestPage)
        self.description_label.setObjectName(u"description_label")

        self.requestForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_box = QVBoxLayout()
        self.description_box.setSpacing(2)
        self.description_box.setObjectName(u"description_box")
        self.description = QPlainTextEdit(self.requestPage)
        self.description.setObjectName(u"description")
        self.description.setMaximumSize(QSize(16777215, 110))

        self.description_box.addWidget(self.description)

        self.description_error = QLabel(self.requestPage)
        self.description_error.setObjectName(u"description_error")
        self.description_error.setText(u"")
        self.description_error.setWordWrap(True)
        self.description_error.setVisible(False)
        self.description_error.setProperty(u"role", u"error")

        self.description_box.addWidget(self.description_error)


        self.requestForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.description_box)


        self.requestLayout.addLayout(self.requestForm)

        self.requiredDocsTitle = QLabel(self.requestPage)
        self.requiredDocsTitle.setObjectName(u"requiredDocsTitle")
        self.requiredDocsTitle.setProperty(u"role", u"section")

        self.requestLayout.addWidget(self.requiredDocsTitle)

        self.requiredDocs = QLabel(self.requestPage)
        self.requiredDocs.setObjectName(u"requiredDocs")
        self.requiredDocs.setText(u"")
        self.requiredDocs.setWordWrap(True)

        self.requestLayout.addWidget(self.requiredDocs)

        self.requestSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.requestLayout.addItem(self.requestSpacer)

        self.pages.addWidget(self.requestPage)
        self.notesPage = QWidget()
        self.notesPage.setObjectName(u"notesPage")
        self.notesLayout = QVBoxLayout(self.notesPage)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLayout.setContentsMargins(11, 11, 11, 11)
        self.notesForm = QFormLayout()
        self.notesForm.setObjectName(u"notesForm")
        self.notes_label = QLabel(self.notesPage)
        self.notes_label.setObjectName(u"notes_label")

        self.notesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_box = QVBoxLayout()
        self.notes_box.setSpacing(2)
        self.notes_box.setObjectName(u"notes_box")
        self.notes = QPlainTextEdit(self.notesPage)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 90))

        self.notes_box.addWidget(self.notes)

        self.notes_error = QLabel(self.notesPage)
        self.notes_error.setObjectName(u"notes_error")
        self.notes_error.setText(u"")
        self.notes_error.setWordWrap(True)
        self.notes_error.setVisible(False)
        self.notes_error.setProperty(u"role", u"error")

        self.notes_box.addWidget(self.notes_error)


        self.notesForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.notes_box)


        self.notesLayout.addLayout(self.notesForm)

        self.reviewTitle = QLabel(self.notesPage)
        self.reviewTitle.setObjectName(u"reviewTitle")
        self.reviewTitle.setProperty(u"role", u"section")

        self.notesLayout.addWidget(self.reviewTitle)

        self.reviewProblems = QLabel(self.notesPage)
        self.reviewProblems.setObjectName(u"reviewProblems")
        self.reviewProblems.setText(u"")
        self.reviewProblems.setWordWrap(True)
        self.reviewProblems.setVisible(False)
        self.reviewProblems.setProperty(u"role", u"error")

        self.notesLayout.addWidget(self.reviewProblems)

        self.reviewContents = QWidget(self.notesPage)
        self.reviewContents.setObjectName(u"reviewContents")
        self.reviewForm = QFormLayout(self.reviewContents)
        self.reviewForm.setObjectName(u"reviewForm")
        self.reviewForm.setContentsMargins(0, 0, 0, 0)

        self.notesLayout.addWidget(self.reviewContents)

        self.notesLayout.setStretch(2, 1)
        self.pages.addWidget(self.notesPage)

        self.pageContentsLayout.addWidget(self.pages)

        self.pageScroll.setWidget(self.pageContents)

        self.mainLayout.addWidget(self.pageScroll)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.discardButton = QPushButton(InterviewForm)
        self.discardButton.setObjectName(u"discardButton")

        self.buttons.addWidget(self.discardButton)

        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)

        self.backButton = QPushButton(InterviewForm)
        self.backButton.setObjectName(u"backButton")

        self.buttons.addWidget(self.backButton)

        self.nextButton = QPushButton(InterviewForm)
        self.nextButton.setObjectName(u"nextButton")

        self.buttons.addWidget(self.nextButton)

        self.saveButton = QPushButton(InterviewForm)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"role", u"primary")

        self.buttons.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttons)


        self.retranslateUi(InterviewForm)

        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(InterviewForm)
    # setupUi

    def retranslateUi(self, InterviewForm):
        self.title.setText(QCoreApplication.translate("InterviewForm", u"Interview \u2014 new beneficiary", None))
        self.duplicateText.setText(QCoreApplication.translate("InterviewForm", u"This ID number is already registered.", None))
        self.openExistingButton.setText(QCoreApplication.translate("InterviewForm", u"Open the existing file", None))
        self.id_type_label.setText(QCoreApplication.translate("InterviewForm", u"ID type", None))
        self.id_number_label.setText(QCoreApplication.translate("InterviewForm", u"ID number", None))
        self.passport_country_label.setText(QCoreApplication.translate("InterviewForm", u"Passport issuing country", None))
        self.id_expiry_label.setText(QCoreApplication.translate("InterviewForm", u"ID expiry date", None))
        self.id_expiry.setPlaceholderText(QCoreApplication.translate("InterviewForm", u"day/month/year, Hijri or Gregorian", None))
        self.first_name_label.setText(QCoreApplication.translate("InterviewForm", u"First name", None))
        self.father_name_label.setText(QCoreApplication.translate("InterviewForm", u"Father's name", None))
        self.grandfather_name_label.setText(QCoreApplication.translate("InterviewForm", u"Grandfather's name", None))
        self.family_name_label.setText(QCoreApplication.translate("InterviewForm", u"Family name", None))
        self.latin_name_label.setText(QCoreApplication.translate("InterviewForm", u"Name in Latin letters", None))
        self.gender_label.setText(QCoreApplication.translate("InterviewForm", u"Gender", None))
        self.birth_date_label.setText(QCoreApplication.translate("InterviewForm", u"Birth date", None))
        self.birth_date.setPlaceholderText(QCoreApplication.translate("InterviewForm", u"day/month/year, Hijri or Gregorian", None))
        self.nationality_label.setText(QCoreApplication.translate("InterviewForm", u"Nationality", None))
        self.householdIntro.setText(QCoreApplication.translate("InterviewForm", u"Add the members of the applicant's household, one at a time.", None))
        self.member_name_label.setText(QCoreApplication.translate("InterviewForm", u"Member's name", None))
        self.relation_label.setText(QCoreApplication.translate("InterviewForm", u"Relation", None))
        self.member_birth_date_label.setText(QCoreApplication.translate("InterviewForm", u"Birth date", None))
        self.member_birth_date.setPlaceholderText(QCoreApplication.translate("InterviewForm", u"day/month/year, Hijri or Gregorian", None))
        self.removeMemberButton.setText(QCoreApplication.translate("InterviewForm", u"Remove selected", None))
        self.addMemberButton.setText(QCoreApplication.translate("InterviewForm", u"Add member", None))
        self.mobile_label.setText(QCoreApplication.translate("InterviewForm", u"Mobile", None))
        self.city_label.setText(QCoreApplication.translate("InterviewForm", u"City", None))
        self.district_label.setText(QCoreApplication.translate("InterviewForm", u"District", None))
        self.address_label.setText(QCoreApplication.translate("InterviewForm", u"Address", None))
        self.preferred_channel_label.setText(QCoreApplication.translate("InterviewForm", u"Preferred channel", None))
        self.marital_status_label.setText(QCoreApplication.translate("InterviewForm", u"Marital status", None))
        self.employment_label.setText(QCoreApplication.translate("InterviewForm", u"Employment", None))
        self.monthly_income_label.setText(QCoreApplication.translate("InterviewForm", u"Monthly income (SAR)", None))
        self.health_notes_label.setText(QCoreApplication.translate("InterviewForm", u"Health or disability notes", None))
        self.support_type_label.setText(QCoreApplication.translate("InterviewForm", u"Support type", None))
        self.channel_label.setText(QCoreApplication.translate("InterviewForm", u"Channel the request came through", None))
        self.description_label.setText(QCoreApplication.translate("InterviewForm", u"Description of the need", None))
        self.requiredDocsTitle.setText(QCoreApplication.translate("InterviewForm", u"Documents this support type requires:", None))
        self.notes_label.setText(QCoreApplication.translate("InterviewForm", u"Notes", None))
        self.reviewTitle.setText(QCoreApplication.translate("InterviewForm", u"Review before saving", None))
        self.discardButton.setText(QCoreApplication.translate("InterviewForm", u"Discard", None))
        self.backButton.setText(QCoreApplication.translate("InterviewForm", u"Back", None))
        self.nextButton.setText(QCoreApplication.translate("InterviewForm", u"Next", None))
        self.saveButton.setText(QCoreApplication.translate("InterviewForm", u"Save and open the checklist", None))
        pass
    # retranslateUi

