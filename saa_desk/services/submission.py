"""Raising a request to the research committee (رفع الطلب إلى لجنة البحث)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from saa_desk.domain.permissions import Permission
from saa_desk.domain.workflow import MIN_ANSWER_DAYS, RequestStatus, expected_answer_date
from saa_desk.services import requests
from saa_desk.services.context import Actor, unit
from saa_desk.store.database import Store
from saa_desk.store.models import SupportRequest


@dataclass(frozen=True)
class SubmissionResult:
    request_id: str
    number: str
    submitted_at: dt.datetime
    expected_answer_date: dt.date


def submit(store: Store, actor: Actor, request_id: str, answer_days: int = MIN_ANSWER_DAYS) -> SubmissionResult:
    """Guards: complete, unexpired mandatory documents today and a signed, current declaration.
    Sets the expected-answer date, never sooner than the policy's two weeks."""
    with unit(store, actor, Permission.REQUEST_SUBMIT) as u:
        request: SupportRequest = u.get(SupportRequest, request_id, "request")
        expected = expected_answer_date(u.today, answer_days)
        requests.move(u, request, RequestStatus.SUBMITTED)
        request.submitted_at = u.now_utc
        request.expected_answer_date = expected
        u.audit("request.submit", "requests", request.id, expected=expected.isoformat())
        return SubmissionResult(request.id, request.number, request.submitted_at, expected)
