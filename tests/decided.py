"""Requests the committee decided, for the tests of what follows a decision: the services up to
submission, then a closed meeting's Decision and its notification written as closing writes them."""

from __future__ import annotations

import datetime as dt
import json

from saa_desk.domain.enums import MeetingStatus
from saa_desk.domain.permissions import Permission
from saa_desk.domain.workflow import RequestStatus
from saa_desk.services import committee, declarations, documents, notifications, requests, submission
from saa_desk.services.context import unit
from saa_desk.store.models import CommitteeMeeting, Decision, SupportRequest
from tests.conftest import Desk

FUTURE = "2031-01-01"
_TARGET = {"accept": RequestStatus.ACCEPTED, "reject": RequestStatus.REJECTED, "return": RequestStatus.RETURNED}


def submitted_request(d: Desk, beneficiary_id: str, support_type: str = "umrah_trip") -> str:
    rid = requests.open_request(d.store, d.reception, beneficiary_id, support_type, "interview", "أرغب في أداء العمرة")
    for item in requests.get(d.store, d.reception, rid).checklist:
        documents.update_item(d.store, d.reception, item.id, "verified", "A-1",
                              FUTURE if item.document_type == "identity_copy" else None)
    decl = declarations.take(d.store, d.reception, rid)
    declarations.record_signature(d.store, d.reception, decl.id, "paper")
    submission.submit(d.store, d.reception, rid)
    return rid


def decide_in_closed_meeting(d: Desk, request_id: str, outcome: str = "accept", number: str = "12",
                             meeting_date: str = "2026-12-01", queued_at: dt.datetime | None = None) -> str:
    """The decision in effect and its pending notification, in one transaction (as closing a meeting
    does). Returns the notification's id. `queued_at` orders notifications queued within one second
    (created_at keeps whole seconds)."""
    with unit(d.store, d.committee, Permission.COMMITTEE_DECIDE) as u:
        meeting = CommitteeMeeting(number=number, meeting_date=dt.date.fromisoformat(meeting_date),
                                   status=MeetingStatus.CLOSED.value, quorum=1, closed_at=u.now_utc,
                                   closed_by=u.actor.user_id)
        u.session.add(meeting)
        request: SupportRequest = u.get(SupportRequest, request_id, "request")
        requests.move(u, request, RequestStatus.UNDER_REVIEW)
        reason = {"accept": None, "reject": "الدخل يتجاوز الحد", "return": "ينقص تقرير طبي"}[outcome]
        requests.move(u, request, _TARGET[outcome], reason)
        u.session.flush()
        decision = Decision(
            request_id=request.id, meeting_id=meeting.id, outcome=outcome, reason=reason,
            reason_code="income_above_limit" if outcome == "reject" else None,
            support_granted="رحلة عمرة كاملة" if outcome == "accept" else None,
            conditions="إحضار تقرير طبي قبل السفر" if outcome == "accept" else None,
            missing_documents=json.dumps(["medical_report"]) if outcome == "return" else None)
        u.session.add(decision)
        u.session.flush()
        notification = notifications.queue_for_decision(u, decision, request, meeting)
        if queued_at is not None:
            notification.created_at = queued_at
        return notification.id


def decide_at_meeting(d: Desk, decisions: list[tuple[str, str]], number: str = "30",
                      meeting_date: str = "2026-12-01") -> str:
    """The real path: a meeting (quorum one member) decides each (request, outcome) and closes, which
    writes the decisions and queues the notifications. Returns the meeting's id."""
    committee.set_committee_settings(d.store, d.admin, 1, False)
    mid = committee.create_meeting(d.store, d.committee, number, meeting_date, "قاعة الاجتماعات",
                                   [d.committee.user_id])
    committee.add_to_agenda(d.store, d.committee, mid, [rid for rid, _ in decisions])
    details: dict[str, dict[str, object]] = {
        "accept": {"support_granted": "رحلة عمرة كاملة", "conditions": "إحضار تقرير طبي قبل السفر"},
        "reject": {"reason_code": "income_above_limit", "reason": "الدخل يتجاوز الحد"},
        "return": {"reason": "ينقص تقرير طبي", "missing_documents": ["medical_report"]},
    }
    for rid, outcome in decisions:
        committee.record_decision(d.store, d.committee, mid, rid, outcome, **details[outcome])  # type: ignore[arg-type]
    committee.close_meeting(d.store, d.committee, mid)
    return mid
