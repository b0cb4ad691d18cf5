"""Hybrid logical clock: physical milliseconds, a counter, and the desk id.

Encoded as fixed-width text so that string order is clock order; that lets SQLite and PostgreSQL
compare clocks with plain `<`. The sync engine merges each field by the larger clock.

The widths can never overflow: when the counter is full the physical part moves on by a
millisecond instead (1 ms is a million events, so the clock stays with the wall). A clock seen from
another desk moves this desk's clock at most `CLOCK_TOLERANCE_MS` ahead of its own wall time, so a
desk whose wall clock runs far ahead cannot drag every other desk with it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

_MS_WIDTH = 13
_COUNTER_WIDTH = 6
COUNTER_LIMIT = 10**_COUNTER_WIDTH  # counters run 0 .. COUNTER_LIMIT - 1
MS_LIMIT = 10**_MS_WIDTH  # the year 2286
# How far ahead of a computer's wall time a clock may be; the central has its own setting.
CLOCK_TOLERANCE_MS = 5 * 60 * 1000


def wall_ms() -> int:
    """This computer's time in milliseconds since the epoch."""
    return int(time.time() * 1000)


@dataclass(frozen=True, order=True)
class Timestamp:
    millis: int
    counter: int
    desk: str

    def __post_init__(self) -> None:
        # Out of range, the fixed-width text would no longer sort like the numbers.
        if not 0 <= self.counter < COUNTER_LIMIT:
            raise ValueError(f"a clock counter must be below {COUNTER_LIMIT}: {self.counter}")
        if not 0 <= self.millis < MS_LIMIT:
            raise ValueError(f"a clock's milliseconds must have at most {_MS_WIDTH} digits: {self.millis}")

    def encode(self) -> str:
        return f"{self.millis:0{_MS_WIDTH}d}-{self.counter:0{_COUNTER_WIDTH}d}-{self.desk}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        """Parse a clock. A legacy counter past 999,999 (written before the counter carried into
        the milliseconds) is carried now, which keeps its order with the clocks of its time."""
        millis, counter, desk = text.split("-", 2)
        if not (millis.isascii() and millis.isdigit() and counter.isascii() and counter.isdigit()):
            raise ValueError(f"not a clock: {text!r}")
        carry, rest = divmod(int(counter), COUNTER_LIMIT)
        return cls(int(millis) + carry, rest, desk)


def normalise(text: str) -> str:
    """The canonical text of a clock (a legacy over-long counter carried into the milliseconds)."""
    return Timestamp.decode(text).encode()


def ahead_by(hlc: str, wall: int) -> int:
    """How many milliseconds the clock `hlc` is ahead of the wall time `wall` (negative: behind)."""
    return Timestamp.decode(hlc).millis - wall


class HybridLogicalClock:
    """One per write session. `now()` never goes backwards; `observe()` moves past a remote clock,
    but never more than the tolerance ahead of the wall, and a stored `last` further ahead than
    that is brought back to it (the one time the clock steps back)."""

    def __init__(self, desk: str, last: str | None = None, wall: Callable[[], int] = wall_ms,
                 tolerance_ms: int = CLOCK_TOLERANCE_MS) -> None:
        if "-" in desk:
            raise ValueError("a desk id in a clock cannot contain '-'")
        self.desk = desk
        self._wall = wall
        self._tolerance = tolerance_ms
        start = Timestamp.decode(last) if last else Timestamp(0, 0, desk)
        self._millis, self._counter = start.millis, start.counter
        ceiling = wall() + tolerance_ms
        if self._millis > ceiling:
            # Only a stored clock can be this far ahead: dragged by a clock received before the
            # limit existed, or this computer's date was set back. Stamps from there would be
            # refused by the central, so this desk carries on from the limit instead.
            self._millis, self._counter = ceiling, 0

    @property
    def last(self) -> str:
        return Timestamp(self._millis, self._counter, self.desk).encode()

    def now(self) -> str:
        wall = self._wall()
        if wall > self._millis:
            self._millis, self._counter = wall, 0
        elif self._counter + 1 < COUNTER_LIMIT:
            self._counter += 1
        else:  # the counter is full: the next millisecond, which sorts after every clock of this one
            self._millis, self._counter = self._millis + 1, 0
        return f"{self._millis:0{_MS_WIDTH}d}-{self._counter:0{_COUNTER_WIDTH}d}-{self.desk}"

    def observe(self, remote: str) -> None:
        """Take a clock seen from another desk so that later local clocks sort after it — unless it
        is more than the tolerance ahead of our wall time: then we go no further than that."""
        other = Timestamp.decode(remote)
        seen = (other.millis, other.counter)
        ceiling = self._wall() + self._tolerance
        if other.millis > ceiling:
            seen = (ceiling, 0)
        if seen > (self._millis, self._counter):
            self._millis, self._counter = seen
