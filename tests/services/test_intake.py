"""The interview saved in one transaction; previews render without recording anything."""

import dataclasses

import pytest

from saa_desk.domain.errors import ValidationErrors
from saa_desk.printing import read_document_metadata
from saa_desk.services import beneficiaries, exporting, intake, printing, requests
from saa_desk.services.beneficiaries import DuplicateBeneficiary
from tests.conftest import Desk
from tests.factories import beneficiary_data
from tests.services.test_lifecycle import open_case, verify_all

REQUEST = intake.RequestFields("umrah_trip", "interview", "أرغب في أداء العمرة")


def test_new_beneficiary_household_and_request_at_once(desk_env: Desk) -> None:
    d = desk_env
    result = intake.save_interview(d.store, d.reception, None, beneficiary_data(),
                                   [{"name": "فاطمة محمد", "relation": "daughter"}], REQUEST)
    view = beneficiaries.get(d.store, d.reception, result.beneficiary_id)
    assert [m.name for m in view.household] == ["فاطمة محمد"]
    assert requests.get(d.store, d.reception, result.request_id).status == "awaiting_documents"


def test_every_fault_reported_and_nothing_written(desk_env: Desk) -> None:
    d = desk_env
    before = exporting.export_json(d.store)
    with pytest.raises(ValidationErrors) as err:
        intake.save_interview(d.store, d.reception, None, beneficiary_data(mobile="12"),
                              [{"name": "", "relation": "son"}],
                              intake.RequestFields("spaceship", "pigeon", "x"))
    assert {e.field for e in err.value.errors} == {"mobile", "member_name", "support_type", "channel"}
    assert exporting.export_json(d.store) == before


def test_returning_beneficiary_updated_and_new_request(desk_env: Desk) -> None:
    d = desk_env
    first = intake.save_interview(d.store, d.reception, None, beneficiary_data(), None, REQUEST)
    again = intake.save_interview(d.store, d.reception, first.beneficiary_id, {"city": "جدة"}, None,
                                  dataclasses.replace(REQUEST, support_type="transport"))
    assert again.beneficiary_id == first.beneficiary_id
    assert beneficiaries.get(d.store, d.reception, first.beneficiary_id).data["city"] == "جدة"
    assert len(requests.of_beneficiary(d.store, d.reception, first.beneficiary_id)) == 2


def test_duplicate_id_on_a_new_interview(desk_env: Desk) -> None:
    d = desk_env
    data = beneficiary_data()
    first = intake.save_interview(d.store, d.reception, None, data, None, None)
    before = exporting.export_json(d.store)
    with pytest.raises(DuplicateBeneficiary) as err:
        intake.save_interview(d.store, d.reception, None, dict(data), None, REQUEST)
    assert err.value.existing_ids == [first.beneficiary_id]
    assert exporting.export_json(d.store) == before


def test_previews_record_nothing(desk_env: Desk) -> None:
    d = desk_env
    _, rid = open_case(d)
    verify_all(d, rid)
    before = exporting.export_json(d.store)
    pdf = printing.preview_declaration(d.store, d.reception, rid)
    assert read_document_metadata(pdf)["request_number"].startswith("RYD-D1-")
    assert exporting.export_json(d.store) == before
    printed = printing.print_declaration(d.store, d.reception, rid)
    assert read_document_metadata(printed.pdf)["snapshot_hash"] == read_document_metadata(pdf)["snapshot_hash"]
