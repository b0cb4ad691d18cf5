"""The hybrid logical clock: its text order is its order whatever the counter does, and no clock
seen from elsewhere pulls it further ahead of the wall than the tolerance."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from saa_desk.domain.clock import (
    CLOCK_TOLERANCE_MS,
    COUNTER_LIMIT,
    HybridLogicalClock,
    Timestamp,
    ahead_by,
    normalise,
)

WALL = 1_764_600_000_000  # a millisecond in December 2025
YEAR_MS = 365 * 24 * 3600 * 1000


def frozen(ms: int = WALL):  # type: ignore[no-untyped-def]
    return lambda: ms


def test_more_than_a_million_events_in_one_millisecond_keep_their_order() -> None:
    clock = HybridLogicalClock("d1", wall=frozen())
    previous_text, previous = "", Timestamp(0, 0, "d1")
    for _ in range(1_100_000):
        text = clock.now()
        stamp = Timestamp.decode(text)
        assert text > previous_text and stamp > previous
        previous_text, previous = text, stamp
    # 1,100,000 events: one full millisecond of counter and a tenth of the next, never further
    assert previous == Timestamp(WALL + 1, 1_100_000 - COUNTER_LIMIT - 1, "d1")
    assert clock.last == previous_text


def test_a_full_counter_moves_on_to_the_next_millisecond() -> None:
    clock = HybridLogicalClock("d1", f"{WALL}-999998-d1", wall=frozen())
    assert [clock.now() for _ in range(3)] == [
        f"{WALL}-999999-d1", f"{WALL + 1}-000000-d1", f"{WALL + 1}-000001-d1"]
    # the wall catching up carries on from there, never back
    clock = HybridLogicalClock("d1", clock.last, wall=frozen(WALL + 1))
    assert clock.now() == f"{WALL + 1}-000002-d1"


def test_observing_a_full_counter_still_sorts_after_it() -> None:
    clock = HybridLogicalClock("d1", wall=frozen())
    clock.observe(f"{WALL}-999999-d2")
    assert clock.now() == f"{WALL + 1}-000000-d1"


def test_a_legacy_clock_with_a_seven_digit_counter_is_carried() -> None:
    assert Timestamp.decode(f"{WALL}-1000005-ab") == Timestamp(WALL + 1, 5, "ab")
    assert normalise(f"{WALL}-1000005-ab") == f"{WALL + 1}-000005-ab"
    assert normalise(f"{WALL}-2999999-ab") == f"{WALL + 2}-999999-ab"
    assert normalise(f"{WALL}-000042-ab") == f"{WALL}-000042-ab"  # a clock of today's form is itself
    clock = HybridLogicalClock("ab", f"{WALL}-1000005-ab", wall=frozen())
    assert clock.now() == f"{WALL + 1}-000006-ab"


@given(st.lists(st.integers(0, 50 * COUNTER_LIMIT), min_size=2, max_size=20, unique=True))
def test_carrying_keeps_the_order_of_one_millisecond(counters: list[int]) -> None:
    legacy = [f"{WALL}-{c:06d}-ab" for c in counters]
    carried = [normalise(t) for t in legacy]
    by_counter = [t for _c, t in sorted(zip(counters, carried, strict=True))]
    assert sorted(carried) == by_counter


@pytest.mark.parametrize("text", ["", "1-2", "abc-000001-d", f"{WALL}-00x001-d", f"{WALL}- 00001-d",
                                  f"{WALL}-٠٠٠٠٠١-d", f"{10**13}-000000-d"])
def test_what_is_not_a_clock_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Timestamp.decode(text)


def test_a_timestamp_cannot_hold_a_counter_that_would_overflow_its_text() -> None:
    with pytest.raises(ValueError):
        Timestamp(WALL, COUNTER_LIMIT, "d1")


def test_a_clock_a_year_ahead_does_not_drag_the_desk_along() -> None:
    clock = HybridLogicalClock("d1", f"{WALL}-000000-d1", wall=frozen())
    clock.observe(f"{WALL + YEAR_MS}-000007-d9")
    assert ahead_by(clock.last, WALL) <= CLOCK_TOLERANCE_MS
    stamps = [clock.now() for _ in range(1000)]
    assert all(0 <= ahead_by(s, WALL) <= CLOCK_TOLERANCE_MS for s in stamps)
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_a_clock_within_the_tolerance_is_followed() -> None:
    clock = HybridLogicalClock("d1", wall=frozen())
    remote = f"{WALL + CLOCK_TOLERANCE_MS}-000003-d9"
    clock.observe(remote)
    assert clock.now() > remote
    clock.observe(f"{WALL - 5}-000000-d9")  # an older clock changes nothing
    assert clock.now() == f"{WALL + CLOCK_TOLERANCE_MS}-000005-d1"


def test_a_stored_clock_far_ahead_is_brought_back_to_the_tolerance() -> None:
    """Dragged before the limit existed, or the computer's date was set back: stamps from there
    would all be refused by the central."""
    clock = HybridLogicalClock("d1", f"{WALL + YEAR_MS}-000000-d1", wall=frozen())
    assert ahead_by(clock.now(), WALL) == CLOCK_TOLERANCE_MS


def test_ahead_by_measures_against_the_wall() -> None:
    assert ahead_by(f"{WALL + 1500}-000009-d1", WALL) == 1500
    assert ahead_by(f"{WALL - 20}-000000-d1", WALL) == -20
    assert ahead_by(f"{WALL}-1000000-d1", WALL) == 1  # a legacy counter counts as carried
