"""Holding a one-member meeting in tests: the quorum set to one, the desk's committee member present."""

from __future__ import annotations

from typing import Any

from saa_desk.services import committee
from tests.conftest import Desk


def decide(d: Desk, request_id: str, outcome: str, number: str = "7", meeting_date: str = "2026-12-01",
           **decision: Any) -> str:
    """Put the request on a new meeting's agenda, record the decision and close the meeting; its id."""
    committee.set_committee_settings(d.store, d.admin, 1, False)
    meeting = committee.create_meeting(d.store, d.committee, number, meeting_date,
                                       member_ids=[d.committee.user_id])
    committee.add_to_agenda(d.store, d.committee, meeting, [request_id])
    committee.record_decision(d.store, d.committee, meeting, request_id, outcome, **decision)
    committee.close_meeting(d.store, d.committee, meeting)
    return meeting
