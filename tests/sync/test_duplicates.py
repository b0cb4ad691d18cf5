"""Duplicates across desks (DESIGN.md §5, invariant 5): one national ID registered offline at two
desks is kept twice by sync, detected after it, and merged by a supervisor."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select

from saa_desk.domain.errors import PermissionDenied
from saa_desk.services import beneficiaries, followup, requests
from saa_desk.services import search as search_service
from saa_desk.store.models import AuditEvent, Beneficiary, HouseholdMember, Interaction, SupportRequest
from saa_desk.sync import MergeError, find_duplicates, list_duplicates, merge_duplicates, sync_once
from tests.conftest import Desk
from tests.factories import beneficiary_data, national_id
from tests.sync.helpers import central_export, export

MakeDesks = Callable[[int], list[Desk]]


def registered_twice(url: str, a: Desk, b: Desk) -> tuple[str, str, str]:
    number = national_id()
    first = beneficiaries.register(a.store, a.reception, beneficiary_data(id_number=number, first_name="أحمد"),
                                   household=[{"name": "مريم أحمد", "relation": "daughter"}])
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
