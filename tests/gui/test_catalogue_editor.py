"""The administrator's catalogue editor in the real window: edit, save, and the labels follow."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from saa_desk import catalogues
from saa_desk.gui.main_window import Place
from saa_desk.gui.screens.catalogue_editor import CatalogueScreen
from saa_desk.services import catalogue
from tests.conftest import Desk
from tests.gui.conftest import settle, sign_in, type_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def display_reset() -> Iterator[None]:
    yield
    catalogues.set_display(None)  # the window set the process's labels: later tests start from the seed


def combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_an_admin_edits_a_label_saves_and_the_interview_offers_it(qtbot, start_gui, desk_env: Desk) -> None:
    main = sign_in(qtbot, start_gui("en"), "admin")
    assert "Catalogue" in [main.nav.item(i).text() for i in range(main.nav.count())]
    main.open_interview()
    interview = main.current_screen()
    settle(main)
    support = interview.combos["support_type"]
    assert "Umrah trip for those unable to afford it" in combo_texts(support)
    screen = main._show(Place.CATALOGUE)
    assert isinstance(screen, CatalogueScreen)
    settle(main)
    assert screen.support_table.rowCount() == 9 and screen.support_table.item(0, 0).text() == "umrah_trip"
    screen.support_table.item(0, CatalogueScreen.S_EN).setText("Umrah for those who cannot afford it")
    screen.support_table.item(6, CatalogueScreen.S_ACTIVE).setCheckState(Qt.CheckState.Unchecked)  # meals_water
    type_text(screen.note, "clearer wording")
    qtbot.mouseClick(screen.save_button, LEFT)
    settle(main)
    version, saved = catalogue.current(desk_env.store, desk_env.admin)
    assert version is not None and not screen.problems.isVisible()
    assert saved.support_types["umrah_trip"].en == "Umrah for those who cannot afford it"
    assert not saved.support_types["meals_water"].active
    assert catalogue.history(desk_env.store, desk_env.admin)[0].note == "clearer wording"
    assert catalogues.support_type_label("umrah_trip", "en") == "Umrah for those who cannot afford it"
    main.open_interview()
    settle(main)
    offered = combo_texts(interview.combos["support_type"])
    assert "Umrah for those who cannot afford it" in offered and "Meals and water" not in offered
    assert "Umrah trip for those unable to afford it" not in offered


def test_a_fault_is_shown_naming_its_field_and_nothing_is_saved(qtbot, start_gui, desk_env: Desk) -> None:
    main = sign_in(qtbot, start_gui("en"), "admin")
    screen = main._show(Place.CATALOGUE)
    settle(main)
    screen.support_table.item(1, CatalogueScreen.S_AR).setText("")
    screen.support_table.setCurrentCell(2, 0)
    screen.requirement_table.item(0, CatalogueScreen.Q_REQUIRED).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(screen.save_button, LEFT)
    settle(main)
    assert screen.problems.isVisible()
    assert "Support types › 2 › Arabic: must be a non-empty text" in screen.problems.text()
    assert catalogue.history(desk_env.store, desk_env.admin) == []
    assert screen.content()["support_types"][2]["documents"] == []  # transport no longer asks for an ID


def test_the_editor_is_for_admins_only(qtbot, start_gui) -> None:
    main = sign_in(qtbot, start_gui("en"), "supervisor")
    assert "Catalogue" not in [main.nav.item(i).text() for i in range(main.nav.count())]
