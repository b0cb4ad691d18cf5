"""A missing or deleted record is "not found" the same way in every service that reads one by id,
naming what was looked for; nothing is previewed or shown for a deleted request."""

from __future__ import annotations

import pytest

from saa_desk.domain.errors import NotFound
from saa_desk.services import beneficiaries, declarations, printing, requests
from saa_desk.store.models import SupportRequest
from tests.conftest import Desk
from tests.factories import beneficiary_data

MISSING = "00000000-0000-4000-8000-000000000000"


def test_missing_and_deleted_records_are_not_found(desk_env: Desk) -> None:
    store, actor = desk_env.store, desk_env.reception
    bid = beneficiaries.register(store, actor, beneficiary_data())
    rid = requests.open_request(store, actor, bid, "transport", "interview", "نقل")
    number = requests.get(store, actor, rid).number
    with store.write(actor.user_id) as s:
        s.get(SupportRequest, rid).deleted = True
    reads = {
        "beneficiary": [lambda: beneficiaries.get(store, actor, MISSING)],
        "request": [
            lambda: requests.get(store, actor, rid),
            lambda: requests.get(store, actor, MISSING),
            lambda: requests.by_number(store, actor, number),
            lambda: declarations.current(store, actor, rid),
            lambda: printing.preview_declaration(store, actor, rid),
            lambda: printing.preview_receipt(store, actor, rid),
        ],
    }
    for field, calls in reads.items():
        for call in calls:
            with pytest.raises(NotFound) as info:
                call()
            assert info.value.field == field
            assert info.value.message("en").endswith("was not found")
