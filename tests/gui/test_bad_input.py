"""Bad input in any field shows the core's reason beside that field, and nothing is written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from saa_desk.domain.errors import ValidationError
from saa_desk.gui.screens.checklist import ChecklistScreen
from saa_desk.gui.screens.followup import FollowUpScreen
from saa_desk.gui.screens.interview import InterviewScreen
from saa_desk.services import beneficiaries, desk, followup, requests
from tests.factories import beneficiary_data
from tests.gui.conftest import settle, sign_in, type_text

LEFT = Qt.MouseButton.LeftButton


def plain(text: str) -> str:
    return "".join(ch for ch in text if ch not in "\u200e\u200f\u2066\u2069")


def assert_beside(form_root: QWidget, field: str, expected: str) -> None:
    """The reason is shown, in the field's own box, right under the field."""
    label = form_root.findChild(QLabel, f"{field}_error")
    widget = form_root.findChild(QWidget, field)
    assert label is not None and widget is not None
    assert not label.isHidden() and plain(label.text()) == expected
    assert widget.property("invalid") is True
    assert label.parentWidget() is widget.parentWidget()
    if widget.isVisible():
        assert 0 <= label.y() - (widget.y() + widget.height()) < 40


def counts(store) -> tuple[int, int, int]:
    status = desk.status(store)
    return status.beneficiaries, status.requests, status.pending_changes


def test_interview_shows_every_reason_beside_its_field_and_saves_nothing(qtbot, reception, desk_env) -> None:
    before = counts(desk_env.store)
    reception.open_interview()
    settle(reception)
    interview = reception.current_screen()
    assert isinstance(interview, InterviewScreen)
    type_text(interview.lines["id_number"], "1234567890")  # wrong check digit
    type_text(interview.lines["first_name"], "Ali")  # not Arabic
    for field, text in (("father_name", "محمد"), ("grandfather_name", "سعد"), ("family_name", "الشهري")):
        type_text(interview.lines[field], text)
    type_text(interview.lines["birth_date"], "31/02/1990")  # no such day
    interview.go(2)
    settle(reception)
    type_text(interview.lines["mobile"], "12345")
    interview.go(3)
    settle(reception)
    type_text(interview.lines["monthly_income"], "كثير")
    qtbot.mouseClick(interview.save_button, LEFT)
    settle(reception)

    root = interview.root
    assert_beside(root, "id_number", ValidationError("id_check_digit", "id_number").message("ar"))
    assert_beside(root, "first_name", ValidationError("not_arabic_name", "first_name").message("ar"))
    assert_beside(root, "birth_date", ValidationError("date_format", "birth_date").message("ar"))
    assert_beside(root, "gender", ValidationError("required", "gender").message("ar"))
    assert_beside(root, "mobile", ValidationError("phone_format", "mobile").message("ar"))
    assert_beside(root, "monthly_income", ValidationError("not_a_number", "monthly_income").message("ar"))
    assert_beside(root, "support_type", ValidationError("unknown_choice", "support_type", value="").message("ar"))
    assert interview.pages.currentIndex() == 0  # taken back to the first step with a fault
    assert reception.messages.current is None  # every reason found its field
    assert counts(desk_env.store) == before


def test_live_validation_as_a_field_is_left(qtbot, reception) -> None:
    reception.open_interview()
    settle(reception)
    interview = reception.current_screen()
    type_text(interview.lines["first_name"], "Sara")
    interview.lines["first_name"].editingFinished.emit()
    settle(reception)
    assert "العربية" in interview.errors.text("first_name")
    interview.lines["first_name"].clear()
    type_text(interview.lines["first_name"], "سارة")
    interview.lines["first_name"].editingFinished.emit()
    settle(reception)
    assert interview.errors.text("first_name") == ""


def test_duplicate_id_warns_and_opens_the_existing_file(qtbot, reception, desk_env) -> None:
    data = beneficiary_data()
    existing = beneficiaries.register(desk_env.store, desk_env.reception, data)
    reception.open_interview()
    settle(reception)
    interview = reception.current_screen()
    type_text(interview.lines["id_number"], data["id_number"])
    interview.lines["id_number"].editingFinished.emit()
    settle(reception)
    assert interview.duplicate_banner.isVisibleTo(interview)
    assert "محمد عبدالله سالم القحطاني" in interview.duplicate_text.text()
    qtbot.mouseClick(interview.ui.openExistingButton, LEFT)
    settle(reception)
    assert reception.current_screen().beneficiary_id == existing


def test_checklist_refuses_a_verified_id_copy_without_expiry(qtbot, reception, desk_env) -> None:
    store, actor = desk_env.store, desk_env.reception
    bid = beneficiaries.register(store, actor, beneficiary_data())
    rid = requests.open_request(store, actor, bid, "transport", "phone")
    reception.open_checklist(rid)
    settle(reception)
    checklist = reception.current_screen()
    assert isinstance(checklist, ChecklistScreen)
    checklist.select_document("identity_copy")
    checklist.status.setCurrentIndex(checklist.status.findData("verified"))
    checklist.expiry.clear()
    type_text(checklist.expiry, "35/13/2030")
    before = counts(store)
    qtbot.mouseClick(checklist.ui.saveItemButton, LEFT)
    settle(reception)
    assert_beside(checklist.root, "expiry_date", ValidationError("date_format", "expiry_date").message("ar"))
    checklist.expiry.clear()
    qtbot.mouseClick(checklist.ui.saveItemButton, LEFT)
    settle(reception)
    assert_beside(checklist.root, "expiry_date", ValidationError("required", "expiry_date").message("ar"))
    assert counts(store) == before
    assert requests.get(store, actor, rid).checklist[0].status == "pending"


def test_waiver_is_offered_to_supervisors_only(qtbot, start_gui, desk_env) -> None:
    store = desk_env.store
    bid = beneficiaries.register(store, desk_env.reception, beneficiary_data())
    rid = requests.open_request(store, desk_env.reception, bid, "transport", "phone")
    reception = sign_in(qtbot, start_gui())
    reception.open_checklist(rid)
    settle(reception)
    assert reception.current_screen().status.findData("waived") == -1
    supervisor = sign_in(qtbot, start_gui(), "supervisor")
    supervisor.open_checklist(rid)
    settle(supervisor)
    checklist = supervisor.current_screen()
    checklist.select_document("identity_copy")
    checklist.status.setCurrentIndex(checklist.status.findData("waived"))
    qtbot.mouseClick(checklist.ui.saveItemButton, LEFT)
    settle(supervisor)
    assert_beside(checklist.root, "reason", ValidationError("reason_required", "reason").message("ar"))
    type_text(checklist.reason, "الهوية مع الجهة المختصة لتجديدها")
    qtbot.mouseClick(checklist.ui.saveItemButton, LEFT)
    settle(supervisor)
    assert requests.get(store, desk_env.supervisor, rid).status == "ready_to_sign"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_followup_reasons_beside_fields(qtbot, start_gui, desk_env, lang) -> None:
    store = desk_env.store
    bid = beneficiaries.register(store, desk_env.reception, beneficiary_data())
    main = sign_in(qtbot, start_gui(lang))
    main.open_followup(bid)
    settle(main)
    screen = main.current_screen()
    assert isinstance(screen, FollowUpScreen)
    before = counts(store)
    qtbot.mouseClick(screen.ui.logButton, LEFT)
    settle(main)
    assert_beside(screen.root, "summary", ValidationError("required", "summary").message(lang))
    type_text(screen.date, "99/99/2025")
    type_text(screen.summary, "سأل عن موعد الرد")
    qtbot.mouseClick(screen.ui.logButton, LEFT)
    settle(main)
    assert_beside(screen.root, "date", ValidationError("date_format", "date").message(lang))
    screen.set_rating("rating_speed", 5)
    qtbot.mouseClick(screen.ui.saveSurveyButton, LEFT)
    settle(main)
    assert screen.survey_errors.text("rating_speed") == ""
    assert_beside(screen.root, "rating_overall", ValidationError("required", "rating_overall").message(lang))
    assert counts(store) == before
    assert followup.history(store, desk_env.reception, bid) == []

    screen.date.clear()
    for name in ("rating_respect", "rating_clarity", "rating_overall"):
        screen.set_rating(name, 4)
    qtbot.mouseClick(screen.ui.logButton, LEFT)
    settle(main)
    qtbot.mouseClick(screen.ui.saveSurveyButton, LEFT)
    settle(main)
    assert [i.summary for i in followup.history(store, desk_env.reception, bid)] == ["سأل عن موعد الرد"]
    assert followup.satisfaction_summary(store, desk_env.reception).surveys == 1
    assert screen.history.rowCount() == 1


def test_ltr_fields_and_western_digits(reception) -> None:
    reception.open_interview()
    settle(reception)
    interview = reception.current_screen()
    for name in ("id_number", "mobile"):
        assert interview.lines[name].layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert interview.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().toString(1234567) == "1,234,567"  # Western digits, not ١٬٢٣٤٬٥٦٧
