"""Committee meetings through the services on a real desk file: quorum, agenda, each outcome's effect,
conflicts of interest, frozen after closing, the applicants queued to be told."""

from __future__ import annotations

import dataclasses
import hashlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from saa_desk.domain.errors import DeskError, PermissionDenied, ValidationError, ValidationErrors
from saa_desk.services import committee, declarations, exporting, requests, submission, users
from saa_desk.services.context import Actor
from saa_desk.store.models import Decision, Notification, StatusTransition
from tests.conftest import PASSWORD, Desk
from tests.services.test_lifecycle import open_case, verify_all


def submitted(d: Desk) -> str:
    _, rid = open_case(d)
    verify_all(d, rid)
    declarations.record_signature(d.store, d.reception, declarations.take(d.store, d.reception, rid).id, "paper")
    submission.submit(d.store, d.reception, rid)
    return rid


def member(d: Desk, name: str, roles: str = "committee") -> Actor:
    users.create_user(d.store, d.admin, name, f"عضو {name}", roles, PASSWORD)
    return users.authenticate(d.store, name, PASSWORD)


def three_members(d: Desk) -> list[str]:
    return [d.committee.user_id, member(d, "member2").user_id, member(d, "member3").user_id]


def test_quorum_undecided_and_frozen_after_close(desk_env: Desk) -> None:
    d = desk_env
    rid = submitted(d)
    ids = three_members(d)
    mid = committee.create_meeting(d.store, d.committee, "12", "2026-12-01", "قاعة الاجتماعات", ids[:2])
    view = committee.meeting(d.store, d.committee, mid)
    assert view.quorum == 3 and view.present == 2 and not view.quorum_met and view.is_open
    assert committee.add_to_agenda(d.store, d.committee, mid, [rid, rid]) == 1
    assert requests.get(d.store, d.reception, rid).status == "under_review"
    with pytest.raises(ValidationError) as err:
        committee.close_meeting(d.store, d.committee, mid)
    assert err.value.code == "quorum_not_met" and err.value.field == "members"
    assert "2" in err.value.message("ar") and "3" in err.value.message("en")
    committee.set_attendance(d.store, d.committee, mid, ids[2], True)
    with pytest.raises(ValidationError) as err:
        committee.close_meeting(d.store, d.committee, mid)
    assert err.value.code == "undecided_items"
    committee.record_decision(d.store, d.committee, mid, rid, "accept", conditions="تقديم فاتورة")
    assert committee.close_meeting(d.store, d.committee, mid).decisions == 1
    view = committee.meeting(d.store, d.committee, mid)
    assert view.status == "closed" and view.closed_at is not None and view.quorum_met
    for call in (lambda: committee.record_decision(d.store, d.committee, mid, rid, "reject", reason_code="other",
                                                   reason="x"),
                 lambda: committee.set_attendance(d.store, d.committee, mid, ids[1], False),
                 lambda: committee.add_to_agenda(d.store, d.committee, mid, [submitted(d)]),
                 lambda: committee.remove_from_agenda(d.store, d.committee, mid, rid),
                 lambda: committee.close_meeting(d.store, d.committee, mid)):
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.code == "meeting_closed"
    assert committee.meeting(d.store, d.committee, mid).agenda[0].outcome == "accept"
    assert [m.number for m in committee.open_meetings(d.store, d.committee)] == []
    assert [m.number for m in committee.meetings(d.store, d.committee)] == ["12"]


def test_each_outcome_takes_effect_when_the_meeting_closes(desk_env: Desk) -> None:
    d = desk_env
    accept, reject, back = submitted(d), submitted(d), submitted(d)
    mid = committee.create_meeting(d.store, d.committee, "13", "2026-12-01", member_ids=three_members(d))
    assert committee.add_to_agenda(d.store, d.committee, mid, [accept, reject, back]) == 3
    committee.record_decision(d.store, d.committee, mid, accept, "accept")
    committee.record_decision(d.store, d.committee, mid, reject, "reject", reason_code="income_above_limit",
                              reason="الدخل الشهري ٩٠٠٠ ريال")
    committee.record_decision(d.store, d.committee, mid, back, "return", missing_documents=["family_record"],
                              reason="يلزم سجل الأسرة محدثاً")
    # Still drafts: nothing has taken effect.
    assert requests.get(d.store, d.reception, accept).status == "under_review"
    assert committee.latest_decision(d.store, d.reception, accept) is None
    committee.close_meeting(d.store, d.committee, mid)
    assert requests.get(d.store, d.reception, accept).status == "accepted"
    assert requests.get(d.store, d.reception, reject).status == "rejected"
    returned = requests.get(d.store, d.reception, back)
    assert returned.status == "awaiting_documents"
    [family] = [i for i in returned.checklist if i.document_type == "family_record"]
    assert family.status == "pending" and family.mandatory
    with d.store.read() as s:
        decisions = {x.request_id: x for x in s.scalars(select(Decision).where(Decision.meeting_id == mid))}
        notes = list(s.scalars(select(Notification)))
        steps = [(t.from_status, t.to_status, t.note) for t in s.scalars(
            select(StatusTransition).where(StatusTransition.request_id == back)
            .order_by(StatusTransition.created_at, StatusTransition.hlc))]
    assert decisions[accept].support_granted == "رحلة عمرة" or decisions[accept].support_granted
    assert decisions[reject].reason_code == "income_above_limit" and decisions[reject].reason
    assert json.loads(decisions[back].missing_documents or "[]") == ["family_record"]
    assert steps[-2][:2] == ("under_review", "returned") and steps[-1][:2] == ("returned", "awaiting_documents")
    assert "سجل الأسرة" in (steps[-1][2] or "")
    assert sorted(n.request_id for n in notes) == sorted([accept, reject, back])
    assert {n.status for n in notes} == {"pending"} and all(n.message for n in notes)
    assert {n.decision_id for n in notes} == {x.id for x in decisions.values()}


def test_the_agenda_holds_only_queued_requests_on_no_other_open_meeting(desk_env: Desk) -> None:
    d = desk_env
    rid = submitted(d)
    first = committee.create_meeting(d.store, d.committee, "1", "2026-12-01")
    second = committee.create_meeting(d.store, d.committee, "2", "2026-12-02")
    committee.add_to_agenda(d.store, d.committee, first, [rid])
    with pytest.raises(ValidationError) as err:
        committee.add_to_agenda(d.store, d.committee, second, [rid])
    assert err.value.code == "on_other_agenda" and err.value.field == "request"
    committee.remove_from_agenda(d.store, d.committee, first, rid)
    assert committee.meeting(d.store, d.committee, first).agenda == ()
    assert committee.add_to_agenda(d.store, d.committee, second, [rid]) == 1
    _, draft = open_case(d)
    with pytest.raises(ValidationError) as err:
        committee.add_to_agenda(d.store, d.committee, second, [draft])
    assert err.value.code == "not_in_queue"
    with pytest.raises(ValidationError) as err:
        committee.record_decision(d.store, d.committee, first, rid, "accept")
    assert err.value.code == "not_on_agenda"


def test_only_committee_members_attend(desk_env: Desk) -> None:
    d = desk_env
    with pytest.raises(ValidationError) as err:
        committee.create_meeting(d.store, d.committee, "3", "2026-12-01", member_ids=[d.reception.user_id])
    assert err.value.code == "not_committee_member" and err.value.field == "members"
    assert committee.meetings(d.store, d.committee) == []
    mid = committee.create_meeting(d.store, d.committee, "3", "2026-12-01")
    with pytest.raises(ValidationError):
        committee.set_attendance(d.store, d.committee, mid, d.researcher.user_id, True)


def test_quorum_and_conflict_settings_need_settings_manage(desk_env: Desk) -> None:
    d = desk_env
    assert committee.committee_settings(d.store, d.committee) == committee.CommitteeSettings(3, False)
    with pytest.raises(PermissionDenied):
        committee.set_committee_settings(d.store, d.committee, 2, True)
    with pytest.raises(ValidationError) as err:
        committee.set_committee_settings(d.store, d.admin, "0", True)
    assert err.value.field == "quorum"
    committee.set_committee_settings(d.store, d.admin, 2, True)
    assert committee.committee_settings(d.store, d.committee) == committee.CommitteeSettings(2, True)
    mid = committee.create_meeting(d.store, d.committee, "5", "2026-12-01")
    assert committee.meeting(d.store, d.committee, mid).quorum == 2


def test_a_member_who_took_the_request_in_is_warned_or_refused(desk_env: Desk) -> None:
    both = member(desk_env, "both", "reception,committee")
    d = dataclasses.replace(desk_env, reception=both)
    rid = submitted(d)
    mid = committee.create_meeting(d.store, d.committee, "6", "2026-12-01")
    committee.add_to_agenda(d.store, d.committee, mid, [rid])
    assert not committee.record_decision(d.store, d.committee, mid, rid, "accept").conflict_of_interest
    assert committee.has_conflict(d.store, both, rid)
    warned = committee.record_decision(d.store, both, mid, rid, "accept", support_granted="سلة غذائية")
    assert warned.conflict_of_interest
    assert committee.meeting(d.store, d.committee, mid).agenda[0].conflict_of_interest
    committee.set_committee_settings(d.store, d.admin, 3, True)
    with pytest.raises(ValidationError) as err:
        committee.record_decision(d.store, both, mid, rid, "reject", reason_code="other", reason="سبب")
    assert err.value.code == "conflict_of_interest"
    assert committee.meeting(d.store, d.committee, mid).agenda[0].outcome == "accept"


def test_a_researcher_who_answered_the_referral_is_warned(desk_env: Desk) -> None:
    from saa_desk.services import referrals
    d = desk_env
    both = member(d, "researcher2", "researcher,committee")
    _, rid = open_case(d)
    ref = referrals.refer(d.store, d.reception, rid, "هل الدخل صحيح؟", both.user_id)
    referrals.answer(d.store, both, ref, "نعم")
    assert committee.has_conflict(d.store, both, rid)
    assert not committee.has_conflict(d.store, d.committee, rid)


TEXT = st.one_of(st.text(max_size=4100), st.sampled_from(["", "  ", "\x00", "\u202e", "٠١٢"]))
SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def fingerprint(d: Desk) -> str:
    return hashlib.sha256(exporting.export_json(d.store).encode()).hexdigest()


def fields_of(exc: DeskError) -> set[str | None]:
    return {e.field for e in exc.errors} if isinstance(exc, ValidationErrors) else {exc.field}


@SETTINGS
@given(outcome=st.sampled_from(["accept", "reject", "return", "maybe", ""]), reason=TEXT,
       code=st.sampled_from([None, "", "income_above_limit", "nonsense"]), support=TEXT, conditions=TEXT,
       missing=st.lists(st.sampled_from(["family_record", "identity_copy", "no_such_doc"]), max_size=3))
def test_a_bad_decision_names_its_field_and_writes_nothing(desk_env: Desk, outcome: str, reason: str,
                                                           code: str | None, support: str, conditions: str,
                                                           missing: list[str]) -> None:
    d = desk_env
    meetings = committee.open_meetings(d.store, d.committee)
    if not meetings:
        mid = committee.create_meeting(d.store, d.committee, "99", "2026-12-01")
        committee.add_to_agenda(d.store, d.committee, mid, [submitted(d)])
    mid = committee.open_meetings(d.store, d.committee)[0].id
    rid = committee.meeting(d.store, d.committee, mid).agenda[0].request_id
    before = fingerprint(d)
    try:
        committee.record_decision(d.store, d.committee, mid, rid, outcome, reason_code=code, reason=reason,
                                  support_granted=support, conditions=conditions, missing_documents=missing)
    except ValidationError as exc:
        assert fields_of(exc) <= {"decision", "reason", "reason_code", "support_granted", "conditions",
                                  "missing_documents"}, fields_of(exc)
        assert exc.message("ar") and exc.message("en")
        assert fingerprint(d) == before
        return
    item = committee.meeting(d.store, d.committee, mid).agenda[0]
    assert item.outcome == outcome
    if outcome == "reject":
        assert item.reason_code == "income_above_limit" and item.reason
    if outcome == "return":
        assert item.missing_documents or item.reason
