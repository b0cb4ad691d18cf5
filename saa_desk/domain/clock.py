"""Hybrid logical clock: physical milliseconds, a counter, and the desk id.

Encoded as fixed-width text so that string order is clock order; that lets SQLite and PostgreSQL
compare clocks with plain `<`. The sync engine merges each field by the larger clock.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

_MS_WIDTH = 13
_COUNTER_WIDTH = 6


@dataclass(frozen=True, order=True)
class Timestamp:
    millis: int
    counter: int
    desk: str

    def encode(self) -> str:
        return f"{self.millis:0{_MS_WIDTH}d}-{self.counter:0{_COUNTER_WIDTH}d}-{self.desk}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        millis, counter, desk = text.split("-", 2)
        return cls(int(millis), int(counter), desk)


class HybridLogicalClock:
    """One per desk process; `now()` never goes backwards, `observe()` moves past remote clocks."""

    def __init__(self, desk: str, last: str | None = None, wall=lambda: int(time.time() * 1000)):
        if "-" in desk:
            raise ValueError("a desk id in a clock cannot contain '-'")
        self.desk = desk
        self._wall = wall
        self._last = Timestamp.decode(last) if last else Timestamp(0, 0, desk)

    @property
    def last(self) -> str:
        return self._last.encode()

    def now(self) -> str:
        wall = self._wall()
        if wall > self._last.millis:
            self._last = Timestamp(wall, 0, self.desk)
        else:
            self._last = Timestamp(self._last.millis, self._last.counter + 1, self.desk)
        return self._last.encode()

    def observe(self, remote: str) -> None:
        """Take a clock seen from another desk so that later local clocks sort after it."""
        other = Timestamp.decode(remote)
        if (other.millis, other.counter) > (self._last.millis, self._last.counter):
            self._last = Timestamp(other.millis, other.counter, self.desk)
