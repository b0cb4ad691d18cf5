"""Any beneficiary the desk accepts, exported to CSV or XLSX and imported into an empty desk,
comes back equal — formula-like text included."""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, reject, settings
from hypothesis import strategies as st

from saa_desk.domain.errors import ValidationError
from saa_desk.domain.identity import luhn_check_digit
from saa_desk.services import beneficiaries, exporting
from saa_desk.services.importing import import_file
from saa_desk.store.database import Store
from tests.conftest import Desk, make_desk

_serial = itertools.count(1)
TEXT = st.characters(whitelist_categories=("L", "N", "P", "S", "Zs"))
FORMULA = st.sampled_from(["=1+2", "+966", "-5", "@SUM(A1)", "'=x", "''", "'", "=HYPERLINK(\"http://x\")",
                           "'-", "=", "-", "+"])
ARABIC_NAMES = st.sampled_from(["محمد", "عبد الله", "نورة", "آل سعود", "الشهري", "أبو بكر", "فاطمة", "ابن-علي"])


def free_text(size: int) -> st.SearchStrategy[str | None]:
    return st.one_of(st.none(), st.text(TEXT, max_size=size),
                     st.builds(lambda a, b: a + b, FORMULA, st.text(TEXT, max_size=size)))


@st.composite
def identities(draw: st.DrawFn) -> dict[str, str | None]:
    kind = draw(st.sampled_from(["national_id", "iqama", "passport"]))
    n = next(_serial)
    if kind == "passport":
        country = draw(st.sampled_from(["EG", "PK", "FR"]))
        return {"id_type": kind, "id_number": f"P{n:07d}", "passport_country": country,
                "nationality": draw(st.sampled_from(["EG", "PK", "FR", "ID"]))}
    body = ("1" if kind == "national_id" else "2") + f"{n:08d}"
    nationality = None if kind == "national_id" else draw(st.sampled_from(["YE", "SY", "IN", "SD"]))
    return {"id_type": kind, "id_number": body + luhn_check_digit(body), "passport_country": None,
            "nationality": nationality}


DATES = st.one_of(st.none(), st.dates(dt.date(1930, 1, 1), dt.date(2020, 12, 31)))


@st.composite
def accepted_people(draw: st.DrawFn) -> dict[str, object]:
    data: dict[str, object] = dict(draw(identities()))
    data |= {
        "first_name": draw(ARABIC_NAMES), "father_name": draw(ARABIC_NAMES),
        "grandfather_name": draw(ARABIC_NAMES), "family_name": draw(ARABIC_NAMES),
        "latin_name": draw(st.one_of(st.none(), st.sampled_from(["Mohammed Al-Qahtani", "O'Neil", "Ali .B"]))),
        "gender": draw(st.sampled_from(["male", "female"])),
        "birth_date": draw(DATES), "id_expiry": draw(DATES),
        "mobile": draw(st.one_of(st.none(), st.sampled_from(["0501234567", "+201001234567", "+966551112233"]))),
        "city": draw(free_text(20)), "district": draw(free_text(20)), "address": draw(free_text(60)),
        "marital_status": draw(st.one_of(st.none(), st.sampled_from(["single", "married", "divorced", "widowed"]))),
        "monthly_income": draw(st.one_of(st.none(), st.integers(0, 10_000_000))),
        "employment": draw(st.one_of(st.none(), st.sampled_from(["employed", "self_employed", "unemployed",
                                                                  "retired", "student"]))),
        "preferred_channel": draw(st.one_of(st.none(), st.sampled_from(["phone", "letter", "website"]))),
        "health_notes": draw(free_text(80)),
        "notes": draw(st.one_of(free_text(80), st.builds(lambda a, b: f"{a}\n\t{b}", free_text(20), FORMULA))),
    }
    return data


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Desk]:
    """An empty desk, closed, copied for every example (making one takes a second and a half)."""
    path = tmp_path_factory.mktemp("template") / "desk"
    desk = make_desk(path)
    desk.store.close()
    return path, desk


def fresh(template: tuple[Path, Desk], target: Path) -> Store:
    shutil.copytree(template[0], target)
    return Store(target)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(data=accepted_people(), suffix=st.sampled_from([".csv", ".xlsx"]))
@example(data={"id_type": "national_id", "id_number": "1000000008", "first_name": "محمد", "father_name": "علي",
               "grandfather_name": "سالم", "family_name": "الشهري", "gender": "male", "city": "=1+2",
               "district": "'=x", "address": "@SUM(A1)", "notes": "-5\n\t+1", "mobile": "0501234567"},
         suffix=".csv")
def test_export_then_import_comes_back_equal(template: tuple[Path, Desk], tmp_path_factory: pytest.TempPathFactory,
                                             data: dict, suffix: str) -> None:
    actor = template[1].supervisor
    work = tmp_path_factory.mktemp("round")
    source = fresh(template, work / "a")
    try:
        try:
            key = beneficiaries.register(source, actor, data)
        except ValidationError:
            reject()
        before = beneficiaries.get(source, actor, key).data
        exported = work / f"out{suffix}"
        if suffix == ".csv":
            exported.write_text(exporting.export_csv(source), encoding="utf-8")
        else:
            with exported.open("wb") as fh:
                exporting.export_xlsx(source, fh)
    finally:
        source.close()
    target = fresh(template, work / "b")
    try:
        report = import_file(target, actor, exported)
        assert (report.imported, report.rejected, report.unknown_columns) == (1, [], [])
        found = beneficiaries.find_by_id_number(target, actor, before["id_number"])
        assert beneficiaries.get(target, actor, found[0]).data == before
    finally:
        target.close()
