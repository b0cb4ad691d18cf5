"""The social research report: the researcher's visit, what they verified, and their recommendation.

Reports are append-only: filing a new one for the same referral supersedes the last (the newest is
the one the case file and the committee read)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from saa_desk.domain.beneficiary import choice
from saa_desk.domain.dates import parse_date
from saa_desk.domain.enums import Recommendation
from saa_desk.domain.errors import ValidationError, ValidationErrors
from saa_desk.domain.permissions import Permission
from saa_desk.domain.text import clean_text
from saa_desk.services.context import Actor, live, reading, today, unit
from saa_desk.services.referrals import require_researcher_of
from saa_desk.store.database import Store
from saa_desk.store.models import Referral, ResearchReport, SupportRequest, User

# The central refuses longer ones (sync/central_checks.py _SERVICE_LIMITS["research_reports"]).
LIMITS = {"visit_place": 200, "household": 4000, "housing": 4000, "income_verification": 1000,
          "needs": 4000, "conditions": 2000, "notes": 20000}


@dataclass(frozen=True)
class ResearchReportView:
    id: str
    referral_id: str
    request_id: str
    visit_date: dt.date
    visit_place: str
    household: str | None
    housing: str | None
    income_verified: bool
    income_verification: str | None
    needs: str | None
    recommendation: str  # Recommendation
    conditions: str | None
    notes: str | None
    filed_at: dt.datetime
    filed_by: str | None  # the researcher's full name


def latest_report_in(session: Session, request_id: str) -> ResearchReportView | None:
    """The newest report on the request (one query, the researcher's name joined)."""
    author = aliased(User)
    row = session.execute(
        select(ResearchReport, author.full_name)
        .outerjoin(author, author.id == ResearchReport.created_by)
        .where(ResearchReport.request_id == request_id)
        .order_by(ResearchReport.created_at.desc(), ResearchReport.hlc.desc()).limit(1)).first()
    if row is None:
        return None
    r, name = row
    return ResearchReportView(r.id, r.referral_id, r.request_id, r.visit_date, r.visit_place, r.household,
                              r.housing, r.income_verified, r.income_verification, r.needs, r.recommendation,
                              r.conditions, r.notes, r.created_at, name)


def _flag(value: object, field: str) -> bool:
    if isinstance(value, bool):
        return value
    raise ValidationError("unknown_choice", field, value=str(value)[:20])


def validate_report(on: dt.date, visit_date: object, visit_place: object, household: object, housing: object,
                    income_verified: object, income_verification: object, needs: object,
                    recommendation: object, conditions: object, notes: object) -> dict[str, Any]:
    """Every fault at once, each naming its field; the clean values keyed by column."""
    errors: list[ValidationError] = []
    clean: dict[str, Any] = {}

    def attempt(field: str, check: Any) -> None:
        try:
            clean[field] = check()
        except ValidationError as exc:
            errors.append(exc)

    attempt("visit_date", lambda: parse_date(visit_date, "visit_date", required=True))
    texts = {"visit_place": visit_place, "household": household, "housing": housing,
             "income_verification": income_verification, "needs": needs, "conditions": conditions,
             "notes": notes}
    for field, value in texts.items():
        attempt(field, lambda f=field, v=value: clean_text(v, f, max_length=LIMITS[f], required=f == "visit_place",
                                                           multiline=f != "visit_place"))
    attempt("income_verified", lambda: _flag(income_verified, "income_verified"))
    attempt("recommendation", lambda: choice(Recommendation, recommendation, "recommendation", required=True))
    if clean.get("visit_date") and clean["visit_date"] > on:
        errors.append(ValidationError("date_in_future", "visit_date"))
    if clean.get("income_verified") and "income_verification" in clean and not clean["income_verification"]:
        errors.append(ValidationError("required", "income_verification"))  # verified: say how
    if (clean.get("recommendation") == Recommendation.ACCEPT_WITH_CONDITIONS and "conditions" in clean
            and not clean["conditions"]):
        errors.append(ValidationError("required", "conditions"))
    if errors:
        raise ValidationErrors(errors)
    return clean


def file_report(store: Store, actor: Actor, referral_id: str, visit_date: object, visit_place: object,
                household: object, housing: object, income_verified: object, income_verification: object,
                needs: object, recommendation: object, conditions: object = None,
                notes: object = None) -> ResearchReportView:
    """File a report on a referral (a later one supersedes it); the referral's researcher, or a
    researcher of the request's branch while nobody has it, who then has it."""
    actor.require(Permission.REFERRAL_ANSWER)
    clean = validate_report(today(store), visit_date, visit_place, household, housing, income_verified,
                            income_verification, needs, recommendation, conditions, notes)
    with unit(store, actor, Permission.REFERRAL_ANSWER) as u:
        referral: Referral = u.get(Referral, referral_id, "question")
        request: SupportRequest = u.get(SupportRequest, referral.request_id, "request")
        require_researcher_of(u.actor, referral, request)
        referral.researcher_id = referral.researcher_id or u.actor.user_id
        report = ResearchReport(referral_id=referral.id, request_id=request.id, **clean)
        u.session.add(report)
        u.session.flush()
        u.audit("research.report", "research_reports", report.id, request=request.number,
                recommendation=clean["recommendation"])
        view = latest_report_in(u.session, request.id)
        assert view is not None and view.id == report.id
        return view


def latest_report(store: Store, actor: Actor, request_id: str) -> ResearchReportView | None:
    with reading(store, actor) as s:
        live(s, SupportRequest, request_id, "request")
        return latest_report_in(s, request_id)
