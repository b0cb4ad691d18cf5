"""Follow-up: log an interaction on any of the policy's eight channels, and the satisfaction
survey after service (four quick 1–5 ratings and a comment)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QWidget,
)

from saa_desk import catalogues
from saa_desk.domain.dates import parse_date
from saa_desk.domain.errors import ValidationError
from saa_desk.gui import fmt
from saa_desk.gui.context import DeskContext
from saa_desk.gui.fielderrors import Field, FieldErrors
from saa_desk.gui.forms_ui.ui_followup import Ui_FollowUpForm
from saa_desk.gui.ops import Kind
from saa_desk.gui.screens.base import Screen, fill_table
from saa_desk.services import beneficiaries, followup, requests
from saa_desk.services.followup import RATING_FIELDS


class FollowUpScreen(Screen):
    refresh_on = Kind.INTERACTIONS | Kind.REQUESTS | Kind.BENEFICIARIES

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_FollowUpForm()
        self.root = self.mount(self.ui)
        u = self.ui
        self.beneficiary_id: str | None = None
        self.channel = u.channel
        self.kind = u.kind
        self.request = u.request
        self.date = u.date
        self.date_hint = u.date_hint
        self.summary = u.summary
        self.comment = u.comment
        self.history = u.historyTable
        self.name_label = u.beneficiaryLabel
        self.interaction_errors = FieldErrors({
            "channel": Field(u.channel_error, u.channel),
            "kind": Field(u.kind_error, u.kind),
            "request": Field(u.request_error, u.request),
            "date": Field(u.date_error, u.date),
            "summary": Field(u.summary_error, u.summary),
        })
        self.survey_errors = FieldErrors({
            "rating_speed": Field(u.rating_speed_error, u.rating_speed),
            "rating_respect": Field(u.rating_respect_error, u.rating_respect),
            "rating_clarity": Field(u.rating_clarity_error, u.rating_clarity),
            "rating_overall": Field(u.rating_overall_error, u.rating_overall),
            "comment": Field(u.comment_error, u.comment),
        })
        scales = {  # each rating's buttons, 1 to 5
            "rating_speed": (u.rating_speed_1, u.rating_speed_2, u.rating_speed_3, u.rating_speed_4, u.rating_speed_5),
            "rating_respect": (u.rating_respect_1, u.rating_respect_2, u.rating_respect_3, u.rating_respect_4,
                               u.rating_respect_5),
            "rating_clarity": (u.rating_clarity_1, u.rating_clarity_2, u.rating_clarity_3, u.rating_clarity_4,
                               u.rating_clarity_5),
            "rating_overall": (u.rating_overall_1, u.rating_overall_2, u.rating_overall_3, u.rating_overall_4,
                               u.rating_overall_5),
        }
        self.ratings: dict[str, QButtonGroup] = {}
        for name in RATING_FIELDS:
            group = QButtonGroup(self)
            for value, button in enumerate(scales[name], start=1):
                group.addButton(button, value)
            self.ratings[name] = group
        lang = ctx.lang
        for code in catalogues.codes("channel"):
            self.channel.addItem(catalogues.label("channel", code, lang), code)
        for code in catalogues.codes("interaction_kind"):
            self.kind.addItem(catalogues.label("interaction_kind", code, lang), code)
        self.date.textChanged.connect(self._date_hint)
        u.logButton.clicked.connect(self.log_interaction)
        u.saveSurveyButton.clicked.connect(self.save_survey)
        u.backButton.clicked.connect(
            lambda: self.beneficiary_id and ctx.nav.open_beneficiary(self.beneficiary_id, "interactions"))

    def load(self, beneficiary_id: str, request_id: str | None = None) -> None:
        """`request_id`: the request the contact is about, chosen already (the survey after serving it)."""
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
            self.request.setCurrentIndex(max(0, self.request.findData(request_id)))

        self.ctx.runner.query(lambda: (beneficiaries.get(store, actor, beneficiary_id),
                                       requests.of_beneficiary(store, actor, beneficiary_id)), success=show,
                              initiator=self)
        self.refresh()

    def refresh(self) -> None:
        if self.beneficiary_id is None:
            return
        store, actor, bid = self.ctx.store, self.ctx.actor, self.beneficiary_id

        def show(items: list[followup.InteractionView]) -> None:
            fill_table(self.history, [self.tr("Date"), fmt.field("channel"), fmt.field("kind"), fmt.field("summary")],
                       [[fmt.moment_lines(i.occurred_at), fmt.label("channel", i.channel),
                         fmt.label("interaction_kind", i.kind), i.summary] for i in items])

        self.ctx.runner.query(lambda: followup.history(store, actor, bid), success=show, initiator=self,
                              latest="history")

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

        self.ctx.runner.write(lambda: followup.log_interaction(store, actor, *args[:4], request_id=args[4],
                                                               occurred_on=args[5]),
                              errors=self.interaction_errors, success=done, initiator=self)

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

        self.ctx.runner.write(lambda: followup.record_survey(store, actor, bid, ratings, comment, channel, request_id),
                              errors=self.survey_errors, success=done, initiator=self)
