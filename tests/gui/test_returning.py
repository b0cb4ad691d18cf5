"""A returning beneficiary: found as the name is typed with any alef form, opened, and given a new
request through the interview without registering the person twice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from saa_desk.gui.screens.beneficiary_file import BeneficiaryFileScreen
from saa_desk.gui.screens.checklist import ChecklistScreen
from saa_desk.gui.screens.interview import InterviewScreen
from saa_desk.gui.screens.search import SearchScreen
from saa_desk.services import beneficiaries, desk, requests
from tests.factories import beneficiary_data
from tests.gui.conftest import search_for, settle, type_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def returning(desk_env) -> str:
    data = beneficiary_data(first_name="إبراهيم", father_name="أحمد", grandfather_name="عبدالله",
                            family_name="الأنصاري", mobile="0509876543")
    bid = beneficiaries.register(desk_env.store, desk_env.reception, data)
    # someone else, so that a hit is a real match and not the only row
    beneficiaries.register(desk_env.store, desk_env.reception, beneficiary_data(first_name="خالد"))
    return bid


@pytest.mark.parametrize("typed", ["ابراهيم احمد", "أبراهيم", "إبراهيم الانصاري", "آبراهيم", "ابراهيم إحمد"])
def test_found_whatever_alef_is_typed(qtbot, reception, returning, typed) -> None:
    search = reception.current_screen()
    assert isinstance(search, SearchScreen)
    search_for(qtbot, search, typed)
    assert [hit.id for hit in search.model.hits] == [returning]
    assert search.last_search_ms < 1000


def test_by_id_and_phone(qtbot, reception, desk_env, returning) -> None:
    search = reception.current_screen()
    person = beneficiaries.get(desk_env.store, desk_env.reception, returning)
    search_for(qtbot, search, person.data["id_number"])
    assert [hit.id for hit in search.model.hits] == [returning]
    search.box.clear()
    search_for(qtbot, search, "0509876543")
    assert [hit.id for hit in search.model.hits] == [returning]


def test_returning_beneficiary_opens_a_new_request(qtbot, reception, desk_env, returning) -> None:
    main = reception
    search = main.current_screen()
    type_text(search.box, "ابراهيم")
    qtbot.keyClick(search.box, Qt.Key.Key_Return)  # Enter opens the file, once the answer is in
    qtbot.waitUntil(lambda: isinstance(main.current_screen(), BeneficiaryFileScreen), timeout=10_000)
    settle(main)
    file = main.current_screen()
    assert isinstance(file, BeneficiaryFileScreen)
    assert file.name_label.text() == "إبراهيم أحمد عبدالله الأنصاري"
    assert file.requests_table.rowCount() == 0

    qtbot.mouseClick(file.ui.newRequestButton, LEFT)
    settle(reception)
    interview = main.current_screen()
    assert isinstance(interview, InterviewScreen)
    assert interview.beneficiary_id == returning
    assert interview.lines["first_name"].text() == "إبراهيم"  # the file's data, ready to confirm
    assert interview.lines["mobile"].text() == "0509876543"
    interview.go(4)
    settle(reception)
    interview.combos["support_type"].setCurrentIndex(interview.combos["support_type"].findData("transport"))
    qtbot.mouseClick(interview.save_button, LEFT)
    settle(reception)

    checklist = main.current_screen()
    assert isinstance(checklist, ChecklistScreen), main.messages.current
    assert desk.status(desk_env.store).beneficiaries == 2  # nobody registered twice
    opened = requests.of_beneficiary(desk_env.store, desk_env.reception, returning)
    assert [r.support_type for r in opened] == ["transport"]
    assert opened[0].id == checklist.request_id
