# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_FollowUpForm(object):
    def setupUi(self, FollowUpForm):
        if not FollowUpForm.objectName():
            FollowUpForm.setObjectName(u"FollowUpForm")
        self.mainLayout = QVBoxLayout(FollowUpForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(FollowUpForm)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.title)

        self.beneficiaryLabel = QLabel(FollowUpForm)
        self.beneficiaryLabel.setObjectName(u"beneficiaryLabel")
        self.beneficiaryLabel.setText(u"")
        self.beneficiaryLabel.setProperty(u"role", u"subtitle")

        self.mainLayout.addWidget(self.beneficiaryLabel)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.interactionBox = QGroupBox(FollowUpForm)
        self.interactionBox.setObjectName(u"interactionBox")
        self.interactionLayout = QVBoxLayout(self.interactionBox)
        self.interactionLayout.setObjectName(u"interactionLayout")
        self.interactionForm = QFormLayout()
        self.interactionForm.setObjectName(u"interactionForm")
        self.channel_label = QLabel(self.interactionBox)
        self.channel_label.setObjectName(u"channel_label")

        self.interactionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_box = QVBoxLayout()
        self.channel_box.setSpacing(2)
        self.channel_box.setObjectName(u"channel_box")
        self.channel = QComboBox(self.interactionBox)
        self.channel.setObjectName(u"channel")

        self.channel_box.addWidget(self.channel)

        self.channel_error = QLabel(self.interactionBox)
        self.channel_error.setObjectName(u"channel_error")
        self.channel_error.setText(u"")
        self.channel_error.setWordWrap(True)
        self.channel_error.setVisible(False)
        self.channel_error.setProperty(u"role", u"error")

        self.channel_box.addWidget(self.channel_error)


        self.interactionForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.channel_box)

        self.kind_label = QLabel(self.interactionBox)
        self.kind_label.setObjectName(u"kind_label")

        self.interactionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_box = QVBoxLayout()
        self.kind_box.setSpacing(2)
        self.kind_box.setObjectName(u"kind_box")
        self.kind = QComboBox(self.interactionBox)
        self.kind.setObjectName(u"kind")

        self.kind_box.addWidget(self.kind)

        self.kind_error = QLabel(self.interactionBox)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setText(u"")
        self.kind_error.setWordWrap(True)
        self.kind_error.setVisible(False)
        self.kind_error.setProperty(u"role", u"error")

        self.kind_box.addWidget(self.kind_error)


        self.interactionForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.kind_box)

        self.request_label = QLabel(self.interactionBox)
        self.request_label.setObjectName(u"request_label")

        self.interactionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.request_label)

        self.request_box = QVBoxLayout()
        self.request_box.setSpacing(2)
        self.request_box.setObjectName(u"request_box")
        self.request = QComboBox(self.interactionBox)
        self.request.setObjectName(u"request")

        self.request_box.addWidget(self.request)

        self.request_error = QLabel(self.interactionBox)
        self.request_error.setObjectName(u"request_error")
        self.request_error.setText(u"")
        self.request_error.setWordWrap(True)
        self.request_error.setVisible(False)
        self.request_error.setProperty(u"role", u"error")

        self.request_box.addWidget(self.request_error)


        self.interactionForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.request_box)

        self.date_label = QLabel(self.interactionBox)
        self.date_label.setObjectName(u"date_label")

        self.interactionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_box = QVBoxLayout()
        self.date_box.setSpacing(2)
        self.date_box.setObjectName(u"date_box")
        self.date = QLineEdit(self.interactionBox)
        self.date.setObjectName(u"date")

        self.date_box.addWidget(self.date)

        self.date_hint = QLabel(self.interactionBox)
        self.date_hint.setObjectName(u"date_hint")
        self.date_hint.setText(u"")
        self.date_hint.setProperty(u"role", u"hint")

        self.date_box.addWidget(self.date_hint)

        self.date_error = QLabel(self.interactionBox)
        self.date_error.setObjectName(u"date_error")
        self.date_error.setText(u"")
        self.date_error.setWordWrap(True)
        self.date_error.setVisible(False)
        self.date_error.setProperty(u"role", u"error")

        self.date_box.addWidget(self.date_error)


        self.interactionForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.date_box)

        self.summary_label = QLabel(self.interactionBox)
        self.summary_label.setObjectName(u"summary_label")

        self.interactionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_box = QVBoxLayout()
        self.summary_box.setSpacing(2)
        self.summary_box.setObjectName(u"summary_box")
        self.summary = QPlainTextEdit(self.interactionBox)
        self.summary.setObjectName(u"summary")
        self.summary.setMaximumSize(QSize(16777215, 80))

        self.summary_box.addWidget(self.summary)

        self.summary_error = QLabel(self.interactionBox)
        self.summary_error.setObjectName(u"summary_error")
        self.summary_error.setText(u"")
        self.summary_error.setWordWrap(True)
        self.summary_error.setVisible(False)
        self.summary_error.setProperty(u"role", u"error")

        self.summary_box.addWidget(self.summary_error)


        self.interactionForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.summary_box)


        self.interactionLayout.addLayout(self.interactionForm)

        self.interactionButtons = QHBoxLayout()
        self.interactionButtons.setObjectName(u"interactionButtons")
        self.interactionSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.interactionButtons.addItem(self.interactionSpacer)

        self.logButton = QPushButton(self.interactionBox)
        self.logButton.setObjectName(u"logButton")

        self.interactionButtons.addWidget(self.logButton)


        self.interactionLayout.addLayout(self.interactionButtons)


        self.leftColumn.addWidget(self.interactionBox)

        self.surveyBox = QGroupBox(FollowUpForm)
        self.surveyBox.setObjectName(u"surveyBox")
        self.surveyLayout = QVBoxLayout(self.surveyBox)
        self.surveyLayout.setObjectName(u"surveyLayout")
        self.surveyIntro = QLabel(self.surveyBox)
        self.surveyIntro.setObjectName(u"surveyIntro")
        self.surveyIntro.setWordWrap(True)

        self.surveyLayout.addWidget(self.surveyIntro)

        self.surveyForm = QFormLayout()
        self.surveyForm.setObjectName(u"surveyForm")
        self.rating_speed_label = QLabel(self.surveyBox)
        self.rating_speed_label.setObjectName(u"rating_speed_label")

        self.surveyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rating_speed_label)

        self.rating_speed_box = QVBoxLayout()
        self.rating_speed_box.setSpacing(2)
        self.rating_speed_box.setObjectName(u"rating_speed_box")
        self.rating_speed = QWidget(self.surveyBox)
        self.rating_speed.setObjectName(u"rating_speed")
        self.rating_speed_row = QHBoxLayout(self.rating_speed)
        self.rating_speed_row.setObjectName(u"rating_speed_row")
        self.rating_speed_row.setContentsMargins(0, 0, 0, 0)
        self.rating_speed_1 = QRadioButton(self.rating_speed)
        self.rating_speed_1.setObjectName(u"rating_speed_1")
        self.rating_speed_1.setText(u"1")

        self.rating_speed_row.addWidget(self.rating_speed_1)

        self.rating_speed_2 = QRadioButton(self.rating_speed)
        self.rating_speed_2.setObjectName(u"rating_speed_2")
        self.rating_speed_2.setText(u"2")

        self.rating_speed_row.addWidget(self.rating_speed_2)

        self.rating_speed_3 = QRadioButton(self.rating_speed)
        self.rating_speed_3.setObjectName(u"rating_speed_3")
        self.rating_speed_3.setText(u"3")

        self.rating_speed_row.addWidget(self.rating_speed_3)

        self.rating_speed_4 = QRadioButton(self.rating_speed)
        self.rating_speed_4.setObjectName(u"rating_speed_4")
        self.rating_speed_4.setText(u"4")

        self.rating_speed_row.addWidget(self.rating_speed_4)

        self.rating_speed_5 = QRadioButton(self.rating_speed)
        self.rating_speed_5.setObjectName(u"rating_speed_5")
        self.rating_speed_5.setText(u"5")

        self.rating_speed_row.addWidget(self.rating_speed_5)

        self.rating_speed_sp = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rating_speed_row.addItem(self.rating_speed_sp)


        self.rating_speed_box.addWidget(self.rating_speed)

        self.rating_speed_error = QLabel(self.surveyBox)
        self.rating_speed_error.setObjectName(u"rating_speed_error")
        self.rating_speed_error.setText(u"")
        self.rating_speed_error.setWordWrap(True)
        self.rating_speed_error.setVisible(False)
        self.rating_speed_error.setProperty(u"role", u"error")

        self.rating_speed_box.addWidget(self.rating_speed_error)


        self.surveyForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.rating_speed_box)

        self.rating_respect_label = QLabel(self.surveyBox)
        self.rating_respect_label.setObjectName(u"rating_respect_label")

        self.surveyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rating_respect_label)

        self.rating_respect_box = QVBoxLayout()
        self.rating_respect_box.setSpacing(2)
        self.rating_respect_box.setObjectName(u"rating_respect_box")
        self.rating_respect = QWidget(self.surveyBox)
        self.rating_respect.setObjectName(u"rating_respect")
        self.rating_respect_row = QHBoxLayout(self.rating_respect)
        self.rating_respect_row.setObjectName(u"rating_respect_row")
        self.rating_respect_row.setContentsMargins(0, 0, 0, 0)
        self.rating_respect_1 = QRadioButton(self.rating_respect)
        self.rating_respect_1.setObjectName(u"rating_respect_1")
        self.rating_respect_1.setText(u"1")

        self.rating_respect_row.addWidget(self.rating_respect_1)

        self.rating_respect_2 = QRadioButton(self.rating_respect)
        self.rating_respect_2.setObjectName(u"rating_respect_2")
        self.rating_respect_2.setText(u"2")

        self.rating_respect_row.addWidget(self.rating_respect_2)

        self.rating_respect_3 = QRadioButton(self.rating_respect)
        self.rating_respect_3.setObjectName(u"rating_respect_3")
        self.rating_respect_3.setText(u"3")

        self.rating_respect_row.addWidget(self.rating_respect_3)

        self.rating_respect_4 = QRadioButton(self.rating_respect)
        self.rating_respect_4.setObjectName(u"rating_respect_4")
        self.rating_respect_4.setText(u"4")

        self.rating_respect_row.addWidget(self.rating_respect_4)

        self.rating_respect_5 = QRadioButton(self.rating_respect)
        self.rating_respect_5.setObjectName(u"rating_respect_5")
        self.rating_respect_5.setText(u"5")

        self.rating_respect_row.addWidget(self.rating_respect_5)

        self.rating_respect_sp = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rating_respect_row.addItem(self.rating_respect_sp)


        self.rating_respect_box.addWidget(self.rating_respect)

        self.rating_respect_error = QLabel(self.surveyBox)
        self.rating_respect_error.setObjectName(u"rating_respect_error")
        self.rating_respect_error.setText(u"")
        self.rating_respect_error.setWordWrap(True)
        self.rating_respect_error.setVisible(False)
        self.rating_respect_error.setProperty(u"role", u"error")

        self.rating_respect_box.addWidget(self.rating_respect_error)


        self.surveyForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.rating_respect_box)

        self.rating_clarity_label = QLabel(self.surveyBox)
        self.rating_clarity_label.setObjectName(u"rating_clarity_label")

        self.surveyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rating_clarity_label)

        self.rating_clarity_box = QVBoxLayout()
        self.rating_clarity_box.setSpacing(2)
        self.rating_clarity_box.setObjectName(u"rating_clarity_box")
        self.rating_clarity = QWidget(self.surveyBox)
        self.rating_clarity.setObjectName(u"rating_clarity")
        self.rating_clarity_row = QHBoxLayout(self.rating_clarity)
        self.rating_clarity_row.setObjectName(u"rating_clarity_row")
        self.rating_clarity_row.setContentsMargins(0, 0, 0, 0)
        self.rating_clarity_1 = QRadioButton(self.rating_clarity)
        self.rating_clarity_1.setObjectName(u"rating_clarity_1")
        self.rating_clarity_1.setText(u"1")

        self.rating_clarity_row.addWidget(self.rating_clarity_1)

        self.rating_clarity_2 = QRadioButton(self.rating_clarity)
        self.rating_clarity_2.setObjectName(u"rating_clarity_2")
        self.rating_clarity_2.setText(u"2")

        self.rating_clarity_row.addWidget(self.rating_clarity_2)

        self.rating_clarity_3 = QRadioButton(self.rating_clarity)
        self.rating_clarity_3.setObjectName(u"rating_clarity_3")
        self.rating_clarity_3.setText(u"3")

        self.rating_clarity_row.addWidget(self.rating_clarity_3)

        self.rating_clarity_4 = QRadioButton(self.rating_clarity)
        self.rating_clarity_4.setObjectName(u"rating_clarity_4")
        self.rating_clarity_4.setText(u"4")

        self.rating_clarity_row.addWidget(self.rating_clarity_4)

        self.rating_clarity_5 = QRadioButton(self.rating_clarity)
        self.rating_clarity_5.setObjectName(u"rating_clarity_5")
        self.rating_clarity_5.setText(u"5")

        self.rating_clarity_row.addWidget(self.rating_clarity_5)

        self.rating_clarity_sp = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rating_clarity_row.addItem(self.rating_clarity_sp)


        self.rating_clarity_box.addWidget(self.rating_clarity)

        self.rating_clarity_error = QLabel(self.surveyBox)
        self.rating_clarity_error.setObjectName(u"rating_clarity_error")
        self.rating_clarity_error.setText(u"")
        self.rating_clarity_error.setWordWrap(True)
        self.rating_clarity_error.setVisible(False)
        self.rating_clarity_error.setProperty(u"role", u"error")

        self.rating_clarity_box.addWidget(self.rating_clarity_error)


        self.surveyForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.rating_clarity_box)

        self.rating_overall_label = QLabel(self.surveyBox)
        self.rating_overall_label.setObjectName(u"rating_overall_label")

        self.surveyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rating_overall_label)

        self.rating_overall_box = QVBoxLayout()
        self.rating_overall_box.setSpacing(2)
        self.rating_overall_box.setObjectName(u"rating_overall_box")
        self.rating_overall = QWidget(self.surveyBox)
        self.rating_overall.setObjectName(u"rating_overall")
        self.rating_overall_row = QHBoxLayout(self.rating_overall)
        self.rating_overall_row.setObjectName(u"rating_overall_row")
        self.rating_overall_row.setContentsMargins(0, 0, 0, 0)
        self.rating_overall_1 = QRadioButton(self.rating_overall)
        self.rating_overall_1.setObjectName(u"rating_overall_1")
        self.rating_overall_1.setText(u"1")

        self.rating_overall_row.addWidget(self.rating_overall_1)

        self.rating_overall_2 = QRadioButton(self.rating_overall)
        self.rating_overall_2.setObjectName(u"rating_overall_2")
        self.rating_overall_2.setText(u"2")

        self.rating_overall_row.addWidget(self.rating_overall_2)

        self.rating_overall_3 = QRadioButton(self.rating_overall)
        self.rating_overall_3.setObjectName(u"rating_overall_3")
        self.rating_overall_3.setText(u"3")

        self.rating_overall_row.addWidget(self.rating_overall_3)

        self.rating_overall_4 = QRadioButton(self.rating_overall)
        self.rating_overall_4.setObjectName(u"rating_overall_4")
        self.rating_overall_4.setText(u"4")

        self.rating_overall_row.addWidget(self.rating_overall_4)

        self.rating_overall_5 = QRadioButton(self.rating_overall)
        self.rating_overall_5.setObjectName(u"rating_overall_5")
        self.rating_overall_5.setText(u"5")

        self.rating_overall_row.addWidget(self.rating_overall_5)

        self.rating_overall_sp = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rating_overall_row.addItem(self.rating_overall_sp)


        self.rating_overall_box.addWidget(self.rating_overall)

        self.rating_overall_error = QLabel(self.surveyBox)
        self.rating_overall_error.setObjectName(u"rating_overall_error")
        self.rating_overall_error.setText(u"")
        self.rating_overall_error.setWordWrap(True)
        self.rating_overall_error.setVisible(False)
        self.rating_overall_error.setProperty(u"role", u"error")

        self.rating_overall_box.addWidget(self.rating_overall_error)


        self.surveyForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.rating_overall_box)

        self.comment_label = QLabel(self.surveyBox)
        self.comment_label.setObjectName(u"comment_label")

        self.surveyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.comment_label)

        self.comment_box = QVBoxLayout()
        self.comment_box.setSpacing(2)
        self.comment_box.setObjectName(u"comment_box")
        self.comment = QPlainTextEdit(self.surveyBox)
        self.comment.setObjectName(u"comment")
        self.comment.setMaximumSize(QSize(16777215, 70))

        self.comment_box.addWidget(self.comment)

        self.comment_error = QLabel(self.surveyBox)
        self.comment_error.setObjectName(u"comment_error")
        self.comment_error.setText(u"")
        self.comment_error.setWordWrap(True)
        self.comment_error.setVisible(False)
        self.comment_error.setProperty(u"role", u"error")

        self.comment_box.addWidget(self.comment_error)


        self.surveyForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.comment_box)


        self.surveyLayout.addLayout(self.surveyForm)

        self.surveyButtons = QHBoxLayout()
        self.surveyButtons.setObjectName(u"surveyButtons")
        self.surveySpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.surveyButtons.addItem(self.surveySpacer)

        self.saveSurveyButton = QPushButton(self.surveyBox)
        self.saveSurveyButton.setObjectName(u"saveSurveyButton")

        self.surveyButtons.addWidget(self.saveSurveyButton)


        self.surveyLayout.addLayout(self.surveyButtons)


        self.leftColumn.addWidget(self.surveyBox)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.historyTitle = QLabel(FollowUpForm)
        self.historyTitle.setObjectName(u"historyTitle")
        self.historyTitle.setProperty(u"role", u"section")

        self.rightColumn.addWidget(self.historyTitle)

        self.historyTable = QTableWidget(FollowUpForm)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.rightColumn.addWidget(self.historyTable)


        self.columns.addLayout(self.rightColumn)


        self.mainLayout.addLayout(self.columns)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.backButton = QPushButton(FollowUpForm)
        self.backButton.setObjectName(u"backButton")

        self.bottomRow.addWidget(self.backButton)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)


        self.mainLayout.addLayout(self.bottomRow)


        self.retranslateUi(FollowUpForm)

        QMetaObject.connectSlotsByName(FollowUpForm)
    # setupUi

    def retranslateUi(self, FollowUpForm):
        self.title.setText(QCoreApplication.translate("FollowUpForm", u"Follow-up", None))
        self.interactionBox.setTitle(QCoreApplication.translate("FollowUpForm", u"Log an interaction", None))
        self.channel_label.setText(QCoreApplication.translate("FollowUpForm", u"Channel", None))
        self.kind_label.setText(QCoreApplication.translate("FollowUpForm", u"Kind", None))
        self.request_label.setText(QCoreApplication.translate("FollowUpForm", u"Request (optional)", None))
        self.date_label.setText(QCoreApplication.translate("FollowUpForm", u"Date (empty: now)", None))
        self.date.setPlaceholderText(QCoreApplication.translate("FollowUpForm", u"day/month/year, Hijri or Gregorian", None))
        self.summary_label.setText(QCoreApplication.translate("FollowUpForm", u"Summary", None))
        self.logButton.setText(QCoreApplication.translate("FollowUpForm", u"Log the interaction", None))
        self.surveyBox.setTitle(QCoreApplication.translate("FollowUpForm", u"Satisfaction survey", None))
        self.surveyIntro.setText(QCoreApplication.translate("FollowUpForm", u"Rating the service is the beneficiary's right and helps us improve: 1 is the lowest, 5 the highest.", None))
        self.rating_speed_label.setText(QCoreApplication.translate("FollowUpForm", u"Speed of service", None))
        self.rating_respect_label.setText(QCoreApplication.translate("FollowUpForm", u"Courtesy and respect", None))
        self.rating_clarity_label.setText(QCoreApplication.translate("FollowUpForm", u"Clarity of the procedure", None))
        self.rating_overall_label.setText(QCoreApplication.translate("FollowUpForm", u"Overall", None))
        self.comment_label.setText(QCoreApplication.translate("FollowUpForm", u"Comment", None))
        self.saveSurveyButton.setText(QCoreApplication.translate("FollowUpForm", u"Save the survey", None))
        self.historyTitle.setText(QCoreApplication.translate("FollowUpForm", u"Interactions so far", None))
        self.backButton.setText(QCoreApplication.translate("FollowUpForm", u"Back to the file", None))
        pass
    # retranslateUi

