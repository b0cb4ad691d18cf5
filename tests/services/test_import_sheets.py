"""Import of sheets as charities keep them: each test says which rows went in, which were refused
and why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from saa_desk.domain.matching import match_key
from saa_desk.services import beneficiaries, exporting
from saa_desk.services.importing import BadMapping, ImportOptions, import_file
from saa_desk.services.importing.vocabulary import choice_code, header_target
from tests.conftest import Desk
from tests.factories import national_id
from tests.services.import_sheets import (
    BIRTH,
    arabic_digits,
    iqama,
    persian_digits,
    read_back,
    write_csv,
    write_xlsx,
)


def person(d: Desk, id_number: str) -> dict:
    found = beneficiaries.find_by_id_number(d.store, d.reception, id_number)
    assert len(found) == 1, id_number
    return beneficiaries.get(d.store, d.reception, found[0]).data


def refused(report) -> list[tuple[int, str | None, str]]:
    return [(r.row, r.field, r.error.code) for r in report.rejected]


def count(d: Desk) -> int:
    return len(json.loads(exporting.export_json(d.store))["beneficiaries"])


@pytest.mark.parametrize(("header", "field"), [
    ("الجوال", "mobile"), ("رقم الجوال", "mobile"), ("جوال", "mobile"), ("الهاتف", "mobile"),
    ("رقم  الهاتف:", "mobile"), ("Mobile", "mobile"), ("PHONE", "mobile"), ("الجـــوال", "mobile"),
    ("رقم الهوية", "id_number"), ("الهويه", "id_number"), ("السجل المدنى", "id_number"),
    ("رقم الاقامة", "id_number"), ("هوية/إقامة", "id_number"), ("هوية / اقامه", "id_number"),
    ("ID No.", "id_number"), ("الاسم", "full_name"), ("الاسم الرباعي", "full_name"),
    ("الإسم الكامل", "full_name"), ("الاسم الأول", "first_name"), ("اسم الاب", "father_name"),
    ("اسم الجد", "grandfather_name"), ("اسم العائلة", "family_name"), ("الجنس", "gender"),
    ("تاريخ الميلاد", "birth_date"), ("Date of Birth", "birth_date"), ("الجنسيّة", "nationality"),
    ("الحالة الإجتماعية", "marital_status"), ("الدخل الشهري", "monthly_income"),
    ("الحالة الوظيفية", "employment"), ("المدينة", "city"), ("الحي", "district"),
    ("نوع الهوية", "id_type"), ("سبب الرفض", "ignore"), ("ملاحظات الباحث الاجتماعي", None),
])
def test_header_spellings(header: str, field: str | None) -> None:
    assert header_target(header) == field


@pytest.mark.parametrize(("field", "word", "code"), [
    ("gender", "ذكر", "male"), ("gender", "أنثى", "female"), ("gender", "انثي", "female"),
    ("gender", "M", "male"), ("gender", "f", "female"), ("gender", "Female", "female"),
    ("marital_status", "متزوجة", "married"), ("marital_status", "أرملة", "widowed"),
    ("marital_status", "مطلقه", "divorced"), ("marital_status", "عزباء", "single"),
    ("marital_status", "Widow", "widowed"), ("employment", "موظفة", "employed"),
    ("employment", "لا يعمل", "unemployed"), ("employment", "Self-employed", "self_employed"),
    ("employment", "متقاعد", "retired"), ("preferred_channel", "واتساب", "social_media"),
    ("preferred_channel", "الهاتف", "phone"), ("id_type", "هوية وطنية", "national_id"),
    ("id_type", "إقامة", "iqama"), ("id_type", "Passport", "passport"),
    ("nationality", "سعودية", "SA"), ("nationality", "مصري", "EG"), ("nationality", "Saudi", "SA"),
    ("relation", "زوجة", "spouse"), ("relation", "ابنة", "daughter"),
    ("gender", "غير معروف", None),
])
def test_choice_words(field: str, word: str, code: str | None) -> None:
    assert choice_code(field, word) == code


def test_match_key_folds_spelling() -> None:
    assert match_key("رقم  الجوّال:") == match_key("رقم الجوال") == match_key("رقم-الجـوال")
    assert match_key("الإقامة") == match_key("الاقامه") and match_key("Mobile") == match_key("MOBILE")


def test_charity_register_in_xlsx(desk_env: Desk, tmp_path: Path) -> None:
    """Title rows merged over the top, a serial column, one full-name column, Arabic words, numbers
    typed as numbers, date cells and serials, a blank row, and a totals row at the bottom."""
    d = desk_env
    ids = [national_id(), national_id(), iqama(), national_id(), national_id(), iqama(), national_id()]
    rows = [
        ["جمعية البر الخيرية — سجل المستفيدين لعام 1445هـ", None, None, None],
        [None],
        ["تاريخ الطباعة:", "1446/01/01"],
        ["م", "الاسم الرباعي", "رقم الهوية/الإقامة", "الجنس", "الجنسية", "تاريخ الميلاد", "الجوال",
         "الحالة الاجتماعية", "الدخل الشهري", "المدينة", "ملاحظات الباحث"],
        [1, "محمد بن عبدالله بن سالم القحطاني", int(ids[0]), "ذكر", None, "15/03/1980", "0501234567",
         "متزوج", "3,500 ريال", "مكة المكرمة", "زيارة 3"],
        [2, "فاطمة علي حسن الزهراني", arabic_digits(ids[1]), "أنثى", "سعودية", "1400/01/01 هـ",
         "+966 55 123 4567", "أرملة", "٢٬٠٠٠", "جدة", None],
        [None, None, None],
        [3, "أحمد محمود خان يوسف", ids[2], "M", "باكستاني", BIRTH, 966512345678, "Single", 1500.0, "الطائف"],
        [4, "سعيد عمر علي الغامدي", ids[3], "ذكر", None, "1980-01-01", "12345", "أعزب", None, "مكة"],
        [5, "خالد حسن", ids[4], "ذكر", None, "1990-05-05", "0551112233", "أعزب", None, "مكة"],
        [6, "خالد حسن سعد العتيبي", ids[4], "ذكر", None, "1990-05-05", "0551112233", "أعزب", None, "مكة"],
        [7, "راجو كومار سينغ شارما", ids[5], "ذكر", None, "1975-02-02", "0561234567", "متزوج", None, "جدة"],
        [8, "نورة سالم عبدالله الشهري", ids[6], "انثى", None, 29221, "٠٥٩٨٧٦٥٤٣٢", "مطلقة", "ريال 800", "أبها"],
        [None, "المجموع", None, None, None, None, None, None, 7800, None],
    ]
    path = write_xlsx(tmp_path / "register.xlsx", rows, merge="A1:K1")
    report = import_file(d.store, d.supervisor, path)
    assert report.header_row == 4
    assert report.unknown_columns == ["ملاحظات الباحث"]
    assert report.imported == 4
    assert refused(report) == [
        (9, "mobile", "phone_format"),
        (10, "grandfather_name", "required"), (10, "family_name", "required"),
        (11, "id_number", "import_duplicate_in_file"),
        (12, "nationality", "required"),
    ]
    assert report.rejected[3].message("en") == "ID number: is also on row 10 of the file"
    assert report.skipped == [14]
    first = person(d, ids[0])
    assert (first["first_name"], first["father_name"], first["grandfather_name"], first["family_name"]) == (
        "محمد", "عبدالله", "سالم", "القحطاني")
    assert (first["id_type"], first["nationality"], first["gender"], first["marital_status"]) == (
        "national_id", "SA", "male", "married")
    assert (first["mobile"], first["monthly_income"], str(first["birth_date"])) == ("+966501234567", 3500, "1980-03-15")
    second = person(d, ids[1])
    assert (second["gender"], second["marital_status"], second["mobile"], second["monthly_income"]) == (
        "female", "widowed", "+966551234567", 2000)
    assert str(second["birth_date"]) == "1979-11-20"  # 1 Muharram 1400
    third = person(d, ids[2])
    assert (third["id_type"], third["nationality"], third["gender"], third["marital_status"]) == (
        "iqama", "PK", "male", "single")
    assert (str(third["birth_date"]), third["mobile"], third["monthly_income"]) == ("1985-06-01", "+966512345678", 1500)
    fourth = person(d, ids[6])
    assert (str(fourth["birth_date"]), fourth["mobile"], fourth["marital_status"], fourth["monthly_income"]) == (
        "1980-01-01", "+966598765432", "divorced", 800)
    assert count(d) == 4


def test_english_csv_with_semicolons_and_mixed_forms(desk_env: Desk, tmp_path: Path) -> None:
    d = desk_env
    ids = [national_id() for _ in range(6)]
    header = ["ID No.", "First Name", "Father's name", "Grandfather", "Surname", "Sex", "DOB",
              "Mobile Number", "Marital Status", "Employment", "Income", "Contact channel", "ID Type", "Branch"]
    names = ["محمد", "عبدالله", "سالم", "القحطاني"]
    rows = [
        header,
        [ids[0], *names, "M", "1980-3-15", "00966501234567", "married", "employed", "SAR 1 200", "WhatsApp", "", "RYD"],
        [ids[1], *names, "Female", "15.03.1980", "5 0123 4567", "widow", "self-employed", "", "phone",
         "National ID", "RYD"],
        [ids[2], *names, "F", "01-01-1400 هـ", arabic_digits("050-123-4567"), "Divorced", "retired", "٣٠٠٠",
         "letter", "", ""],
        [ids[3], *names, "m", "15/03/1980م", persian_digits("0501234567"), "single", "student", "0", "website", "", ""],
        [ids[4], *names, "X", "31/02/1980", "0501234567", "engaged", "", "lots", "pigeon", "", ""],
        [ids[5], "Ali", *names[1:], "M", "2999-01-01", "+966 50 123 456", "", "", "", "", "", ""],
    ]
    path = write_csv(tmp_path / "english.csv", rows, delimiter=";")
    report = import_file(d.store, d.supervisor, path)
    assert report.unknown_columns == ["Branch"]
    assert report.imported == 4
    assert refused(report) == [
        (6, "gender", "unknown_choice"), (6, "birth_date", "date_format"),
        (6, "marital_status", "unknown_choice"), (6, "monthly_income", "not_a_number"),
        (6, "preferred_channel", "unknown_choice"),
        (7, "first_name", "not_arabic_name"), (7, "birth_date", "date_in_future"), (7, "mobile", "phone_format"),
    ]
    got = [person(d, i) for i in ids[:4]]
    assert [g["mobile"] for g in got] == ["+966501234567"] * 4
    assert [str(g["birth_date"]) for g in got] == ["1980-03-15", "1980-03-15", "1979-11-20", "1980-03-15"]
    assert [g["gender"] for g in got] == ["male", "female", "female", "male"]
    assert [g["employment"] for g in got] == ["employed", "self_employed", "retired", "student"]
    assert [g["preferred_channel"] for g in got] == ["social_media", "phone", "letter", "website"]
    assert [g["monthly_income"] for g in got] == [1200, None, 3000, 0]


def test_no_header_row_refuses_the_file(desk_env: Desk, tmp_path: Path) -> None:
    from saa_desk.domain.errors import DeskError

    path = write_csv(tmp_path / "none.csv", [["الاسم", "المدينة"], ["محمد", "مكة"]])
    with pytest.raises(DeskError) as err:
        import_file(desk_env.store, desk_env.supervisor, path)
    assert err.value.code == "import_no_header" and "--map" in err.value.message("en")


def test_map_names_a_column(desk_env: Desk, tmp_path: Path) -> None:
    d = desk_env
    number = national_id()
    rows = [["الرقم المرجعي", "اسم المستفيد", "النوع", "المحمول", "تاريخ الميلاد"],
            [number, "محمد عبدالله سالم القحطاني", "ذكر", "0501234567", "1980-03-15"]]
    path = write_csv(tmp_path / "odd.csv", rows)
    report = import_file(d.store, d.supervisor, path, options=ImportOptions(
        mapping=["الرقم المرجعي=id_number", "المحمول=mobile"]))
    assert (report.imported, refused(report)) == (1, [])
    assert person(d, number)["mobile"] == "+966501234567"
    with pytest.raises(BadMapping):
        import_file(d.store, d.supervisor, path, options=ImportOptions(mapping=["المحمول=telephone"]))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_rejects_file_fixed_and_imported_again(desk_env: Desk, tmp_path: Path, suffix: str) -> None:
    d = desk_env
    ids = [national_id() for _ in range(5)]
    header = ["الاسم الكامل", "رقم الهوية", "الجنس", "الجوال", "تاريخ الميلاد", "عمود إضافي"]
    rows = [["كشف المستفيدين"], header,
            ["محمد عبدالله سالم القحطاني", ids[0], "ذكر", "0501234567", "1980-03-15", "x"],
            ["سعد عبدالله سالم القحطاني", ids[1], "ذكر", "05012", "1980-03-15", "=1+2"],
            ["علي عبدالله سالم القحطاني", ids[2], "ذكر", "0501234568", "1980-03-15", ""],
            ["منى عبدالله سالم القحطاني", ids[3], "غير", "0501234569", "1980-03-15", "-y"],
            ["محمد عبدالله سالم القحطاني", ids[0], "ذكر", "0501234567", "1980-03-15", "again"]]
    source = write_xlsx(tmp_path / f"in{suffix}", rows) if suffix == ".xlsx" else write_csv(tmp_path / "in.csv", rows)
    rejects = tmp_path / f"rejects{suffix}"
    report = import_file(d.store, d.supervisor, source, options=ImportOptions(rejects=rejects, lang="en"))
    assert report.imported == 2 and report.rejected_rows == [4, 6, 7]
    assert report.rejects_written == 3 and oct(rejects.stat().st_mode & 0o777) == "0o600"
    back = read_back(rejects)
    assert back[0] == [*header, "reason"]
    assert [r[1] for r in back[1:]] == [ids[1], ids[3], ids[0]]
    guarded = "'" if suffix == ".csv" else ""  # a CSV's formula-like cells carry a quote
    assert back[1][5] == guarded + "=1+2" and back[2][5] == guarded + "-y"
    assert back[1][6] == "Mobile: is not a valid mobile number; use 05XXXXXXXX or international +XXXXXXXX"
    assert back[3][6] == "ID number: is also on row 3 of the file"
    # the user fixes the mobile and leaves the rest
    back[1][3] = "0501234570"
    fixed = (write_xlsx(tmp_path / f"fixed{suffix}", back) if suffix == ".xlsx"
             else write_csv(tmp_path / "fixed.csv", back))
    again = import_file(d.store, d.supervisor, fixed, options=ImportOptions(rejects=tmp_path / f"r2{suffix}"))
    assert again.imported == 1
    assert refused(again) == [(3, "gender", "unknown_choice"), (4, "id_number", "duplicate_id")]
    assert person(d, ids[1])["mobile"] == "+966501234570"
    assert count(d) == 3
    assert len(read_back(tmp_path / f"r2{suffix}")) == 3


def test_an_id_already_on_the_desk_reported_or_updated(desk_env: Desk, tmp_path: Path) -> None:
    d = desk_env
    number = national_id()
    first = [["رقم الهوية", "الاسم", "الجنس", "الجوال", "المدينة"],
             [number, "محمد عبدالله سالم القحطاني", "ذكر", "0501234567", "مكة المكرمة"]]
    assert import_file(d.store, d.supervisor, write_csv(tmp_path / "a.csv", first)).imported == 1
    later = [["رقم الهوية", "الجوال", "المدينة", "الحالة الاجتماعية"],
             [number, "0559998887", "", "متزوج"]]
    path = write_csv(tmp_path / "b.csv", later)
    plain = import_file(d.store, d.supervisor, path)
    assert (plain.imported, refused(plain)) == (0, [(2, "id_number", "duplicate_id")])
    before = exporting.export_json(d.store)
    dry = import_file(d.store, d.supervisor, path, options=ImportOptions(update=True, dry_run=True))
    assert (dry.updated, dry.rejected) == (1, [])
    assert exporting.export_json(d.store) == before
    updated = import_file(d.store, d.supervisor, path, options=ImportOptions(update=True))
    assert (updated.imported, updated.updated, updated.rejected) == (0, 1, [])
    data = person(d, number)
    assert (data["mobile"], data["city"], data["marital_status"], data["first_name"]) == (
        "+966559998887", "مكة المكرمة", "married", "محمد")  # the empty city left the desk's
    audit = [e for e in json.loads(exporting.export_json(d.store))["audit_events"]
             if e["action"] == "beneficiary.update"]
    assert len(audit) == 1 and json.loads(audit[0]["details"])["fields"] == ["mobile", "marital_status"]
    again = import_file(d.store, d.supervisor, path, options=ImportOptions(update=True))
    assert (again.updated, again.unchanged) == (0, 1)


def test_dry_run_writes_nothing_and_counts(desk_env: Desk, tmp_path: Path) -> None:
    d = desk_env
    ids = [national_id(), national_id()]
    rows = [["رقم الهوية", "الاسم", "الجنس"], [ids[0], "محمد عبدالله سالم القحطاني", "ذكر"],
            [ids[1], "محمد عبدالله سالم القحطاني", "؟"], [ids[0], "محمد عبدالله سالم القحطاني", "ذكر"]]
    before = exporting.export_json(d.store)
    report = import_file(d.store, d.supervisor, write_csv(tmp_path / "d.csv", rows),
                         options=ImportOptions(dry_run=True))
    assert (report.imported, report.rejected_rows, report.dry_run) == (1, [3, 4], True)
    assert exporting.export_json(d.store) == before


def test_utf16_and_windows_arabic_csv(desk_env: Desk, tmp_path: Path) -> None:
    d = desk_env
    ids = [national_id(), national_id()]
    rows = [["رقم الهوية", "الاسم", "الجنس"], [ids[0], "محمد عبدالله سالم القحطاني", "ذكر"]]
    write_csv(tmp_path / "u16.csv", rows, delimiter="\t", encoding="utf-16")
    rows[1][0] = ids[1]
    write_csv(tmp_path / "win.csv", rows, encoding="cp1256")
    assert import_file(d.store, d.supervisor, tmp_path / "u16.csv").imported == 1
    assert import_file(d.store, d.supervisor, tmp_path / "win.csv").imported == 1
    assert person(d, ids[1])["family_name"] == "القحطاني"


def test_row_limit_stops_and_says_so(desk_env: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from saa_desk.services.importing import sources

    monkeypatch.setattr(sources, "MAX_ROWS", 3)
    d = desk_env
    header = ["رقم الهوية", "الاسم", "الجنس"]
    rows = [header, *([national_id(), "محمد عبدالله سالم القحطاني", "ذكر"] for _ in range(5))]
    report = import_file(d.store, d.supervisor, write_csv(tmp_path / "big.csv", rows))
    assert report.imported == 3 and report.stopped is not None
    assert report.stopped.message("en") == "File: the import stopped at row 5: at most 3 rows are read from a file; " \
                                           "split it into smaller files"


def test_a_header_pasted_again_is_skipped(desk_env: Desk, tmp_path: Path) -> None:
    d = desk_env
    header = ["رقم الهوية", "الاسم", "الجنس"]
    rows = [header, [national_id(), "محمد عبدالله سالم القحطاني", "ذكر"], [], header,
            [national_id(), "سعد عبدالله سالم القحطاني", "ذكر"]]
    report = import_file(d.store, d.supervisor, write_csv(tmp_path / "two.csv", rows))
    assert (report.imported, report.rejected, report.skipped) == (2, [], [4])
