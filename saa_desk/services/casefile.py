"""The case file: everything known about one request, read-only, for the researcher and the committee.

One read transaction; each section is one query (the declaration's staleness check re-reads the
snapshot's parts through `declarations.fact`, which the identity map mostly answers)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from saa_desk.domain.checklist import ChecklistFact, ItemState, item_state
from saa_desk.domain.enums import DocumentStatus
from saa_desk.domain.errors import NotFound
from saa_desk.domain.permissions import Permission
from saa_desk.services import declarations
from saa_desk.services.context import Actor, reading, today
from saa_desk.services.requests import request_branch
from saa_desk.services.research import ResearchReportView, latest_report_in
from saa_desk.store.database import Store
from saa_desk.store.models import (
    Beneficiary,
    ChecklistItem,
    CommitteeMeeting,
    Decision,
    HouseholdMember,
    Referral,
    StatusTransition,
    SupportRequest,
    User,
)


@dataclass(frozen=True)
class CasePerson:
    id: str
    first_name: str
    father_name: str
    grandfather_name: str
    family_name: str
    latin_name: str | None
    id_type: str
    id_number: str
    gender: str
    birth_date: dt.date | None
    nationality: str
    mobile: str | None
    city: str | None
    district: str | None
    monthly_income: int | None
    employment: str | None
    marital_status: str | None
    health_notes: str | None
    preferred_channel: str | None

    @property
    def full_name(self) -> str:
        return " ".join((self.first_name, self.father_name, self.grandfather_name, self.family_name))


@dataclass(frozen=True)
class CaseMember:
    name: str
    relation: str
    birth_date: dt.date | None


@dataclass(frozen=True)
class CaseRequest:
    id: str
    number: str
    branch: str  # the first segment of the number (BRANCH-DESK-YEAR-SEQ)
    support_type: str
    channel: str
    description: str | None
    status: str
    submitted_at: dt.datetime | None
    expected_answer_date: dt.date | None


@dataclass(frozen=True)
class CaseDocument:
    document_type: str
    mandatory: bool
    status: str
    state: ItemState  # what it means today
    document_number: str | None
    expiry_date: dt.date | None
    has_scan: bool
    reason: str | None


@dataclass(frozen=True)
class CaseDeclaration:
    id: str
    created_at: dt.datetime
    signed: bool
    stale: bool  # the data it froze has changed since


@dataclass(frozen=True)
class CaseTransition:
    from_status: str | None
    to_status: str
    at: dt.datetime
    by: str | None  # full name
    note: str | None


@dataclass(frozen=True)
class CaseReferral:
    id: str
    question: str
    asked_at: dt.datetime
    asked_by: str | None
    researcher: str | None  # None: not assigned yet
    answer: str | None
    answered_at: dt.datetime | None
    answered_by: str | None
    outcome: str | None  # ReferralOutcome
    missing: str | None


@dataclass(frozen=True)
class CaseDecision:
    id: str
    meeting_number: str
    meeting_date: dt.date
    outcome: str
    reason_code: str | None
    reason: str | None
    support_granted: str | None
    conditions: str | None
    missing_documents: tuple[str, ...]
    conflict_of_interest: bool
    decided_at: dt.datetime


@dataclass(frozen=True)
class CaseFile:
    person: CasePerson
    household: tuple[CaseMember, ...]
    request: CaseRequest
    documents: tuple[CaseDocument, ...]
    declaration: CaseDeclaration | None
    history: tuple[CaseTransition, ...]
    referrals: tuple[CaseReferral, ...]  # oldest first
    report: ResearchReportView | None  # the latest research report
    decisions: tuple[CaseDecision, ...]  # oldest first

    @property
    def open_referral(self) -> CaseReferral | None:
        return next((r for r in reversed(self.referrals) if r.answered_at is None), None)

    @property
    def last_answer(self) -> CaseReferral | None:
        return next((r for r in reversed(self.referrals) if r.answered_at is not None), None)


def _person(b: Beneficiary) -> CasePerson:
    return CasePerson(b.id, b.first_name, b.father_name, b.grandfather_name, b.family_name, b.latin_name,
                      b.id_type, b.id_number, b.gender, b.birth_date, b.nationality, b.mobile, b.city,
                      b.district, b.monthly_income, b.employment, b.marital_status, b.health_notes,
                      b.preferred_channel)


def _household(s: Session, beneficiary_id: str) -> tuple[CaseMember, ...]:
    rows = s.scalars(select(HouseholdMember).where(
        HouseholdMember.beneficiary_id == beneficiary_id, HouseholdMember.deleted.is_(False))
        .order_by(HouseholdMember.created_at, HouseholdMember.id))
    return tuple(CaseMember(m.name, m.relation, m.birth_date) for m in rows)


def _documents(s: Session, request_id: str, on: dt.date) -> tuple[CaseDocument, ...]:
    rows = s.scalars(select(ChecklistItem).where(
        ChecklistItem.request_id == request_id, ChecklistItem.deleted.is_(False))
        .order_by(ChecklistItem.mandatory.desc(), ChecklistItem.document_type))
    return tuple(
        CaseDocument(i.document_type, i.mandatory, i.status,
                     item_state(ChecklistFact(i.document_type, i.mandatory, DocumentStatus(i.status), i.expiry_date),
                                on),
                     i.document_number, i.expiry_date, bool(i.scan_sha256), i.reason)
        for i in rows)


def _declaration(s: Session, request: SupportRequest) -> CaseDeclaration | None:
    decl = declarations.latest(s, request.id)
    if decl is None:
        return None
    fact = declarations.fact(s, request)
    assert fact is not None
    return CaseDeclaration(decl.id, decl.created_at, fact.signed, fact.stale)


def _history(s: Session, request_id: str) -> tuple[CaseTransition, ...]:
    who = aliased(User)
    rows = s.execute(select(StatusTransition, who.full_name)
                     .outerjoin(who, who.id == StatusTransition.created_by)
                     .where(StatusTransition.request_id == request_id)
                     .order_by(StatusTransition.hlc))
    return tuple(CaseTransition(t.from_status, t.to_status, t.created_at, name, t.note) for t, name in rows)


def _referrals(s: Session, request_id: str) -> tuple[CaseReferral, ...]:
    asker, researcher, answerer = aliased(User), aliased(User), aliased(User)
    rows = s.execute(select(Referral, asker.full_name, researcher.full_name, answerer.full_name)
                     .outerjoin(asker, asker.id == Referral.created_by)
                     .outerjoin(researcher, researcher.id == Referral.researcher_id)
                     .outerjoin(answerer, answerer.id == Referral.answered_by)
                     .where(Referral.request_id == request_id, Referral.deleted.is_(False))
                     .order_by(Referral.created_at, Referral.id))
    return tuple(CaseReferral(r.id, r.question, r.created_at, by, to, r.answer, r.answered_at, answered_by,
                              r.outcome, r.missing) for r, by, to, answered_by in rows)


def _missing_list(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    value = json.loads(raw)
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _decisions(s: Session, request_id: str) -> tuple[CaseDecision, ...]:
    rows = s.execute(select(Decision, CommitteeMeeting.number, CommitteeMeeting.meeting_date)
                     .join(CommitteeMeeting, CommitteeMeeting.id == Decision.meeting_id)
                     .where(Decision.request_id == request_id)
                     .order_by(Decision.created_at, Decision.hlc))
    return tuple(CaseDecision(d.id, number, day, d.outcome, d.reason_code, d.reason, d.support_granted,
                              d.conditions, _missing_list(d.missing_documents), d.conflict_of_interest,
                              d.created_at) for d, number, day in rows)


def case_file_in(s: Session, request_id: str, on: dt.date) -> CaseFile:
    """Inside a caller's read transaction (the committee's screens read it next to their own rows)."""
    row = s.execute(select(SupportRequest, Beneficiary)
                    .join(Beneficiary, Beneficiary.id == SupportRequest.beneficiary_id)
                    .where(SupportRequest.id == request_id, SupportRequest.deleted.is_(False))).first()
    if row is None:
        raise NotFound("request")
    r, b = row
    return CaseFile(
        person=_person(b),
        household=_household(s, b.id),
        request=CaseRequest(r.id, r.number, request_branch(r.number), r.support_type, r.channel,
                            r.description, r.status, r.submitted_at, r.expected_answer_date),
        documents=_documents(s, r.id, on),
        declaration=_declaration(s, r),
        history=_history(s, r.id),
        referrals=_referrals(s, r.id),
        report=latest_report_in(s, r.id),
        decisions=_decisions(s, r.id),
    )


def case_file(store: Store, actor: Actor, request_id: str) -> CaseFile:
    with reading(store, actor, Permission.READ) as s:
        return case_file_in(s, request_id, today(store))
