"""Duplicates across desks (docs/architecture.md, sync invariant 5): one national ID registered offline at two
desks is kept twice by sync, detected after it, and merged by a supervisor."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import pytest
from sqlalchemy import select

from saa_desk.domain.errors import PermissionDenied
from saa_desk.services import beneficiaries, followup, requests
from saa_desk.services import search as search_service
from saa_desk.services.duplicates import list_duplicates, merge_duplicates
from saa_desk.store.database import Store
from saa_desk.store.models import AuditEvent, Beneficiary, HouseholdMember, Interaction, SupportRequest
from saa_desk.sync import MergeError, find_duplicates, sync_once
from tests.conftest import Desk
from tests.factories import beneficiary_data, national_id
from tests.sync.helpers import central_export, export

MakeDesks = Callable[[int], list[Desk]]


def registered_twice(url: str, a: Desk, b: Desk) -> tuple[str, str, str]:
    number = national_id()
    first = beneficiaries.register(a.store, a.reception, beneficiary_data(id_number=number, first_name="أحمد"),
                                   household=[{"name": "مريم أحمد", "relation": "daughter"}])
    with a.store.write(None, capture=False) as s:  # `first` is the older record: two registrations
        s.get(Beneficiary, first).created_at -= dt.timedelta(days=1)  # in one second would tie on age
    second = beneficiaries.register(b.store, b.reception, beneficiary_data(id_number=number, first_name="احمد"))
    sync_once(a.store, url)
    summary = sync_once(b.store, url)
    assert summary.duplicates == 1
    assert sync_once(a.store, url).duplicates == 1
    return number, first, second


def test_the_same_id_at_two_desks_is_kept_twice_and_offered(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    number, first, second = registered_twice(central_url, a, b)
    for d in (a, b):
        (group,) = find_duplicates(d.store)
        assert (group.id_number, set(group.beneficiary_ids)) == (number, {first, second})
        assert set(group.origin_desks) == {a.store.desk_id, b.store.desk_id}
    assert [g.id_number for g in list_duplicates(a.store, a.supervisor)] == [number]
    with pytest.raises(PermissionDenied):
        list_duplicates(a.store, a.reception)


def test_a_supervisor_merge_repoints_tombstones_audits_and_travels(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    _number, first, second = registered_twice(central_url, a, b)
    rid = requests.open_request(b.store, b.reception, second, "transport", "interview", "نقل")
    call = followup.log_interaction(b.store, b.reception, second, "phone", "inquiry", "سأل عن الطلب")
    with pytest.raises(PermissionDenied):
        merge_duplicates(b.store, b.reception, first, second)
    sync_once(b.store, central_url)
    sync_once(a.store, central_url)
    result = merge_duplicates(a.store, a.supervisor, first, second)
    assert result.requests == (rid,)
    assert result.history == {"interactions": (call,)}
    with a.store.read() as s:
        assert s.get(SupportRequest, rid).beneficiary_id == first
        assert s.get(Beneficiary, second).deleted
        assert s.get(Interaction, call).beneficiary_id == second  # history is never rewritten
        members = s.scalars(select(HouseholdMember).where(HouseholdMember.beneficiary_id == first)).all()
        assert len(members) == 1
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "beneficiary.merge")).one()
        details = json.loads(event.details)
        assert (event.entity_id, details["lost"], details["requests"]) == (first, second, [rid])
        assert details["history"] == {"interactions": [call]}
    for _ in range(2):
        sync_once(a.store, central_url)
        sync_once(b.store, central_url)
    assert find_duplicates(b.store) == []
    number = requests.get(b.store, b.reception, rid).number
    assert [h.id for h in search_service.search_beneficiaries(b.store, b.reception, number)] == [first]
    assert export(a.store) == export(b.store) == central_export(central_url)


def test_merge_refuses_nonsense(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    _number, first, _second = registered_twice(central_url, a, b)
    other = beneficiaries.register(a.store, a.reception, beneficiary_data())
    with pytest.raises(MergeError):
        merge_duplicates(a.store, a.supervisor, first, first)
    with pytest.raises(MergeError) as info:
        merge_duplicates(a.store, a.supervisor, first, other)
    assert info.value.reason == "merge_not_duplicates"
    assert "identity" in info.value.message("en")


def _by_age(store: Store, *ids: str) -> list[str]:
    """Oldest first, as merges order records: creation time (to the second), then id."""
    with store.read() as s:
        return sorted(ids, key=lambda i: (s.get(Beneficiary, i).created_at, i))


def test_opposite_merges_at_two_desks_keep_the_same_record(central_url: str, make_desks: MakeDesks) -> None:
    """Supervisors at two desks merge the same pair offline, each keeping a different record:
    both keep the older one (one of them with the data of the newer), so the person is never lost."""
    a, b = make_desks(2)
    _number, first, second = registered_twice(central_url, a, b)  # spelt "أحمد" and "احمد"
    rid = requests.open_request(b.store, b.reception, second, "transport", "interview", "نقل")
    for d in (b, a):
        sync_once(d.store, central_url)
    older, newer = _by_age(a.store, first, second)
    at_a = merge_duplicates(a.store, a.supervisor, first, second)
    at_b = merge_duplicates(b.store, b.supervisor, second, first)
    assert (at_a.keep_id, at_a.lose_id) == (at_b.keep_id, at_b.lose_id) == (older, newer)
    chose_newer, chose_older = (at_a, at_b) if newer == first else (at_b, at_a)
    assert (chose_newer.took, chose_older.took) == (("first_name",), ())
    for _ in range(2):
        for d in (a, b):
            sync_once(d.store, central_url)
    for d in (a, b):
        with d.store.read() as s:
            kept, lost = s.get(Beneficiary, older), s.get(Beneficiary, newer)
            assert (kept.deleted, lost.deleted, lost.merged_into) == (False, True, older)
            assert s.get(SupportRequest, rid).beneficiary_id == older
        assert find_duplicates(d.store) == []
    assert export(a.store) == export(b.store) == central_export(central_url)


def test_pairwise_merges_at_three_desks_lead_every_child_to_the_survivor(
        central_url: str, make_desks: MakeDesks) -> None:
    """X, Y, Z (oldest first) are one person, registered at three desks. C merges Z into Y (Z's
    request moves to Y) while A merges Y into X: after sync the request would sit on a
    tombstone, and `follow_merges` moves it on to X."""
    a, b, c = make_desks(3)
    number = national_id()
    ids = [beneficiaries.register(d.store, d.reception, beneficiary_data(id_number=number)) for d in (a, b, c)]
    for _ in range(2):
        for d in (a, b, c):
            sync_once(d.store, central_url)
    x, y, z = _by_age(a.store, *ids)
    rid = requests.open_request(c.store, c.reception, z, "transport", "interview", "نقل")
    assert merge_duplicates(c.store, c.supervisor, y, z).keep_id == y
    assert merge_duplicates(a.store, a.supervisor, x, y).keep_id == x
    for _ in range(6):  # each desk that moves the request audits it: those events travel too
        summaries = [sync_once(d.store, central_url) for d in (a, b, c)]
        if not any(x.pushed or x.pulled for x in summaries):
            break
    else:
        raise AssertionError("the desks never became quiet")
    followed = []
    for d in (a, b, c):
        with d.store.read() as s:
            assert s.get(SupportRequest, rid).beneficiary_id == x
            assert [s.get(Beneficiary, i).deleted for i in (x, y, z)] == [False, True, True]
            followed += s.scalars(select(AuditEvent).where(AuditEvent.action == "beneficiary.merge_followed")).all()
        assert find_duplicates(d.store) == []
    assert followed, "some desk moved the stranded request on, and audited it"
    assert export(a.store) == export(b.store) == export(c.store) == central_export(central_url)
