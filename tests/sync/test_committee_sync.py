"""The committee's tables travel: a meeting held at the head office's desk reaches the branch desk
with its agenda, decisions, the requests' new statuses and the notifications; a request decided at
two desks while both were offline keeps both decisions everywhere and raises a conflict on the
request for the supervisor; forged committee rows are refused by the central, field named."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence

import psycopg
import pytest
from sqlalchemy import func, select

from saa_desk.services import committee, declarations, submission
from saa_desk.services.conflicts import conflicts_to_review, mark_reviewed
from saa_desk.store.models import (
    AgendaItem,
    CommitteeMeeting,
    Decision,
    MeetingMember,
    Notification,
    Referral,
    ResearchReport,
    SupportRequest,
)
from saa_desk.sync import SyncError, sync_once
from saa_desk.sync.central_checks import refusal
from saa_desk.sync.merge import DECISION_FIELD, Conflict
from tests.conftest import Desk
from tests.services.test_lifecycle import open_case, verify_all
from tests.sync.conftest import driver_url
from tests.sync.helpers import central_conflicts, central_export, export

MakeDesks = Callable[[int], list[Desk]]


def submitted(d: Desk) -> str:
    _bid, rid = open_case(d)
    verify_all(d, rid)
    decl = declarations.take(d.store, d.reception, rid)
    declarations.record_signature(d.store, d.reception, decl.id, "paper")
    submission.submit(d.store, d.reception, rid)
    return rid


_DECISION: dict[str, dict[str, object]] = {
    "accept": {"conditions": "تقديم فاتورة"},
    "reject": {"reason_code": "income_above_limit", "reason": "الدخل أعلى من الحد"},
    "return": {"missing_documents": ["family_record"], "reason": "سجل الأسرة ناقص"},
}


def hold_meeting(d: Desk, number: str, outcomes: Sequence[tuple[str, str]]) -> str:
    """Open a meeting with the desk's committee member present, put the requests on its agenda,
    record each decision and close it (services/committee): the decisions take effect."""
    committee.set_committee_settings(d.store, d.admin, 1, False)
    meeting = committee.create_meeting(d.store, d.committee, number, "2026-12-01", location="المقر الرئيسي",
                                       member_ids=[d.committee.user_id])
    committee.add_to_agenda(d.store, d.committee, meeting, [rid for rid, _o in outcomes])
    for rid, outcome in outcomes:
        committee.record_decision(d.store, d.committee, meeting, rid, outcome, **_DECISION[outcome])  # type: ignore[arg-type]
    committee.close_meeting(d.store, d.committee, meeting)
    return meeting


def decisions_of(d: Desk, rid: str) -> list[tuple[str, str]]:
    with d.store.read() as s:
        query = select(Decision.outcome, Decision.meeting_id).where(Decision.request_id == rid)
        return sorted((str(o), str(m)) for o, m in s.execute(query))


def status_of(d: Desk, rid: str) -> str:
    with d.store.read() as s:
        return str(s.scalar(select(SupportRequest.status).where(SupportRequest.id == rid)))


def count(d: Desk, model: type, **where: str) -> int:
    with d.store.read() as s:
        query = select(func.count()).select_from(model)
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        return int(s.scalar(query) or 0)


def test_a_meeting_at_the_head_office_reaches_the_branch_after_one_sync_each(central_url: str,
                                                                            make_desks: MakeDesks) -> None:
    head, branch = make_desks(2)
    rids = [submitted(branch) for _ in range(3)]
    sync_once(branch.store, central_url)
    sync_once(head.store, central_url)
    meeting = hold_meeting(head, "7/1448", list(zip(rids, ("accept", "reject", "return"), strict=True)))

    assert sync_once(head.store, central_url).conflicts == 0
    summary = sync_once(branch.store, central_url)
    assert summary.conflicts == 0
    assert summary.changes.rows["decisions"] and summary.changes.rows["committee_meetings"] == {meeting}
    assert [status_of(branch, r) for r in rids] == ["accepted", "rejected", "awaiting_documents"]
    for rid, outcome in zip(rids, ("accept", "reject", "return"), strict=True):
        assert decisions_of(branch, rid) == [(outcome, meeting)]
    assert count(branch, AgendaItem, meeting_id=meeting) == 3
    assert count(branch, MeetingMember, meeting_id=meeting) == 1
    assert count(branch, Notification, status="pending") == 3
    with branch.store.read() as s:
        closed = s.get(CommitteeMeeting, meeting)
        assert closed is not None and (closed.status, closed.number) == ("closed", "7/1448")
    # the two desks and the central hold the same data
    assert export(branch.store) == export(head.store) == central_export(central_url)


def _decided_offline_at_both(central_url: str, head: Desk, branch: Desk, outcomes: tuple[str, str]
                             ) -> tuple[str, str, str]:
    rid = submitted(branch)
    sync_once(branch.store, central_url)
    sync_once(head.store, central_url)
    at_head = hold_meeting(head, "1/1448", [(rid, outcomes[0])])
    at_branch = hold_meeting(branch, "ف-1/1448", [(rid, outcomes[1])])
    return rid, at_head, at_branch


def _decision_values(rid: str, desk: Desk) -> list[dict[str, str]]:
    logged = [c for c in conflicts_at(desk) if c.field == DECISION_FIELD and c.row_id == rid]
    assert len(logged) == 1, logged
    return [json.loads(logged[0].loser_value), json.loads(logged[0].winner_value)]


def conflicts_at(desk: Desk) -> list[Conflict]:
    return [c.conflict for c in conflicts_to_review(desk.store, desk.supervisor)]


@pytest.mark.parametrize("head_first", [True, False], ids=["head-pushes-first", "branch-pushes-first"])
@pytest.mark.parametrize("outcomes", [("accept", "reject"), ("accept", "accept"), ("return", "accept")],
                         ids=["different", "same", "return-accept"])
def test_a_request_decided_at_two_desks_offline_keeps_both_and_raises_a_conflict(
        central_url: str, make_desks: MakeDesks, outcomes: tuple[str, str], head_first: bool) -> None:
    head, branch = make_desks(2)
    rid, at_head, at_branch = _decided_offline_at_both(central_url, head, branch, outcomes)
    first, second = (head, branch) if head_first else (branch, head)
    sync_once(first.store, central_url)
    assert sync_once(second.store, central_url).conflicts >= 1  # found by the central at the second push
    sync_once(first.store, central_url)

    both = sorted(zip(outcomes, (at_head, at_branch), strict=True))
    assert decisions_of(head, rid) == decisions_of(branch, rid) == both
    with psycopg.connect(driver_url(central_url)) as conn:
        assert sorted(conn.execute("SELECT outcome, meeting_id FROM decisions WHERE request_id = %s",
                                   (rid,)).fetchall()) == both
    (logged,) = [c for c in central_conflicts(central_url) if c.field == DECISION_FIELD]
    assert logged.table_name == "requests" and logged.row_id == rid
    # the branch decided last (the later clock): its decision is the one the file shows
    values = _decision_values(rid, branch)
    assert values == _decision_values(rid, head)
    assert [(v["outcome"], v["meeting"]) for v in values] == [(outcomes[0], "1/1448"), (outcomes[1], "ف-1/1448")]
    assert logged.loser_desk == head.store.desk_id.replace("-", "")  # type: ignore[union-attr]
    if outcomes[0] != outcomes[1]:  # the status field lost a value too, logged by the field merge
        assert any(c.field == "status" and c.row_id == rid for c in central_conflicts(central_url))
    assert export(branch.store) == export(head.store) == central_export(central_url)

    # the supervisor reviews it once, for the whole association
    (to_review,) = [c for c in conflicts_to_review(branch.store, branch.supervisor)
                    if c.conflict.field == DECISION_FIELD]
    mark_reviewed(branch.store, branch.supervisor, to_review.id)
    sync_once(branch.store, central_url)
    sync_once(head.store, central_url)
    assert not [c for c in conflicts_to_review(head.store, head.supervisor) if c.conflict.field == DECISION_FIELD]


def test_a_decision_pulled_while_one_of_ours_waits_to_be_pushed_is_a_conflict_found_at_the_desk(
        central_url: str, make_desks: MakeDesks) -> None:
    """The branch decides after its push read the outbox and before its pull: the central never sees
    the pair as concurrent (the branch pulled the head's decision first), so the pull must."""
    head, branch = make_desks(2)
    rid = submitted(branch)
    sync_once(branch.store, central_url)
    sync_once(head.store, central_url)
    at_head = hold_meeting(head, "2/1448", [(rid, "accept")])
    sync_once(head.store, central_url)
    made: list[str] = []

    def decide_between(point: str, _info: object) -> None:
        if point == "pull.fetched" and not made:
            made.append(hold_meeting(branch, "ف-2/1448", [(rid, "accept")]))

    assert sync_once(branch.store, central_url, interrupt=decide_between).conflicts == 1
    sync_once(branch.store, central_url)  # pushes its decision and the conflict it found
    sync_once(head.store, central_url)
    (logged,) = [c for c in central_conflicts(central_url) if c.field == DECISION_FIELD]
    assert logged.row_id == rid
    assert {json.loads(logged.loser_value)["meeting"], json.loads(logged.winner_value)["meeting"]} == {
        "2/1448", "ف-2/1448"}
    assert len(decisions_of(head, rid)) == len(decisions_of(branch, rid)) == 2
    assert at_head in {m for _o, m in decisions_of(head, rid)} and made[0] in {m for _o, m in decisions_of(head, rid)}


def test_a_decision_after_a_resubmission_is_no_conflict(central_url: str, make_desks: MakeDesks) -> None:
    """Returned at the head office, completed and submitted again at the branch, decided again at the
    branch: the branch had seen the first decision, so nothing is concurrent."""
    head, branch = make_desks(2)
    rid = submitted(branch)
    sync_once(branch.store, central_url)
    sync_once(head.store, central_url)
    hold_meeting(head, "3/1448", [(rid, "return")])
    sync_once(head.store, central_url)
    sync_once(branch.store, central_url)
    assert status_of(branch, rid) == "awaiting_documents"  # the return sent it back to reception
    verify_all(branch, rid)
    decl = declarations.take(branch.store, branch.reception, rid)
    declarations.record_signature(branch.store, branch.reception, decl.id, "paper")
    submission.submit(branch.store, branch.reception, rid)
    hold_meeting(branch, "ف-3/1448", [(rid, "accept")])
    assert sync_once(branch.store, central_url).conflicts == 0
    sync_once(head.store, central_url)
    assert [c for c in central_conflicts(central_url) if c.field == DECISION_FIELD] == []
    assert len(decisions_of(head, rid)) == 2 and status_of(head, rid) == "accepted"


# -- forged rows ---------------------------------------------------------------------------------

FORGED: list[tuple[str, str, str, str]] = [
    ("notifications", "status", "bogus", "unknown_choice"),
    ("notifications", "message", "م" * 2001, "too_long"),
    ("agenda_items", "outcome", "maybe", "unknown_choice"),
    ("agenda_items", "reason", "x" * 4001, "too_long"),
    ("decisions", "outcome", "maybe", "unknown_choice"),
    ("decisions", "support_granted", "x" * 1001, "too_long"),
    ("committee_meetings", "status", "ajar", "unknown_choice"),
    ("committee_meetings", "location", "x" * 201, "too_long"),
]


@pytest.mark.parametrize(("table", "column", "value", "reason"), FORGED, ids=[f"{t}.{c}-{r}" for t, c, _v, r in FORGED])
def test_a_forged_committee_row_is_refused_with_its_field_and_nothing_applied(
        central_url: str, make_desks: MakeDesks, table: str, column: str, value: str, reason: str) -> None:
    head, branch = make_desks(2)
    rids = [submitted(branch) for _ in range(2)]
    sync_once(branch.store, central_url)
    sync_once(head.store, central_url)
    hold_meeting(head, "9/1448", [(rids[0], "accept"), (rids[1], "reject")])
    with head.store.write(None, capture=False) as s:  # edited by hand, behind the services' back
        s.connection().exec_driver_sql(
            f"UPDATE {table} SET {column} = ? WHERE rowid = (SELECT min(rowid) FROM {table})", (value,))
    with pytest.raises(SyncError) as caught:
        sync_once(head.store, central_url)
    assert refusal(caught.value) == (table, column, reason)
    with psycopg.connect(driver_url(central_url)) as conn:  # nothing of that push was applied
        for name in ("committee_meetings", "agenda_items", "decisions", "notifications", "meeting_members"):
            assert conn.execute(f"SELECT count(*) FROM {name}").fetchone() == (0,), name
        assert conn.execute("SELECT count(*) FROM requests WHERE status = 'submitted'").fetchone() == (2,)


def test_a_forged_research_report_recommendation_is_refused(central_url: str, make_desks: MakeDesks) -> None:
    (desk,) = make_desks(1)
    rid = submitted(desk)
    with desk.store.write(desk.researcher.user_id) as session:  # a hand-made row, past the services
        referral = Referral(request_id=rid, question="هل الدخل صحيح؟")
        session.add(referral)
        session.flush()
        session.add(ResearchReport(referral_id=referral.id, request_id=rid, visit_date=dt.date.today(),
                                   visit_place="المنزل", recommendation="maybe"))
    with pytest.raises(SyncError) as caught:
        sync_once(desk.store, central_url)
    assert refusal(caught.value) == ("research_reports", "recommendation", "unknown_choice")
    with psycopg.connect(driver_url(central_url)) as conn:
        assert conn.execute("SELECT count(*) FROM requests").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM research_reports").fetchone() == (0,)


def test_a_research_report_and_a_referral_answer_reach_the_other_desk(central_url: str,
                                                                    make_desks: MakeDesks) -> None:
    """The research tables and the referral's new columns travel (rows written the way capture sees
    any service's writes; the research service is another branch's)."""
    branch, head = make_desks(2)
    rid = submitted(branch)
    with branch.store.write(branch.researcher.user_id) as session:
        referral = Referral(request_id=rid, question="هل الدخل صحيح؟", answer="نعم", outcome="forward",
                            missing=None)
        session.add(referral)
        session.flush()
        report = ResearchReport(referral_id=referral.id, request_id=rid, visit_date=dt.date(2026, 11, 30),
                                visit_place="منزل الأسرة", household="خمسة أفراد", income_verified=True,
                                income_verification="كشف حساب", needs="سلة غذائية", recommendation="accept",
                                notes="م" * 20000)
        session.add(report)
        session.flush()
        ids = (referral.id, report.id)
    for desk in (branch, head, branch):
        sync_once(desk.store, central_url)
    with head.store.read() as s:
        got = s.get(ResearchReport, ids[1])
        answered = s.get(Referral, ids[0])
        assert got is not None and (got.recommendation, got.income_verified, len(got.notes or "")) == (
            "accept", True, 20000)
        assert answered is not None and answered.outcome == "forward"
    assert export(head.store) == export(branch.store) == central_export(central_url)
