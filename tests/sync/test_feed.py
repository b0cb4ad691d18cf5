"""The change feed never lets a reader's cursor pass a number that commits later (docs/architecture.md, "Sync")."""

from __future__ import annotations

import random
import threading
import time

import psycopg

from saa_desk.sync.central import FEED_TABLE
from tests.sync.conftest import driver_url


def _insert(conn: psycopg.Connection, n: int = 1) -> None:
    conn.execute(
        f"INSERT INTO {FEED_TABLE} (table_name, row_id, desk_id) "
        "SELECT 'beneficiaries', gen_random_uuid()::text, 'w' FROM generate_series(1, %s)", (n,))


def _visible(url: str, table: str, after: int) -> list[int]:
    with psycopg.connect(url, autocommit=True) as conn:
        return [r[0] for r in conn.execute(f"SELECT seq FROM {table} WHERE seq > %s ORDER BY seq", (after,))]


def test_a_plain_sequence_lets_a_reader_skip_a_late_commit(central_url: str) -> None:
    """The control: with a bigserial a reader passes a number that commits later, for good."""
    url = driver_url(central_url)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE plain_feed (seq bigserial PRIMARY KEY, row_id text)")
    with psycopg.connect(url) as slow, psycopg.connect(url) as fast:
        slow.execute("INSERT INTO plain_feed (row_id) VALUES ('slow')")  # draws 1, not committed
        fast.execute("INSERT INTO plain_feed (row_id) VALUES ('fast')")  # draws 2
        fast.commit()
        seen = _visible(url, "plain_feed", 0)
        cursor = max(seen)
        slow.commit()
    assert seen == [2] and _visible(url, "plain_feed", cursor) == []  # row 1 is never read


def test_the_feed_makes_a_later_writer_wait_for_the_earlier_commit(central_url: str) -> None:
    url = driver_url(central_url)
    with psycopg.connect(url) as slow, psycopg.connect(url) as fast:
        _insert(slow)  # draws its number and holds the feed lock until it commits
        done = threading.Event()

        def second() -> None:
            _insert(fast)
            fast.commit()
            done.set()

        thread = threading.Thread(target=second)
        thread.start()
        assert not done.wait(0.5)  # blocked behind the first writer's lock
        assert _visible(url, FEED_TABLE, 0) == []
        slow.commit()
        thread.join(10)
    assert done.is_set()
    assert _visible(url, FEED_TABLE, 0) == [1, 2]


def _race(url: str, table: str, writers: int = 6, transactions: int = 40) -> tuple[list[int], list[int]]:
    """Writers commit late at random while a reader follows `table` with a cursor.
    Returns (what the reader saw, what the table holds in the end)."""
    stop = threading.Event()
    seen: list[int] = []
    errors: list[BaseException] = []

    def writer(seed: int) -> None:
        rng = random.Random(seed)
        try:
            with psycopg.connect(url) as conn:
                for _ in range(transactions):
                    conn.execute(f"INSERT INTO {table} (table_name, row_id, desk_id) SELECT 'beneficiaries', "
                                 "gen_random_uuid()::text, 'w' FROM generate_series(1, %s)", (rng.randint(1, 5),))
                    time.sleep(rng.random() * 0.004)
                    conn.commit()
        except BaseException as exc:
            errors.append(exc)

    def reader() -> None:
        cursor = 0
        with psycopg.connect(url, autocommit=True) as conn:
            while True:
                finished = stop.is_set()
                rows = [r[0] for r in conn.execute(f"SELECT seq FROM {table} WHERE seq > %s ORDER BY seq", (cursor,))]
                if rows:
                    seen.extend(rows)
                    cursor = rows[-1]
                if finished:
                    return

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(writers)]
    read = threading.Thread(target=reader)
    read.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    read.join()
    assert errors == []
    return seen, _visible(url, table, 0)


def test_concurrent_writers_and_a_cursor_reader_skip_nothing(central_url: str) -> None:
    url = driver_url(central_url)
    seen, everything = _race(url, FEED_TABLE)
    assert len(everything) >= 6 * 40
    skipped = set(everything) - set(seen)
    assert len(skipped) == 0, f"the reader skipped {len(skipped)} of {len(everything)} feed rows"
    assert seen == everything  # each row read exactly once, in order


def test_the_same_race_on_a_plain_sequence_does_skip(central_url: str) -> None:
    """The control for the test above: the harness does catch skips (about half, here)."""
    url = driver_url(central_url)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE plain_feed (seq bigserial PRIMARY KEY, table_name text, row_id text, desk_id text)")
    seen, everything = _race(url, "plain_feed")
    assert len(set(everything) - set(seen)) > 0
