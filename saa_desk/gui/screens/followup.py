"""Follow-up: log an interaction on any of the policy's eight channels, and the satisfaction
survey after service (four quick 1–5 ratings and a comment)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from saa_desk import catalogues
from saa_desk.domain.dates import parse_date
from saa_desk.domain.errors import ValidationError
from saa_desk.gui import fmt
from saa_desk.gui.context import DeskContext
from saa_desk.gui.fielderrors import FieldErrors
from saa_desk.gui.ops import Changes
from saa_desk.gui.screens.base import Screen, fill_table
from saa_desk.services import beneficiaries, followup, requests
from saa_desk.services.followup import RATING_FIELDS

INTERACTION_FIELDS = ("channel", "kind", "request", "date", "summary")
SURVEY_FIELDS = (*RATING_FIELDS, "comment")


class FollowUpScreen(Screen):
    form_name = "followup"
    refresh_on = Changes.INTERACTIONS | Changes.REQUESTS | Changes.BENEFICIARIES | Changes.SYNC

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        f = self.form
        self.beneficiary_id: str | None = None
        self.channel = f.get(QComboBox, "channel")
        self.kind = f.get(QComboBox, "kind")
        self.request = f.get(QComboBox, "request")
        self.date = f.get(QLineEdit, "date")
        self.date_hint = f.get(QLabel, "date_hint")
        self.summary = f.get(QPlainTextEdit, "summary")
        self.comment = f.get(QPlainTextEdit, "comment")
        self.history = f.get(QTableWidget, "historyTable")
        self.name_label = f.get(QLabel, "beneficiaryLabel")
        self.interaction_errors = FieldErrors(f.root, INTERACTION_FIELDS)
        self.survey_errors = FieldErrors(f.root, SURVEY_FIELDS)
        self.ratings: dict[str, QButtonGroup] = {}
        for name in RATING_FIELDS:
            group = QButtonGroup(self)
            for value in range(1, 6):
                group.addButton(f.get(QWidget, f"{name}_{value}"), value)  # type: ignore[arg-type]
            self.ratings[name] = group
        lang = ctx.lang
        for code in catalogues.codes("channel"):
            self.channel.addItem(catalogues.label("channel", code, lang), code)
        for code in catalogues.codes("interaction_kind"):
            self.kind.addItem(catalogues.label("interaction_kind", code, lang), code)
        self.date.textChanged.connect(self._date_hint)
        f.get(QPushButton, "logButton").clicked.connect(self.log_interaction)
        f.get(QPushButton, "saveSurveyButton").clicked.connect(self.save_survey)
        f.get(QPushButton, "backButton").clicked.connect(
            lambda: self.beneficiary_id and ctx.nav.open_beneficiary(self.beneficiary_id, "interactions"))

    def load(self, beneficiary_id: str) -> None:
        self.beneficiary_id = beneficiary_id
        self.interaction_errors.clear()
        self.survey_errors.clear()
        self.summary.clear()
        self.date.clear()
        self.comment.clear()
        self._clear_ratings()
        store, actor = self.ctx.store, self.ctx.actor

        def show(data: tuple[beneficiaries.BeneficiaryView, list[requests.RequestView]]) -> None:
            person, their_requests = data
            self.name_label.setText(person.full_name)
            self.request.clear()
            self.request.addItem("—", None)
            for r in their_requests:
                self.request.addItem(f"{fmt.ltr(r.number)} · {fmt.support_type(r.support_type)}", r.id)

        self.ctx.runner.run(lambda: (beneficiaries.get(store, actor, beneficiary_id),
                                     requests.of_beneficiary(store, actor, beneficiary_id)), success=show)
        self.refresh()

    def refresh(self) -> None:
        if self.beneficiary_id is None:
            return
        store, actor, bid = self.ctx.store, self.ctx.actor, self.beneficiary_id

        def show(items: list[followup.InteractionView]) -> None:
            fill_table(self.history, [self.tr("Date"), fmt.field("channel"), fmt.field("kind"), fmt.field("summary")],
                       [[fmt.moment_lines(i.occurred_at), fmt.label("channel", i.channel),
                         fmt.label("interaction_kind", i.kind), i.summary] for i in items])

        self.ctx.runner.run(lambda: followup.history(store, actor, bid), success=show)

    def _date_hint(self) -> None:
        try:
            day = parse_date(self.date.text(), "date")
        except ValidationError:
            day = None
        self.date_hint.setText(fmt.day(day) if day else "")

    def _clear_ratings(self) -> None:
        for group in self.ratings.values():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)

    def set_rating(self, name: str, value: int) -> None:
        self.ratings[name].button(value).click()

    def log_interaction(self) -> None:
        if self.beneficiary_id is None:
            return
        args = (self.beneficiary_id, self.channel.currentData(), self.kind.currentData(),
                self.summary.toPlainText(), self.request.currentData(), self.date.text() or None)
        store, actor = self.ctx.store, self.ctx.actor

        def done(_id: str) -> None:
            self.summary.clear()
            self.date.clear()
            self.ctx.runner.messages.show_info(self.tr("The interaction was logged."))

        self.ctx.runner.run(lambda: followup.log_interaction(store, actor, *args[:4], request_id=args[4],
                                                             occurred_on=args[5]),
                            changes=Changes.INTERACTIONS, errors=self.interaction_errors, success=done)

    def save_survey(self) -> None:
        if self.beneficiary_id is None:
            return
        ratings = {name: (group.checkedId() if group.checkedId() > 0 else None)
                   for name, group in self.ratings.items()}
        comment, channel = self.comment.toPlainText(), self.channel.currentData()
        request_id = self.request.currentData()
        store, actor, bid = self.ctx.store, self.ctx.actor, self.beneficiary_id

        def done(_id: str) -> None:
            self._clear_ratings()
            self.comment.clear()
            self.ctx.runner.messages.show_info(self.tr("Thank you: the survey was saved."))

        self.ctx.runner.run(lambda: followup.record_survey(store, actor, bid, ratings, comment, channel, request_id),
                            changes=Changes.INTERACTIONS, errors=self.survey_errors, success=done)
