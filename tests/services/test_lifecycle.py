"""A whole request through the services, on a real SQLite file, with the guards biting."""

import datetime as dt

import pytest

from saa_desk.domain.checklist import ItemState
from saa_desk.domain.errors import PermissionDenied, ValidationError, WorkflowError
from saa_desk.domain.workflow import Action
from saa_desk.services import (
    beneficiaries,
    committee,
    declarations,
    documents,
    followup,
    referrals,
    requests,
    submission,
)
from saa_desk.services.maintenance import check
from tests.conftest import Desk
from tests.factories import beneficiary_data
from tests.services.meeting_helpers import decide

FUTURE = "2031-01-01"


def open_case(d: Desk, support_type: str = "umrah_trip") -> tuple[str, str]:
    bid = beneficiaries.register(d.store, d.reception, beneficiary_data(),
                                 [{"name": "فاطمة محمد", "relation": "daughter"}])
    rid = requests.open_request(d.store, d.reception, bid, support_type, "interview", "أرغب في أداء العمرة")
    return bid, rid


def verify_all(d: Desk, rid: str) -> str:
    status = ""
    for item in requests.get(d.store, d.reception, rid).checklist:
        status = documents.update_item(d.store, d.reception, item.id, "verified", "A-1",
                                       FUTURE if item.document_type == "identity_copy" else None)
    return status


def test_full_visit_to_closed(desk_env: Desk) -> None:
    d = desk_env
    bid, rid = open_case(d)
    view = requests.get(d.store, d.reception, rid)
    assert view.number == f"RYD-D1-{dt.date.today().year}-000001"
    assert view.status == "awaiting_documents"
    assert [i.document_type for i in view.checklist] == ["identity_copy", "income_or_social_security"]
    assert verify_all(d, rid) == "ready_to_sign"
    decl = declarations.take(d.store, d.reception, rid)
    assert decl.snapshot["beneficiary"]["id_number"] == beneficiaries.get(d.store, d.reception, bid).data["id_number"]
    declarations.record_signature(d.store, d.reception, decl.id, "paper")
    result = submission.submit(d.store, d.reception, rid)
    assert (result.expected_answer_date - result.submitted_at.date()).days >= 14
    assert [r.number for r in committee.queue_page(d.store, d.committee)] == [view.number]
    decide(d, rid, "accept")
    assert requests.get(d.store, d.reception, rid).status == "accepted"
    assert committee.queue_count(d.store, d.committee) == 0
    for target in ("registered", "served", "closed"):
        requests.transition(d.store, d.reception, rid, target)
    history = [(h.from_status, h.to_status) for h in requests.get(d.store, d.reception, rid).history]
    assert history == [(None, "draft"), ("draft", "awaiting_documents"), ("awaiting_documents", "ready_to_sign"),
                       ("ready_to_sign", "submitted"), ("submitted", "under_review"), ("under_review", "accepted"),
                       ("accepted", "registered"), ("registered", "served"), ("served", "closed")]
    followup.log_interaction(d.store, d.reception, bid, "phone", "follow_up", "اتصال للمتابعة", rid)
    followup.record_survey(d.store, d.reception, bid, {"rating_speed": 5, "rating_respect": 5, "rating_clarity": 4,
                                                        "rating_overall": 5}, "شكراً", request_id=rid)
    summary = followup.satisfaction_summary(d.store, d.supervisor)
    assert summary.surveys == 1 and summary.averages["rating_clarity"] == 4.0
    assert check(d.store, d.supervisor).ok


def test_stale_declaration_blocks_submission_until_resigned(desk_env: Desk) -> None:
    d = desk_env
    bid, rid = open_case(d)
    verify_all(d, rid)
    decl = declarations.take(d.store, d.reception, rid)
    declarations.record_signature(d.store, d.reception, decl.id)
    beneficiaries.update(d.store, d.reception, bid, {"mobile": "0559876543"})
    assert declarations.current(d.store, d.reception, rid).stale
    with pytest.raises(WorkflowError) as err:
        submission.submit(d.store, d.reception, rid)
    assert err.value.code == "declaration_stale"
    with pytest.raises(WorkflowError):  # the old one cannot be signed either
        declarations.record_signature(d.store, d.reception, decl.id)
    fresh = declarations.take(d.store, d.reception, rid)
    assert fresh.id != decl.id and not fresh.stale and not fresh.signed
    declarations.record_signature(d.store, d.reception, fresh.id)
    assert submission.submit(d.store, d.reception, rid).number


def test_unchanged_data_reuses_the_declaration(desk_env: Desk) -> None:
    d = desk_env
    _, rid = open_case(d)
    verify_all(d, rid)
    assert declarations.take(d.store, d.reception, rid).id == declarations.take(d.store, d.reception, rid).id


def test_expired_document_is_refused_then_replaced(desk_env: Desk) -> None:
    d = desk_env
    _, rid = open_case(d)
    identity = next(i for i in requests.get(d.store, d.reception, rid).checklist if i.document_type == "identity_copy")
    with pytest.raises(ValidationError) as err:
        documents.update_item(d.store, d.reception, identity.id, "verified", "1", "2020-01-01")
    assert err.value.field == "expiry_date" and err.value.code == "expired"
    assert requests.get(d.store, d.reception, rid).checklist[0].status == "pending"  # nothing written
    documents.update_item(d.store, d.reception, identity.id, "expired", "1", "2020-01-01")
    documents.update_item(d.store, d.reception, identity.id, "verified", "2", FUTURE)
    item = next(i for i in requests.get(d.store, d.reception, rid).checklist if i.id == identity.id)
    assert (item.status, item.document_number, item.expiry_date) == ("verified", "2", dt.date(2031, 1, 1))


def test_document_expiring_before_submission_sends_request_back(desk_env: Desk) -> None:
    d = desk_env
    _, rid = open_case(d)
    d.store.frozen_now = dt.datetime(2026, 1, 1, 10)
    for item in requests.get(d.store, d.reception, rid).checklist:
        documents.update_item(d.store, d.reception, item.id, "verified", "1",
                              "2026-01-10" if item.document_type == "identity_copy" else None)
    decl = declarations.take(d.store, d.reception, rid)
    declarations.record_signature(d.store, d.reception, decl.id)
    d.store.frozen_now = dt.datetime(2026, 1, 11, 10)  # the ID expired on the 10th
    with pytest.raises(WorkflowError) as err:
        submission.submit(d.store, d.reception, rid)
    assert err.value.code == "document_expired"


def test_waiver_is_for_supervisors_and_needs_a_reason(desk_env: Desk) -> None:
    d = desk_env
    _, rid = open_case(d)
    item = requests.get(d.store, d.reception, rid).checklist[1]
    with pytest.raises(ValidationError) as err:
        documents.update_item(d.store, d.reception, item.id, "waived", reason="حالة خاصة")
    assert err.value.code == "waiver_needs_supervisor"
    with pytest.raises(ValidationError) as err:
        documents.update_item(d.store, d.supervisor, item.id, "waived")
    assert err.value.code == "reason_required"
    documents.update_item(d.store, d.supervisor, item.id, "waived", reason="حالة خاصة")


def test_referral_round_trip_and_inbox(desk_env: Desk) -> None:
    d = desk_env
    _, rid = open_case(d)
    ref = referrals.refer(d.store, d.reception, rid, "ما شروط الاستحقاق؟", d.researcher.user_id)
    with pytest.raises(WorkflowError):
        referrals.refer(d.store, d.reception, rid, "سؤال آخر")
    assert requests.get(d.store, d.reception, rid).status == "referred"
    assert [r.id for r in referrals.inbox(d.store, d.researcher)] == [ref]
    with pytest.raises(PermissionDenied):
        referrals.answer(d.store, d.reception, ref, "جواب")
    assert referrals.answer(d.store, d.researcher, ref, "شرحت الشروط", "تقرير") == "awaiting_documents"
    assert referrals.inbox(d.store, d.researcher) == []
    with pytest.raises(ValidationError) as err:
        referrals.refer(d.store, d.reception, rid, "q", d.committee.user_id)
    assert err.value.code == "not_researcher"


def test_committee_rules(desk_env: Desk) -> None:
    d = desk_env
    _, rid = open_case(d)
    verify_all(d, rid)
    declarations.record_signature(d.store, d.reception, declarations.take(d.store, d.reception, rid).id)
    submission.submit(d.store, d.reception, rid)
    meeting = committee.create_meeting(d.store, d.committee, "8", "01/12/2026")
    with pytest.raises(ValidationError):
        committee.create_meeting(d.store, d.committee, "8", "2026-12-02")
    with pytest.raises(PermissionDenied):
        committee.add_to_agenda(d.store, d.supervisor, meeting, [rid])
    assert requests.get(d.store, d.reception, rid).status == "submitted"
    committee.add_to_agenda(d.store, d.committee, meeting, [rid])
    with pytest.raises(ValidationError) as err:
        committee.record_decision(d.store, d.committee, meeting, rid, "reject", reason_code="other", reason="")
    assert err.value.field == "reason"
    assert committee.meeting(d.store, d.committee, meeting).agenda[0].outcome is None  # the failed call wrote nothing
    committee.remove_from_agenda(d.store, d.committee, meeting, rid)
    decide(d, rid, "return", "9", reason="يلزم إرفاق تعريف بالراتب")
    assert requests.get(d.store, d.reception, rid).status == "awaiting_documents"
    decision = committee.latest_decision(d.store, d.reception, rid)
    assert decision is not None and decision.reason == "يلزم إرفاق تعريف بالراتب" and decision.meeting_number == "9"


def test_roles_are_enforced_in_services(desk_env: Desk) -> None:
    d = desk_env
    with pytest.raises(PermissionDenied):
        beneficiaries.register(d.store, d.committee, beneficiary_data())
    with pytest.raises(PermissionDenied):
        beneficiaries.register(d.store, d.researcher, beneficiary_data())
    bid = beneficiaries.register(d.store, d.reception, beneficiary_data())
    with pytest.raises(PermissionDenied):
        requests.open_request(d.store, d.admin, bid, "transport", "phone")


def test_withdraw_needs_reason(desk_env: Desk) -> None:
    d = desk_env
    _, rid = open_case(d)
    with pytest.raises(WorkflowError):
        requests.transition(d.store, d.reception, rid, "withdrawn")
    requests.transition(d.store, d.reception, rid, "withdrawn", "طلب المستفيد")
    with pytest.raises(WorkflowError):
        requests.transition(d.store, d.reception, rid, "awaiting_documents")


def test_a_document_expired_since_verification_is_expired_needed_and_refused(desk_env: Desk) -> None:
    """The facts, the guard and the print agree: one rule, read three ways."""
    d = desk_env
    bid, rid = open_case(d)
    d.store.frozen_now = dt.datetime(2026, 1, 1, 10)
    for item in requests.get(d.store, d.reception, rid).checklist:
        documents.update_item(d.store, d.reception, item.id, "verified", "1",
                              "2026-01-10" if item.document_type == "identity_copy" else None)
    assert Action.PRINT_DECLARATION in requests.get(d.store, d.reception, rid).actions
    declarations.record_signature(d.store, d.reception, declarations.take(d.store, d.reception, rid).id)
    d.store.frozen_now = dt.datetime(2026, 1, 11, 10)  # the ID expired on the 10th
    view = requests.get(d.store, d.reception, rid)
    identity = next(i for i in view.checklist if i.document_type == "identity_copy")
    assert (identity.state, identity.expired_on, identity.still_needed) == (
        ItemState.EXPIRED, dt.date(2026, 1, 10), True)
    assert not view.actions & {Action.PRINT_DECLARATION, Action.SUBMIT, Action.OPEN_DECLARATION}
    with pytest.raises(WorkflowError) as err:
        submission.submit(d.store, d.reception, rid)
    assert err.value.code == "document_expired"
    beneficiaries.update(d.store, d.reception, bid, {"mobile": "0559876543"})  # a new declaration is needed
    with pytest.raises(WorkflowError) as err:
        declarations.take(d.store, d.reception, rid)
    assert err.value.code == "action_not_allowed"


@pytest.mark.parametrize(("who", "expected"), [
    ("reception", {Action.VERIFY_DOCUMENTS, Action.REFER, Action.PRINT_DECLARATION, Action.OPEN_DECLARATION}),
    ("supervisor", {Action.VERIFY_DOCUMENTS, Action.WAIVE_DOCUMENTS, Action.REFER, Action.PRINT_DECLARATION,
                    Action.OPEN_DECLARATION}),
    ("researcher", set()),
    ("committee", set()),
])
def test_the_facts_of_a_ready_request_for_each_role(desk_env: Desk, who: str, expected: set) -> None:
    d = desk_env
    _, rid = open_case(d)
    verify_all(d, rid)
    assert requests.get(d.store, getattr(d, who), rid).actions == expected
