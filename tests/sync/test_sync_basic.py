"""Push, pull and merge between real desks through a real central PostgreSQL."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest
from sqlalchemy import select

from saa_desk.domain.clock import CLOCK_TOLERANCE_MS
from saa_desk.services import beneficiaries, followup, requests, users
from saa_desk.services import search as search_service
from saa_desk.store import audit, search
from saa_desk.store.models import Beneficiary, DeskSetting, OutboxEntry
from saa_desk.sync import SyncError, conflict_log, register_desk, stored_url, sync_once
from saa_desk.sync.local import CENTRAL_URL
from tests.conftest import PASSWORD, Desk
from tests.factories import beneficiary_data, national_id
from tests.sync.conftest import Centrals
from tests.sync.helpers import central_conflicts, central_export, clocks, count, export, outbox

MakeDesks = Callable[[int], list[Desk]]


def sync_all(url: str, *desks: Desk, rounds: int = 2) -> None:
    for _ in range(rounds):
        for d in desks:
            sync_once(d.store, url)


def assert_converged(url: str, *desks: Desk) -> None:
    reference = export(desks[0].store)
    for d in desks[1:]:
        assert export(d.store) == reference
        assert clocks(d.store) == clocks(desks[0].store)
    assert central_export(url) == reference
    for d in desks:
        assert outbox(d.store) == 0


def test_a_registration_reaches_the_other_desk(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data(first_name="فاطمة"))
    first = sync_once(a.store, central_url)
    assert first.pushed > 0 and first.pulled == 0
    second = sync_once(b.store, central_url)
    assert second.pulled >= first.pushed
    assert beneficiaries.get(b.store, b.reception, bid).data["first_name"] == "فاطمة"
    # the pulled beneficiary is searchable at once, and it came in without being queued to go back
    assert bid in [h.id for h in search_service.search_beneficiaries(b.store, b.reception, "فاطمه")]
    with b.store.read() as s:
        assert s.scalar(select(OutboxEntry).where(OutboxEntry.row_id == bid)) is None
    sync_all(central_url, a, b)
    assert_converged(central_url, a, b)


def test_a_sync_with_nothing_to_do_changes_nothing(central_url: str, make_desks: MakeDesks) -> None:
    (a,) = make_desks(1)
    sync_once(a.store, central_url)
    before = export(a.store)
    summary = sync_once(a.store, central_url)
    assert (summary.pushed, summary.pulled, summary.conflicts) == (0, 0, 0)
    assert export(a.store) == before


def test_concurrent_edits_to_different_fields_both_survive(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data())
    sync_all(central_url, a, b)
    beneficiaries.update(a.store, a.reception, bid, {"city": "جدة"})
    beneficiaries.update(b.store, b.reception, bid, {"mobile": "0559876543", "monthly_income": 1200})
    sync_all(central_url, a, b)
    for d in (a, b):
        data = beneficiaries.get(d.store, d.reception, bid).data
        assert (data["city"], data["mobile"], data["monthly_income"]) == ("جدة", "+966559876543", 1200)
    assert central_conflicts(central_url) == []
    assert_converged(central_url, a, b)


def test_same_field_keeps_the_later_edit_and_logs_the_loser(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data())
    sync_all(central_url, a, b)
    beneficiaries.update(a.store, a.reception, bid, {"district": "النسيم"})  # earlier clock
    beneficiaries.update(b.store, b.reception, bid, {"district": "الروضة"})  # later clock
    sync_all(central_url, a, b)
    for d in (a, b):
        assert beneficiaries.get(d.store, d.reception, bid).data["district"] == "الروضة"
    logged = central_conflicts(central_url)
    assert [(c.table_name, c.row_id, c.field, json.loads(c.loser_value)) for c in logged] == [
        ("beneficiaries", bid, "district", "النسيم")]
    assert logged[0].loser_hlc < logged[0].winner_hlc
    assert logged[0].loser_desk == a.store.desk_id
    assert [c.key for c in conflict_log(a.store)] == [logged[0].key]
    assert_converged(central_url, a, b)


def test_a_pull_that_beats_an_unpushed_edit_logs_it(central_url: str, make_desks: MakeDesks) -> None:
    """B edits first but pulls A's later edit before pushing: B's own value loses on B itself,
    and the conflict found there still reaches the central's log."""
    a, b = make_desks(2)
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data())
    sync_all(central_url, a, b)
    beneficiaries.update(b.store, b.reception, bid, {"address": "من ب"})
    beneficiaries.update(a.store, a.reception, bid, {"address": "من أ"})
    sync_once(a.store, central_url)
    summary = sync_once(b.store, central_url)
    assert summary.conflicts == 1
    assert [json.loads(c.loser_value) for c in conflict_log(b.store)] == ["من ب"]
    assert [json.loads(c.loser_value) for c in central_conflicts(central_url)] == ["من ب"]
    sync_all(central_url, a, b)
    assert beneficiaries.get(b.store, b.reception, bid).data["address"] == "من أ"
    assert len(central_conflicts(central_url)) == 1
    assert_converged(central_url, a, b)


def test_deletes_travel_as_tombstones(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data(),
                                 household=[{"name": "سارة محمد", "relation": "daughter"}])
    sync_all(central_url, a, b)
    beneficiaries.replace_household(b.store, b.reception, bid, [])  # tombstones the member
    with a.store.write(a.reception.user_id) as s:  # and A deletes the beneficiary meanwhile
        s.get(Beneficiary, bid).deleted = True
    beneficiaries.update(b.store, b.reception, bid, {"city": "الطائف"})  # concurrent with the delete
    sync_all(central_url, a, b)
    for d in (a, b):
        with d.store.read() as s:
            row = s.get(Beneficiary, bid)
            assert row.deleted and row.city == "الطائف"  # the delete and the edit both survive
        assert search_service.search_beneficiaries(d.store, d.reception, row.id_number) == []
    assert_converged(central_url, a, b)


def test_append_only_rows_are_inserted_once_and_never_overwritten(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data())
    followup.log_interaction(a.store, a.reception, bid, "phone", "inquiry", "سأل عن موعد الرحلة")
    sync_all(central_url, a, b)
    assert count(central_url, "interactions") == 1
    events = count(central_url, "audit_events")
    sync_all(central_url, a, b)
    assert count(central_url, "interactions") == 1 and count(central_url, "audit_events") == events
    with b.store.read() as s:
        assert audit.verify_chain(s) == []  # both desks' hash chains arrived whole
    assert_converged(central_url, a, b)


def test_request_numbers_and_search_follow_pulled_requests(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data())
    rid = requests.open_request(a.store, a.reception, bid, "transport", "interview", "نقل إلى الحرم")
    sync_all(central_url, a, b)
    number = requests.get(b.store, b.reception, rid).number
    with b.store.read() as s:
        assert search.matching_ids(s.connection(), number) == [bid]
    assert_converged(central_url, a, b)


def test_a_local_edit_after_a_pull_wins_over_what_was_pulled(central_url: str, make_desks: MakeDesks,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Pulling moves the desk's clock past what it saw, so its next edit is the newer one even if
    the other desk's wall clock runs ahead (by a little less than the tolerance: a clock further
    ahead is refused by the central and followed by no desk)."""
    a, b = make_desks(2)
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data())
    sync_all(central_url, a, b)
    real = time.time
    with monkeypatch.context() as m:
        m.setattr(time, "time", lambda: real() + (CLOCK_TOLERANCE_MS - 60_000) / 1000)
        beneficiaries.update(a.store, a.reception, bid, {"city": "تبوك"})
    sync_all(central_url, a, b)
    beneficiaries.update(b.store, b.reception, bid, {"city": "أبها"})
    sync_all(central_url, a, b)
    assert beneficiaries.get(a.store, a.reception, bid).data["city"] == "أبها"
    assert central_conflicts(central_url) == []
    assert_converged(central_url, a, b)


def test_users_reach_every_desk_and_log_in_offline(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    users.create_user(a.store, a.admin, "huda", "هدى الموظفة", "reception", "huda-password-1")
    with pytest.raises(Exception):  # noqa: B017 - not yet synced: B does not know her
        users.authenticate(b.store, "huda", "huda-password-1")
    sync_all(central_url, a, b)
    actor = users.authenticate(b.store, "huda", "huda-password-1")  # B is offline from here on
    assert actor.username == "huda"
    bid = beneficiaries.register(b.store, actor, beneficiary_data())
    assert bid
    # a password changed at B reaches A as well
    users.set_password(b.store, actor, actor.user_id, "new-password-22")
    sync_all(central_url, a, b)
    assert users.authenticate(a.store, "huda", "new-password-22").user_id == actor.user_id
    assert users.authenticate(a.store, "admin", PASSWORD)  # every desk keeps its own administrator


def test_register_desk_keeps_no_password(centrals: Centrals, make_desks: MakeDesks) -> None:
    (a,) = make_desks(1)
    url = centrals.new()
    registration = register_desk(a.store, url.replace("postgres@", "postgres:not-stored@", 1))
    assert "not-stored" not in registration.url
    assert stored_url(a.store) == registration.url
    with a.store.read() as s:
        assert "not-stored" not in s.get(DeskSetting, CENTRAL_URL).value
    summary = sync_once(a.store)  # no URL: the stored one
    assert summary.pushed > 0


def test_sync_without_a_central_is_a_clear_error(make_desks: MakeDesks) -> None:
    (a,) = make_desks(1)
    with pytest.raises(SyncError) as info:
        sync_once(a.store)
    assert info.value.reason == "central_not_configured"
    assert "central" in info.value.message("en")


def test_a_new_central_gets_everything_again(centrals: Centrals, make_desks: MakeDesks) -> None:
    """A desk moved to another central re-sends its rows and re-reads the new central's feed."""
    a, b = make_desks(2)
    old = centrals.new()
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data(id_number=national_id()))
    sync_all(old, a, b)
    new = centrals.new()
    sync_all(new, a, b)
    assert beneficiaries.get(b.store, b.reception, bid)
    assert central_export(new) == central_export(old) == export(a.store) == export(b.store)


def test_text_that_needs_escaping_travels_intact(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    tricky = "سطر أول\nسطر\tثان \\ مائل \\N ليس فراغا\r\n'\"؛"
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data())
    with a.store.write(a.reception.user_id) as s:  # stored text the forms would refuse still travels
        s.get(Beneficiary, bid).health_notes = tricky
    sync_all(central_url, a, b)
    with b.store.read() as s:
        assert s.get(Beneficiary, bid).health_notes == tricky
    assert_converged(central_url, a, b)


def test_a_bulk_pull_indexes_exactly_as_the_store_does(central_url: str, make_desks: MakeDesks) -> None:
    """Pulls of many beneficiaries build their search documents in bulk; they must be the
    documents the store itself would build."""
    a, b = make_desks(2)
    names = ["سالم", "خالد", "فهد", "نورة", "هيا"]
    ids = [beneficiaries.register(a.store, a.reception, beneficiary_data(first_name=names[i % 5])) for i in range(80)]
    requests.open_request(a.store, a.reception, ids[3], "transport", "interview", "نقل")
    sync_all(central_url, a, b)

    def documents() -> dict[int, list[str]]:
        with b.store.read() as s:
            rows = s.connection().exec_driver_sql(f"SELECT rowid, content FROM {search.FTS_TABLE}").all()
        return {r[0]: sorted(r[1].split()) for r in rows}

    pulled = documents()
    with b.store.write(None) as s:
        search.rebuild(s.connection())
    assert pulled == documents()
    assert len(pulled) >= 80
