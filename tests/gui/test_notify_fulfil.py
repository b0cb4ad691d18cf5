"""Reception tells applicants of decisions from the "to notify" list, and takes an accepted request
through registration and service to the satisfaction survey: real widgets offscreen, dialogs driven."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from saa_desk.catalogues import label
from saa_desk.gui.main_window import MainWindow, Place
from saa_desk.gui.screens.beneficiary_file import BeneficiaryFileScreen
from saa_desk.gui.screens.followup import FollowUpScreen
from saa_desk.gui.screens.to_notify import ToNotifyScreen
from saa_desk.services import beneficiaries, followup, notifications, requests
from saa_desk.store.models import PrintRecord, SatisfactionSurvey
from tests.conftest import Desk
from tests.decided import decide_at_meeting, submitted_request
from tests.factories import beneficiary_data, nth_national_id
from tests.gui.conftest import settle, sign_in, type_text

LEFT = Qt.MouseButton.LeftButton


def decided(d: Desk, outcomes: tuple[str, ...]) -> list[tuple[str, str]]:
    """Each applicant's request decided at one meeting (number 30), closed through the committee service."""
    made = []
    for n in range(len(outcomes)):
        bid = beneficiaries.register(d.store, d.reception, beneficiary_data(
            id_number=nth_national_id(n + 1), mobile=f"05512300{n:02d}", preferred_channel="phone"), [])
        made.append((bid, submitted_request(d, bid)))
    decide_at_meeting(d, [(rid, outcome) for (_bid, rid), outcome in zip(made, outcomes, strict=True)])
    return made


def ok(qtbot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def go_to_notify(main: MainWindow) -> ToNotifyScreen:
    row = next(i for i in range(main.nav.count()) if main.nav.item(i).data(Qt.ItemDataRole.UserRole) == "to_notify")
    main.nav.setCurrentRow(row)
    screen = main.current_screen()
    assert isinstance(screen, ToNotifyScreen)
    settle(main)
    return screen


def test_reception_works_the_to_notify_list(qtbot, start_gui, desk_env: Desk) -> None:
    d = desk_env
    decided(d, ("accept", "reject"))
    pending = notifications.to_notify(d.store, d.reception)
    first_bid, first_rid = pending[0].beneficiary_id, pending[0].request_id
    main = sign_in(qtbot, start_gui())
    screen = go_to_notify(main)
    qtbot.waitUntil(lambda: len(screen.items) == 2)
    assert [n.id for n in screen.items] == [n.id for n in pending]  # oldest first
    assert screen.message.toPlainText() == pending[0].message  # the words in full
    assert screen.table.item(0, 4).text() == label("channel", "phone", "ar")
    assert pending[0].phone and pending[0].phone[-9:] in "".join(ch for ch in screen.table.item(0, 5).text()
                                                             if ch.isdigit())
    qtbot.mouseClick(screen.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == pending[0].message

    qtbot.mouseClick(screen.done_button, LEFT)
    dialog = screen.done_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.channel.currentData() == "phone"  # the applicant's channel, preset
    type_text(dialog.summary, "اتصلت وأبلغته بالقبول")
    ok(qtbot, dialog.ui.buttons)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    settle(main)
    qtbot.waitUntil(lambda: [n.id for n in screen.items] == [pending[1].id])  # the row left the list
    logged = followup.history(d.store, d.reception, first_bid)
    assert [(i.kind, i.channel, i.summary, i.request_id) for i in logged] == [
        ("notification", "phone", "اتصلت وأبلغته بالقبول", first_rid)]

    main.open_beneficiary(first_bid, "interactions")
    file = main.current_screen()
    assert isinstance(file, BeneficiaryFileScreen)
    settle(main)
    table = file.interactions_table
    assert table.rowCount() == 1 and table.item(0, 3).text() == "اتصلت وأبلغته بالقبول"
    assert table.item(0, 2).text() == label("interaction_kind", "notification", "ar")
    panel = file.decision_panel
    assert not panel.isHidden() and "سارة الموظفة" in panel.ui.toldLabel.text()


def test_accepted_request_is_registered_served_and_surveyed(qtbot, start_gui, desk_env: Desk,
                                                            tmp_path: Path) -> None:
    d = desk_env
    [(bid, rid)] = decided(d, ("accept",))
    main = sign_in(qtbot, start_gui())
    main.open_beneficiary(bid, "requests")
    file = main.current_screen()
    assert isinstance(file, BeneficiaryFileScreen)
    settle(main)
    panel = file.decision_panel
    u = panel.ui
    assert panel.isVisibleTo(file)
    assert "مقبول" in u.decisionLabel.text() and "30" in u.decisionLabel.text()
    assert "رحلة عمرة كاملة" in u.detailsLabel.text() and "إحضار تقرير طبي قبل السفر" in u.detailsLabel.text()
    assert "سارة الموظفة" not in u.toldLabel.text() and u.toldLabel.text()
    assert u.registerButton.isVisibleTo(file) and not u.serveButton.isVisibleTo(file)

    # the letter, through Qt's print preview to a PDF: one recorded print
    panel.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    panel.printer.setOutputFileName(str(tmp_path / "letter.pdf"))
    qtbot.mouseClick(u.letterButton, LEFT)
    qtbot.waitUntil(lambda: panel.preview_dialog is not None and panel.preview_dialog.isVisible(), timeout=10_000)
    preview_dialog = panel.preview_dialog
    assert isinstance(preview_dialog, QPrintPreviewDialog)
    preview = preview_dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    preview.print_()
    preview_dialog.close()
    settle(main)
    assert (tmp_path / "letter.pdf").read_bytes().startswith(b"%PDF")
    with d.store.read() as s:
        assert s.scalar(select(func.count()).select_from(PrintRecord).where(
            PrintRecord.request_id == rid, PrintRecord.document_kind == "decision")) == 1

    qtbot.mouseClick(u.registerButton, LEFT)
    step = panel.step_dialog
    assert step is not None and step.isVisible()
    ok(qtbot, step.ui.buttons)  # no note: refused beside the field, nothing written
    settle(main)
    qtbot.waitUntil(lambda: step.ui.note_error.isVisibleTo(step))
    assert requests.get(d.store, d.reception, rid).status == "accepted"
    type_text(step.note, "اكتمل جواز السفر وشهادة التطعيم")
    ok(qtbot, step.ui.buttons)
    qtbot.waitUntil(lambda: not step.isVisible(), timeout=10_000)
    settle(main)
    qtbot.waitUntil(lambda: u.serveButton.isVisibleTo(file))
    assert not u.registerButton.isVisibleTo(file) and not u.surveyButton.isVisibleTo(file)

    qtbot.mouseClick(u.serveButton, LEFT)
    serve = panel.step_dialog
    assert serve is not None and serve is not step
    type_text(serve.note, "سُلّمت تذكرة الرحلة وحجز الفندق")
    ok(qtbot, serve.ui.buttons)
    qtbot.waitUntil(lambda: not serve.isVisible(), timeout=10_000)
    settle(main)
    qtbot.waitUntil(lambda: u.surveyButton.isVisibleTo(file))  # serving offers the survey
    history = [(h.to_status, h.note) for h in requests.get(d.store, d.reception, rid).history][-2:]
    assert history == [("registered", "اكتمل جواز السفر وشهادة التطعيم"),
                       ("served", "سُلّمت تذكرة الرحلة وحجز الفندق")]

    qtbot.mouseClick(u.surveyButton, LEFT)
    survey = main.current_screen()
    assert isinstance(survey, FollowUpScreen) and main.location[0] is Place.FOLLOWUP
    settle(main)
    qtbot.waitUntil(lambda: survey.request.currentData() == rid)  # the served request, chosen already
    for name, value in (("rating_speed", 5), ("rating_respect", 5), ("rating_clarity", 4), ("rating_overall", 5)):
        survey.set_rating(name, value)
    qtbot.mouseClick(survey.ui.saveSurveyButton, LEFT)
    settle(main)
    with d.store.read() as s:
        rows = s.execute(select(SatisfactionSurvey.request_id, SatisfactionSurvey.rating_clarity)).all()
    assert [tuple(r) for r in rows] == [(rid, 4)]
