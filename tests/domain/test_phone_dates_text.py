import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from saa_desk.domain.dates import format_gregorian, format_hijri, parse_date, to_hijri, validate_birth_date
from saa_desk.domain.errors import ValidationError
from saa_desk.domain.names import validate_arabic_name_part, validate_four_part_name, validate_latin_name
from saa_desk.domain.phone import local_form, normalise_mobile
from saa_desk.domain.text import clean_text, normalise_for_search


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("0501234567", "+966501234567"),
        ("050 123 4567", "+966501234567"),
        ("٠٥٠١٢٣٤٥٦٧", "+966501234567"),
        ("+966501234567", "+966501234567"),
        ("00966501234567", "+966501234567"),
        ("501234567", "+966501234567"),
        ("+201001234567", "+201001234567"),
    ],
)
def test_mobile_normalised_to_e164(raw: str, e164: str) -> None:
    assert normalise_mobile(raw) == e164


@pytest.mark.parametrize("raw", ["0401234567", "05012345", "+96650123", "+966401234567", "phone", "+0123456789"])
def test_bad_mobile_names_the_field(raw: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalise_mobile(raw)
    assert err.value.field == "mobile" and err.value.code == "phone_format"


def test_local_form() -> None:
    assert local_form("+966501234567") == "0501234567"
    assert local_form("+201001234567") == "+201001234567"


@given(st.text(max_size=30))
def test_mobile_arbitrary_text(text: str) -> None:
    try:
        value = normalise_mobile(text)
    except ValidationError as exc:
        assert exc.field == "mobile"
    else:
        assert value is None or (value.startswith("+") and value[1:].isdigit() and 9 <= len(value) <= 16)


@pytest.mark.parametrize(
    "raw", ["2025-11-25", "25/11/2025", "25/11/2025 م", "04/06/1447 هـ", "1447/06/04", "٠٤/٠٦/١٤٤٧", "4-6-1447 H"]
)
def test_dates_in_hijri_or_gregorian(raw: str) -> None:
    assert parse_date(raw, "birth_date") == dt.date(2025, 11, 25)


def test_date_formatting_matches_glossary() -> None:
    day = dt.date(2025, 11, 25)
    assert format_hijri(day) == "04/06/1447 هـ"
    assert format_gregorian(day) == "25/11/2025 م"
    assert to_hijri(day) == (1447, 6, 4)


@pytest.mark.parametrize("raw", ["31/02/2025", "2025-13-01", "tomorrow", "30/13/1447 هـ", "1/1/1200"])
def test_bad_dates(raw: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_date(raw, "birth_date")
    assert err.value.field == "birth_date"


def test_birth_date_not_in_future() -> None:
    with pytest.raises(ValidationError) as err:
        validate_birth_date("2030-01-01", "birth_date", dt.date(2026, 1, 1))
    assert err.value.code == "date_in_future"


@given(st.text(max_size=40))
def test_parse_date_arbitrary_text(text: str) -> None:
    try:
        parse_date(text, "expiry_date")
    except ValidationError as exc:
        assert exc.field == "expiry_date"


@pytest.mark.parametrize(
    ("a", "b"),
    [("أحمد", "احمد"), ("إبراهيم", "ابراهيم"), ("آمنة", "امنه"), ("مُحَمَّد", "محمد"), ("مصطفى", "مصطفي"),
     ("عبـــدالله", "عبدالله"), ("١٢٣", "123")],
)
def test_search_normalisation_folds_spelling(a: str, b: str) -> None:
    assert normalise_for_search(a) == normalise_for_search(b)


def test_clean_text_rules() -> None:
    assert clean_text("  مكة   المكرمة ", "city", max_length=60) == "مكة المكرمة"
    assert clean_text("", "city", max_length=60) is None
    with pytest.raises(ValidationError) as err:
        clean_text("a\x00b", "city", max_length=60)
    assert err.value.code == "control_chars"
    with pytest.raises(ValidationError) as err:
        clean_text("abc\u202edef", "city", max_length=60)  # a bidi override would reorder the printout
    assert err.value.code == "control_chars"
    with pytest.raises(ValidationError) as err:
        clean_text("x" * 61, "city", max_length=60)
    assert err.value.code == "too_long" and "60" in err.value.message("en")
    assert clean_text("سطر\nسطر", "notes", max_length=60, multiline=True) == "سطر\nسطر"
    with pytest.raises(ValidationError):
        clean_text(None, "city", max_length=60, required=True)


@given(st.text(max_size=80))
def test_clean_text_arbitrary(text: str) -> None:
    try:
        value = clean_text(text, "address", max_length=50)
    except ValidationError as exc:
        assert exc.field == "address"
    else:
        assert value is None or (0 < len(value) <= 50 and value == value.strip())


def test_names() -> None:
    name = validate_four_part_name({"first_name": "محمد", "father_name": "عبد الله", "grandfather_name": "سالم",
                                    "family_name": "آل سعود"})
    assert name.full == "محمد عبد الله سالم آل سعود"
    with pytest.raises(ValidationError) as err:
        validate_arabic_name_part("Mohammed", "first_name")
    assert err.value.code == "not_arabic_name"
    with pytest.raises(ValidationError) as err:
        validate_four_part_name({"first_name": "محمد"})
    assert {e.field for e in err.value.errors} == {"father_name", "grandfather_name", "family_name"}
    assert validate_latin_name("Mohammed Al-Qahtani") == "Mohammed Al-Qahtani"
    with pytest.raises(ValidationError):
        validate_latin_name("محمد")
