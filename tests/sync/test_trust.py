"""The central's trust boundary: each desk logs in as its own role, which can only call the sync
functions, and the central checks every row a desk pushes (docs/architecture.md, "Trust between desks")."""

from __future__ import annotations

import time
from collections.abc import Callable

import psycopg
import pytest

from saa_desk.domain.clock import wall_ms
from saa_desk.domain.errors import ValidationError
from saa_desk.services import beneficiaries, users
from saa_desk.store.database import Store
from saa_desk.sync import SyncError, register_desk, sync_once
from saa_desk.sync.desk_roles import add_desk, desk_roles, revoke_desk, role_name
from tests.conftest import Desk
from tests.factories import beneficiary_data
from tests.sync.conftest import driver_url
from tests.sync.helpers import central_export, count, export, outbox

MakeDesks = Callable[[int], list[Desk]]


def code_of(desk: Desk) -> str:
    codes = desk.store.codes
    assert codes is not None
    return f"{codes[0]}-{codes[1]}"


def desk_url(central_url: str, desk: Desk) -> str:
    """A login for the desk, registered as `saa-desk sync --central URL` does."""
    url = add_desk(central_url, code_of(desk)).url
    register_desk(desk.store, url)
    return url


def raw_desk(store: Store, *statements: str) -> None:
    """What a hostile desk does to its own file before it syncs."""
    with store.engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)


def as_role(url: str, statement: str) -> psycopg.Error:
    """Run one statement as the desk's role; return the error PostgreSQL refused it with."""
    with psycopg.connect(driver_url(url), autocommit=True) as conn, pytest.raises(psycopg.Error) as caught:
        conn.execute(statement)  # type: ignore[arg-type]
    return caught.value


def test_a_desk_role_syncs_and_can_do_nothing_else(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    url_a, url_b = desk_url(central_url, a), desk_url(central_url, b)
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data(first_name="فاطمة"))
    for _ in range(2):
        sync_once(a.store, url_a)
        sync_once(b.store, url_b)
    assert beneficiaries.get(b.store, b.reception, bid).data["first_name"] == "فاطمة"
    assert export(a.store) == export(b.store) == central_export(central_url)

    user_row = "(SELECT id FROM users LIMIT 1)"
    refused = {
        "update": as_role(url_a, f"UPDATE users SET roles = 'admin' WHERE id = {user_row}"),
        "delete": as_role(url_a, "DELETE FROM beneficiaries"),
        "insert": as_role(url_a, "INSERT INTO sync_meta (key, value) VALUES ('x', 'y')"),
        "truncate": as_role(url_a, "TRUNCATE sync_change_feed"),
        "copy to program": as_role(url_a, "COPY users TO PROGRAM 'id > /tmp/saa-owned'"),
        "copy from file": as_role(url_a, "COPY users FROM '/etc/passwd'"),
        "create role": as_role(url_a, "CREATE ROLE intruder LOGIN SUPERUSER"),
        "create table": as_role(url_a, "CREATE TABLE public.mine (x int)"),
        "internal function": as_role(url_a, "SELECT saa_refuse('a', 'b', 'c', 'd')"),
        "another desk's registry": as_role(url_a, "UPDATE sync_desk_roles SET revoked_at = now()"),
        "alter function": as_role(url_a, "ALTER FUNCTION saa_push(text) OWNER TO CURRENT_USER"),
    }
    for what, error in refused.items():
        assert error.sqlstate in {"42501", "42P01"}, (what, error.sqlstate, str(error))
    assert count(central_url, "beneficiaries") == 1
    assert count(central_url, "sync_meta") >= 3


def test_a_row_of_another_desk_is_refused_and_nothing_is_stored(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    url_a = desk_url(central_url, a)
    sync_once(a.store, url_a)
    before = count(central_url, "beneficiaries"), count(central_url, "audit_events")
    beneficiaries.register(a.store, a.reception, beneficiary_data(first_name="مزور"))
    assert b.store.desk_id is not None
    raw_desk(a.store, f"UPDATE beneficiaries SET origin_desk = '{b.store.desk_id}'")
    with pytest.raises(SyncError) as refused:
        sync_once(a.store, url_a)
    assert refused.value.reason == "push_refused"
    assert "beneficiaries.origin_desk" in str(refused.value)
    assert (count(central_url, "beneficiaries"), count(central_url, "audit_events")) == before
    assert outbox(a.store) > 0  # kept: nothing is lost at the desk either


def test_an_audit_event_of_another_desk_or_a_reused_number_is_refused(central_url: str,
                                                                    make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    url_a = desk_url(central_url, a)
    beneficiaries.register(a.store, a.reception, beneficiary_data())
    sync_once(a.store, url_a)
    audit_rows = count(central_url, "audit_events")

    # a forged audit event claiming to be desk B's
    beneficiaries.register(a.store, a.reception, beneficiary_data())
    raw_desk(a.store, f"UPDATE audit_events SET origin_desk = '{b.store.desk_id}' "
                      "WHERE desk_seq = (SELECT max(desk_seq) FROM audit_events)")
    with pytest.raises(SyncError) as refused:
        sync_once(a.store, url_a)
    assert refused.value.reason == "push_refused"
    assert "audit_events.origin_desk" in str(refused.value)
    raw_desk(a.store, f"UPDATE audit_events SET origin_desk = '{a.store.desk_id}' "
                      "WHERE origin_desk <> '" + str(a.store.desk_id) + "'")

    # an audit number the central already holds for this desk, on another event
    raw_desk(a.store, "DELETE FROM audit_events WHERE desk_seq = 1",
             "UPDATE audit_events SET desk_seq = 1 WHERE desk_seq = (SELECT max(desk_seq) FROM audit_events)")
    with pytest.raises(SyncError) as reused:
        sync_once(a.store, url_a)
    assert "audit_events.desk_seq" in str(reused.value)
    assert count(central_url, "audit_events") == audit_rows


def test_a_desk_role_cannot_speak_for_another_desk(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    url_a = desk_url(central_url, a)
    sync_once(a.store, url_a)  # binds the role to desk A
    with pytest.raises(SyncError) as refused:
        register_desk(b.store, url_a)  # B (or anyone with A's password) tries it
    assert refused.value.reason == "desk_not_registered"
    with pytest.raises(SyncError) as refused:
        sync_once(b.store, url_a)
    assert refused.value.reason == "desk_not_registered"
    assert count(central_url, "sync_desks") == 1


def test_a_revoked_desk_is_refused_and_what_it_pushed_is_kept(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    url_a, url_b = desk_url(central_url, a), desk_url(central_url, b)
    first = beneficiaries.register(a.store, a.reception, beneficiary_data())
    sync_once(a.store, url_a)
    assert revoke_desk(central_url, code_of(a)) == [role_name(central_url.rsplit("/", 1)[-1].split("?")[0],
                                                              code_of(a))]
    beneficiaries.register(a.store, a.reception, beneficiary_data())
    with pytest.raises(SyncError) as refused:
        sync_once(a.store, url_a)
    assert refused.value.reason == "desk_revoked"
    sync_once(b.store, url_b)
    assert beneficiaries.get(b.store, b.reception, first)  # nothing it pushed before is lost
    assert count(central_url, "beneficiaries") == 1
    assert [r[3] for r in desk_roles(central_url) if r[0] == code_of(a)] == [True]
    # a new login for the same desk (a replacement PC) works again, and the old one stays dead
    url_new = desk_url(central_url, a)
    sync_once(a.store, url_new)
    assert count(central_url, "beneficiaries") == 2


def test_a_far_future_clock_is_refused_and_no_other_desk_is_dragged(central_url: str, make_desks: MakeDesks,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = make_desks(2)
    url_a, url_b = desk_url(central_url, a), desk_url(central_url, b)
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data())
    sync_once(a.store, url_a)
    sync_once(b.store, url_b)
    real = time.time
    two_years = 2 * 365 * 86400
    with monkeypatch.context() as m:  # a reception PC with a flat CMOS battery, two years ahead
        m.setattr(time, "time", lambda: real() + two_years)
        a.store.clock_wall = lambda: int(time.time() * 1000)
        beneficiaries.update(a.store, a.reception, bid, {"city": "تبوك"})
        with pytest.raises(SyncError) as refused:
            sync_once(a.store, url_a)
    assert refused.value.reason == "clock_ahead"
    assert "clock" in str(refused.value)
    assert "تبوك" not in central_export(central_url)
    # B goes on syncing; nothing from the future reached it, so its clock stays its own
    beneficiaries.update(b.store, b.reception, bid, {"district": "الروضة"})
    sync_once(b.store, url_b)
    with psycopg.connect(driver_url(central_url)) as conn:
        newest = conn.execute("SELECT max(left(hlc, 13))::bigint FROM beneficiaries").fetchone()
    assert newest is not None and newest[0] < (real() + 600) * 1000
    # the clock is put right: A's edit is re-stamped with the time now and taken, nothing lost
    a.store.clock_wall = wall_ms
    sync_once(a.store, url_a)
    sync_once(b.store, url_b)
    held = beneficiaries.get(b.store, b.reception, bid).data
    assert (held["city"], held["district"]) == ("تبوك", "الروضة")
    assert outbox(a.store) == 0
    with psycopg.connect(driver_url(central_url)) as conn:
        newest = conn.execute("SELECT max(left(hlc, 13))::bigint FROM beneficiaries").fetchone()
    assert newest is not None and newest[0] < (real() + 600) * 1000


def test_a_field_won_with_another_desks_clock_is_refused(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    url_a = desk_url(central_url, a)
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data())
    sync_once(a.store, url_a)
    beneficiaries.update(a.store, a.reception, bid, {"city": "تبوك"})
    other = str(b.store.desk_id).replace("-", "")
    # the desk rewrites its edit's clock as if desk B had made it
    raw_desk(a.store, "UPDATE beneficiaries SET field_clocks = replace(field_clocks, "
                      f"'{str(a.store.desk_id).replace('-', '')}', '{other}'), "
                      f"hlc = substr(hlc, 1, 21) || '{other}'")
    with pytest.raises(SyncError) as refused:
        sync_once(a.store, url_a)
    assert refused.value.reason == "push_refused"
    assert "تبوك" not in central_export(central_url)


def test_only_the_desk_that_made_an_account_changes_its_roles(central_url: str, make_desks: MakeDesks) -> None:
    """A stolen desk must not raise another desk's users: the service says so at the desk, and
    the central refuses the change if the desk's file is edited by hand."""
    a, b = make_desks(2)
    url_a, url_b = desk_url(central_url, a), desk_url(central_url, b)
    users.create_user(a.store, a.admin, "huda", "هدى الموظفة", "reception", "huda-password-1")
    sync_once(a.store, url_a)
    sync_once(b.store, url_b)
    huda = users.authenticate(b.store, "huda", "huda-password-1")
    with pytest.raises(ValidationError) as refused_here:
        users.set_roles(b.store, b.admin, huda.user_id, "reception,admin")
    assert refused_here.value.code == "user_other_desk"
    raw_desk(b.store, "UPDATE users SET roles = 'reception,admin' WHERE username = 'huda'")
    beneficiaries.register(b.store, b.reception, beneficiary_data())  # any edit: B's next push
    users.set_password(b.store, huda, huda.user_id, "new-password-22")  # her own password: allowed
    # the forged roles ride on B's newest clock, as if B's admin had changed them
    raw_desk(b.store, "UPDATE users SET field_clocks = json_set(field_clocks, '$.roles', hlc) WHERE username = 'huda'")
    with pytest.raises(SyncError) as refused:
        sync_once(b.store, url_b)
    assert "users.roles" in str(refused.value)
    with psycopg.connect(driver_url(central_url)) as conn:
        assert conn.execute("SELECT roles FROM users WHERE username = 'huda'").fetchone() == ("reception",)
    users.set_roles(a.store, a.admin, users.authenticate(a.store, "huda", "huda-password-1").user_id,
                    "reception,researcher")  # at her own desk it is an ordinary change
    sync_once(a.store, url_a)
    with psycopg.connect(driver_url(central_url)) as conn:
        assert conn.execute("SELECT roles FROM users WHERE username = 'huda'").fetchone() == (
            "reception,researcher",)
