"""Restore and re-join, and the audit chain anchored at the central (issue 9, points 5 and 6).

The central here has the unique indexes the desk roles' central will have: (origin_desk, desk_seq)
of the audit log, and request numbers. Every desk's clock is frozen, so a restored desk that
carried on from its backup's clock would stamp exactly the clocks it pushed before.
"""

from __future__ import annotations

import json
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select

from saa_desk.domain import clock
from saa_desk.services import beneficiaries, maintenance, requests
from saa_desk.store import audit
from saa_desk.store.models import AuditEvent, SupportRequest
from saa_desk.sync import register_desk, sync_once
from saa_desk.sync.local import CENTRAL_URL
from saa_desk.sync.schema import SPECS
from tests.conftest import Desk
from tests.factories import beneficiary_data
from tests.rawdb import raw_connection
from tests.sync.conftest import admin_execute, driver_url
from tests.sync.helpers import central_conflicts, central_export, clocks, export, outbox

MakeDesks = Callable[[int], list[Desk]]


@pytest.fixture
def frozen_clocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every desk's wall clock stands still: the hybrid clocks then only count."""
    now = time.time()
    monkeypatch.setattr(clock, "time", types.SimpleNamespace(time=lambda: now))


STRICT = ("CREATE UNIQUE INDEX audit_events_desk_seq ON audit_events (origin_desk, desk_seq)",
          "CREATE UNIQUE INDEX requests_number ON requests (number)")


@pytest.fixture
def strict_central(central_url: str) -> Iterator[str]:
    """The central as the desk roles' central will be: a reused audit seq or number is refused."""
    admin_execute(central_url, *STRICT)
    yield central_url


def central_rows(url: str, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with psycopg.connect(driver_url(url)) as conn:
        return conn.execute(sql, params).fetchall()  # type: ignore[arg-type]


def desk_clocks(url: str, desk: Desk) -> set[tuple[str, str, str, str]]:
    """Every clock of this desk the central holds, as (table, row, field or "", clock)."""
    found: set[tuple[str, str, str, str]] = set()
    suffix = "-" + (desk.store.desk_id or "").replace("-", "")
    for spec in SPECS.values():
        columns = "id, hlc, field_clocks" if spec.mutable else "id, hlc, ''"
        for rid, hlc, fc in central_rows(url, f"SELECT {columns} FROM {spec.name}"):
            for field_name, c in (("", hlc), *(json.loads(fc).items() if fc else ())):
                if c.endswith(suffix):
                    found.add((spec.name, rid, field_name, c))
    return found


def open_request(d: Desk, bid: str) -> str:
    rid = requests.open_request(d.store, d.reception, bid, "transport", "phone")
    return requests.get(d.store, d.reception, rid).number


def actions(d: Desk) -> list[str]:
    with d.store.read() as s:
        return list(s.scalars(select(AuditEvent.action).where(AuditEvent.origin_desk == d.store.desk_id)
                              .order_by(AuditEvent.desk_seq)))


def raw_sql(d: Desk, *statements: tuple[str, tuple[Any, ...]]) -> None:
    """As a raw connection to the desk's file would (no services, no capture)."""
    conn = raw_connection(d.store.db_path)
    try:
        for sql, params in statements:
            conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize("strict", [True, False], ids=["strict-central", "todays-central"])
def test_restore_then_rejoin(strict: bool, central_url: str, make_desks: MakeDesks, tmp_path: Path,
                             frozen_clocks: None) -> None:
    """On today's central (no unique index) a reused seq used to reach the other desk, whose pull
    then failed on its own unique (desk, seq); on the strict one the restored desk's push failed."""
    url = central_url
    if strict:
        admin_execute(url, *STRICT)
    a, b = make_desks(2)
    register_desk(a.store, url)
    first = beneficiaries.register(a.store, a.reception, beneficiary_data(first_name="يوسف"))
    first_number = open_request(a, first)
    sync_once(a.store)
    beneficiaries.update(a.store, a.reception, first, {"address": "طريق المدينة 7"})  # the backup holds it unpushed
    backup = maintenance.backup(a.store, a.supervisor, tmp_path / "a.sqlite3")
    # More work after the backup, pushed, and seen by the other desk.
    second = beneficiaries.register(a.store, a.reception, beneficiary_data(first_name="مريم"))
    second_number = open_request(a, second)
    beneficiaries.update(a.store, a.reception, first, {"city": "جدة", "address": "شارع الحج، مبنى 1"})
    # and a request on a beneficiary the other desk registered meanwhile: it comes back after it
    from_b = beneficiaries.register(b.store, b.reception, beneficiary_data(first_name="عائشة"))
    sync_once(b.store, url)
    sync_once(a.store)
    on_b = open_request(a, from_b)
    sync_once(a.store)
    sync_once(b.store, url)
    pushed_seq = central_rows(url, "SELECT max(desk_seq) FROM audit_events WHERE origin_desk = %s",
                              a.store.desk_id)[0][0]

    pushed_clocks = desk_clocks(url, a)
    maintenance.restore(a.store, a.supervisor, backup)
    # Offline work on the restored desk: the numbers and clocks it draws are those it pushed.
    third = beneficiaries.register(a.store, a.reception, beneficiary_data(first_name="سلمان"))
    third_number = open_request(a, third)
    assert third_number == second_number
    # The same steps as after the backup: without the re-join, the same clocks too (frozen wall).
    beneficiaries.update(a.store, a.reception, first, {"city": "الرياض"})
    beneficiaries.update(a.store, a.reception, first, {"district": "النسيم"})
    b_own = beneficiaries.register(b.store, b.reception, beneficiary_data(first_name="هند"))

    sync_once(a.store)
    for d in (b, a, b):
        sync_once(d.store, url)

    # Nothing the restored desk did is lost, and what it pushed after the backup came back.
    for d in (a, b):
        got = {bid: beneficiaries.get(d.store, d.reception, bid).data for bid in (first, second, third, b_own)}
        assert (got[first]["city"], got[first]["district"]) == ("الرياض", "النسيم")
        assert got[first]["address"] == "شارع الحج، مبنى 1"  # the later of this desk's own edits
        assert got[second]["first_name"] == "مريم" and got[third]["first_name"] == "سلمان"
    with a.store.read() as s:
        numbers = {r.beneficiary_id: r.number for r in s.scalars(select(SupportRequest))}
    assert numbers[first] == first_number and numbers[second] == second_number and numbers[from_b] == on_b
    assert numbers[third] not in (first_number, second_number)
    # The edit made before the restore lost to the later one, concurrently: it is in the log.
    assert [(c.field, c.value()) for c in central_conflicts(url)] == [("city", "جدة")]
    # No audit seq and no request number twice at the central, and the re-numbering is on record.
    assert central_rows(url, "SELECT number FROM requests GROUP BY number HAVING count(*) > 1") == []
    assert central_rows(url, "SELECT origin_desk, desk_seq FROM audit_events GROUP BY 1, 2 HAVING count(*) > 1") == []
    history = actions(a)
    assert history.count("desk.restore") == 1 and history.count("desk.rejoin") == 1
    assert "request.renumber" in history
    assert len(history) == central_rows(url, "SELECT count(*) FROM audit_events WHERE origin_desk = %s",
                                        a.store.desk_id)[0][0]
    with a.store.read() as s:
        seqs = list(s.scalars(select(AuditEvent.desk_seq).where(AuditEvent.origin_desk == a.store.desk_id)
                              .order_by(AuditEvent.desk_seq)))
        restore_event = s.scalars(select(AuditEvent).where(AuditEvent.action == "desk.restore")).one()
    assert seqs == list(range(1, len(seqs) + 1))
    assert restore_event.desk_seq > pushed_seq  # it follows what the central had, not the backup
    # Every clock the restored desk used is new, and above all it had pushed (the wall stood still).
    newest = max(c for *_where, c in pushed_clocks)
    assert all(c > newest for *_where, c in desk_clocks(url, a) - pushed_clocks)
    # Both desks and the central agree, value for value and clock for clock.
    reference = export(a.store)
    assert export(b.store) == reference and central_export(url) == reference
    assert clocks(a.store) == clocks(b.store)
    assert outbox(a.store) == outbox(b.store) == 0
    for d in (a, b):
        report = maintenance.check(d.store, d.supervisor)
        assert report.ok, report.audit_problems
    assert maintenance.check(a.store, a.supervisor).anchor.startswith("ok")


def test_a_rejoin_cut_short_finishes_at_the_next_sync(strict_central: str, make_desks: MakeDesks,
                                                     tmp_path: Path, frozen_clocks: None) -> None:
    url = strict_central
    (a,) = make_desks(1)
    register_desk(a.store, url)
    backup = maintenance.backup(a.store, a.supervisor, tmp_path / "a.sqlite3")
    made = [beneficiaries.register(a.store, a.reception, beneficiary_data()) for _ in range(5)]
    sync_once(a.store)
    maintenance.restore(a.store, a.supervisor, backup)
    beneficiaries.register(a.store, a.reception, beneficiary_data())

    class Cut(Exception):
        pass

    def cut(point: str, _info: dict[str, Any]) -> None:
        if point == "pull.applied":
            raise Cut

    with pytest.raises(Cut):
        sync_once(a.store, page_size=2, interrupt=cut)
    sync_once(a.store, page_size=2)
    assert all(beneficiaries.get(a.store, a.reception, bid) for bid in made)
    assert "desk.rejoin" in actions(a) and actions(a).count("desk.rejoin") == 1
    assert export(a.store) == central_export(url)
    assert maintenance.check(a.store, a.supervisor).ok


def _synced_desk(url: str, make_desks: MakeDesks) -> Desk:
    (a,) = make_desks(1)
    register_desk(a.store, url)
    for _ in range(3):
        beneficiaries.register(a.store, a.reception, beneficiary_data())
    sync_once(a.store)
    return a


def test_check_names_the_first_event_cut_from_the_end(central_url: str, make_desks: MakeDesks) -> None:
    a = _synced_desk(central_url, make_desks)
    assert maintenance.check(a.store, a.supervisor).ok
    last = len(actions(a))
    raw_sql(a, ("DELETE FROM audit_events WHERE origin_desk = ? AND desk_seq >= ?", (a.store.desk_id, last - 1)))
    report = maintenance.check(a.store, a.supervisor)
    assert not report.ok
    assert f"event {last - 1} is missing" in report.anchor
    assert any(f"#{last - 1}: central" in p for p in report.audit_problems)
    # the desk itself sees it too: its stored head is no longer the chain's last event
    assert any("counted" in p for p in report.audit_problems)


def test_check_names_a_changed_event_even_with_the_chain_rehashed(central_url: str,
                                                                  make_desks: MakeDesks) -> None:
    a = _synced_desk(central_url, make_desks)
    desk = a.store.desk_id
    # A careful forger: change event 3, re-hash every event after it and the stored head.
    with a.store.read() as s:
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.origin_desk == desk)
                                .order_by(AuditEvent.desk_seq)))
    statements = []
    prev = events[1].hash
    for event in events[2:]:
        fields = {**audit._hashed_fields(event), "prev": prev}
        if event.desk_seq == 3:
            fields["details"] = '{"forged": 1}'
        digest = audit._event_hash(fields)
        statements.append(("UPDATE audit_events SET details = ?, prev_hash = ?, hash = ? WHERE id = ?",
                           (fields["details"], prev, digest, event.id)))
        prev = digest
    statements.append(("UPDATE desk_settings SET value = ? WHERE key = 'audit_last_hash'", (prev,)))
    raw_sql(a, *statements)
    with a.store.read() as s:
        assert audit.verify_chain(s) == []  # the desk alone cannot tell
    report = maintenance.check(a.store, a.supervisor)
    assert not report.ok
    assert report.anchor == "event 3 differs from the central's copy"
    assert report.audit_problems == [f"{desk}#3: central: event 3 differs from the central's copy"]


def test_check_offline_says_it_could_not_compare(central_url: str, make_desks: MakeDesks,
                                                 tmp_path: Path) -> None:
    a = _synced_desk(central_url, make_desks)
    with a.store.write(None, capture=False) as s:
        from saa_desk.sync import local

        local.put(s, CENTRAL_URL, f"postgresql://saa@/saa?host={tmp_path / 'no-server'}")
    report = maintenance.check(a.store, a.supervisor)
    assert report.ok  # nothing wrong is known; it says it did not compare
    assert report.anchor.startswith("could not compare with the central")


def test_check_right_after_a_restore_compares_what_the_backup_held(central_url: str, make_desks: MakeDesks,
                                                                  tmp_path: Path) -> None:
    a = _synced_desk(central_url, make_desks)
    backup = maintenance.backup(a.store, a.supervisor, tmp_path / "a.sqlite3")
    beneficiaries.register(a.store, a.reception, beneficiary_data())
    sync_once(a.store)
    maintenance.restore(a.store, a.supervisor, backup)
    report = maintenance.check(a.store, a.supervisor)
    assert report.ok, report.audit_problems
    assert "re-joins" in report.anchor
    sync_once(a.store)
    assert maintenance.check(a.store, a.supervisor).anchor.startswith("ok")


def test_a_backup_made_before_the_rejoin_restored_again(strict_central: str, make_desks: MakeDesks,
                                                        tmp_path: Path, frozen_clocks: None) -> None:
    url = strict_central
    a, b = make_desks(2)
    register_desk(a.store, url)
    kept = beneficiaries.register(a.store, a.reception, beneficiary_data())
    sync_once(a.store)
    old = maintenance.backup(a.store, a.supervisor, tmp_path / "old.sqlite3")
    pushed = beneficiaries.register(a.store, a.reception, beneficiary_data())
    open_request(a, pushed)
    beneficiaries.update(a.store, a.reception, kept, {"city": "جدة"})
    sync_once(a.store)
    maintenance.restore(a.store, a.supervisor, old)
    offline = beneficiaries.register(a.store, a.reception, beneficiary_data())
    open_request(a, offline)
    newer = maintenance.backup(a.store, a.supervisor, tmp_path / "newer.sqlite3")
    maintenance.restore(a.store, a.supervisor, newer)  # still before any sync
    beneficiaries.update(a.store, a.reception, offline, {"city": "الطائف"})
    for d in (a, b, a, b):
        sync_once(d.store, url)
    for d in (a, b):
        assert beneficiaries.get(d.store, d.reception, kept).data["city"] == "جدة"
        assert beneficiaries.get(d.store, d.reception, pushed)
        assert beneficiaries.get(d.store, d.reception, offline).data["city"] == "الطائف"
        assert maintenance.check(d.store, d.supervisor).ok
    assert actions(a).count("desk.restore") == 2 and actions(a).count("desk.rejoin") == 1
    assert central_conflicts(url) == []
    assert export(a.store) == export(b.store) == central_export(url)


def test_events_lost_by_a_restore_after_a_cut_push_are_recorded(central_url: str, make_desks: MakeDesks,
                                                                tmp_path: Path) -> None:
    """A push cut between batches leaves the central some of the desk's new events; a restore then
    loses the rest for good. The re-join records which, and every desk's check accepts that gap."""
    url = central_url
    a, b = make_desks(2)
    register_desk(a.store, url)
    sync_once(a.store)
    backup = maintenance.backup(a.store, a.supervisor, tmp_path / "a.sqlite3")
    for _ in range(8):
        beneficiaries.register(a.store, a.reception, beneficiary_data())

    class Cut(Exception):
        pass

    def held() -> list[int]:
        return [r[0] for r in central_rows(url, "SELECT desk_seq FROM audit_events WHERE origin_desk = %s "
                                                "ORDER BY desk_seq", a.store.desk_id)]

    def cut_at_a_hole(point: str, _info: dict[str, Any]) -> None:
        seqs = held()  # pushed in id order, so some later events may be there before earlier ones
        if point == "push.committed" and seqs and seqs[-1] > len(seqs):
            raise Cut

    with pytest.raises(Cut):
        sync_once(a.store, batch_size=1, interrupt=cut_at_a_hole)
    holes = sorted(set(range(1, held()[-1])) - set(held()))
    maintenance.restore(a.store, a.supervisor, backup)
    beneficiaries.register(a.store, a.reception, beneficiary_data())
    for d in (a, b, a, b):
        sync_once(d.store, url)
    with a.store.read() as s:
        rejoin_event = s.scalars(select(AuditEvent).where(AuditEvent.action == "desk.rejoin")).one()
    assert json.loads(rejoin_event.details)["lost_events"] == holes
    for d in (a, b):
        report = maintenance.check(d.store, d.supervisor)
        assert report.ok, report.audit_problems
    assert export(a.store) == export(b.store) == central_export(url)
    # a gap nobody recorded is still one
    raw_sql(b, ("DELETE FROM audit_events WHERE origin_desk = ? AND desk_seq = ?", (a.store.desk_id, holes[-1] + 1)))
    assert any("gap" in p for p in maintenance.check(b.store, b.supervisor).audit_problems)
