"""The research committee: meetings, the queue of submitted requests, and decisions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import TextClause, func, select, text

from saa_desk.domain.dates import days_since, parse_date
from saa_desk.domain.enums import DecisionOutcome
from saa_desk.domain.errors import ValidationError
from saa_desk.domain.permissions import Permission
from saa_desk.domain.text import clean_text
from saa_desk.domain.workflow import RequestStatus
from saa_desk.services import requests
from saa_desk.services.context import Actor, reading, today, unit
from saa_desk.store.database import Store
from saa_desk.store.models import Beneficiary, CommitteeMeeting, Decision, SupportRequest

_TARGET = {
    DecisionOutcome.ACCEPT: RequestStatus.ACCEPTED,
    DecisionOutcome.REJECT: RequestStatus.REJECTED,
    DecisionOutcome.RETURN: RequestStatus.RETURNED,
}


def create_meeting(store: Store, actor: Actor, number: object, meeting_date: object,
                   notes: object = None) -> str:
    num = clean_text(number, "meeting_number", max_length=20, required=True)
    day = parse_date(meeting_date, "meeting_date", required=True)
    text = clean_text(notes, "notes", max_length=4000, multiline=True)
    with unit(store, actor, Permission.COMMITTEE_MEETING) as u:
        if u.session.scalar(select(CommitteeMeeting.id).where(
                CommitteeMeeting.number == num, CommitteeMeeting.deleted.is_(False))):
            raise ValidationError("meeting_exists", "meeting_number")
        meeting = CommitteeMeeting(number=num, meeting_date=day, notes=text)
        u.session.add(meeting)
        u.session.flush()
        u.audit("committee.meeting", "committee_meetings", meeting.id, number=num)
        return meeting.id


@dataclass(frozen=True)
class DecisionResult:
    decision_id: str
    request_status: str


def decide(store: Store, actor: Actor, request_id: str, meeting_id: str, outcome: str,
           reason: object = None) -> DecisionResult:
    """Only committee members decide; a rejection or a return needs a reason."""
    try:
        result = DecisionOutcome(str(outcome))
    except ValueError:
        raise ValidationError("unknown_choice", "decision", value=str(outcome)[:20]) from None
    why = clean_text(reason, "reason", max_length=4000, multiline=True)
    with unit(store, actor, Permission.COMMITTEE_DECIDE) as u:
        request: SupportRequest = u.get(SupportRequest, request_id, "request")
        meeting: CommitteeMeeting = u.get(CommitteeMeeting, meeting_id, "meeting_number")
        if RequestStatus(request.status) is RequestStatus.SUBMITTED:
            requests.move(u, request, RequestStatus.UNDER_REVIEW)
        requests.move(u, request, _TARGET[result], why)
        request.meeting_id = meeting.id
        decision = Decision(request_id=request.id, meeting_id=meeting.id, outcome=result.value,
                            reason=why)
        u.session.add(decision)
        u.session.flush()
        u.audit("committee.decide", "decisions", decision.id, request=request.number,
                outcome=result.value)
        return DecisionResult(decision.id, request.status)


@dataclass(frozen=True)
class QueueRow:
    request_id: str
    number: str
    beneficiary_name: str
    support_type: str
    status: str
    submitted_at: dt.datetime | None
    expected_answer_date: dt.date | None
    days_waiting: int


# Spelled with literals, exactly as the partial index ix_requests_queue: SQLite matches a partial
# index's condition only against the same constant terms, never against bound parameters.
_IN_QUEUE = text("requests.status IN ('submitted', 'under_review') AND requests.deleted = 0")


def _queue_filter() -> tuple[TextClause, ...]:
    return (_IN_QUEUE,)


def queue_count(store: Store, actor: Actor) -> int:
    with reading(store, actor) as s:
        return int(s.scalar(select(func.count()).select_from(SupportRequest).where(*_queue_filter())) or 0)


def queue_page(store: Store, actor: Actor, offset: int = 0, limit: int = 200) -> list[QueueRow]:
    """One page of the committee queue, longest-waiting first (the GUI fetches lazily)."""
    on = today(store)
    page = (select(SupportRequest.id).where(*_queue_filter())
            .order_by(SupportRequest.submitted_at, SupportRequest.number)
            .offset(offset).limit(limit).subquery())
    with reading(store, actor) as s:
        rows = s.execute(
            select(SupportRequest.id, SupportRequest.number, SupportRequest.support_type,
                   SupportRequest.status, SupportRequest.submitted_at,
                   SupportRequest.expected_answer_date, Beneficiary.first_name,
                   Beneficiary.father_name, Beneficiary.grandfather_name, Beneficiary.family_name)
            .join(page, page.c.id == SupportRequest.id)
            .join(Beneficiary, Beneficiary.id == SupportRequest.beneficiary_id)
            .order_by(SupportRequest.submitted_at, SupportRequest.number)
        )
        return [QueueRow(r.id, r.number, f"{r.first_name} {r.father_name} {r.grandfather_name} "
                         f"{r.family_name}", r.support_type, r.status, r.submitted_at,
                         r.expected_answer_date,
                         days_since(r.submitted_at, on) if r.submitted_at else 0) for r in rows]


@dataclass(frozen=True)
class DecisionView:
    id: str
    outcome: str
    reason: str | None
    meeting_number: str
    meeting_date: dt.date
    decided_at: dt.datetime


def latest_decision(store: Store, actor: Actor, request_id: str) -> DecisionView | None:
    with reading(store, actor) as s:
        row = s.execute(select(Decision, CommitteeMeeting)
                        .join(CommitteeMeeting, CommitteeMeeting.id == Decision.meeting_id)
                        .where(Decision.request_id == request_id)
                        .order_by(Decision.hlc.desc()).limit(1)).first()
        if row is None:
            return None
        d, m = row
        return DecisionView(d.id, d.outcome, d.reason, m.number, m.meeting_date, d.created_at)
