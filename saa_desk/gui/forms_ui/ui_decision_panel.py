# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DecisionPanelForm(object):
    def setupUi(self, DecisionPanelForm):
        if not DecisionPanelForm.objectName():
            DecisionPanelForm.setObjectName(u"DecisionPanelForm")
        self.mainLayout = QVBoxLayout(DecisionPanelForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.decisionTitle = QLabel(DecisionPanelForm)
        self.decisionTitle.setObjectName(u"decisionTitle")
        self.decisionTitle.setProperty(u"role", u"section")

        self.mainLayout.addWidget(self.decisionTitle)

        self.decisionLabel = QLabel(DecisionPanelForm)
        self.decisionLabel.setObjectName(u"decisionLabel")
        self.decisionLabel.setText(u"")
        self.decisionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.decisionLabel)

        self.detailsLabel = QLabel(DecisionPanelForm)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setText(u"")
        self.detailsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.detailsLabel)

        self.toldLabel = QLabel(DecisionPanelForm)
        self.toldLabel.setObjectName(u"toldLabel")
        self.toldLabel.setText(u"")
        self.toldLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.toldLabel)

        self.decisionActions = QHBoxLayout()
        self.decisionActions.setObjectName(u"decisionActions")
        self.letterButton = QPushButton(DecisionPanelForm)
        self.letterButton.setObjectName(u"letterButton")

        self.decisionActions.addWidget(self.letterButton)

        self.registerButton = QPushButton(DecisionPanelForm)
        self.registerButton.setObjectName(u"registerButton")

        self.decisionActions.addWidget(self.registerButton)

        self.serveButton = QPushButton(DecisionPanelForm)
        self.serveButton.setObjectName(u"serveButton")

        self.decisionActions.addWidget(self.serveButton)

        self.surveyButton = QPushButton(DecisionPanelForm)
        self.surveyButton.setObjectName(u"surveyButton")

        self.decisionActions.addWidget(self.surveyButton)

        self.decisionActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionActions.addItem(self.decisionActionsSpacer)


        self.mainLayout.addLayout(self.decisionActions)


        self.retranslateUi(DecisionPanelForm)

        QMetaObject.connectSlotsByName(DecisionPanelForm)
    # setupUi

    def retranslateUi(self, DecisionPanelForm):
        self.decisionTitle.setText(QCoreApplication.translate("DecisionPanelForm", u"Committee decision", None))
        self.letterButton.setText(QCoreApplication.translate("DecisionPanelForm", u"Print the decision letter", None))
        self.registerButton.setText(QCoreApplication.translate("DecisionPanelForm", u"Register\u2026", None))
        self.serveButton.setText(QCoreApplication.translate("DecisionPanelForm", u"Serve\u2026", None))
        self.surveyButton.setText(QCoreApplication.translate("DecisionPanelForm", u"Satisfaction survey", None))
        pass
    # retranslateUi

