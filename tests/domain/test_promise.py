"""The promise to the applicant: overdue past the date, due soon under a quarter left, else on time."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from saa_desk.domain.enums import QueueState
from saa_desk.domain.promise import days_left, days_waited, queue_state

SUBMITTED = dt.date(2026, 3, 1)
EXPECTED = dt.date(2026, 3, 15)  # a promise of 14 days: a quarter is 3.5 days


def test_days_waited_and_left() -> None:
    assert days_waited(SUBMITTED, dt.date(2026, 3, 5)) == 4
    assert days_left(EXPECTED, dt.date(2026, 3, 5)) == 10
    assert days_left(EXPECTED, dt.date(2026, 3, 17)) == -2


def test_boundaries_of_a_fourteen_day_promise() -> None:
    on = {day: queue_state(SUBMITTED, EXPECTED, dt.date(2026, 3, day)) for day in (1, 11, 12, 15, 16)}
    assert on[1] is QueueState.ON_TIME
    assert on[11] is QueueState.ON_TIME  # 4 days left: not under 3.5
    assert on[12] is QueueState.DUE_SOON  # 3 days left
    assert on[15] is QueueState.DUE_SOON  # the promised day itself is not past it
    assert on[16] is QueueState.OVERDUE


days = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2035, 12, 31))


@given(days, st.integers(min_value=0, max_value=400), st.integers(min_value=-500, max_value=500))
def test_the_three_states_partition_by_days_left(submitted: dt.date, promised: int, offset: int) -> None:
    expected = submitted + dt.timedelta(days=promised)
    today = expected - dt.timedelta(days=offset)  # offset = days left
    state = queue_state(submitted, expected, today)
    left = days_left(expected, today)
    assert left == offset
    # Exactly one state, decided by days left alone against the promise.
    assert (state is QueueState.OVERDUE) == (left < 0)
    assert (state is QueueState.DUE_SOON) == (left >= 0 and 4 * left < promised)
    assert (state is QueueState.ON_TIME) == (left >= 0 and 4 * left >= promised)
    # One day later never makes a request less late.
    order = [QueueState.ON_TIME, QueueState.DUE_SOON, QueueState.OVERDUE]
    later = queue_state(submitted, expected, today + dt.timedelta(days=1))
    assert order.index(later) >= order.index(state)
