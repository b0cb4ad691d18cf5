"""The compiled forms match ui/, each field's reasons have their widgets, and every screen is registered."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget

from saa_desk.domain.beneficiary import BENEFICIARY_FIELDS, validate_beneficiary
from saa_desk.domain.errors import ValidationErrors
from saa_desk.gui import uic
from saa_desk.gui.fielderrors import Field, FieldErrors
from saa_desk.gui.forms import mount
from saa_desk.gui.forms_ui.ui_login import Ui_LoginForm
from saa_desk.gui.main_window import SCREENS, Place, registry
from saa_desk.gui.screens.followup import FollowUpScreen
from saa_desk.gui.screens.interview import InterviewScreen
from saa_desk.services import followup


@pytest.mark.parametrize("form", uic.forms(), ids=lambda p: p.name)
def test_the_committed_compiled_form_is_up_to_date(form) -> None:
    committed = uic.generated_path(form)
    assert committed.exists(), f"{committed.name} is missing: run python -m saa_desk.gui.uic"
    fresh = uic.compile_form(form)
    assert uic.comparable(committed.read_text(encoding="utf-8")) == uic.comparable(fresh), (
        f"ui/{form.name} changed since {committed.name} was generated: run python -m saa_desk.gui.uic")


def test_no_compiled_form_outlives_its_ui_file() -> None:
    expected = {uic.generated_path(form).name for form in uic.forms()}
    assert {p.name for p in uic.GENERATED_DIR.glob("ui_*.py")} == expected


def test_a_widget_of_another_field_is_refused_when_the_mapping_is_built(qapp) -> None:
    host = QWidget()
    u = Ui_LoginForm()
    mount(u, host)
    FieldErrors({"branch": Field(u.branch_error, u.branch)})  # the right pair is accepted
    with pytest.raises(ValueError, match="branch"):
        FieldErrors({"branch": Field(u.desk_error, u.branch)})
    with pytest.raises(ValueError, match="branch"):
        FieldErrors({"branch": Field(u.branch_error, u.desk)})
    with pytest.raises(ValueError, match="first_run"):
        FieldErrors({"branch": Field(u.branch_error, u.branch)}, default="first_run")


def reported_fields(exc: ValidationErrors) -> set[str]:
    return {e.field for e in exc.errors if e.field}


def test_every_field_the_core_reports_for_an_interview_has_its_place(reception) -> None:
    interview = reception._screen(Place.INTERVIEW)
    assert isinstance(interview, InterviewScreen)
    reported: set[str] = set()
    for record in ({}, dict.fromkeys(BENEFICIARY_FIELDS, "؟x"), dict.fromkeys(BENEFICIARY_FIELDS, "1")):
        with pytest.raises(ValidationErrors) as refused:
            validate_beneficiary(record, dt.date(2026, 1, 1))
        reported |= reported_fields(refused.value)
    assert len(reported) > 8
    unplaced = {f for f in reported if interview.errors.target(f) != f}
    assert unplaced == set()
    assert set(BENEFICIARY_FIELDS) <= interview.errors.fields
    assert all(name in interview.lines or name in interview.combos or name in interview.texts
               for name in BENEFICIARY_FIELDS)


def test_every_rating_the_core_refuses_has_its_place(reception) -> None:
    screen = reception._screen(Place.FOLLOWUP)
    assert isinstance(screen, FollowUpScreen)
    ctx = screen.ctx
    with pytest.raises(ValidationErrors) as refused:
        followup.record_survey(ctx.store, ctx.actor, "no-such-beneficiary", {})
    reported = reported_fields(refused.value)
    assert reported == set(followup.RATING_FIELDS)
    assert {f for f in reported if screen.survey_errors.target(f) != f} == set()
    assert set(screen.ratings) == set(followup.RATING_FIELDS)
    assert all(len(group.buttons()) == 5 for group in screen.ratings.values())


def test_every_place_has_a_screen_and_the_registry_refuses_a_gap(reception) -> None:
    for place in Place:
        screen = reception._screen(place)
        assert screen.parentWidget().parentWidget().objectName() == f"{place.value}Holder"
    with pytest.raises(RuntimeError, match="FOLLOWUP"):
        registry(tuple(spec for spec in SCREENS if spec.place is not Place.FOLLOWUP))
    with pytest.raises(RuntimeError):
        registry((*SCREENS, SCREENS[0]))
