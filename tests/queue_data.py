"""Queued requests for the committee queue's tests, screenshots and benchmark.

Written through the store (change capture and the search index run as usual) for beneficiaries
that demo data made: an interview and a submission per request would take minutes at 50,000.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from saa_desk.domain.workflow import MIN_ANSWER_DAYS
from saa_desk.services import demo, queue
from saa_desk.services.context import today
from saa_desk.store.models import Beneficiary, SupportRequest
from saa_desk.store.numbering import next_request_number
from tests.conftest import Desk

BATCH = 5000
CHANNELS = ("interview", "phone", "website", "letter")
KINDS = ("umrah_trip", "hajj_support", "transport", "mobility_aid")


def queued_now(d: Desk) -> int:
    return sum(queue.counts(d.store, d.committee).values())


def add_queued(d: Desk, count: int, seed: int = 3, days_back: int = 40) -> int:
    """`count` submitted / under-review requests, submitted 0..days_back days ago with the
    policy's 14-day promise: on time, due soon and overdue ones alike."""
    rng = random.Random(seed)
    on = today(d.store)
    with d.store.read() as s:
        people = list(s.scalars(select(Beneficiary.id).where(Beneficiary.deleted.is_(False))))
    assert people, "make beneficiaries first (demo data)"
    added = 0
    while added < count:
        take = min(BATCH, count - added)
        with d.store.write(d.supervisor.user_id) as s:
            for i in range(take):
                back = rng.randrange(0, days_back + 1)
                submitted = dt.datetime.combine(on - dt.timedelta(days=back), dt.time(6 + rng.randrange(8),
                                                                                      rng.randrange(60)))
                s.add(SupportRequest(
                    number=next_request_number(s, d.store, on.year), beneficiary_id=rng.choice(people),
                    support_type=rng.choice(KINDS), channel=rng.choice(CHANNELS), description="طلب دعم",
                    status="submitted" if (added + i) % 2 else "under_review", submitted_at=submitted,
                    expected_answer_date=submitted.date() + dt.timedelta(days=MIN_ANSWER_DAYS)))
        added += take
    return added


def queue_desk(d: Desk, people: int, queued: int) -> None:
    """A training desk with `people` demo beneficiaries and `queued` more queued requests."""
    demo.generate(d.store, d.supervisor, people, seed=5)
    add_queued(d, queued)
