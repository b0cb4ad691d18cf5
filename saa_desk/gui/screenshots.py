"""Render every screen to PNG (offscreen) for docs/screenshots and for looking at the layout.

    QT_QPA_PLATFORM=offscreen python -m saa_desk.gui.screenshots [docs/screenshots]

A sample desk is built in a temporary folder through the services (pinned clock, fixed data), then
each screen is driven into a typical state and grabbed: Arabic everywhere, the interview in
English too.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication, QWidget

from saa_desk.domain.identity import luhn_check_digit
from saa_desk.services import beneficiaries, desk, documents, followup, referrals, requests, users
from saa_desk.services.context import Actor
from saa_desk.services.demo_files import scan_pdf
from saa_desk.store import blobs
from saa_desk.store.database import Store

PASSWORD = "screens-and-more"
SIZE = (1280, 820)


def _days(offset: int) -> str:
    """A date `offset` days from today, typed the way the desk types it (day/month/year)."""
    day = dt.date.today() + dt.timedelta(days=offset)
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _national_id(rng: random.Random) -> str:
    body = "1" + "".join(str(rng.randrange(10)) for _ in range(8))
    return body + luhn_check_digit(body)


class SampleDesk:
    """A small desk with a few beneficiaries and requests in different states."""

    def __init__(self, data_dir: Path) -> None:
        self.dir = data_dir
        self.store = Store(data_dir)
        desk.initialise(self.store, "MKK", "D2", "admin", PASSWORD, "مدير النظام")
        admin = users.authenticate(self.store, "admin", PASSWORD)
        for name, role, full in (("reception", "reception", "سارة العتيبي"),
                                 ("supervisor", "supervisor", "خالد الزهراني"),
                                 ("researcher", "researcher", "نورة الشهري"),
                                 ("committee", "committee", "عبدالرحمن المالكي"),
                                 ("committee2", "committee", "سلمان العمري"),
                                 ("committee3", "committee", "هند الزهراني")):
            users.create_user(self.store, admin, name, full, role, PASSWORD)
        self.reception: Actor = users.authenticate(self.store, "reception", PASSWORD)
        rng = random.Random(7)
        people = [
            ("إبراهيم", "عبدالله", "سالم", "القحطاني", "male", "1958-03-15", "0501234567", "مكة المكرمة", "العزيزية"),
            ("محمد", "أحمد", "علي", "الغامدي", "male", "1971-07-02", "0559876543", "مكة المكرمة", "الشوقية"),
            ("فاطمة", "محمد", "حسن", "الحربي", "female", "1965-12-20", "0533332211", "جدة", "الصفا"),
            ("محمد", "سعيد", "ناصر", "الشمراني", "male", "1980-01-09", "0541112233", "الطائف", "الحوية"),
        ]
        self.ids: list[str] = []
        for first, father, grand, family, gender, born, mobile, city, district in people:
            self.ids.append(beneficiaries.register(self.store, self.reception, {
                "id_type": "national_id", "id_number": _national_id(rng), "first_name": first,
                "father_name": father, "grandfather_name": grand, "family_name": family, "gender": gender,
                "birth_date": born, "mobile": mobile, "city": city, "district": district,
                "address": "شارع إبراهيم الخليل، مبنى 12", "marital_status": "married", "monthly_income": 3500,
                "employment": "retired", "preferred_channel": "phone", "id_expiry": _days(500),
            }, [{"name": "نورة سالم القحطاني", "relation": "spouse", "birth_date": "1962-04-11"},
                {"name": "سالم إبراهيم القحطاني", "relation": "son", "birth_date": "2001-09-30"}]))
        self.main_id = self.ids[0]
        self.request_id = requests.open_request(self.store, self.reception, self.main_id, "umrah_trip", "interview",
                                                "يرغب في أداء العمرة مع زوجته ولا يستطيع تحمل التكاليف")
        self.old_request = requests.open_request(self.store, self.reception, self.main_id, "transport", "phone",
                                                 "النقل إلى الحرم في رمضان")
        followup.log_interaction(self.store, self.reception, self.main_id, "phone", "inquiry",
                                 "استفسر عن موعد رحلة العمرة", self.old_request)
        followup.log_interaction(self.store, self.reception, self.main_id, "interview", "follow_up",
                                 "حضر إلى الفرع لاستكمال المستندات", self.request_id)

    def checklist_item(self, request_id: str, document_type: str) -> str:
        view = requests.get(self.store, self.reception, request_id)
        return next(i.id for i in view.checklist if i.document_type == document_type)


class Shooter:
    def __init__(self, app: QApplication, out: Path) -> None:
        self.app, self.out = app, out
        out.mkdir(parents=True, exist_ok=True)
        self.files: list[Path] = []

    def settle(self, runner: object = None) -> None:
        for _ in range(3):
            self.app.processEvents()
            if runner is not None:
                runner.wait_idle()  # type: ignore[attr-defined]
        self.app.processEvents()

    def shoot(self, widget: QWidget, name: str, runner: object = None) -> Path:
        self.settle(runner)
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.files.append(path)
        return path


def render_all(out: Path, work: Path | None = None) -> list[Path]:
    from saa_desk.gui.app import DeskApplication
    from saa_desk.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    work = work or Path(tempfile.mkdtemp(prefix="saa-screens-"))
    sample = SampleDesk(work / "desk")
    shooter = Shooter(app, out)

    # first run (an empty desk) and the login window
    fresh = DeskApplication(app, work / "empty", lang="ar")
    login = fresh.start()
    login.resize(560, 720)
    shooter.shoot(login, "first_run_ar", fresh.runner)
    login.close()

    desk_app = DeskApplication(app, sample.dir, lang="ar", lock_minutes=10)
    login = desk_app.start()
    login.resize(520, 560)
    shooter.settle(desk_app.runner)
    assert desk_app.store is not None
    login.username.setText("reception")
    shooter.shoot(login, "login_ar", desk_app.runner)

    def sign_in(user: str) -> MainWindow:
        assert desk_app.login is not None
        desk_app.login.username.setText(user)
        desk_app.login.password.setText(PASSWORD)
        desk_app.login.sign_in()
        desk_app.runner.wait_idle()
        main = desk_app.main
        assert main is not None
        main.resize(*SIZE)
        return main

    main = sign_in("reception")
    runner = desk_app.runner
    _library_shots(main, shooter, runner, "ar")
    shots: list[tuple[str, Callable[[], None]]] = []

    def search() -> None:
        main.open_search()
        screen = main.current_screen()
        screen.box.setText("محمد")  # type: ignore[attr-defined]
    shots.append(("search_ar", search))

    def file_data() -> None:
        main.open_beneficiary(sample.main_id, "data")
    shots.append(("file_data_ar", file_data))

    def file_requests() -> None:
        main.open_beneficiary(sample.main_id, "requests")
    shots.append(("file_requests_ar", file_requests))

    def file_interactions() -> None:
        main.open_beneficiary(sample.main_id, "interactions")
    shots.append(("file_interactions_ar", file_interactions))

    for name, action in shots:
        action()
        shooter.shoot(main, name, runner)

    _interview_shots(main, shooter, runner, "ar")

    # the checklist: an expired ID copy is refused, the reason beside the date, in red in the list
    identity = sample.checklist_item(sample.request_id, "identity_copy")
    documents.update_item(desk_app.store, sample.reception, identity, "expired", "1098765432", _days(-40))
    main.open_checklist(sample.request_id)
    checklist = main.current_screen()
    shooter.settle(runner)
    checklist.select_document("identity_copy")  # type: ignore[attr-defined]
    checklist.status.setCurrentIndex(checklist.status.findData("verified"))  # type: ignore[attr-defined]
    checklist.expiry.setText(_days(-40))  # type: ignore[attr-defined]
    checklist.save_item()  # type: ignore[attr-defined]
    shooter.shoot(main, "checklist_expired_ar", runner)

    checklist.open_referral()  # type: ignore[attr-defined]
    dialog = checklist.referral_dialog  # type: ignore[attr-defined]
    dialog.question.setPlainText("يسأل عن شروط دعم رحلة العمرة لمن تجاوز الستين")
    shooter.shoot(dialog, "referral_dialog_ar", runner)
    dialog.reject()

    # replace the document, verify the second one: ready to sign
    documents.update_item(desk_app.store, sample.reception, identity, "verified", "1098765432", _days(900),
                          scan=scan_pdf("National ID copy", "1098765432"), scan_name="الهوية.pdf")
    income = sample.checklist_item(sample.request_id, "income_or_social_security")
    documents.update_item(desk_app.store, sample.reception, income, "verified", "SS-55120")
    unfetched = _unfetched_scan(sample, desk_app.store)
    _scan_shots(main, shooter, runner, sample, unfetched, "ar")
    main.open_declaration(sample.request_id)
    declaration = main.current_screen()
    shooter.settle(runner)
    declaration.on_screen.setChecked(True)  # type: ignore[attr-defined]
    pad = declaration.pad  # type: ignore[attr-defined]
    pad.resize(360, 150)
    pad.add_stroke([QPointF(40 + i * 6, 90 - 30 * ((i % 7) / 7)) for i in range(40)])
    pad.add_stroke([QPointF(120 + i * 4, 60 + (i % 5) * 6) for i in range(30)])
    shooter.shoot(main, "declaration_ar", runner)
    declaration.record_signature()  # type: ignore[attr-defined]
    shooter.settle(runner)
    declaration.submit()  # type: ignore[attr-defined]
    shooter.shoot(main, "receipt_ar", runner)

    main.open_followup(sample.main_id)
    follow = main.current_screen()
    follow.summary.setPlainText("اتصل للسؤال عن موعد الرد")  # type: ignore[attr-defined]
    follow.set_rating("rating_speed", 5)  # type: ignore[attr-defined]
    follow.set_rating("rating_respect", 5)  # type: ignore[attr-defined]
    follow.set_rating("rating_clarity", 4)  # type: ignore[attr-defined]
    shooter.shoot(main, "followup_ar", runner)

    main.lock()
    shooter.shoot(main, "locked_ar", runner)
    main.lock_overlay.password.setText("not-the-password")
    main.lock_overlay.try_unlock()
    shooter.shoot(main, "locked_wrong_password_ar", runner)
    main.lock_overlay.password.setText(PASSWORD)
    main.lock_overlay.try_unlock()
    shooter.settle(runner)

    # issue 11: a meeting decides, reception tells the applicants; the file's decision panel
    decided = _decided_sample(sample, desk_app.store)
    _notify_shots(main, shooter, runner, decided, "ar")

    # the researcher's inbox
    referrals.refer(desk_app.store, sample.reception, sample.old_request, "يحتاج شرح شروط خدمة النقل")
    desk_app.sign_out()
    main = sign_in("researcher")
    from saa_desk.gui.main_window import Place

    main._show(Place.INBOX)
    shooter.shoot(main, "inbox_researcher_ar", runner)
    _research_shots(main, shooter, runner, "ar")
    desk_app.sign_out()

    # the committee's meetings (a closed one, and an open one with its agenda and a decision)
    meeting_id = _meeting_data(sample)
    main = sign_in("committee")
    _meeting_shots(main, shooter, runner, meeting_id, "ar")
    desk_app.sign_out()
    main = sign_in("admin")
    _catalogue_shots(main, shooter, runner, "ar")
    desk_app.sign_out()

    # English: the research inbox, the interview, and the search
    desk_app.switch_language("en")
    main = sign_in("researcher")
    main._show(Place.INBOX)
    _research_shots(main, shooter, runner, "en")
    desk_app.sign_out()
    main = sign_in("reception")
    _interview_shots(main, shooter, runner, "en")
    _scan_shots(main, shooter, runner, sample, unfetched, "en")
    _library_shots(main, shooter, runner, "en")
    main.open_search()
    main.current_screen().box.setText("ibrahim")  # type: ignore[attr-defined]
    main.current_screen().box.setText("إبراهيم")  # type: ignore[attr-defined]
    shooter.shoot(main, "search_en", runner)
    _notify_shots(main, shooter, runner, decided, "en")
    desk_app.sign_out()
    main = sign_in("committee")
    _meeting_shots(main, shooter, runner, meeting_id, "en")
    desk_app.sign_out()
    main = sign_in("admin")
    _catalogue_shots(main, shooter, runner, "en")
    desk_app.switch_language("ar")
    desk_app.sign_out()
    if desk_app.login is not None:
        desk_app.login.close()
    _queue_shots(app, work, shooter)
    for window in app.topLevelWidgets():
        window.close()
    return shooter.files


def _unfetched_scan(sample: SampleDesk, store: Store) -> str:
    """A scan whose row this desk has but not its bytes (as when a row synced before its file)."""
    item = requests.get(store, sample.reception, sample.old_request).checklist[0]
    documents.update_item(store, sample.reception, item.id, "received",
                          scan=scan_pdf("Copy", "elsewhere"), scan_name="نسخة.pdf")
    sha = requests.get(store, sample.reception, sample.old_request).checklist[0].scan_sha256
    assert sha is not None
    blobs.blob_path(store.data_dir, sha).unlink()
    return sha


def _scan_shots(main: object, shooter: Shooter, runner: object, sample: SampleDesk, unfetched: str,
                lang: str) -> None:
    """The scan viewer from the checklist; the file's documents asking for a scan not fetched yet."""
    from saa_desk.gui.screens.base import select_row

    main.open_checklist(sample.request_id)  # type: ignore[attr-defined]
    checklist = main.current_screen()  # type: ignore[attr-defined]
    shooter.settle(runner)
    checklist.select_document("identity_copy")
    checklist.open_scan()
    shooter.settle(runner)
    viewer = checklist.scan_viewer
    viewer.resize(620, 760)
    shooter.shoot(viewer, f"scan_viewer_{lang}", runner)
    viewer.reject()
    main.open_beneficiary(sample.main_id, "documents")  # type: ignore[attr-defined]
    file = main.current_screen()  # type: ignore[attr-defined]
    shooter.settle(runner)
    select_row(file.documents_table, next(i for i, d in enumerate(file.documents) if d.scan_sha256 == unfetched))
    file.open_scan()
    shooter.shoot(main, f"scan_not_fetched_{lang}", runner)  # type: ignore[arg-type]


def _library_shots(main: object, shooter: Shooter, runner: object, lang: str) -> None:
    """The reference library over the search screen, and the beneficiary-relations policy in its viewer."""
    from saa_desk.services import library

    dialog = main.open_library()  # type: ignore[attr-defined]
    shooter.shoot(dialog, f"library_{lang}", runner)
    dialog.select(library.POLICY_ID)
    dialog.open_selected()
    shooter.settle(runner)
    viewer = dialog.viewer
    assert viewer is not None
    shooter.shoot(viewer, f"library_policy_{lang}", runner)
    viewer.close()
    dialog.select(library.REQUEST_FORM_ID)
    dialog.open_selected()
    shooter.settle(runner)
    assert dialog.viewer is not None
    shooter.shoot(dialog.viewer, f"library_request_form_{lang}", runner)
    dialog.viewer.close()
    dialog.close()


def _catalogue_shots(main: object, shooter: Shooter, runner: object, lang: str) -> None:
    """The administrator's catalogue editor: support types with a selected one's documents, the
    notification texts, and a fault named under the form (nothing saved)."""
    from saa_desk.gui.main_window import Place
    from saa_desk.gui.screens.catalogue_editor import CatalogueScreen

    screen = main._show(Place.CATALOGUE)  # type: ignore[attr-defined]
    assert isinstance(screen, CatalogueScreen)
    shooter.settle(runner)
    screen.support_table.setCurrentCell(1, CatalogueScreen.S_AR)
    shooter.shoot(main, f"catalogue_{lang}", runner)  # type: ignore[arg-type]
    screen.tabs.setCurrentIndex(3)
    shooter.shoot(main, f"catalogue_texts_{lang}", runner)  # type: ignore[arg-type]
    screen.tabs.setCurrentIndex(0)
    item = screen.support_table.item(2, CatalogueScreen.S_AR)
    assert item is not None
    item.setText("")
    screen.note.setText("تعديل تجريبي" if lang == "ar" else "a trial edit")
    screen.save()
    shooter.shoot(main, f"catalogue_fault_{lang}", runner)  # type: ignore[arg-type]
    screen.refresh()
    shooter.settle(runner)


def _research_shots(main: object, shooter: Shooter, runner: object, lang: str) -> None:
    """The researcher's inbox with a case open (its documents, whether each has a scan), the answer
    being written, and the social research report dialog filled in."""
    inbox = main.current_screen()  # type: ignore[attr-defined]
    inbox.refresh()
    shooter.settle(runner)
    inbox.tabs.setCurrentWidget(inbox.ui.documentsTab)
    click = inbox.return_radio
    click.setChecked(True)
    inbox.answer.setPlainText("شرحت للمستفيد شروط خدمة النقل، ويلزم إحضار تقرير طبي حديث")
    inbox.missing.setPlainText("تقرير طبي حديث")
    shooter.shoot(main, f"inbox_case_{lang}", runner)  # type: ignore[arg-type]
    inbox.answer.clear()
    inbox.missing.clear()
    inbox.forward_radio.setChecked(True)
    inbox.open_report()
    dialog = inbox.report_dialog
    u = dialog.ui
    u.visit_place.setText("منزل المستفيد، حي العزيزية")
    u.household.setPlainText("المستفيد وزوجته وابن يعمل بدوام جزئي")
    u.housing.setPlainText("شقة مستأجرة من ثلاث غرف")
    u.income_verified.setChecked(True)
    u.income_verification.setText("مشهد التقاعد وكشف حساب ثلاثة أشهر")
    u.needs.setPlainText("وسيلة نقل إلى الحرم خلال شهر رمضان")
    u.recommendation.setCurrentIndex(u.recommendation.findData("accept_with_conditions"))
    u.conditions.setPlainText("إحضار تقرير طبي حديث")
    u.notes.setPlainText("الأسرة متعاونة والبيانات مطابقة لما ورد في الطلب")
    dialog.adjustSize()
    shooter.shoot(dialog, f"research_report_dialog_{lang}", runner)
    dialog.reject()


# -- the committee queue: requests submitted days apart, so all three states show ----------------

QUEUE_AGES = (30, 22, 16, 13, 12, 11, 7, 3, 1, 0)  # days since submission; the promise is 14 days


def _queue_desk(data_dir: Path) -> None:
    from saa_desk.services import declarations, submission

    sample = SampleDesk(data_dir)
    store = sample.store
    kinds = ("umrah_trip", "transport", "mobility_aid", "accommodation")
    channels = ("interview", "phone", "website", "letter")
    now = dt.datetime.now().replace(hour=10, minute=0, second=0, microsecond=0)
    for i, age in enumerate(QUEUE_AGES):
        store.frozen_now = now - dt.timedelta(days=age, minutes=i)
        rid = requests.open_request(store, sample.reception, sample.ids[i % len(sample.ids)], kinds[i % len(kinds)],
                                    channels[i % len(channels)], "طلب دعم")
        for item in requests.get(store, sample.reception, rid).checklist:
            documents.update_item(store, sample.reception, item.id, "verified", f"DOC-{i}", _days(900))
        declaration = declarations.take(store, sample.reception, rid)
        declarations.record_signature(store, sample.reception, declaration.id, "paper")
        submission.submit(store, sample.reception, rid)
    store.close()


def _queue_shots(app: QApplication, work: Path, shooter: Shooter) -> None:
    from saa_desk.gui.app import DeskApplication
    from saa_desk.gui.main_window import Place

    _queue_desk(work / "queue")
    for lang in ("ar", "en"):
        gui = DeskApplication(app, work / "queue", lang=lang)
        login = gui.start()
        gui.runner.wait_idle()
        login.username.setText("committee")
        login.password.setText(PASSWORD)
        login.sign_in()
        gui.runner.wait_idle()
        main = gui.main
        assert main is not None
        main.resize(*SIZE)
        main._show(Place.COMMITTEE_QUEUE)
        shooter.settle(gui.runner)
        main.current_screen().view.viewport().repaint()  # type: ignore[attr-defined]  # asks for its rows
        shooter.shoot(main, f"committee_queue_{lang}", gui.runner)
        gui.close()


def _decided_sample(sample: SampleDesk, store: Store) -> tuple[str, str]:
    """Two more requests submitted, then meeting 14 accepts the main one and rejects another; the main
    applicant is told. Returns the main beneficiary and the accepted request."""
    from saa_desk.services import committee, declarations, submission

    admin = users.authenticate(store, "admin", PASSWORD)
    member = users.authenticate(store, "committee", PASSWORD)
    committee.set_committee_settings(store, admin, 1, False)
    others = []
    for bid, support in ((sample.ids[1], "umrah_trip"), (sample.ids[2], "transport")):
        rid = requests.open_request(store, sample.reception, bid, support, "phone", "يطلب الدعم")
        for item in requests.get(store, sample.reception, rid).checklist:
            documents.update_item(store, sample.reception, item.id, "verified", "A-77",
                                  _days(700) if item.document_type == "identity_copy" else None)
        decl = declarations.take(store, sample.reception, rid)
        declarations.record_signature(store, sample.reception, decl.id, "paper")
        submission.submit(store, sample.reception, rid)
        others.append(rid)
    meeting = committee.create_meeting(store, member, "14", _days(0), "قاعة الاجتماعات", [member.user_id])
    committee.add_to_agenda(store, member, meeting, [sample.request_id, *others])
    committee.record_decision(store, member, meeting, sample.request_id, "accept",
                              support_granted="رحلة عمرة له ولزوجته مع السكن", conditions="إحضار تقرير طبي قبل السفر")
    committee.record_decision(store, member, meeting, others[0], "reject", reason_code="recently_supported",
                              reason="استفاد من رحلة عمرة العام الماضي")
    committee.record_decision(store, member, meeting, others[1], "accept")
    committee.close_meeting(store, member, meeting)
    from saa_desk.services import notifications

    told = next(n for n in notifications.to_notify(store, sample.reception) if n.request_id == sample.request_id)
    notifications.mark_done(store, sample.reception, told.id, "phone", "اتصلت به وأبلغته بالقبول والشروط")
    return sample.main_id, sample.request_id


def _notify_shots(main: object, shooter: Shooter, runner: object, decided: tuple[str, str], lang: str) -> None:
    from saa_desk.gui.main_window import Place
    from saa_desk.gui.screens.base import select_row

    main.messages.clear()  # type: ignore[attr-defined]  # a confirmation left by the shots before
    main._show(Place.TO_NOTIFY)  # type: ignore[attr-defined]
    shooter.shoot(main, f"to_notify_{lang}", runner)  # type: ignore[arg-type]
    bid, rid = decided
    main.open_beneficiary(bid, "requests")  # type: ignore[attr-defined]
    shooter.settle(runner)
    file = main.current_screen()  # type: ignore[attr-defined]
    select_row(file.requests_table, next(i for i, r in enumerate(file.data.requests) if r.id == rid))
    shooter.shoot(main, f"file_decision_{lang}", runner)  # type: ignore[arg-type]


def _interview_shots(main: object, shooter: Shooter, runner: object, lang: str) -> None:
    main.open_interview()  # type: ignore[attr-defined]
    interview = main.current_screen()  # type: ignore[attr-defined]
    values = {"id_number": "1234567890", "id_expiry": "04/06/1449", "first_name": "عبدالرحمن",
              "father_name": "Ali", "grandfather_name": "سعد", "family_name": "الدوسري",
              "latin_name": "Abdulrahman Aldossary", "birth_date": "1390/05/12"}
    for name, value in values.items():
        interview.set_value(name, value)
    interview.set_value("gender", "male")
    interview._dirty = False
    interview._touched |= set(values)
    interview._check(set(values))
    shooter.shoot(main, f"interview_identity_{lang}", runner)  # type: ignore[arg-type]
    interview.go(1)
    interview.household = [
        {"name": "هيا محمد الدوسري", "relation": "spouse", "birth_date": "1975-02-01"},
        {"name": "سعد عبدالرحمن الدوسري", "relation": "son", "birth_date": "2010-06-15"}]
    interview._show_household()
    interview.set_value("member_name", "لطيفة عبدالرحمن الدوسري")
    interview.set_value("relation", "daughter")
    interview.set_value("member_birth_date", "15/08/1430")
    shooter.shoot(main, f"interview_household_{lang}", runner)  # type: ignore[arg-type]
    interview.go(2)
    interview.set_value("mobile", "0501234")
    interview.set_value("city", "الرياض")
    interview._check({"mobile"})
    shooter.shoot(main, f"interview_contact_{lang}", runner)  # type: ignore[arg-type]
    interview.go(4)
    interview.set_value("support_type", "mobility_aid")
    interview.set_value("description", "يحتاج عربة تنقل لأداء العمرة")
    shooter.shoot(main, f"interview_request_{lang}", runner)  # type: ignore[arg-type]
    interview.go(5)
    shooter.shoot(main, f"interview_review_{lang}", runner)  # type: ignore[arg-type]
    interview._dirty = False
    interview.start_new()


def _meeting_data(sample: SampleDesk) -> str:
    """A closed meeting of the three committee members, and an open one with three requests on its agenda
    (two decided); returns the open meeting's id."""
    from saa_desk.services import committee, declarations, submission

    store = sample.store
    chair = users.authenticate(store, "committee", PASSWORD)
    members = [m.user_id for m in committee.committee_members(store, chair)]
    queued = []
    for person, support in zip(sample.ids[1:], ("accommodation", "umrah_trip", "transport"), strict=True):
        rid = requests.open_request(store, sample.reception, person, support, "phone", "يحتاج الدعم هذا الشهر")
        for item in requests.get(store, sample.reception, rid).checklist:
            documents.update_item(store, sample.reception, item.id, "verified", "A-1",
                                  _days(400) if item.document_type == "identity_copy" else None)
        declarations.record_signature(store, sample.reception, declarations.take(store, sample.reception, rid).id)
        submission.submit(store, sample.reception, rid)
        queued.append(rid)
    held = committee.create_meeting(store, chair, "1447/11", _days(-20), "مقر الجمعية بمكة المكرمة", members)
    committee.create_meeting(store, chair, "1447/12", _days(0), "فرع مكة المكرمة", members)
    committee.add_to_agenda(store, chair, held, queued[:1])
    committee.record_decision(store, chair, held, queued[0], "accept")
    committee.close_meeting(store, chair, held)
    current = committee.open_meetings(store, chair)[0].id
    committee.add_to_agenda(store, chair, current, queued[1:])
    committee.record_decision(store, chair, current, queued[1], "reject", reason_code="income_above_limit",
                              reason="الدخل الشهري 9000 ريال")
    return current


def _meeting_shots(main: object, shooter: Shooter, runner: object, meeting_id: str, lang: str) -> None:
    from saa_desk.gui.main_window import Place
    from saa_desk.gui.screens.base import select_row

    main._show(Place.MEETINGS)  # type: ignore[attr-defined]
    screen = main.current_screen()  # type: ignore[attr-defined]
    shooter.settle(runner)
    index = [m.id for m in screen.rows].index(meeting_id)
    select_row(screen.ui.meetingsTable, index)
    shooter.settle(runner)
    select_row(screen.ui.agendaTable, 0)
    shooter.shoot(main, f"meetings_{lang}", runner)  # type: ignore[arg-type]
    select_row(screen.ui.agendaTable, 1)
    shooter.settle(runner)
    screen.ui.returnRadio.click()
    screen.ui.reasonEdit.setPlainText("يلزم سجل الأسرة محدثاً" if lang == "ar" else "An up-to-date family record")
    shooter.shoot(main, f"meeting_decision_{lang}", runner)  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    out = Path(args[0]) if args else Path("docs/screenshots")
    for path in render_all(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
