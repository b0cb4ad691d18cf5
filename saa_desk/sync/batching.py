"""Batch sizes that start small and grow, for push batches and pull pages.

Push and pull overlap the desk's work with the central's (one prepares the next batch while the
other is on the wire), but nothing overlaps the first batch: the first send waits until it is
read and encoded, the first apply until it is fetched. Starting small shortens that wait; doubling
reaches the full size within a few batches, so a big sync still moves in big batches.
"""

from __future__ import annotations

from collections.abc import Iterator

FIRST = 500


def growing_sizes(limit: int) -> Iterator[int]:
    """FIRST, 2*FIRST, 4*FIRST, ... capped at `limit`, for ever."""
    size = min(FIRST, limit)
    while True:
        yield size
        size = min(size * 2, limit)
