"""Days waited counts Riyadh days: a request submitted after midnight in Riyadh (still yesterday in UTC)
has waited no day that morning."""

import datetime as dt

from sqlalchemy import update

from saa_desk.domain.dates import days_since, local_date
from saa_desk.printing import read_document_metadata
from saa_desk.services import committee, declarations, printing, submission
from saa_desk.store.models import Decision
from tests.conftest import Desk
from tests.services.meeting_helpers import decide
from tests.services.test_lifecycle import open_case, verify_all


def test_local_date_of_a_stored_timestamp_is_the_riyadh_date() -> None:
    assert local_date(dt.datetime(2026, 3, 9, 22, 30)) == dt.date(2026, 3, 10)  # 01:30 in Riyadh
    assert local_date(dt.datetime(2026, 3, 9, 20, 59)) == dt.date(2026, 3, 9)
    assert local_date(dt.datetime(2026, 3, 9, 22, 30, tzinfo=dt.UTC)) == dt.date(2026, 3, 10)
    assert days_since(dt.datetime(2026, 3, 9, 22, 30), dt.date(2026, 3, 10)) == 0


def submitted_case(d: Desk) -> str:
    _, rid = open_case(d)
    verify_all(d, rid)
    decl = declarations.take(d.store, d.reception, rid)
    declarations.record_signature(d.store, d.reception, decl.id, "paper")
    return rid


def test_decision_letter_is_dated_the_riyadh_day(desk_env: Desk) -> None:
    d = desk_env
    rid = submitted_case(d)
    submission.submit(d.store, d.reception, rid)
    decide(d, rid, "accept", "4", "2026-03-09")
    # The stored decision time is the computer's UTC clock: put it at 01:30 on the 10th in Riyadh.
    with d.store.write(None, capture=False) as s:
        s.execute(update(Decision).values(created_at=dt.datetime(2026, 3, 9, 22, 30)))
    letter = printing.print_decision(d.store, d.reception, rid)
    assert read_document_metadata(letter.pdf)["decided_on"] == "2026-03-10"


def test_request_submitted_after_midnight_has_waited_no_day_that_morning(desk_env: Desk) -> None:
    d = desk_env
    rid = submitted_case(d)
    d.store.frozen_now = dt.datetime(2026, 3, 10, 1, 30)  # Riyadh time; 22:30 on the 9th in UTC
    submission.submit(d.store, d.reception, rid)
    d.store.frozen_now = dt.datetime(2026, 3, 10, 11, 0)  # the same morning
    [row] = committee.queue_page(d.store, d.committee)
    assert row.days_waiting == 0
    d.store.frozen_now = dt.datetime(2026, 3, 12, 0, 30)  # two Riyadh days later, just after midnight
    [row] = committee.queue_page(d.store, d.committee)
    assert row.days_waiting == 2
