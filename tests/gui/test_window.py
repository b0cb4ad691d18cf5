"""The window around the screens: log-in, first run, navigation by role, the lock, the language
switch, the status bar with the real sync scheduler, drafts that survive closing, a stale
declaration."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from saa_desk.domain.errors import DeskError, WorkflowError
from saa_desk.gui.app import DeskApplication
from saa_desk.gui.login import FIRST_RUN, LOGIN
from saa_desk.gui.screens.declaration import DeclarationScreen
from saa_desk.gui.screens.interview import InterviewScreen
from saa_desk.services import beneficiaries, declarations, desk, documents, drafts, requests
from saa_desk.sync.scheduler import SyncScheduler
from tests.conftest import PASSWORD
from tests.factories import beneficiary_data
from tests.gui.conftest import settle, sign_in, type_text

LEFT = Qt.MouseButton.LeftButton


def test_wrong_password_is_refused_beside_the_form(qtbot, start_gui) -> None:
    gui = start_gui()
    login = gui.login
    assert login.pages.currentIndex() == LOGIN
    assert login.desk_label.text() == "الفرع RYD · نقطة الخدمة D1"
    type_text(login.username, "reception")
    type_text(login.password, "not-the-password")
    qtbot.mouseClick(login.login_button, LEFT)
    qtbot.waitUntil(lambda: login.login_errors.text("login") != "", timeout=10_000)
    assert login.login_errors.text("login") == DeskError("bad_login").message("ar")
    assert gui.main is None


def test_first_run_sets_up_the_desk(qtbot, qapp, tmp_path) -> None:
    gui = DeskApplication(qapp, tmp_path / "new-desk", lang="ar")
    try:
        login = gui.start()
        assert gui.runner.wait_idle()
        assert login.pages.currentIndex() == FIRST_RUN
        assert "saa-desk init" in login.ui.firstRunText.text()
        form = login.ui
        for line, text in ((form.branch, "jed"), (form.desk, "d3"), (form.username, "admin"),
                           (form.password, PASSWORD), (form.password_again, "something-else")):
            type_text(line, text)
        qtbot.mouseClick(form.initButton, LEFT)
        assert login.setup_errors.text("password_again")  # the two passwords differ: nothing done
        assert gui.store is not None and not gui.store.initialised
        form.password_again.clear()
        type_text(form.password_again, PASSWORD)
        qtbot.mouseClick(form.initButton, LEFT)
        assert gui.runner.wait_idle()
        assert login.pages.currentIndex() == LOGIN
        assert desk.codes(gui.store) == ("JED", "D3")
        type_text(login.password, PASSWORD)
        qtbot.mouseClick(login.login_button, LEFT)
        qtbot.waitUntil(lambda: gui.main is not None, timeout=10_000)
        assert "مدير النظام" in gui.main.ui.userLabel.text()
    finally:
        gui.close()


def test_navigation_by_role(qtbot, start_gui) -> None:
    def entries(main) -> list[str]:
        return [main.nav.item(i).text() for i in range(main.nav.count())]

    assert entries(sign_in(qtbot, start_gui(), "reception")) == ["البحث", "مقابلة جديدة"]
    assert entries(sign_in(qtbot, start_gui(), "researcher")) == ["البحث", "الحالات المحالة"]
    committee = sign_in(qtbot, start_gui(), "committee")
    # The committee queue's entry (branch 'queue') sits between; its Arabic comes with its translations.
    shown = entries(committee)
    assert shown[0] == "البحث" and shown[-1] == "اجتماعات اللجنة" and len(shown) == 3
    assert not committee.current_screen().new_button.isVisible()


def test_locks_after_inactivity_and_unlocks_with_the_password(qtbot, reception) -> None:
    main = reception
    main.guard.set_interval_ms(150)
    qtbot.waitUntil(lambda: main.locked, timeout=5000)
    overlay = main.lock_overlay
    assert overlay.geometry() == main.rect() and not main.centralWidget().isEnabled()
    type_text(overlay.password, "wrong-password")
    qtbot.mouseClick(overlay.ui.unlockButton, LEFT)
    settle(reception)
    qtbot.waitUntil(lambda: overlay.errors.text("unlock_password") != "", timeout=10_000)
    assert main.locked
    overlay.password.clear()
    type_text(overlay.password, PASSWORD)
    qtbot.keyClick(overlay.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not main.locked, timeout=10_000)
    assert main.centralWidget().isEnabled()
    main.guard.set_minutes(10)


def test_switches_to_english_and_back(qtbot, start_gui) -> None:
    gui = start_gui()
    main = sign_in(qtbot, gui)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert main.current_screen().ui.title.text() == "البحث عن مستفيد"
    qtbot.mouseClick(main.ui.languageButton, LEFT)
    settle(main)
    english = gui.main
    assert english is not None and english is not main
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert english.current_screen().ui.title.text() == "Find a beneficiary"
    assert english.ui.languageButton.text() == "العربية"
    qtbot.mouseClick(english.ui.languageButton, LEFT)
    settle(main)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert gui.settings.value("language") == "ar"


def test_status_bar_with_the_sync_scheduler(qtbot, start_gui, desk_env) -> None:
    beneficiaries.register(desk_env.store, desk_env.reception, beneficiary_data())
    gui = start_gui(scheduler=lambda store: SyncScheduler(store, lambda: None, interval=3600, min_backoff=3600))
    main = sign_in(qtbot, gui)
    bar = main.sync_bar
    pending = desk.status(desk_env.store).pending_changes
    assert pending > 0
    qtbot.waitUntil(lambda: bar.state is not None and bar.state.pending_changes == pending)
    assert bar.online_label.text() == "● غير متصل"
    assert bar.pending_label.text() == f"تغييرات بانتظار المزامنة: {pending}"
    assert bar.last_sync_label.text() == "آخر مزامنة: لم تتم بعد"
    assert bar.sync_button.isEnabled()
    qtbot.mouseClick(bar.sync_button, LEFT)  # no central configured: it stays offline and says why
    qtbot.waitUntil(lambda: bar.state is not None and bar.state.error is not None, timeout=10_000)
    assert bar.online_label.toolTip() != ""
    gui.runner.wait_idle()
    qtbot.waitUntil(bar.sync_button.isEnabled, timeout=10_000)


def test_unfinished_interview_survives_closing_the_window(qtbot, start_gui, desk_env) -> None:
    gui = start_gui()
    main = sign_in(qtbot, gui)
    main.open_interview()
    settle(main)
    interview = main.current_screen()
    assert isinstance(interview, InterviewScreen)
    type_text(interview.lines["first_name"], "منيرة")
    type_text(interview.lines["family_name"], "العنزي")
    interview.go(2)
    settle(main)
    type_text(interview.lines["mobile"], "0561112222")
    main.close()  # the window goes away mid-interview
    gui.close()
    kept = drafts.list_drafts(desk_env.store, desk_env.reception)
    assert len(kept) == 1 and kept[0].data["fields"]["first_name"] == "منيرة"
    assert desk.status(desk_env.store).beneficiaries == 0

    again = sign_in(qtbot, start_gui())
    settle(again)  # the search screen lists the drafts from a read on a worker
    search = again.current_screen()
    assert search.drafts_box.isVisible() and search.drafts.count() == 1
    assert "منيرة" in search.drafts.item(0).text()
    search.drafts.setCurrentRow(0)
    qtbot.mouseClick(search.ui.resumeDraftButton, LEFT)
    settle(again)
    resumed = again.current_screen()
    assert isinstance(resumed, InterviewScreen)
    assert resumed.lines["first_name"].text() == "منيرة"
    assert resumed.lines["mobile"].text() == "0561112222"
    assert resumed.pages.currentIndex() == 2
    qtbot.mouseClick(resumed.ui.discardButton, LEFT)
    settle(again)
    assert drafts.list_drafts(desk_env.store, desk_env.reception) == []


def test_a_stale_declaration_blocks_submission_and_says_why(qtbot, reception, desk_env) -> None:
    store, actor = desk_env.store, desk_env.reception
    bid = beneficiaries.register(store, actor, beneficiary_data(id_expiry="2031-01-01"))
    rid = requests.open_request(store, actor, bid, "transport", "interview")
    item = requests.get(store, actor, rid).checklist[0]
    documents.update_item(store, actor, item.id, "verified", "X1", "2031-01-01")
    reception.open_declaration(rid)
    settle(reception)
    screen = reception.current_screen()
    assert isinstance(screen, DeclarationScreen)
    qtbot.waitUntil(lambda: screen.data is not None and screen.data.declaration is not None)
    qtbot.mouseClick(screen.sign_button, LEFT)  # signed on paper
    qtbot.waitUntil(screen.submit_button.isEnabled, timeout=10_000)
    beneficiaries.update(store, actor, bid, {"mobile": "0599999999"})  # the data changes after signing
    qtbot.mouseClick(screen.submit_button, LEFT)
    settle(reception)
    assert requests.get(store, actor, rid).status == "ready_to_sign"
    reason = WorkflowError("declaration_stale", "declaration").message("ar")
    assert screen.errors.text("declaration") == reason
    assert screen.stale_banner.isVisible() and not screen.submit_button.isEnabled()
    qtbot.mouseClick(screen.ui.refreshDeclarationButton, LEFT)
    settle(reception)
    assert not screen.stale_banner.isVisible()
    fresh = declarations.current(store, actor, rid)
    assert fresh is not None and not fresh.stale and not fresh.signed
