"""Clocks through sync: a full counter loses no edit, a far-future clock pulled from the central
does not drag a desk along, and migration 0007 carries the legacy seven-digit counters."""

from __future__ import annotations

import json
from collections.abc import Callable

import psycopg
from alembic import command
from sqlalchemy import select

from saa_desk.domain.clock import CLOCK_TOLERANCE_MS, Timestamp, ahead_by, wall_ms
from saa_desk.services import beneficiaries
from saa_desk.store.database import SCHEMA_REVISION, SETTING_HLC, Store, alembic_config
from saa_desk.store.models import AuditEvent, Beneficiary
from saa_desk.sync import SyncError, sync_once
from saa_desk.sync.errors import FALLBACK
from tests.conftest import Desk
from tests.factories import beneficiary_data
from tests.rawdb import raw_connection
from tests.sync.conftest import driver_url
from tests.sync.helpers import central_conflicts, central_export, export, outbox

MakeDesks = Callable[[int], list[Desk]]
YEAR_MS = 365 * 24 * 3600 * 1000


def _clock_desk(store: Store) -> str:
    return Timestamp.decode(store.setting(SETTING_HLC) or "").desk


def _set_clock(store: Store, hlc: str) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT OR REPLACE INTO desk_settings (key, value) VALUES (?, ?)", (SETTING_HLC, hlc))


def _central_value(url: str, bid: str, column: str) -> str:
    with psycopg.connect(driver_url(url)) as conn:
        row = conn.execute(f"SELECT {column} FROM beneficiaries WHERE id = %s", (bid,)).fetchone()  # type: ignore[arg-type]
    assert row is not None
    return str(row[0])


def test_edits_past_a_full_counter_in_one_millisecond_are_not_lost(central_url: str, make_desks: MakeDesks) -> None:
    """A's wall clock stands still with its counter at 999,980: registering the beneficiary and
    30 edits of one field (each with its audit event) run the counter past 999,999."""
    a, b = make_desks(2)
    frozen = wall_ms()
    a.store.clock_wall = lambda: frozen
    _set_clock(a.store, f"{frozen}-999980-{_clock_desk(a.store)}")
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data())
    sync_once(a.store, central_url)
    values = [f"شارع {i}، مبنى {i + 1}" for i in range(30)]
    for value in values:
        beneficiaries.update(a.store, a.reception, bid, {"address": value})
    with a.store.read() as s:
        stamps = s.scalars(select(AuditEvent.hlc).where(AuditEvent.entity_id == bid)
                           .order_by(AuditEvent.desk_seq)).all()
        assert Timestamp.decode(s.get(Beneficiary, bid).hlc).millis == frozen + 1  # it did run past
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps) == 31
    for _ in range(2):
        for d in (a, b):
            sync_once(d.store, central_url)

    assert _central_value(central_url, bid, "address") == values[-1]
    for d in (a, b):
        assert beneficiaries.get(d.store, d.reception, bid).data["address"] == values[-1]
        assert outbox(d.store) == 0
        with d.store.read() as s:  # every edit's audit event arrived, in order
            assert s.scalars(select(AuditEvent.hlc).where(AuditEvent.entity_id == bid)
                             .order_by(AuditEvent.desk_seq)).all() == stamps
    assert central_conflicts(central_url) == []
    assert export(a.store) == export(b.store) == central_export(central_url)


def test_a_pulled_clock_a_year_ahead_does_not_drag_the_desk(central_url: str, make_desks: MakeDesks) -> None:
    """A row stored at the central with a clock a year ahead (before the central refused such
    clocks): B takes the row, but its own clock stays within the tolerance of its wall."""
    a, b = make_desks(2)
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data())
    sync_once(a.store, central_url)
    future = f"{wall_ms() + YEAR_MS:013d}-000000-{_clock_desk(a.store)}"
    with psycopg.connect(driver_url(central_url)) as conn:
        conn.execute("UPDATE beneficiaries SET hlc = %s, field_clocks = '' WHERE id = %s", (future, bid))

    sync_once(b.store, central_url)
    with b.store.read() as s:
        assert s.get(Beneficiary, bid).hlc == future  # the row itself was applied as it is
    assert ahead_by(b.store.setting(SETTING_HLC) or "", wall_ms()) <= CLOCK_TOLERANCE_MS
    other = beneficiaries.register(b.store, b.reception, beneficiary_data())
    with b.store.read() as s:
        stamp = s.get(Beneficiary, other).hlc
    assert ahead_by(stamp, wall_ms()) <= CLOCK_TOLERANCE_MS


# -- migration 0007 ----------------------------------------------------------------------------

def _legacy(millis: int, counter: int, desk: str) -> str:
    return f"{millis:013d}-{counter:06d}-{desk}"  # a counter past 999,999 takes seven digits


def test_migration_0007_carries_seven_digit_counters(make_desks: MakeDesks) -> None:
    (a,) = make_desks(1)
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data())
    desk, ms = _clock_desk(a.store), 1_764_600_000_000
    # Clocks of one busy millisecond, in their true order; the last three were written with seven
    # digits and sorted, as text, below the first two.
    c = [_legacy(ms, n, desk) for n in (999_998, 999_999, 1_000_000, 1_000_001, 1_000_002)]
    other = _legacy(ms - 7, 123_456, "ffff00000000")  # a clock of today's form
    store_path = a.store.db_path
    with a.store.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    a.store.close()

    raw = raw_connection(store_path)
    with raw:
        fields = {"address": c[3], "city": other, "mobile": c[0]}
        field_clocks = json.dumps(fields, sort_keys=True, separators=(",", ":"))
        raw.execute("UPDATE beneficiaries SET hlc = ?, field_clocks = ? WHERE id = ?", (c[3], field_clocks, bid))
        raw.execute("UPDATE audit_events SET hlc = ? WHERE desk_seq = (SELECT max(desk_seq) FROM audit_events)",
                    (c[2],))
        raw.execute("DELETE FROM sync_outbox")  # replaced by entries with legacy clocks
        raw.executemany("INSERT INTO sync_outbox (table_name, row_id, field, base_hlc, hlc) VALUES (?, ?, ?, ?, ?)",
                        [("beneficiaries", bid, None, None, c[1]), ("beneficiaries", bid, "address", c[1], c[3]),
                         ("beneficiaries", bid, "city", None, "x1-1234567-d")])  # no clock: left for sync to report
        raw.execute("INSERT INTO sync_conflicts (table_name, row_id, field, loser_value, loser_hlc, winner_value, "
                    "winner_hlc, detected_by, sent, recorded_at, review_sent) "
                    "VALUES ('beneficiaries', ?, 'city', '\"x\"', ?, '\"y\"', ?, ?, 0, '2026-12-01 10:00:00', 0)",
                    (bid, c[2], c[4], desk))
        raw.execute("UPDATE desk_settings SET value = ? WHERE key = ?", (c[4], SETTING_HLC))
    raw.close()

    reopened = Store(store_path.parent)
    try:
        carried = [Timestamp.decode(t).encode() for t in c]
        assert carried[2:] == [_legacy(ms + 1, n, desk) for n in (0, 1, 2)]
        assert carried == sorted(carried)  # as text, in their true order again
        with reopened.engine.connect() as conn:
            def scalar(sql: str) -> str:
                return str(conn.exec_driver_sql(sql).scalar())

            assert scalar(f"SELECT hlc FROM beneficiaries WHERE id = '{bid}'") == carried[3]
            assert json.loads(scalar(f"SELECT field_clocks FROM beneficiaries WHERE id = '{bid}'")) == {
                "address": carried[3], "city": other, "mobile": carried[0]}
            assert scalar("SELECT hlc FROM audit_events ORDER BY desk_seq DESC LIMIT 1") == carried[2]
            assert conn.exec_driver_sql("SELECT field, base_hlc, hlc FROM sync_outbox ORDER BY seq").all() == [
                (None, None, carried[1]), ("address", carried[1], carried[3]), ("city", None, "x1-1234567-d")]
            assert conn.exec_driver_sql("SELECT loser_hlc, winner_hlc FROM sync_conflicts").all() == [
                (carried[2], carried[4])]
            assert scalar("SELECT version_num FROM alembic_version") == SCHEMA_REVISION
        assert reopened.setting(SETTING_HLC) == carried[4]
        reopened.clock_wall = lambda: ms  # the wall has not caught up: the next clock follows on
        beneficiaries.update(reopened, a.reception, bid, {"city": "جدة"})
        with reopened.read() as s:
            after = s.get(Beneficiary, bid).hlc
        assert after > carried[4] and Timestamp.decode(after).millis == ms + 1
    finally:
        reopened.close()


def test_the_user_reads_that_the_computers_clock_is_ahead() -> None:
    error = SyncError("clock_ahead", "3 h 12 min")
    assert error.reason == "clock_ahead"
    english, arabic = error.message("en"), error.message("ar")
    assert "clock is ahead" in english and "date and time" in english and "3 h 12 min" in english
    assert "ساعة هذا الحاسوب متقدمة" in arabic and "3 h 12 min" in arabic
    assert "clock_ahead" in FALLBACK  # the same line in English should the catalogue lack the key
