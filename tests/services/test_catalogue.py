"""The catalogue as the store holds it: saving versions, the current one, and requests that follow it."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from saa_desk.catalogues import Catalogue
from saa_desk.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from saa_desk.services import beneficiaries, catalogue, committee, requests
from saa_desk.store.models import AuditEvent, CatalogueVersion, SupportRequest
from tests.conftest import Desk
from tests.factories import beneficiary_data


def edited(**changes: Any) -> dict[str, Any]:
    raw = Catalogue.seed().to_dict()
    for path, value in changes.items():
        kind, index, key = path.split("__")
        raw[kind][int(index)][key] = value
    return raw


def versions(d: Desk) -> int:
    with d.store.read() as s:
        return int(s.scalar(select(func.count()).select_from(CatalogueVersion)) or 0)


def test_the_seed_is_current_until_an_admin_saves_and_history_keeps_every_version(desk_env: Desk) -> None:
    d = desk_env
    assert catalogue.current(d.store, d.reception) == (None, Catalogue.seed())
    first = catalogue.save(d.store, d.admin, json.dumps(edited(support_types__0__en="Umrah trip")), "rename")
    raw = edited(support_types__0__en="Umrah trip")
    raw["support_types"].append({"code": "ramadan_iftar", "ar": "إفطار صائم", "en": "Iftar meals",
                                 "documents": [{"code": "identity"}]})
    second = catalogue.save(d.store, d.admin, Catalogue.from_dict(raw), "  Ramadan  ")
    version, current = catalogue.current(d.store, d.reception)
    assert version == second and current.support_types["ramadan_iftar"].documents[0].mandatory
    assert current.support_types["umrah_trip"].en == "Umrah trip"
    hist = catalogue.history(d.store, d.reception)
    assert [(h.id, h.based_on, h.note, h.current, h.saved_by) for h in hist] == [
        (second, first, "Ramadan", True, "admin"), (first, None, "rename", False, "admin")]
    assert hist[0].sha256 == current.sha256 and all(h.valid for h in hist)
    with d.store.read() as s:
        row = s.get(CatalogueVersion, second)
        assert row is not None and row.content_json == current.canonical_json()
        assert row.content_sha256 == hashlib.sha256(row.content_json.encode()).hexdigest()
        audit = s.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == second)).all()
    assert audit == ["catalogue.save"]
    assert Catalogue.from_json(catalogue.export_json(d.store, d.reception)) == current
    assert Catalogue.from_json(catalogue.export_json(d.store, d.reception, first)).support_types.keys() == \
        Catalogue.seed().support_types.keys()


@pytest.mark.parametrize("who", ["reception", "supervisor", "committee", "researcher"])
def test_only_an_admin_saves_a_catalogue(desk_env: Desk, who: str) -> None:
    with pytest.raises(PermissionDenied):
        catalogue.save(desk_env.store, getattr(desk_env, who), Catalogue.seed().pretty_json(), "x")
    assert versions(desk_env) == 0


def test_a_version_dropping_a_code_or_changing_nothing_is_refused(desk_env: Desk) -> None:
    d = desk_env
    raw = edited()
    del raw["document_types"][8]  # hajj_permit …
    raw["support_types"][1]["documents"].pop()  # … and the one support type that asked for it
    with pytest.raises(ValidationErrors) as exc:
        catalogue.save(d.store, d.admin, json.dumps(raw), "drop")
    assert [(e.field, e.code, e.params) for e in exc.value.errors] == [
        ("document_types", "catalogue_code_dropped", {"value": "hajj_permit"})]
    with pytest.raises(ValidationError) as same:
        catalogue.save(d.store, d.admin, Catalogue.seed(), "same")
    assert same.value.code == "catalogue_unchanged"
    raw = edited(document_types__8__active=False)
    raw["support_types"][1]["documents"].pop()
    catalogue.save(d.store, d.admin, json.dumps(raw), "retire the permit")
    assert versions(d) == 1


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["support_types", "document_types", "rejection_reasons"]), st.integers(0, 6),
       st.sampled_from(["code", "ar", "en", "active"]),
       st.sampled_from([None, 7, "", "   ", [], {}]))
def test_an_invalid_catalogue_names_its_field_and_writes_nothing(desk_env: Desk, kind: str, index: int,
                                                                 key: str, junk: object) -> None:
    raw = edited()
    raw[kind][index][key] = junk
    if key == "active" and junk is None:
        return  # no flag is the default (active): valid, and unchanged
    with pytest.raises(ValidationErrors) as exc:
        catalogue.save(desk_env.store, desk_env.admin, json.dumps(raw), "bad")
    assert any(e.field.startswith(f"{kind}[{index}]") or e.field == kind for e in exc.value.errors if e.field)
    assert all(e.field for e in exc.value.errors)
    assert versions(desk_env) == 0


def test_a_new_request_records_the_version_and_its_checklist_follows_it(desk_env: Desk) -> None:
    d = desk_env
    bid = beneficiaries.register(d.store, d.reception, beneficiary_data(), [])
    before = requests.open_request(d.store, d.reception, bid, "transport", "interview", None)
    raw = edited(document_types__5__en="Doctor's report")
    raw["support_types"][2]["documents"].append({"code": "medical_report", "mandatory": False})
    raw["support_types"][0]["active"] = False
    version = catalogue.save(d.store, d.admin, json.dumps(raw), "transport needs a report")
    old, new = (requests.get(d.store, d.reception, r) for r in
                (before, requests.open_request(d.store, d.reception, bid, "transport", "interview", None)))
    assert old.catalogue_version is None and [i.document_type for i in old.checklist] == ["identity_copy"]
    assert new.catalogue_version == version
    assert [(i.document_type, i.mandatory, i.label("en")) for i in new.checklist] == [
        ("identity_copy", True, "National ID or iqama copy"), ("medical_report", False, "Doctor's report")]
    with pytest.raises(ValidationErrors) as exc:  # retired: no new requests of that type
        requests.open_request(d.store, d.reception, bid, "umrah_trip", "interview", None)
    assert exc.value.errors[0].field == "support_type"
    with d.store.read() as s:
        row = s.get(SupportRequest, new.id)
        assert row is not None and row.catalogue_version == version


def test_the_committee_refuses_a_retired_rejection_reason(desk_env: Desk) -> None:
    d = desk_env
    catalogue.save(d.store, d.admin, json.dumps(edited(rejection_reasons__5__active=False)), "budget is back")
    with d.store.read() as s:
        offered = catalogue.current_in(s)[1]
    with pytest.raises(ValidationError) as exc:
        committee.validate_decision("reject", reason_code="budget_exhausted", reason="x", offered=offered)
    assert exc.value.field == "reason_code" and exc.value.code == "unknown_choice"
    draft = committee.validate_decision("reject", reason_code="other", reason="x", offered=offered)
    assert draft.reason_code == "other"


def test_a_forged_or_broken_version_is_skipped_and_reported(desk_env: Desk) -> None:
    d = desk_env
    good = catalogue.save(d.store, d.admin, json.dumps(edited(support_types__0__en="Umrah")), "good")
    bad_json = '{"support_types": []}'
    forged = Catalogue.from_dict(edited(support_types__0__en="Forged")).canonical_json()
    with d.store.write(d.admin.user_id) as s:  # as the pull would apply rows from another desk
        s.add(CatalogueVersion(content_json=bad_json, content_sha256=hashlib.sha256(bad_json.encode()).hexdigest(),
                               based_on=good, note="broken"))
        s.add(CatalogueVersion(content_json=forged, content_sha256="0" * 64, based_on=good, note="forged"))
    version, current = catalogue.current(d.store, d.reception)
    assert version == good and current.support_types["umrah_trip"].en == "Umrah"
    hist = catalogue.history(d.store, d.reception)
    assert sorted((h.note, h.valid) for h in hist) == [("broken", False), ("forged", False), ("good", True)]
    assert len(catalogue.problems(d.store, d.reception)) == 2
