"""Referral to the social researcher when the procedure is unclear to the applicant."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import literal_column, select

from saa_desk.domain.beneficiary import choice
from saa_desk.domain.checklist import checklist_problems
from saa_desk.domain.enums import ReferralOutcome, Role
from saa_desk.domain.errors import PermissionDenied, ValidationError, WorkflowError
from saa_desk.domain.permissions import Permission
from saa_desk.domain.text import clean_text
from saa_desk.domain.workflow import RequestStatus
from saa_desk.services import checklist, requests, users
from saa_desk.services.context import Actor, Unit, reading, unit
from saa_desk.services.requests import request_branch
from saa_desk.store.database import Store
from saa_desk.store.models import Beneficiary, Referral, SupportRequest, User

QUESTION_MAX = 4000


def refer(store: Store, actor: Actor, request_id: str, question: object,
          researcher_id: str | None = None) -> str:
    text = clean_text(question, "question", max_length=QUESTION_MAX, required=True, multiline=True)
    with unit(store, actor, Permission.REFERRAL_CREATE) as u:
        request: SupportRequest = u.get(SupportRequest, request_id, "request")
        if researcher_id:
            researcher: User = u.get(User, researcher_id, "researcher")
            if Role.RESEARCHER.value not in researcher.roles.split(","):
                raise ValidationError("not_researcher", "researcher")
        open_one = u.session.scalar(select(Referral.id).where(
            Referral.request_id == request.id, Referral.answered_at.is_(None),
            Referral.deleted.is_(False)))
        if open_one:
            raise WorkflowError("referral_open", "request")
        referral = Referral(request_id=request.id, researcher_id=researcher_id, question=text)
        u.session.add(referral)
        request.assigned_researcher_id = researcher_id
        u.session.flush()
        u.audit("referral.create", "referrals", referral.id, request=request.number)
        requests.move(u, request, RequestStatus.REFERRED, (text or "")[:200])  # required: never None
        return referral.id


ANSWER_MAX, MISSING_MAX, REPORT_MAX = 4000, 2000, 20000  # sync/central_checks.py _SERVICE_LIMITS["referrals"]


def may_work_on(actor: Actor, referral: Referral, request_number: str) -> bool:
    """The referral's researcher, or any researcher of the request's branch while nobody has it."""
    if referral.researcher_id is not None:
        return referral.researcher_id == actor.user_id
    return actor.branch is not None and request_branch(request_number) == actor.branch


def require_researcher_of(actor: Actor, referral: Referral, request: SupportRequest) -> None:
    if not may_work_on(actor, referral, request.number):
        raise PermissionDenied(Permission.REFERRAL_ANSWER.value)


def answer(store: Store, actor: Actor, referral_id: str, answer_text: object,
           report: object = None, *, outcome: ReferralOutcome | str = ReferralOutcome.FORWARD,
           missing: object = None) -> str:
    """The researcher answers reception. Returned to reception, the request waits for `missing`
    (required); sent forward, it is ready to sign if its papers are, else it waits for them."""
    text = clean_text(answer_text, "answer", max_length=ANSWER_MAX, required=True, multiline=True)
    report_text = clean_text(report, "report", max_length=REPORT_MAX, multiline=True)
    code = choice(ReferralOutcome, outcome, "outcome", required=True)
    assert code is not None  # required
    where = ReferralOutcome(code)
    returned = where is ReferralOutcome.RETURN_TO_RECEPTION
    still_missing = clean_text(missing, "missing", max_length=MISSING_MAX, required=returned,
                               multiline=True) if returned else None
    with unit(store, actor, Permission.REFERRAL_ANSWER) as u:
        referral: Referral = u.get(Referral, referral_id, "question")
        if referral.answered_at is not None:
            raise WorkflowError("referral_answered", "answer")
        request: SupportRequest = u.get(SupportRequest, referral.request_id, "request")
        require_researcher_of(u.actor, referral, request)
        referral.answer, referral.report = text, report_text
        referral.outcome, referral.missing = where.value, still_missing
        referral.answered_at, referral.answered_by = u.now_utc, u.actor.user_id
        referral.researcher_id = referral.researcher_id or u.actor.user_id
        u.audit("referral.answer", "referrals", referral.id, request=request.number, outcome=where.value)
        if RequestStatus(request.status) is RequestStatus.REFERRED:
            requests.move(u, request, _target(u, request, returned), (still_missing or "")[:200] or None)
        return request.status


def _target(u: Unit, request: SupportRequest, returned: bool) -> RequestStatus:
    if returned:
        return RequestStatus.AWAITING_DOCUMENTS
    complete = not checklist_problems(checklist.checklist_facts(u.session, request.id), u.today)
    return RequestStatus.READY_TO_SIGN if complete else RequestStatus.AWAITING_DOCUMENTS


@dataclass(frozen=True)
class ReferralView:
    id: str
    request_id: str
    request_number: str
    beneficiary_name: str
    question: str
    researcher_id: str | None
    created_at: dt.datetime
    answer: str | None
    report: str | None
    answered_at: dt.datetime | None
    outcome: str | None  # ReferralOutcome, once answered
    missing: str | None  # what reception must still get, when returned
    request_status: str


def inbox(store: Store, actor: Actor, *, include_answered: bool = False) -> list[ReferralView]:
    """Referrals to me and the unassigned ones of my branch, oldest first; a supervisor sees all."""
    with reading(store, actor) as s:
        query = (select(Referral, SupportRequest, Beneficiary)
                 .join(SupportRequest, SupportRequest.id == Referral.request_id)
                 .join(Beneficiary, Beneficiary.id == SupportRequest.beneficiary_id)
                 .where(Referral.deleted.is_(False), SupportRequest.deleted.is_(False)))
        if not include_answered:
            query = query.where(Referral.answered_at.is_(None))
        if not (Role.SUPERVISOR in actor.roles or actor.can(Permission.CONFLICTS_REVIEW)):
            mine = Referral.researcher_id == actor.user_id
            if actor.branch:
                mine = mine | (Referral.researcher_id.is_(None)
                               & SupportRequest.number.startswith(f"{actor.branch}-", autoescape=True))
            query = query.where(mine)
        # created_at keeps whole seconds: within one, the order rows were written in (rowid) decides
        rows = s.execute(query.order_by(Referral.created_at, literal_column("referrals.rowid")))
        return [ReferralView(r.id, q.id, q.number, b.full_name, r.question, r.researcher_id,
                             r.created_at, r.answer, r.report, r.answered_at, r.outcome, r.missing, q.status)
                for r, q, b in rows]


def researchers(store: Store, actor: Actor) -> list[users.UserView]:
    return users.users_with_role(store, actor, Role.RESEARCHER)


def answers(store: Store, actor: Actor, request_ids: list[str]) -> dict[str, ReferralView]:
    """The researcher's latest answer to each request that has one (reception shows it), in one query."""
    if not request_ids:
        return {}
    with reading(store, actor) as s:
        rows = s.execute(select(Referral, SupportRequest, Beneficiary)
                         .join(SupportRequest, SupportRequest.id == Referral.request_id)
                         .join(Beneficiary, Beneficiary.id == SupportRequest.beneficiary_id)
                         .where(Referral.request_id.in_(request_ids), Referral.deleted.is_(False),
                                Referral.answered_at.is_not(None))
                         .order_by(Referral.answered_at, Referral.id))
        latest = {q.id: ReferralView(r.id, q.id, q.number, b.full_name, r.question, r.researcher_id, r.created_at,
                                     r.answer, r.report, r.answered_at, r.outcome, r.missing, q.status)
                  for r, q, b in rows}  # later answers overwrite earlier ones
        return latest
