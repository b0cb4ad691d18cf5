"""The research committee: meetings, their agendas and draft decisions, and closing them, which makes
the decisions take effect (append-only `Decision` rows, the requests moved, the applicants to be told)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from saa_desk import catalogues
from saa_desk.domain.dates import parse_date
from saa_desk.domain.enums import DecisionOutcome, DocumentStatus, MeetingStatus, Role
from saa_desk.domain.errors import NotFound, ValidationError, ValidationErrors
from saa_desk.domain.permissions import Permission
from saa_desk.domain.text import clean_text
from saa_desk.domain.workflow import RequestStatus
from saa_desk.services import catalogue, notifications, requests
from saa_desk.services.context import Actor, Unit, live, reading, unit
from saa_desk.services.fieldchecks import whole_number
from saa_desk.store.database import Store
from saa_desk.store.models import (
    AgendaItem,
    Beneficiary,
    ChecklistItem,
    CommitteeMeeting,
    Decision,
    MeetingMember,
    Referral,
    ResearchReport,
    StatusTransition,
    SupportRequest,
    User,
)
from saa_desk.store.probe import SETTING_COMMITTEE_CONFLICT_BLOCKS, SETTING_COMMITTEE_QUORUM
from saa_desk.sync import local

# sync/central_checks.py _SERVICE_LIMITS: the central refuses longer values.
NUMBER_MAX = 20
NOTES_MAX = 4000
LOCATION_MAX = 200
REASON_MAX = 4000
SUPPORT_MAX = 1000
CONDITIONS_MAX = 2000
DEFAULT_QUORUM = 3
QUORUM_MAX = 50

_TARGET = {
    DecisionOutcome.ACCEPT: RequestStatus.ACCEPTED,
    DecisionOutcome.REJECT: RequestStatus.REJECTED,
    DecisionOutcome.RETURN: RequestStatus.RETURNED,
}
_QUEUED = (RequestStatus.SUBMITTED.value, RequestStatus.UNDER_REVIEW.value)


# ---------------------------------------------------------------------------------------------
# Settings: the quorum a new meeting copies, and whether a conflict of interest blocks a decision


@dataclass(frozen=True)
class CommitteeSettings:
    quorum: int
    conflict_blocks: bool


def _read_settings(store: Store) -> CommitteeSettings:
    raw = store.setting(SETTING_COMMITTEE_QUORUM)
    quorum = int(raw) if raw and raw.isdigit() and int(raw) > 0 else DEFAULT_QUORUM
    return CommitteeSettings(quorum, store.setting(SETTING_COMMITTEE_CONFLICT_BLOCKS) == "1")


def committee_settings(store: Store, actor: Actor) -> CommitteeSettings:
    actor.require(Permission.READ)
    return _read_settings(store)


def set_committee_settings(store: Store, actor: Actor, quorum: object, conflict_blocks: bool) -> CommitteeSettings:
    value = _quorum(quorum)
    with unit(store, actor, Permission.SETTINGS_MANAGE) as u:
        local.put(u.session, SETTING_COMMITTEE_QUORUM, str(value))
        local.put(u.session, SETTING_COMMITTEE_CONFLICT_BLOCKS, "1" if conflict_blocks else "0")
        u.audit("committee.settings", "desk_settings", None, quorum=value, conflict_blocks=bool(conflict_blocks))
    return CommitteeSettings(value, bool(conflict_blocks))


def _quorum(value: object) -> int:
    return whole_number(value, "quorum", 1, QUORUM_MAX)


# ---------------------------------------------------------------------------------------------
# Meetings


def _is_committee(user: User | None) -> bool:
    return user is not None and not user.deleted and user.active and Role.COMMITTEE.value in user.roles.split(",")


def _member_ids(session: Session, member_ids: Iterable[object]) -> list[str]:
    ids = [str(m) for m in dict.fromkeys(member_ids)]
    for user_id in ids:
        if not _is_committee(session.get(User, user_id)):
            raise ValidationError("not_committee_member", "members")
    return ids


def _open_meeting(u: Unit, meeting_id: str) -> CommitteeMeeting:
    """The meeting, refused once closed: its decisions are frozen."""
    meeting: CommitteeMeeting = u.get(CommitteeMeeting, meeting_id, "meeting_number")
    if meeting.status != MeetingStatus.OPEN.value:
        raise ValidationError("meeting_closed", "meeting_number", number=meeting.number)
    return meeting


def create_meeting(store: Store, actor: Actor, number: object, meeting_date: object, location: object = None,
                   member_ids: Sequence[object] = (), notes: object = None) -> str:
    """Open a meeting; the members listed start present (set_attendance changes that)."""
    errors: list[ValidationError] = []
    values: dict[str, object] = {}
    for field, check in (
            ("meeting_number", lambda: clean_text(number, "meeting_number", max_length=NUMBER_MAX, required=True)),
            ("meeting_date", lambda: parse_date(meeting_date, "meeting_date", required=True)),
            ("location", lambda: clean_text(location, "location", max_length=LOCATION_MAX)),
            ("notes", lambda: clean_text(notes, "notes", max_length=NOTES_MAX, multiline=True))):
        try:
            values[field] = check()
        except ValidationError as exc:
            errors.append(exc)
    if errors:
        raise ValidationErrors(errors)
    quorum = _read_settings(store).quorum
    with unit(store, actor, Permission.COMMITTEE_MEETING) as u:
        num = str(values["meeting_number"])
        if u.session.scalar(select(CommitteeMeeting.id).where(
                CommitteeMeeting.number == num, CommitteeMeeting.deleted.is_(False))):
            raise ValidationError("meeting_exists", "meeting_number")
        members = _member_ids(u.session, member_ids)
        meeting = CommitteeMeeting(number=num, meeting_date=values["meeting_date"], location=values["location"],
                                   notes=values["notes"], status=MeetingStatus.OPEN.value, quorum=quorum)
        u.session.add(meeting)
        u.session.flush()
        u.session.add_all(MeetingMember(meeting_id=meeting.id, user_id=m, present=True) for m in members)
        u.audit("committee.meeting", "committee_meetings", meeting.id, number=num, quorum=quorum,
                members=len(members))
        return meeting.id


def set_attendance(store: Store, actor: Actor, meeting_id: str, user_id: str, present: bool) -> None:
    with unit(store, actor, Permission.COMMITTEE_MEETING) as u:
        meeting = _open_meeting(u, meeting_id)
        if not _is_committee(u.session.get(User, user_id)):
            raise ValidationError("not_committee_member", "members")
        member = u.session.scalar(select(MeetingMember).where(
            MeetingMember.meeting_id == meeting.id, MeetingMember.user_id == user_id))
        if member is None:
            member = MeetingMember(meeting_id=meeting.id, user_id=user_id, present=bool(present))
            u.session.add(member)
        member.present, member.deleted = bool(present), False
        u.session.flush()
        u.audit("committee.attendance", "meeting_members", member.id, meeting=meeting.number, present=bool(present))


@dataclass(frozen=True)
class MeetingRow:
    id: str
    number: str
    meeting_date: dt.date
    location: str | None
    status: str
    quorum: int
    present: int
    items: int
    decided: int


def _rows(s: Session, *where: ColumnElement[bool]) -> list[MeetingRow]:
    present = (select(func.count()).where(MeetingMember.meeting_id == CommitteeMeeting.id,
                                          MeetingMember.present.is_(True), MeetingMember.deleted.is_(False))
               .correlate(CommitteeMeeting).scalar_subquery())
    items = (select(func.count()).where(AgendaItem.meeting_id == CommitteeMeeting.id, AgendaItem.deleted.is_(False))
             .correlate(CommitteeMeeting).scalar_subquery())
    decided = (select(func.count()).where(AgendaItem.meeting_id == CommitteeMeeting.id,
                                          AgendaItem.deleted.is_(False), AgendaItem.outcome.is_not(None))
               .correlate(CommitteeMeeting).scalar_subquery())
    rows = s.execute(select(CommitteeMeeting, present, items, decided)
                     .where(CommitteeMeeting.deleted.is_(False), *where)
                     .order_by(CommitteeMeeting.meeting_date.desc(), CommitteeMeeting.number.desc()))
    return [MeetingRow(m.id, m.number, m.meeting_date, m.location, m.status, m.quorum, p or 0, i or 0, d or 0)
            for m, p, i, d in rows]


def meetings(store: Store, actor: Actor) -> list[MeetingRow]:
    """Every meeting, newest first."""
    with reading(store, actor) as s:
        return _rows(s)


def open_meetings(store: Store, actor: Actor) -> list[MeetingRow]:
    with reading(store, actor) as s:
        return _rows(s, CommitteeMeeting.status == MeetingStatus.OPEN.value)


@dataclass(frozen=True)
class Attendance:
    user_id: str
    full_name: str
    present: bool


@dataclass(frozen=True)
class AgendaView:
    id: str
    request_id: str
    number: str
    beneficiary_name: str
    support_type: str
    request_status: str
    submitted_at: dt.datetime | None
    expected_answer_date: dt.date | None
    description: str | None
    outcome: str | None
    reason_code: str | None
    reason: str | None
    support_granted: str | None
    conditions: str | None
    missing_documents: tuple[str, ...]
    conflict_of_interest: bool
    decided_by: str | None

    @property
    def decided(self) -> bool:
        return self.outcome is not None


@dataclass(frozen=True)
class MeetingView:
    id: str
    number: str
    meeting_date: dt.date
    location: str | None
    notes: str | None
    status: str
    quorum: int
    closed_at: dt.datetime | None
    attendance: tuple[Attendance, ...]
    agenda: tuple[AgendaView, ...]

    @property
    def is_open(self) -> bool:
        return self.status == MeetingStatus.OPEN.value

    @property
    def present(self) -> int:
        return sum(1 for a in self.attendance if a.present)

    @property
    def quorum_met(self) -> bool:
        return self.present >= self.quorum

    @property
    def undecided(self) -> int:
        return sum(1 for i in self.agenda if not i.decided)


def full_name(b: Beneficiary) -> str:
    return f"{b.first_name} {b.father_name} {b.grandfather_name} {b.family_name}"


def _codes(raw: str | None) -> tuple[str, ...]:
    return tuple(str(c) for c in json.loads(raw)) if raw else ()


def _meeting_view(s: Session, meeting: CommitteeMeeting) -> MeetingView:
    attendance = tuple(
        Attendance(m.user_id, name or "", m.present)
        for m, name in s.execute(select(MeetingMember, User.full_name)
                                 .outerjoin(User, User.id == MeetingMember.user_id)
                                 .where(MeetingMember.meeting_id == meeting.id, MeetingMember.deleted.is_(False))
                                 .order_by(User.full_name)))
    agenda = tuple(
        AgendaView(i.id, r.id, r.number, full_name(b), r.support_type, r.status, r.submitted_at,
                   r.expected_answer_date, r.description, i.outcome, i.reason_code, i.reason, i.support_granted,
                   i.conditions, _codes(i.missing_documents), i.conflict_of_interest, i.decided_by)
        for i, r, b in s.execute(select(AgendaItem, SupportRequest, Beneficiary)
                                 .join(SupportRequest, SupportRequest.id == AgendaItem.request_id)
                                 .join(Beneficiary, Beneficiary.id == SupportRequest.beneficiary_id)
                                 .where(AgendaItem.meeting_id == meeting.id, AgendaItem.deleted.is_(False))
                                 .order_by(AgendaItem.position, SupportRequest.number)))
    return MeetingView(meeting.id, meeting.number, meeting.meeting_date, meeting.location, meeting.notes,
                       meeting.status, meeting.quorum, meeting.closed_at, attendance, agenda)


def meeting(store: Store, actor: Actor, meeting_id: str) -> MeetingView:
    with reading(store, actor) as s:
        return _meeting_view(s, live(s, CommitteeMeeting, meeting_id, "meeting_number"))


def meeting_by_number(store: Store, actor: Actor, number: object) -> MeetingView:
    """The meeting with this number (the CLI names meetings by number)."""
    num = clean_text(number, "meeting_number", max_length=NUMBER_MAX, required=True)
    with reading(store, actor) as s:
        found = s.scalar(select(CommitteeMeeting).where(CommitteeMeeting.number == num,
                                                        CommitteeMeeting.deleted.is_(False)))
        if found is None:
            raise NotFound("meeting_number")
        return _meeting_view(s, found)


# ---------------------------------------------------------------------------------------------
# The agenda


def _on_open_agenda(s: Session, request_id: str) -> str | None:
    """The open meeting whose agenda already holds this request, if any."""
    return s.scalar(select(AgendaItem.meeting_id)
                    .join(CommitteeMeeting, CommitteeMeeting.id == AgendaItem.meeting_id)
                    .where(AgendaItem.request_id == request_id, AgendaItem.deleted.is_(False),
                           CommitteeMeeting.status == MeetingStatus.OPEN.value,
                           CommitteeMeeting.deleted.is_(False)))


def add_to_agenda(store: Store, actor: Actor, meeting_id: str, request_ids: Sequence[str]) -> int:
    """Put queued requests on the agenda (each goes under review); returns how many were added.
    One already on this agenda is skipped; one on another open meeting's agenda or not in the queue is refused."""
    with unit(store, actor, Permission.COMMITTEE_DECIDE) as u:
        meeting = _open_meeting(u, meeting_id)
        position = int(u.session.scalar(select(func.coalesce(func.max(AgendaItem.position), 0))
                                        .where(AgendaItem.meeting_id == meeting.id)) or 0)
        added = 0
        for request_id in dict.fromkeys(request_ids):
            request: SupportRequest = u.get(SupportRequest, request_id, "request")
            holder = _on_open_agenda(u.session, request.id)
            if holder == meeting.id:
                continue
            if holder is not None:
                raise ValidationError("on_other_agenda", "request", number=request.number)
            if request.status not in _QUEUED:
                raise ValidationError("not_in_queue", "request", number=request.number)
            if request.status == RequestStatus.SUBMITTED.value:
                requests.move(u, request, RequestStatus.UNDER_REVIEW)
            position += 1
            item = AgendaItem(meeting_id=meeting.id, request_id=request.id, position=position,
                              conflict_of_interest=False)
            u.session.add(item)
            u.session.flush()
            u.audit("committee.agenda_add", "agenda_items", item.id, meeting=meeting.number, request=request.number)
            added += 1
        return added


def _item(u: Unit, meeting: CommitteeMeeting, request_id: str) -> AgendaItem:
    item = u.session.scalar(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id,
                                                     AgendaItem.request_id == request_id,
                                                     AgendaItem.deleted.is_(False)))
    if item is None:
        raise ValidationError("not_on_agenda", "request")
    return item


def remove_from_agenda(store: Store, actor: Actor, meeting_id: str, request_id: str) -> None:
    """Take a request off the agenda (tombstoned); it stays under review, back in the queue."""
    with unit(store, actor, Permission.COMMITTEE_DECIDE) as u:
        meeting = _open_meeting(u, meeting_id)
        item = _item(u, meeting, request_id)
        item.deleted = True
        u.audit("committee.agenda_remove", "agenda_items", item.id, meeting=meeting.number)


# ---------------------------------------------------------------------------------------------
# Draft decisions


@dataclass(frozen=True)
class DraftDecision:
    outcome: DecisionOutcome
    reason_code: str | None
    reason: str | None
    support_granted: str | None
    conditions: str | None
    missing_documents: tuple[str, ...]


def validate_decision(outcome: object, *, reason_code: object = None, reason: object = None,
                      support_granted: object = None, conditions: object = None,
                      missing_documents: Iterable[object] = (),
                      offered: catalogues.Catalogue | None = None) -> DraftDecision:
    """Every fault at once, each naming its field. Pure: the support type's default label is filled in later.
    Reasons and document types are the catalogue's (`offered`: the store's; the displayed one if None)."""
    errors: list[ValidationError] = []
    known_catalogue = offered or catalogues.display()
    try:
        result = DecisionOutcome(str(outcome))
    except ValueError:
        raise ValidationError("unknown_choice", "decision", value=str(outcome)[:20]) from None

    def text_of(value: object, field: str, limit: int) -> str | None:
        try:
            return clean_text(value, field, max_length=limit, multiline=True)
        except ValidationError as exc:
            errors.append(exc)
            return None

    why = text_of(reason, "reason", REASON_MAX)
    support = text_of(support_granted, "support_granted", SUPPORT_MAX)
    terms = text_of(conditions, "conditions", CONDITIONS_MAX)
    code: str | None = None
    missing: tuple[str, ...] = ()
    if result is DecisionOutcome.REJECT:
        code = str(reason_code) if reason_code not in (None, "") else None
        if code is None:
            errors.append(ValidationError("required", "reason_code"))
        elif code not in known_catalogue.active_rejection_reasons():
            errors.append(ValidationError("unknown_choice", "reason_code", value=code[:40]))
        if why is None and not any(e.field == "reason" for e in errors):
            errors.append(ValidationError("reason_required", "reason"))
    if result is DecisionOutcome.RETURN:
        known = known_catalogue.document_types
        missing = tuple(dict.fromkeys(str(m) for m in missing_documents))
        for m in missing:
            if m not in known:
                errors.append(ValidationError("unknown_choice", "missing_documents", value=m[:40]))
        if not missing and why is None and not any(e.field == "reason" for e in errors):
            errors.append(ValidationError("missing_required", "missing_documents"))
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
    accept = result is DecisionOutcome.ACCEPT
    return DraftDecision(result, code, why, support if accept else None, terms if accept else None, missing)


@dataclass(frozen=True)
class RecordResult:
    item_id: str
    conflict_of_interest: bool  # the recorder took the request in or researched it: a warning, shown


def conflict_of_interest(s: Session, user_id: str, request: SupportRequest) -> bool:
    """Did this member take the request in or research it?"""
    if request.created_by == user_id:
        return True
    referral = s.scalar(select(Referral.id).where(
        Referral.request_id == request.id,
        (Referral.researcher_id == user_id) | (Referral.answered_by == user_id)).limit(1))
    if referral is not None:
        return True
    return s.scalar(select(ResearchReport.id).where(ResearchReport.request_id == request.id,
                                                    ResearchReport.created_by == user_id).limit(1)) is not None


def has_conflict(store: Store, actor: Actor, request_id: str) -> bool:
    """Whether the actor would be warned deciding this request (the GUI shows it before recording)."""
    with reading(store, actor) as s:
        return conflict_of_interest(s, actor.user_id, live(s, SupportRequest, request_id, "request"))


def record_decision(store: Store, actor: Actor, meeting_id: str, request_id: str, outcome: object, *,
                    reason_code: object = None, reason: object = None, support_granted: object = None,
                    conditions: object = None, missing_documents: Iterable[object] = ()) -> RecordResult:
    """Set (or change) the draft decision on an agenda item while the meeting is open."""
    blocks = _read_settings(store).conflict_blocks
    with unit(store, actor, Permission.COMMITTEE_DECIDE) as u:
        draft = validate_decision(outcome, reason_code=reason_code, reason=reason, support_granted=support_granted,
                                  conditions=conditions, missing_documents=missing_documents,
                                  offered=catalogue.current_in(u.session)[1])
        meeting = _open_meeting(u, meeting_id)
        item = _item(u, meeting, request_id)
        request: SupportRequest = u.get(SupportRequest, item.request_id, "request")
        conflict = conflict_of_interest(u.session, actor.user_id, request)
        if conflict and blocks:
            raise ValidationError("conflict_of_interest", "decision", number=request.number)
        support = draft.support_granted
        if draft.outcome is DecisionOutcome.ACCEPT and support is None:
            support = catalogue.for_request(u.session, request).support_type_label(request.support_type, "ar")
            support = support[:SUPPORT_MAX]
        item.outcome, item.reason_code, item.reason = draft.outcome.value, draft.reason_code, draft.reason
        item.support_granted, item.conditions = support, draft.conditions
        item.missing_documents = json.dumps(list(draft.missing_documents)) if draft.missing_documents else None
        item.decided_by, item.conflict_of_interest = actor.user_id, conflict
        u.audit("committee.record", "agenda_items", item.id, meeting=meeting.number, request=request.number,
                outcome=draft.outcome.value, conflict_of_interest=conflict)
        return RecordResult(item.id, conflict)


# ---------------------------------------------------------------------------------------------
# Closing: the decisions take effect


@dataclass(frozen=True)
class CloseResult:
    decisions: int
    notifications: int


def close_meeting(store: Store, actor: Actor, meeting_id: str) -> CloseResult:
    """With the quorum present and every item decided: write the decisions, move the requests,
    queue the notifications and freeze the meeting, all in one transaction."""
    with unit(store, actor, Permission.COMMITTEE_DECIDE) as u:
        meeting = _open_meeting(u, meeting_id)
        present = int(u.session.scalar(select(func.count()).where(
            MeetingMember.meeting_id == meeting.id, MeetingMember.present.is_(True),
            MeetingMember.deleted.is_(False))) or 0)
        if present < meeting.quorum:
            raise ValidationError("quorum_not_met", "members", present=present, quorum=meeting.quorum)
        items = list(u.session.scalars(select(AgendaItem).where(
            AgendaItem.meeting_id == meeting.id, AgendaItem.deleted.is_(False)).order_by(AgendaItem.position)))
        undecided = sum(1 for i in items if i.outcome is None)
        if undecided:
            raise ValidationError("undecided_items", "decision", count=undecided)
        for item in items:
            _take_effect(u, meeting, item)
        meeting.status, meeting.closed_at, meeting.closed_by = MeetingStatus.CLOSED.value, u.now_utc, actor.user_id
        u.audit("committee.close", "committee_meetings", meeting.id, number=meeting.number, decisions=len(items))
        return CloseResult(len(items), len(items))


def _take_effect(u: Unit, meeting: CommitteeMeeting, item: AgendaItem) -> None:
    request: SupportRequest = u.get(SupportRequest, item.request_id, "request")
    outcome = DecisionOutcome(str(item.outcome))
    missing = _codes(item.missing_documents)
    note = _transition_note(item, missing, catalogue.for_request(u.session, request))
    requests.move(u, request, _TARGET[outcome], note)
    request.meeting_id = meeting.id
    decision = Decision(request_id=request.id, meeting_id=meeting.id, outcome=outcome.value,
                        reason=item.reason, reason_code=item.reason_code, support_granted=item.support_granted,
                        conditions=item.conditions, missing_documents=item.missing_documents,
                        conflict_of_interest=item.conflict_of_interest)
    u.session.add(decision)
    u.session.flush()
    u.audit("committee.decide", "decisions", decision.id, request=request.number, outcome=outcome.value)
    if outcome is DecisionOutcome.RETURN:
        _back_to_documents(u, request, missing, note)
    notifications.queue_for_decision(u, decision, request, meeting)


def _transition_note(item: AgendaItem, missing: Sequence[str], labels: catalogues.Catalogue) -> str | None:
    parts = [item.reason] if item.reason else []
    if item.reason_code:
        parts.insert(0, labels.rejection_reason_label(item.reason_code, "ar"))
    if missing:
        parts.append("، ".join(labels.document_label(m, "ar") for m in missing))
    return " — ".join(parts)[:REASON_MAX] or None


def _back_to_documents(u: Unit, request: SupportRequest, missing: Sequence[str], note: str | None) -> None:
    """The committee's return sends the request back to reception's "awaiting documents", with what is
    missing on its checklist. It is the decision's own consequence, not a reception step, so it is
    recorded without reception's permission (the committee has none to edit requests)."""
    source = RequestStatus(request.status)
    request.status = RequestStatus.AWAITING_DOCUMENTS.value
    u.session.add(StatusTransition(request_id=request.id, from_status=source.value,
                                   to_status=request.status, note=note))
    u.audit("request.status", "requests", request.id, **{"from": source.value, "to": request.status})
    for code in missing:
        row = u.session.scalar(select(ChecklistItem).where(ChecklistItem.request_id == request.id,
                                                           ChecklistItem.document_type == code))
        if row is None:
            u.session.add(ChecklistItem(request_id=request.id, document_type=code, mandatory=True,
                                        status=DocumentStatus.PENDING.value, reason=None))
        else:
            row.deleted, row.mandatory, row.status = False, True, DocumentStatus.PENDING.value
            row.verified_by = row.verified_at = None
    u.session.flush()


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


@dataclass(frozen=True)
class Member:
    user_id: str
    full_name: str


def committee_members(store: Store, actor: Actor) -> list[Member]:
    """The active committee members, to tick present on a new meeting."""
    with reading(store, actor) as s:
        rows = s.scalars(select(User).where(User.deleted.is_(False), User.active.is_(True)).order_by(User.full_name))
        return [Member(u.id, u.full_name) for u in rows if _is_committee(u)]
