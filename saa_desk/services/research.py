"""The social research report: the researcher's visit, what they verified, and their recommendation.

Reports are append-only: filing a new one for the same referral supersedes the last (the newest is
the one the case file and the committee read)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from saa_desk.store.models import ResearchReport, User


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
