"""A catalogue saved at one desk reaches the others through the central, and their new requests use it."""

from __future__ import annotations

import json
from collections.abc import Callable

from saa_desk.catalogues import Catalogue
from saa_desk.services import beneficiaries, catalogue, requests
from saa_desk.sync import sync_once
from tests.conftest import Desk
from tests.factories import beneficiary_data

MakeDesks = Callable[[int], list[Desk]]


def test_a_catalogue_change_at_a_reaches_b_and_a_new_request_at_b_uses_it(central_url: str,
                                                                          make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    raw = Catalogue.seed().to_dict()
    raw["document_types"].append({"code": "hotel_booking", "ar": "حجز الفندق", "en": "Hotel booking"})
    raw["support_types"][3]["documents"].append({"code": "hotel_booking", "mandatory": True})  # accommodation
    version = catalogue.save(a.store, a.admin, json.dumps(raw), "accommodation needs the booking")
    sync_once(a.store, central_url)
    sync_once(b.store, central_url)
    at_b, current = catalogue.current(b.store, b.reception)
    assert at_b == version and current.document_types["hotel_booking"].en == "Hotel booking"
    bid = beneficiaries.register(b.store, b.reception, beneficiary_data())
    rid = requests.open_request(b.store, b.reception, bid, "accommodation", "interview", None)
    made = requests.get(b.store, b.reception, rid)
    assert made.catalogue_version == version
    assert [(i.document_type, i.label("ar")) for i in made.checklist] == [
        ("hotel_booking", "حجز الفندق"), ("identity_copy", "صورة الهوية / الإقامة")]
    sync_once(b.store, central_url)
    sync_once(a.store, central_url)  # and desk A shows the same requirements for it
    seen = requests.get(a.store, a.reception, rid)
    assert seen.catalogue_version == version and [i.label("en") for i in seen.checklist] == [
        "Hotel booking", "National ID or iqama copy"]
