import pytest
from hypothesis import given
from hypothesis import strategies as st

from saa_desk.domain.errors import ValidationError
from saa_desk.domain.identity import IdType, luhn_check_digit, luhn_valid, validate_identity
from tests.factories import national_id


def test_known_valid_national_id() -> None:
    ident = validate_identity("national_id", "1234567897")
    assert ident.id_type is IdType.NATIONAL_ID
    assert ident.number == "1234567897"


def test_arabic_indic_digits_and_spaces_are_accepted() -> None:
    assert validate_identity("national_id", "١٢٣٤ ٥٦٧ ٨٩٧").number == "1234567897"


@pytest.mark.parametrize(
    ("id_type", "number", "code"),
    [
        ("national_id", "123456789", "id_digits"),
        ("national_id", "12345678901", "id_digits"),
        ("national_id", "12345678a7", "id_digits"),
        ("national_id", "2234567897", "national_id_prefix"),
        ("iqama", "1234567897", "iqama_prefix"),
        ("national_id", "1234567890", "id_check_digit"),
        ("national_id", "", "required"),
        ("passport", "A1", "passport_format"),
        ("passport", "A1234567!", "passport_format"),
    ],
)
def test_invalid_ids_name_the_field_and_reason(id_type: str, number: str, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate_identity(id_type, number, "EG")
    assert err.value.code == code
    assert err.value.field == "id_number"
    assert "رقم الهوية" in err.value.message("ar")
    assert "ID number" in err.value.message("en")


def test_iqama_with_valid_luhn() -> None:
    body = "212345678"
    number = body + luhn_check_digit(body)
    assert validate_identity("iqama", number).id_type is IdType.IQAMA


def test_passport_needs_a_country() -> None:
    assert validate_identity("passport", "a1234567", "eg").passport_country == "EG"
    with pytest.raises(ValidationError) as err:
        validate_identity("passport", "A1234567", None)
    assert err.value.field == "passport_country"
    with pytest.raises(ValidationError) as err:
        validate_identity("passport", "A1234567", "EGY")
    assert err.value.code == "country_code"


def test_unknown_id_type() -> None:
    with pytest.raises(ValidationError) as err:
        validate_identity("driving_licence", "1234567897")
    assert err.value.field == "id_type"


@given(st.integers(min_value=0, max_value=10**8 - 1))
def test_luhn_check_digit_always_completes(body: int) -> None:
    digits = "1" + f"{body:08d}"
    full = digits + luhn_check_digit(digits)
    assert luhn_valid(full)
    assert validate_identity("national_id", full).number == full
    wrong = full[:-1] + str((int(full[-1]) + 1) % 10)
    assert not luhn_valid(wrong)


@given(st.text(max_size=40))
def test_arbitrary_text_never_crashes(text: str) -> None:
    try:
        ident = validate_identity("national_id", text)
    except ValidationError as exc:
        assert exc.field == "id_number"
    else:
        assert luhn_valid(ident.number) and ident.number.startswith("1")


def test_factory_ids_are_valid() -> None:
    assert luhn_valid(national_id())
