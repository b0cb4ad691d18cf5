"""Referral to the social researcher when the procedure is unclear to the applicant."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from saa_desk.domain.checklist import checklist_problems
from saa_desk.domain.enums import Role
from saa_desk.domain.errors import ValidationError, WorkflowError
from saa_desk.domain.permissions import Permission
from saa_desk.domain.text import clean_text
from saa_desk.domain.workflow import RequestStatus
from saa_desk.services import checklist, requests, users
from saa_desk.services.context import Actor, reading, unit
from saa_desk.store.database import Store
from saa_desk.store.models import Beneficiary, Referral, SupportRequest, User


def refer(store: Store, actor: Actor, request_id: str, question: object,
          researcher_id: str | None = None) -> str:
    text = clean_text(question, "question", max_length=4000, required=True, multiline=True)
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


def answer(store: Store, actor: Actor, referral_id: str, answer_text: object,
           report: object = None) -> str:
    """The researcher answers; the request goes back to the desk (ready if its papers are)."""
    text = clean_text(answer_text, "answer", max_length=4000, required=True, multiline=True)
    report_text = clean_text(report, "report", max_length=20000, multiline=True)
    with unit(store, actor, Permission.REFERRAL_ANSWER) as u:
        referral: Referral = u.get(Referral, referral_id, "question")
        if referral.answered_at is not None:
            raise WorkflowError("referral_answered", "answer")
        referral.answer, referral.report = text, report_text
        referral.answered_at, referral.answered_by = u.now_utc, u.actor.user_id
        request: SupportRequest = u.get(SupportRequest, referral.request_id, "request")
        u.audit("referral.answer", "referrals", referral.id, request=request.number)
        if RequestStatus(request.status) is RequestStatus.REFERRED:
            complete = not checklist_problems(checklist.checklist_facts(u.session, request.id), u.today)
            target = RequestStatus.READY_TO_SIGN if complete else RequestStatus.AWAITING_DOCUMENTS
            requests.move(u, request, target)
        return request.status


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


def inbox(store: Store, actor: Actor, *, include_answered: bool = False) -> list[ReferralView]:
    """The researcher's inbox: referrals to them (or to nobody yet), oldest first."""
    with reading(store, actor) as s:
        query = (select(Referral, SupportRequest, Beneficiary)
                 .join(SupportRequest, SupportRequest.id == Referral.request_id)
                 .join(Beneficiary, Beneficiary.id == SupportRequest.beneficiary_id)
                 .where(Referral.deleted.is_(False)))
        if not include_answered:
            query = query.where(Referral.answered_at.is_(None))
        if Role.RESEARCHER in actor.roles and not actor.can(Permission.CONFLICTS_REVIEW):
            query = query.where((Referral.researcher_id == actor.user_id) | Referral.researcher_id.is_(None))
        rows = s.execute(query.order_by(Referral.created_at))
        return [ReferralView(r.id, q.id, q.number, b.full_name, r.question, r.researcher_id,
                             r.created_at, r.answer, r.report, r.answered_at) for r, q, b in rows]


def researchers(store: Store, actor: Actor) -> list[users.UserView]:
    return users.users_with_role(store, actor, Role.RESEARCHER)
