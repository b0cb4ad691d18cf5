# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'committee_queue.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_CommitteeQueueForm(object):
    def setupUi(self, CommitteeQueueForm):
        if not CommitteeQueueForm.objectName():
            CommitteeQueueForm.setObjectName(u"CommitteeQueueForm")
        self.mainLayout = QVBoxLayout(CommitteeQueueForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.title = QLabel(CommitteeQueueForm)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.headerRow.addWidget(self.title)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.onTimeCount = QLabel(CommitteeQueueForm)
        self.onTimeCount.setObjectName(u"onTimeCount")
        self.onTimeCount.setText(u"")
        self.onTimeCount.setProperty(u"role", u"ok")

        self.headerRow.addWidget(self.onTimeCount)

        self.dueSoonCount = QLabel(CommitteeQueueForm)
        self.dueSoonCount.setObjectName(u"dueSoonCount")
        self.dueSoonCount.setText(u"")
        self.dueSoonCount.setProperty(u"role", u"warn")

        self.headerRow.addWidget(self.dueSoonCount)

        self.overdueCount = QLabel(CommitteeQueueForm)
        self.overdueCount.setObjectName(u"overdueCount")
        self.overdueCount.setText(u"")
        self.overdueCount.setProperty(u"role", u"error")

        self.headerRow.addWidget(self.overdueCount)


        self.mainLayout.addLayout(self.headerRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.searchBox = QLineEdit(CommitteeQueueForm)
        self.searchBox.setObjectName(u"searchBox")
        self.searchBox.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchBox)

        self.branchBox = QComboBox(CommitteeQueueForm)
        self.branchBox.setObjectName(u"branchBox")
        self.branchBox.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.branchBox.setMinimumContentsLength(8)

        self.filterRow.addWidget(self.branchBox)

        self.typeBox = QComboBox(CommitteeQueueForm)
        self.typeBox.setObjectName(u"typeBox")
        self.typeBox.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.typeBox.setMinimumContentsLength(8)

        self.filterRow.addWidget(self.typeBox)

        self.channelBox = QComboBox(CommitteeQueueForm)
        self.channelBox.setObjectName(u"channelBox")
        self.channelBox.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.channelBox.setMinimumContentsLength(8)

        self.filterRow.addWidget(self.channelBox)

        self.statusBox = QComboBox(CommitteeQueueForm)
        self.statusBox.setObjectName(u"statusBox")
        self.statusBox.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.statusBox.setMinimumContentsLength(8)

        self.filterRow.addWidget(self.statusBox)

        self.stateBox = QComboBox(CommitteeQueueForm)
        self.stateBox.setObjectName(u"stateBox")
        self.stateBox.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.stateBox.setMinimumContentsLength(8)

        self.filterRow.addWidget(self.stateBox)


        self.mainLayout.addLayout(self.filterRow)

        self.queueView = QTableView(CommitteeQueueForm)
        self.queueView.setObjectName(u"queueView")
        self.queueView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.queueView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.queueView.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.queueView.setWordWrap(False)

        self.mainLayout.addWidget(self.queueView)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.hintLabel = QLabel(CommitteeQueueForm)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setProperty(u"role", u"hint")

        self.actionRow.addWidget(self.hintLabel)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.agendaButton = QPushButton(CommitteeQueueForm)
        self.agendaButton.setObjectName(u"agendaButton")

        self.actionRow.addWidget(self.agendaButton)

        self.openButton = QPushButton(CommitteeQueueForm)
        self.openButton.setObjectName(u"openButton")

        self.actionRow.addWidget(self.openButton)


        self.mainLayout.addLayout(self.actionRow)


        self.retranslateUi(CommitteeQueueForm)

        QMetaObject.connectSlotsByName(CommitteeQueueForm)
    # setupUi

    def retranslateUi(self, CommitteeQueueForm):
        self.title.setText(QCoreApplication.translate("CommitteeQueueForm", u"Committee queue", None))
        self.searchBox.setPlaceholderText(QCoreApplication.translate("CommitteeQueueForm", u"Request number, ID, phone or name", None))
#if QT_CONFIG(tooltip)
        self.branchBox.setToolTip(QCoreApplication.translate("CommitteeQueueForm", u"Branch", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.typeBox.setToolTip(QCoreApplication.translate("CommitteeQueueForm", u"Support type", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.channelBox.setToolTip(QCoreApplication.translate("CommitteeQueueForm", u"Channel", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusBox.setToolTip(QCoreApplication.translate("CommitteeQueueForm", u"Status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.stateBox.setToolTip(QCoreApplication.translate("CommitteeQueueForm", u"State", None))
#endif // QT_CONFIG(tooltip)
        self.agendaButton.setText(QCoreApplication.translate("CommitteeQueueForm", u"Add to the meeting's agenda", None))
        self.openButton.setText(QCoreApplication.translate("CommitteeQueueForm", u"Open the file", None))
        pass
    # retranslateUi

