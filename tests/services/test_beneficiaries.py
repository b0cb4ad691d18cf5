"""Registration, duplicate IDs, search, and bad input that leaves the database unchanged."""

import hashlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from saa_desk.domain.beneficiary import BENEFICIARY_FIELDS
from saa_desk.domain.errors import ValidationError, ValidationErrors
from saa_desk.services import beneficiaries, exporting, search
from saa_desk.services.beneficiaries import DuplicateBeneficiary
from tests.conftest import Desk
from tests.factories import beneficiary_data, national_id


def db_fingerprint(d: Desk) -> str:
    return hashlib.sha256(exporting.export_json(d.store).encode()).hexdigest()


def test_register_normalises_values(desk_env: Desk) -> None:
    d = desk_env
    bid = beneficiaries.register(d.store, d.reception, beneficiary_data(
        id_number="١٢٣٤٥٦٧٨٩٧", mobile="050 123 4567", monthly_income="٣٬٥٠٠", birth_date="04/06/1400 هـ"))
    view = beneficiaries.get(d.store, d.reception, bid)
    assert view.data["id_number"] == "1234567897"
    assert view.data["mobile"] == "+966501234567"
    assert view.data["monthly_income"] == 3500
    assert view.data["nationality"] == "SA"
    assert view.data["birth_date"].year == 1980
    assert view.full_name == "محمد عبدالله سالم القحطاني"


def test_all_faults_reported_at_once_and_nothing_written(desk_env: Desk) -> None:
    d = desk_env
    before = db_fingerprint(d)
    with pytest.raises(ValidationErrors) as err:
        beneficiaries.register(d.store, d.reception, beneficiary_data(
            id_number="1234567890", first_name="Ali", mobile="12", gender="x", monthly_income="-5"))
    fields = {e.field for e in err.value.errors}
    assert fields == {"id_number", "first_name", "mobile", "gender", "monthly_income"}
    assert "رقم الجوال" in err.value.message("ar")
    assert db_fingerprint(d) == before


def test_duplicate_id_warns_with_the_existing_file(desk_env: Desk) -> None:
    d = desk_env
    nid = national_id()
    first = beneficiaries.register(d.store, d.reception, beneficiary_data(id_number=nid))
    with pytest.raises(DuplicateBeneficiary) as err:
        beneficiaries.register(d.store, d.reception, beneficiary_data(id_number=nid, first_name="أحمد"))
    assert err.value.existing_ids == [first]
    assert err.value.field == "id_number"


def test_update_reports_changed_fields_and_validates(desk_env: Desk) -> None:
    d = desk_env
    bid = beneficiaries.register(d.store, d.reception, beneficiary_data())
    assert beneficiaries.update(d.store, d.reception, bid, {"city": "جدة", "address": "شارع الحج، مبنى 12"}) == ["city"]
    with pytest.raises(ValidationError) as err:
        beneficiaries.update(d.store, d.reception, bid, {"mobile": "abc"})
    assert err.value.field == "mobile"
    with pytest.raises(ValidationError):
        beneficiaries.update(d.store, d.reception, bid, {"password_hash": "x"})


def test_household_replace(desk_env: Desk) -> None:
    d = desk_env
    bid = beneficiaries.register(d.store, d.reception, beneficiary_data(), [{"name": "سارة", "relation": "daughter"}])
    beneficiaries.replace_household(d.store, d.reception, bid, [{"name": "علي", "relation": "son",
                                                                 "birth_date": "2010-01-01"}])
    assert [(m.name, m.relation) for m in beneficiaries.get(d.store, d.reception, bid).household] == [("علي", "son")]
    with pytest.raises(ValidationError) as err:
        beneficiaries.replace_household(d.store, d.reception, bid, [{"name": "", "relation": "son"}])
    assert err.value.field == "member_name"


@pytest.mark.parametrize("query", ["احمد", "أحمد", "إحمد", "قحطاني", "القحطانى", "0501112223", "501112223",
                                   "+966501112223", "أحمد القحط"])
def test_search_finds_by_any_spelling(desk_env: Desk, query: str) -> None:
    d = desk_env
    beneficiaries.register(d.store, d.reception, beneficiary_data(first_name="أحمد", mobile="0501112223"))
    beneficiaries.register(d.store, d.reception, beneficiary_data(first_name="خالد", family_name="الغامدي",
                                                                  mobile="0559990000"))
    hits = search.search_beneficiaries(d.store, d.reception, query)
    assert [h.full_name for h in hits] == ["أحمد عبدالله سالم القحطاني"]


def test_search_by_id_and_request_number(desk_env: Desk) -> None:
    from saa_desk.services import requests

    d = desk_env
    nid = national_id()
    bid = beneficiaries.register(d.store, d.reception, beneficiary_data(id_number=nid))
    rid = requests.open_request(d.store, d.reception, bid, "transport", "phone")
    number = requests.get(d.store, d.reception, rid).number
    assert [h.id for h in search.search_beneficiaries(d.store, d.reception, nid)] == [bid]
    assert [h.id for h in search.search_beneficiaries(d.store, d.reception, number)] == [bid]
    assert [h.id for h in search.search_beneficiaries(d.store, d.reception, number.lower())] == [bid]
    assert search.search_beneficiaries(d.store, d.reception, '"*') == []


field_values = st.one_of(st.text(max_size=300), st.integers(), st.none(), st.booleans(),
                         st.sampled_from(["", " ", "\x00", "\u202e", "٠٥٠", "2025-02-30", "05" * 30]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(BENEFICIARY_FIELDS), value=field_values)
def test_arbitrary_input_is_rejected_cleanly_or_stored_clean(desk_env: Desk, field: str, value: object) -> None:
    d = desk_env
    before = db_fingerprint(d)
    data = beneficiary_data(id_number=national_id())
    data[field] = value
    try:
        bid = beneficiaries.register(d.store, d.reception, data)
    except ValidationError as exc:
        errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
        assert all(e.field in BENEFICIARY_FIELDS for e in errors)
        assert field in {e.field for e in errors} or field == "id_type"
        assert all(e.message("ar") and e.message("en") for e in errors)
        assert db_fingerprint(d) == before
    else:
        stored = beneficiaries.get(d.store, d.reception, bid).data
        for v in stored.values():
            if isinstance(v, str):
                assert "\x00" not in v and "\u202e" not in v and v == v.strip()


def test_login_when_two_desks_each_made_an_admin(desk_env: Desk) -> None:
    """Each desk creates its first administrator offline; after a sync both share the name."""
    from saa_desk.domain.errors import DeskError
    from saa_desk.services import users
    from saa_desk.store.models import User
    from tests.conftest import PASSWORD

    d = desk_env
    with d.store.write(None) as s:  # as a pulled row from another desk would arrive
        s.add(User(username="admin", full_name="مدير فرع جدة", roles="admin", branch="JED",
                   password_hash=users._hasher.hash("other-desk-pass"), active=True))
    assert users.authenticate(d.store, "admin", PASSWORD).user_id == d.admin.user_id
    other = users.authenticate(d.store, "admin", "other-desk-pass")
    assert other.user_id != d.admin.user_id and other.branch == "JED"
    with pytest.raises(DeskError):
        users.authenticate(d.store, "admin", "wrong-password-1")


def test_user_management(desk_env: Desk) -> None:
    from saa_desk.domain.enums import Role
    from saa_desk.domain.errors import DeskError, PermissionDenied
    from saa_desk.services import users
    from tests.conftest import PASSWORD

    d = desk_env
    with pytest.raises(PermissionDenied):
        users.set_roles(d.store, d.supervisor, d.reception.user_id, "admin")
    users.set_roles(d.store, d.admin, d.reception.user_id, "reception,researcher")
    assert set(users.authenticate(d.store, "reception", PASSWORD).roles) == {Role.RECEPTION, Role.RESEARCHER}
    users.set_active(d.store, d.admin, d.reception.user_id, False)
    with pytest.raises(DeskError) as err:
        users.authenticate(d.store, "reception", PASSWORD)
    assert err.value.code == "user_inactive"
    users.set_password(d.store, d.committee, d.committee.user_id, "a-new-password-2")  # one's own password
    assert users.authenticate(d.store, "committee", "a-new-password-2").user_id == d.committee.user_id
    with pytest.raises(PermissionDenied):
        users.set_password(d.store, d.committee, d.researcher.user_id, "taken-over-3")
