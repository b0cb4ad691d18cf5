"""A bad row never spreads (issue 9, point 4): a pulled row this desk cannot apply is quarantined,
the rest of its page and the later pages apply, the cursor moves past it, and no later sync fails.

The poison rows are put into a real central as its superuser, with their feed entries, as an old
or hostile central would hold them.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable, Sequence
from typing import Any

import psycopg
import pytest
from sqlalchemy import select

from saa_desk import cli
from saa_desk.domain.errors import NotFound, PermissionDenied
from saa_desk.services import beneficiaries, maintenance, requests
from saa_desk.services import quarantine as quarantine_review
from saa_desk.store.models import AuditEvent, Beneficiary, HouseholdMember, SupportRequest, SyncQuarantine
from saa_desk.sync import local, quarantine, sync_once
from saa_desk.sync.engine import register_desk
from saa_desk.sync.schema import SPECS
from tests.conftest import Desk
from tests.factories import beneficiary_data
from tests.sync.conftest import driver_url

MakeDesks = Callable[[int], list[Desk]]


def poison(url: str, table: str, source_id: str, desk_id: str, *, drop_not_null: Sequence[str] = (),
           **values: Any) -> str:
    """A copy of `source_id` at the central with a new id and `values` set (SQL text), and its feed
    entry as if desk `desk_id` had pushed it. Returns the new row's id. The central's value checks
    (central_checks.py) are dropped first: this is a central from before them, or a hostile one."""
    new_id = str(uuid.uuid4())
    with psycopg.connect(driver_url(url)) as conn:
        drop_checks(conn, table)
        for column in drop_not_null:
            conn.execute(f"ALTER TABLE {table} ALTER COLUMN {column} DROP NOT NULL")  # type: ignore[arg-type]
        conn.execute(f"CREATE TEMP TABLE poison AS SELECT * FROM {table} WHERE id = %s", (source_id,))  # type: ignore[arg-type]
        sets = ", ".join(["id = %s", *(f"{c} = %s" for c in values)])
        conn.execute(f"UPDATE poison SET {sets}", (new_id, *values.values()))  # type: ignore[arg-type]
        conn.execute(f"INSERT INTO {table} SELECT * FROM poison")  # type: ignore[arg-type]
        conn.execute("INSERT INTO sync_change_feed (table_name, row_id, desk_id) VALUES (%s, %s, %s)",
                     (table, new_id, desk_id))
    return new_id


def drop_checks(conn: psycopg.Connection[Any], table: str) -> None:
    """What a central from before schema 5 (or a hostile one) is: no value checks, and no
    one-(desk, seq)-per-audit-event index."""
    for (name,) in conn.execute("SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass "
                                "AND conname LIKE 'ck_saa_%%'", (table,)).fetchall():
        conn.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')  # type: ignore[arg-type]
    conn.execute("DROP INDEX IF EXISTS uq_audit_events_origin_desk_desk_seq")


def fix(url: str, table: str, row_id: str, **values: Any) -> None:
    with psycopg.connect(driver_url(url)) as conn:
        drop_checks(conn, table)
        sets = ", ".join(f"{c} = %s" for c in values)
        conn.execute(f"UPDATE {table} SET {sets} WHERE id = %s", (*values.values(), row_id))  # type: ignore[arg-type]


def central_value(url: str, sql: str, *params: Any) -> Any:
    with psycopg.connect(driver_url(url)) as conn:
        row = conn.execute(sql, params).fetchone()  # type: ignore[arg-type]
    return row[0] if row else None


def entries(desk: Desk) -> list[quarantine_review.QuarantinedRow]:
    return quarantine_review.quarantined_rows(desk.store, desk.supervisor, include_resolved=True)


def has(desk: Desk, model: type, row_id: str) -> bool:
    with desk.store.read() as s:
        return s.get(model, row_id) is not None


def cursor(desk: Desk) -> int:
    with desk.store.read() as s:
        return local.cursor(s)


def max_feed(url: str) -> int:
    return int(central_value(url, "SELECT max(seq) FROM sync_change_feed"))


def two_desks(central_url: str, make_desks: MakeDesks, n: int = 3) -> tuple[Desk, Desk, list[str]]:
    a, b = make_desks(2)
    register_desk(b.store, central_url)  # retry finds the central where sync does
    ids = [beneficiaries.register(a.store, a.reception, beneficiary_data()) for _ in range(n)]
    sync_once(a.store, central_url)
    return a, b, ids


# (table, column set, SQL value, expected reason, expected field); each is a beneficiary copy.
KINDS = [
    ("unparsable clock", {"hlc": "not-a-clock"}, quarantine.BAD_CLOCK, "hlc"),
    ("truncated field clocks", {"field_clocks": '{"first_name": "00017'}, quarantine.BAD_FIELD_CLOCKS,
     "field_clocks"),
    ("a field clock that is no clock", {"field_clocks": '{"first_name": 17}'}, quarantine.BAD_CLOCK,
     "field_clocks.first_name"),
    ("a clock with unpadded numbers", {"hlc": "17-1-abc"}, quarantine.BAD_CLOCK, "hlc"),
]


@pytest.mark.parametrize(("what", "values", "reason", "field"), KINDS, ids=[k[0] for k in KINDS])
def test_a_poison_row_is_quarantined_and_the_rest_applies(central_url: str, make_desks: MakeDesks, what: str,
                                                         values: dict[str, str], reason: str, field: str) -> None:
    a, b, ids = two_desks(central_url, make_desks)
    bad = poison(central_url, "beneficiaries", ids[0], a.store.desk_id or "", **values)
    later = beneficiaries.register(a.store, a.reception, beneficiary_data())  # a later page
    sync_once(a.store, central_url)

    sync_once(b.store, central_url, page_size=2)  # the poison row shares a page with others

    assert all(has(b, Beneficiary, i) for i in [*ids, later]) and not has(b, Beneficiary, bad)
    (entry,) = entries(b)
    assert (entry.table_name, entry.row_id, entry.reason, entry.field) == ("beneficiaries", bad, reason, field)
    assert entry.attempts == 1 and entry.resolved_at is None and bad in entry.row_json
    assert cursor(b) == max_feed(central_url) and entry.feed_cursor > 0
    # The next sync neither fails nor quarantines it again.
    again = sync_once(b.store, central_url)
    assert again.pulled == 0 and entries(b) == [entry]
    assert maintenance.check(b.store, b.supervisor).ok


def test_a_value_sqlite_refuses_is_quarantined_with_its_column(central_url: str, make_desks: MakeDesks) -> None:
    a, b, ids = two_desks(central_url, make_desks)
    bad = poison(central_url, "beneficiaries", ids[1], a.store.desk_id or "", drop_not_null=["first_name"],
                 first_name=None)
    sync_once(b.store, central_url)
    (entry,) = entries(b)
    assert (entry.reason, entry.field) == (quarantine.REFUSED, "first_name")
    assert all(has(b, Beneficiary, i) for i in ids) and not has(b, Beneficiary, bad)


def test_a_duplicate_request_number_is_quarantined(central_url: str, make_desks: MakeDesks) -> None:
    a, b, ids = two_desks(central_url, make_desks)
    rid = requests.open_request(a.store, a.reception, ids[0], "transport", "interview", "نقل")
    sync_once(a.store, central_url)
    sync_once(b.store, central_url)  # b holds the request: the copy is the one refused
    bad = poison(central_url, "requests", rid, a.store.desk_id or "")  # the same number again
    sync_once(b.store, central_url)
    (entry,) = entries(b)
    assert (entry.table_name, entry.reason, entry.field) == ("requests", quarantine.REFUSED, "number")
    assert has(b, SupportRequest, rid) and not has(b, SupportRequest, bad)


def test_a_child_without_its_parent_is_quarantined(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data(),
                                 household=[{"name": "سارة محمد", "relation": "daughter"}])
    sync_once(a.store, central_url)
    member = central_value(central_url, "SELECT id FROM household_members WHERE beneficiary_id = %s", bid)
    orphan = poison(central_url, "household_members", member, a.store.desk_id or "",
                    beneficiary_id="no-such-beneficiary")
    sync_once(b.store, central_url)
    (entry,) = entries(b)
    assert (entry.table_name, entry.reason, entry.field) == ("household_members", quarantine.MISSING_PARENT,
                                                            "beneficiary_id")
    assert has(b, Beneficiary, bid) and has(b, HouseholdMember, member) and not has(b, HouseholdMember, orphan)
    assert maintenance.check(b.store, b.supervisor).orphans == {}


def test_children_of_a_quarantined_parent_wait_for_it(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    register_desk(b.store, central_url)
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data(),
                                 household=[{"name": "سارة محمد", "relation": "daughter"}])
    sync_once(a.store, central_url)
    fix(central_url, "beneficiaries", bid, hlc="garbage")
    sync_once(b.store, central_url)
    assert sorted(e.table_name for e in entries(b)) == ["beneficiaries", "household_members"]
    assert not has(b, Beneficiary, bid)
    fix(central_url, "beneficiaries", bid,
        hlc=central_value(central_url, "SELECT hlc FROM household_members WHERE beneficiary_id = %s", bid))
    outcomes = quarantine_review.retry(b.store, b.supervisor)  # parents first, then their children
    assert [o.applied for o in outcomes] == [True, True]
    assert has(b, Beneficiary, bid) and quarantine_review.open_count(b.store) == 0


def test_a_newer_version_in_a_later_page_resolves_the_entry(central_url: str, make_desks: MakeDesks) -> None:
    a, b, ids = two_desks(central_url, make_desks)
    good_hlc = central_value(central_url, "SELECT hlc FROM beneficiaries WHERE id = %s", ids[0])
    fix(central_url, "beneficiaries", ids[0], hlc="broken")
    sync_once(b.store, central_url)
    assert [e.row_id for e in entries(b)] == [ids[0]] and not has(b, Beneficiary, ids[0])
    # The central is repaired and the row changes again at its desk: a later page brings it.
    fix(central_url, "beneficiaries", ids[0], hlc=good_hlc)
    beneficiaries.update(a.store, a.reception, ids[0], {"mobile": "0551234567"})
    sync_once(a.store, central_url)
    sync_once(b.store, central_url)
    (entry,) = entries(b)
    assert entry.resolved_at is not None and has(b, Beneficiary, ids[0])
    assert quarantine_review.open_count(b.store) == 0


def test_retry_applies_the_row_once_the_central_has_it_right(central_url: str, make_desks: MakeDesks) -> None:
    a, b, ids = two_desks(central_url, make_desks)
    bad = poison(central_url, "beneficiaries", ids[0], a.store.desk_id or "", field_clocks='{"x"')
    sync_once(b.store, central_url)
    (entry,) = entries(b)
    (kept,) = quarantine_review.retry(b.store, b.supervisor, [entry.id])  # still broken at the central
    assert not kept.applied and kept.entry.attempts == 2 and kept.entry.resolved_at is None
    fix(central_url, "beneficiaries", bad, field_clocks="")
    (done,) = quarantine_review.retry(b.store, b.supervisor, [entry.id])
    assert done.applied and done.entry.resolved_at is not None and has(b, Beneficiary, bad)
    with b.store.read() as s:
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.desk_seq))]
    assert actions.count("sync.quarantine_retried") == 2
    assert quarantine_review.retry(b.store, b.supervisor) == []  # nothing open
    with pytest.raises(PermissionDenied):
        quarantine_review.retry(b.store, b.reception, [entry.id])
    with pytest.raises(PermissionDenied):
        quarantine_review.quarantined_rows(b.store, b.reception)
    # The row is the central's again on every desk: a sync after the retry converges.
    sync_once(b.store, central_url)
    assert quarantine_review.open_count(b.store) == 0


def test_check_warns_of_quarantined_rows(central_url: str, make_desks: MakeDesks) -> None:
    a, b, ids = two_desks(central_url, make_desks)
    poison(central_url, "beneficiaries", ids[0], a.store.desk_id or "", hlc="x")
    sync_once(b.store, central_url)
    report = maintenance.check(b.store, b.supervisor)
    assert report.quarantined == 1 and report.ok  # a warning, not a broken database
    data_dir = str(b.store.data_dir)
    b.store.close()
    out = io.StringIO()
    assert cli.run(["--data-dir", data_dir, "--lang", "en", "check"], out=out) == 0
    assert "warning: 1 row(s) from the central are quarantined" in out.getvalue()


def test_cli_lists_and_retries(central_url: str, make_desks: MakeDesks) -> None:
    a, b, ids = two_desks(central_url, make_desks)
    bad = poison(central_url, "beneficiaries", ids[2], a.store.desk_id or "", hlc="12-x-y")
    sync_once(b.store, central_url)
    data_dir = str(b.store.data_dir)
    b.store.close()

    out = io.StringIO()
    assert cli.run(["--data-dir", data_dir, "--lang", "en", "sync"], out=out) == 0
    assert out.getvalue().splitlines()[-1].startswith("warning: 1 pulled row(s) could not be applied")

    def run(*args: str) -> tuple[int, list[str]]:
        out = io.StringIO()
        code = cli.run(["--data-dir", data_dir, "--lang", "en", "sync", "quarantine", *args], out=out)
        return code, out.getvalue().splitlines()

    code, lines = run("list")
    assert code == 0 and len(lines) == 2 and lines[-1] == "1 quarantined row(s)"
    qid, table, row_id, field, error = lines[0].split("\t")[:5]
    assert (table, row_id, field) == ("beneficiaries", bad, "hlc") and "bad_clock" in error
    code, lines = run("retry", qid)
    assert code == 0 and lines == [f"{qid}\tkept (attempt 2): bad_clock hlc", "0 applied, 1 kept"]
    fix(central_url, "beneficiaries", bad,
        hlc=central_value(central_url, "SELECT hlc FROM beneficiaries WHERE id = %s", ids[2]))
    code, lines = run("retry")
    assert code == 0 and lines == [f"{qid}\tapplied", "1 applied, 0 kept"]
    code, lines = run("list")
    assert lines == ["0 quarantined row(s)"]
    code, lines = run("list", "--all")
    assert len(lines) == 2 and "resolved" in lines[0]


def test_the_quarantine_table_is_desk_local(central_url: str, make_desks: MakeDesks) -> None:
    assert "sync_quarantine" not in SPECS
    a, b, ids = two_desks(central_url, make_desks)
    poison(central_url, "beneficiaries", ids[0], a.store.desk_id or "", hlc="x")
    sync_once(b.store, central_url)
    sync_once(b.store, central_url)
    with b.store.read() as s:
        assert len(list(s.scalars(select(SyncQuarantine)))) == 1
    assert central_value(central_url, "SELECT to_regclass('sync_quarantine')") is None


def test_a_clock_encoded_today_has_the_fast_shape() -> None:
    """The pull's fast clock test is derived from the encoding; it must accept what the clock writes
    (else every pulled row would take the slow path), and what it accepts must decode."""
    from saa_desk.domain.clock import HybridLogicalClock

    clock = HybridLogicalClock("abc123")
    stamps = [clock.now() for _ in range(5)]
    assert all(quarantine._CLOCK_SHAPE.match(s) for s in stamps)
    assert all(quarantine.is_clock(s) for s in stamps)
    assert not any(quarantine.is_clock(v) for v in ("", "x", "1-2-3", None, 17, "0000000000001-000001"))


def test_a_forged_audit_event_is_quarantined_not_fatal(central_url: str, make_desks: MakeDesks) -> None:
    """A second event with a (desk, seq) the desk already holds: SQLite's UNIQUE refuses it."""
    a, b, _ids = two_desks(central_url, make_desks)
    sync_once(b.store, central_url)
    event = central_value(central_url, "SELECT id FROM audit_events WHERE origin_desk = %s ORDER BY desk_seq "
                                       "LIMIT 1", a.store.desk_id)
    forged = poison(central_url, "audit_events", event, a.store.desk_id or "")
    more = beneficiaries.register(a.store, a.reception, beneficiary_data())
    sync_once(a.store, central_url)
    sync_once(b.store, central_url)
    (entry,) = entries(b)
    assert (entry.table_name, entry.row_id, entry.reason) == ("audit_events", forged, quarantine.REFUSED)
    assert entry.field == "origin_desk, desk_seq"
    assert has(b, Beneficiary, more) and not has(b, AuditEvent, forged)


def page_rows(spec_name: str, n: int = 3) -> list[tuple[Any, ...]]:
    spec = SPECS[spec_name]
    values = {"int": 1, "bool": 0, "date": "2026-01-01", "datetime": "2026-01-01 00:00:00.000000"}
    hlc = "1764600000000-000000-abc"
    return [tuple(f"r{i}" if c == "id" else hlc if c == "hlc" else "" if c == "field_clocks" else
                  values.get(k, "x") for c, k in zip(spec.columns, spec.kinds, strict=True)) for i in range(n)]


def with_value(row: tuple[Any, ...], spec_name: str, column: str, value: Any) -> tuple[Any, ...]:
    at = SPECS[spec_name].index(column)
    return (*row[:at], value, *row[at + 1:])


@pytest.mark.parametrize(("column", "value", "reason", "field"), [
    ("hlc", None, quarantine.BAD_CLOCK, "hlc"),
    ("hlc", 17, quarantine.BAD_CLOCK, "hlc"),
    ("field_clocks", "[1, 2]", quarantine.BAD_FIELD_CLOCKS, "field_clocks"),
    ("field_clocks", '{"first_name": ["x"]}', quarantine.BAD_CLOCK, "field_clocks.first_name"),
    ("field_clocks", '{"first_name": "zzz"}', quarantine.BAD_CLOCK, "field_clocks.first_name"),
    ("deleted", "yes", quarantine.BAD_VALUE, "deleted"),
    ("id", 5, quarantine.BAD_VALUE, "id"),
])
def test_validate_names_the_field(column: str, value: Any, reason: str, field: str) -> None:
    rows = page_rows("beneficiaries")
    rows[1] = with_value(rows[1], "beneficiaries", column, value)
    good, problems = quarantine.validate(SPECS["beneficiaries"], rows)
    assert [r[0] for r in good] == [rows[0][0], rows[2][0]]
    (problem,) = problems
    assert (problem.reason, problem.field) == (reason, field) and problem.row == rows[1]


def test_validate_takes_field_clocks_in_any_json_layout() -> None:
    rows = page_rows("beneficiaries")
    rows[0] = with_value(rows[0], "beneficiaries", "field_clocks", '{ "first_name" : "1764600000000-000001-abc" }')
    good, problems = quarantine.validate(SPECS["beneficiaries"], rows)
    assert len(good) == 3 and problems == []


def test_a_row_stored_broken_before_does_not_stop_later_pulls(central_url: str, make_desks: MakeDesks) -> None:
    """A desk that took a bad row before this version holds truncated field clocks: merging a newer
    version into it fails in Python. That row is set aside; everything else still applies."""
    a, b, ids = two_desks(central_url, make_desks)
    sync_once(b.store, central_url)
    with b.store.write(None, capture=False) as s:
        s.connection().exec_driver_sql("UPDATE beneficiaries SET field_clocks = '{\"first_name\": \"0' WHERE id = ?",
                                       (ids[0],))
    beneficiaries.update(a.store, a.reception, ids[0], {"mobile": "0551234567"})
    beneficiaries.update(a.store, a.reception, ids[1], {"mobile": "0557654321"})
    sync_once(a.store, central_url)
    sync_once(b.store, central_url)
    (entry,) = entries(b)
    assert (entry.row_id, entry.reason) == (ids[0], quarantine.BAD_VALUE) and "JSON" in entry.detail
    with b.store.read() as s:
        assert s.get(Beneficiary, ids[1]).mobile == "+966557654321"


def test_retry_keeps_a_row_the_central_no_longer_has(central_url: str, make_desks: MakeDesks) -> None:
    a, b, ids = two_desks(central_url, make_desks)
    bad = poison(central_url, "beneficiaries", ids[0], a.store.desk_id or "", hlc="x")
    sync_once(b.store, central_url)
    with psycopg.connect(driver_url(central_url)) as conn:
        conn.execute("DELETE FROM beneficiaries WHERE id = %s", (bad,))
    (kept,) = quarantine_review.retry(b.store, b.supervisor)
    assert not kept.applied and kept.entry.reason == quarantine.NOT_AT_CENTRAL and kept.entry.attempts == 2
    assert '"hlc": "x"' in kept.entry.row_json  # the row as it was quarantined stays for reading
    with pytest.raises(NotFound) as info:
        quarantine_review.retry(b.store, b.supervisor, [kept.entry.id + 100])
    assert info.value.message("en") == "Quarantined row: was not found"
