"""The central's CHECK constraints and validating functions (sync/central_checks.py), on the real
embedded PostgreSQL: installed twice, passed by everything a desk writes, in agreement with the
desks' own validators, and refusing each bad value with its field named."""

from __future__ import annotations

import inspect
import json
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from saa_desk import catalogues
from saa_desk.domain import names, phone
from saa_desk.domain.clock import Timestamp
from saa_desk.domain.enums import Channel
from saa_desk.domain.errors import ValidationError
from saa_desk.domain.identity import luhn_check_digit
from saa_desk.services import beneficiaries, demo, followup
from saa_desk.sync import SyncError, central_checks, sync_once
from saa_desk.sync.central_checks import (
    CONSTRAINT_PREFIX,
    FUNCTION_PREFIX,
    Refusal,
    existing_violations,
    field_of_violation,
    install_checks,
    refusal,
    rules,
    valid_field_clocks,
    valid_hlc,
    valid_stored_identity,
)
from saa_desk.sync.central_ops import text_copy_lines
from saa_desk.sync.schema import NULL_TEXT, SPECS, compact_clocks, dumps_clocks, read_text_rows
from tests.conftest import Desk, make_desk
from tests.factories import beneficiary_data, national_id
from tests.sync import test_conflict_review, test_duplicates, test_sync_basic
from tests.sync.conftest import Centrals, DeskTemplates, driver_url
from tests.sync.helpers import central_export, export

MakeDesks = Callable[[int], list[Desk]]
EXAMPLES = int(os.environ.get("SAA_CHECK_EXAMPLES", "150"))
BENEFICIARIES = SPECS["beneficiaries"]
_PG_SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def install(url: str) -> None:
    with psycopg.connect(driver_url(url)) as conn:
        install_checks(conn)


@pytest.fixture
def checked_url(central_url: str) -> str:
    """A fresh central with the checks installed."""
    install(central_url)
    return central_url


@pytest.fixture
def pg(checked_url: str) -> Iterator[psycopg.Connection[Any]]:
    with psycopg.connect(driver_url(checked_url), autocommit=True) as conn:
        yield conn


def owned(conn: psycopg.Connection[Any]) -> tuple[list[str], list[str]]:
    constraints = [r[0] for r in conn.execute(
        "SELECT conname FROM pg_constraint WHERE contype = 'c' AND conname LIKE 'ck\\_saa\\_%' ORDER BY 1")]
    functions = [r[0] for r in conn.execute(
        "SELECT proname FROM pg_proc WHERE proname LIKE 'saa\\_chk\\_%' ORDER BY 1")]
    return constraints, functions


# -- installing ---------------------------------------------------------------------------------


def test_install_twice_gives_the_same_rules(central_url: str) -> None:
    install(central_url)
    with psycopg.connect(driver_url(central_url)) as conn:
        first = owned(conn)
    # again, through a SQLAlchemy Connection as central_init holds one
    engine = create_engine(central_url.replace("postgresql://", "postgresql+psycopg://", 1), poolclass=NullPool)
    with engine.begin() as conn:
        assert install_checks(conn) == len(rules())
    engine.dispose()
    with psycopg.connect(driver_url(central_url)) as conn:
        assert owned(conn) == first
        constraints, functions = first
        assert len(constraints) == len(rules()) == len({r.name for r in rules()})
        assert set(functions) == {f"{FUNCTION_PREFIX}{n}" for n in ("hlc", "saudi_id", "identity", "field_clocks")}
        # every function is immutable with a fixed search_path
        for volatile, config in conn.execute(
                "SELECT provolatile, proconfig FROM pg_proc WHERE proname LIKE 'saa\\_chk\\_%'"):
            assert volatile == "i" and config == ["search_path=pg_catalog, pg_temp"]


def test_install_drops_rules_of_an_older_version_and_keeps_old_rows(central_url: str, make_desks: MakeDesks) -> None:
    with psycopg.connect(driver_url(central_url)) as conn:  # a central from before the checks
        for table, name in conn.execute("SELECT conrelid::regclass::text, conname FROM pg_constraint "
                                        "WHERE conname LIKE 'ck_saa_%'").fetchall():
            conn.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')  # type: ignore[arg-type]
        conn.execute("ALTER TABLE beneficiaries ADD CONSTRAINT ck_saa_beneficiaries__city__gone CHECK (city <> 'x')")
        conn.execute("CREATE FUNCTION saa_chk_gone(t text) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$")
    (desk,) = make_desks(1)
    row = beneficiary_row(desk, notes="x" * 3000)  # stored before the checks existed
    copy_rows(central_url, [row])
    install(central_url)  # NOT VALID: the old row is not rechecked
    with psycopg.connect(driver_url(central_url)) as conn:
        constraints, functions = owned(conn)
        assert "ck_saa_beneficiaries__city__gone" not in constraints and "saa_chk_gone" not in functions
        assert conn.execute("SELECT count(*) FROM beneficiaries").fetchone() == (1,)
        assert existing_violations(conn) == [("beneficiaries", "notes", 1)]


# -- everything a desk writes passes ----------------------------------------------------------

_SCENARIOS = [
    f for module in (test_sync_basic, test_duplicates, test_conflict_review)
    for name, f in sorted(vars(module).items())
    if name.startswith("test_") and list(inspect.signature(f).parameters)[:2] == ["central_url", "make_desks"]
]


@pytest.mark.parametrize("scenario", _SCENARIOS, ids=lambda f: f.__name__)
def test_every_sync_scenario_passes_the_checks(scenario: Callable[..., None], checked_url: str,
                                               make_desks: MakeDesks, request: pytest.FixtureRequest) -> None:
    """The existing sync tests (registrations, edits at two desks, conflicts, reviews, tombstones,
    duplicate merges, escaped text) against a central that checks every row."""
    extra = list(inspect.signature(scenario).parameters)[2:]
    scenario(checked_url, make_desks, *(request.getfixturevalue(name) for name in extra))


def test_demo_data_and_follow_up_pass_the_checks(checked_url: str, tmp_path: Path) -> None:
    a = make_desk(tmp_path / "training", training=True)  # demo data only on training desks,
    b = make_desk(tmp_path / "training2", "JED", "D2", training=True)
    with psycopg.connect(driver_url(checked_url)) as conn:  # which syncs only with a training central
        conn.execute("UPDATE sync_meta SET value = 'training' WHERE key = 'purpose'")
    demo.generate(a.store, a.supervisor, 60, seed=7)  # every request status, household, declarations, decisions
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data(
        id_type="passport", id_number="A1234567", passport_country="eg", nationality="EG",
        notes="س" * 2000, latin_name="Mohammed Al-Qahtani", mobile="+447700900123"))
    followup.log_interaction(a.store, a.reception, bid, "phone", "inquiry", "ت" * 4000)
    followup.record_survey(a.store, a.reception, bid, dict.fromkeys(central_checks._RATINGS, 5), "ش" * 4000, "phone")
    sync_once(a.store, checked_url)
    sync_once(b.store, checked_url)
    beneficiaries.update(b.store, b.reception, bid, {"city": "جدة", "notes": None})
    beneficiaries.update(a.store, a.reception, bid, {"district": "النسيم"})
    for _ in range(2):
        sync_once(a.store, checked_url)
        sync_once(b.store, checked_url)
    assert export(a.store) == export(b.store) == central_export(checked_url)


@pytest.mark.slow
def test_the_convergence_machine_passes_the_checks(centrals: Centrals, desk_templates: DeskTemplates) -> None:
    from hypothesis.stateful import run_state_machine_as_test

    from tests.sync import test_convergence as conv

    conv.SyncMachine.templates = desk_templates
    conv.SyncMachine.central = centrals.new()
    install(conv.SyncMachine.central)
    run_state_machine_as_test(conv.SyncMachine, settings=settings(
        max_examples=int(os.environ.get("SAA_CHECK_MACHINE_EXAMPLES", "8")), stateful_step_count=conv.STEPS,
        deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))


# -- the PostgreSQL functions agree with the desks' validators --------------------------------

_TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)  # PostgreSQL text holds no NUL
_DESK = st.text("0123456789abcdef", min_size=1, max_size=32)


def _luhn_numbers() -> st.SearchStrategy[str]:
    def make(prefix: str, body: str, wrong: bool) -> str:
        digit = luhn_check_digit(prefix + body)
        return prefix + body + (str((int(digit) + 1) % 10) if wrong else digit)
    return st.builds(make, st.sampled_from("1234"), st.text("0123456789", min_size=8, max_size=8), st.booleans())


def _mutated(s: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A valid-looking text, sometimes cut, extended or with a character replaced."""
    def mutate(text: str, at: int, how: int, extra: str) -> str:
        at %= len(text) + 1
        return [text, text[:at], text + extra, text[:at] + extra + text[at + 1:], text.upper(), f" {text}\n"][how]
    return st.builds(mutate, s, st.integers(0, 80), st.integers(0, 5), _TEXT)


def pg_value(conn: psycopg.Connection[Any], sql: str, *args: Any) -> Any:
    row = conn.execute(sql, args).fetchone()  # type: ignore[arg-type]
    assert row is not None
    return row[0]


@st.composite
def identities(draw: st.DrawFn) -> tuple[str, str, str | None]:
    """(ID type, number, passport country) as stored: a valid triple of each type, often with one
    part replaced by a near miss or by anything at all."""
    kind = draw(st.sampled_from(["national_id", "iqama", "passport"]))
    if kind == "passport":
        number = draw(st.from_regex(r"[A-Z0-9]{5,20}\n?", fullmatch=True))
        country: str | None = draw(st.from_regex(r"[A-Z]{2}", fullmatch=True))
    else:
        body = ("1" if kind == "national_id" else "2") + draw(st.text("0123456789", min_size=8, max_size=8))
        number, country = body + luhn_check_digit(body), None
    which = draw(st.integers(0, 5))
    if which == 1:
        kind = draw(st.one_of(st.sampled_from(["national_id", "iqama", "passport", "Passport"]), _TEXT))
    elif which == 2:
        number = draw(st.one_of(_mutated(st.just(number)), _mutated(_luhn_numbers()), _TEXT))
    elif which == 3:
        country = draw(st.one_of(st.none(), st.sampled_from(["EG", "eg", "E", "EGY", "EG\n"]), _TEXT))
    return kind, number, country


@_PG_SETTINGS
@given(identity=identities())
def test_identity_check_agrees_with_validate_identity(pg: psycopg.Connection[Any],
                                                      identity: tuple[str, str, str | None]) -> None:
    expected = valid_stored_identity(*identity)
    assert pg_value(pg, "SELECT saa_chk_identity(%s, %s, %s)", *identity) is expected
    # the constraints on a row written in one piece say the same as the function
    kind, number, country = identity
    singles = [r.check for r in central_checks.rules_of("beneficiaries") if r.field in ("id_type", "id_number",
                                                                                        "passport_country")]
    together = " AND ".join(f"coalesce({c}, true)" for c in singles).replace("%", "%%")
    values = "SELECT %s::text AS id_type, %s::text AS id_number, %s::text AS passport_country, '' AS field_clocks"
    assert pg_value(pg, f"SELECT {together} FROM ({values}) AS row", kind, number, country) is expected


def _clocks() -> st.SearchStrategy[str]:
    return st.builds(lambda ms, c, d: Timestamp(ms, c, d).encode(), st.integers(0, 10**13 - 1),
                     st.integers(0, 999_999), _DESK)


@_PG_SETTINGS
@given(text=st.one_of(_clocks(), _mutated(_clocks()), _TEXT))
def test_clock_check_agrees_with_the_clock_format(pg: psycopg.Connection[Any], text: str) -> None:
    assert pg_value(pg, "SELECT saa_chk_hlc(%s)", text) is valid_hlc(text)


@_PG_SETTINGS
@given(ts=_clocks())
def test_every_clock_a_desk_makes_is_valid(pg: psycopg.Connection[Any], ts: str) -> None:
    assert valid_hlc(ts) and Timestamp.decode(ts).encode() == ts
    assert pg_value(pg, "SELECT saa_chk_hlc(%s)", ts) is True


def _field_clocks() -> st.SearchStrategy[str]:
    keys = st.one_of(st.sampled_from(BENEFICIARIES.fields), _TEXT)
    values = st.one_of(_clocks(), _clocks(), _TEXT, st.integers(), st.none())
    as_json = st.dictionaries(keys, values, max_size=6).map(lambda d: json.dumps(d, ensure_ascii=False))
    compact = st.dictionaries(st.sampled_from(BENEFICIARIES.fields), _clocks(), max_size=6).map(dumps_clocks)
    escaped = st.dictionaries(keys, values, max_size=4).map(json.dumps)  # \\uXXXX escapes
    tricky = st.sampled_from([
        "", "{}", "[]", "null", " {} ", "{", '{"city"', '{"city":', '{"city":"1764600000000-000001-ab"',
        '{"\\u0063ity":"1764600000000-000001-ab"}', '{"city":"\\ud800"}', '{"\\u0000":"x"}',
        '{"city":"1764600000000-000001-ab","city":5}', '{"city":"1764600000000-000001-ab","city":"x"}',
        '{"city":NaN}', '{"city":"1764600000000-000001-ab"} x', "[" * 200_000 + "]" * 200_000, '{"a":' * 100_000])
    return st.one_of(compact, _mutated(compact), as_json, escaped, tricky, _TEXT)


@_PG_SETTINGS
@given(text=_field_clocks())
def test_field_clocks_check_agrees_and_never_raises(pg: psycopg.Connection[Any], text: str) -> None:
    fields = list(BENEFICIARIES.fields)
    assert pg_value(pg, "SELECT saa_chk_field_clocks(%s, %s::text[])", text, fields) is valid_field_clocks(
        BENEFICIARIES, text)


def _rule_check(field: str) -> str:
    (rule,) = [r for r in central_checks.rules_of("beneficiaries") if r.field == field]
    return rule.check.replace("%", "%%")


_DIGITS = st.characters(categories=["Nd"])


@_PG_SETTINGS
@given(raw=st.one_of(st.builds(lambda d: "05" + d, st.text(_DIGITS, min_size=8, max_size=8)),
                     st.builds(lambda d: "+" + d, st.text(_DIGITS, min_size=6, max_size=17)),
                     st.text("+0123456789 -()", max_size=18), _TEXT))
def test_mobile_check_agrees_with_normalise_mobile(pg: psycopg.Connection[Any], raw: str) -> None:
    """Every number a desk stores passes; any text passes iff it has the stored (E.164) form."""
    try:
        stored = phone.normalise_mobile(raw)
    except ValidationError:
        stored = None
    if stored is not None:
        assert pg_value(pg, f"SELECT {_rule_check('mobile')} FROM (SELECT %s::text AS mobile) AS row", stored)
    as_stored = phone._E164.match(raw) is not None and not raw.endswith("\n")  # stored values are stripped
    assert pg_value(pg, f"SELECT {_rule_check('mobile')} FROM (SELECT %s::text AS mobile) AS row", raw) is as_stored


_ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)


@_PG_SETTINGS
@given(raw=st.one_of(st.text(st.one_of(_ARABIC, st.sampled_from(" -")), max_size=45), _TEXT))
def test_every_name_a_desk_stores_passes(pg: psycopg.Connection[Any], raw: str) -> None:
    try:
        stored = names.validate_arabic_name_part(raw, "first_name")
    except ValidationError:
        stored = None
    check = f"SELECT {_rule_check('first_name')} FROM (SELECT %s::text AS first_name) AS row"
    if stored is not None:
        assert pg_value(pg, check, stored) is True
    # the validator's own patterns and limit, on any text it could have stored (no final newline)
    if not raw.endswith("\n"):
        expected = bool(names._ARABIC_NAME.match(raw) and re.search("[\u0621-\u064a]", raw)) and len(raw) <= 40
        assert pg_value(pg, check, raw) is expected


# -- each rule refuses a bad value and names the field ------------------------------------------


def beneficiary_row(desk: Desk, **changes: Any) -> list[str]:
    """A beneficiary registered at `desk`, as a push sends it (text values, compact clocks)."""
    bid = beneficiaries.register(desk.store, desk.reception, beneficiary_data(id_number=national_id()))
    with desk.store.read() as s:
        (row,) = compact_clocks(BENEFICIARIES, read_text_rows(s.connection(), BENEFICIARIES, [bid]))
    out = list(row)
    for column, value in changes.items():
        out[BENEFICIARIES.index(column)] = NULL_TEXT if value is None else value
    return out


def copy_rows(url: str, rows: list[list[str]]) -> None:
    """What a push does with new rows: one COPY into the central table."""
    with (psycopg.connect(driver_url(url)) as conn, conn.cursor() as cur,
          cur.copy(f"COPY beneficiaries ({BENEFICIARIES.column_list()}) FROM STDIN") as copy):
        copy.write("".join(text_copy_lines(rows, len(BENEFICIARIES.columns))))


def refused(url: str, rows: list[list[str]]) -> Refusal:
    with pytest.raises(psycopg.Error) as caught:
        copy_rows(url, rows)
    found = refusal(caught.value)
    assert found is not None, caught.value
    with psycopg.connect(driver_url(url)) as conn:  # never half-stored
        assert conn.execute("SELECT count(*) FROM beneficiaries").fetchone() == (0,)
    return found


BAD_VALUES: list[tuple[str, str, str]] = [
    ("notes", "ملاحظة " * 4_300_000, "too_long"),  # 30 MB where the limit is 2,000 characters
    ("health_notes", "x" * 2001, "too_long"),
    ("gender", "unknown", "unknown_choice"),
    ("marital_status", "complicated", "unknown_choice"),
    ("preferred_channel", "pigeon", "unknown_choice"),
    ("id_type", "driving_licence", "unknown_choice"),
    ("id_number", national_id()[:9] + "x", "passport_format"),
    ("passport_country", "Egypt", "country_code"),
    ("first_name", "Mohammed", "not_arabic_name"),
    ("family_name", "ا" * 41, "not_arabic_name"),
    ("latin_name", "محمد", "not_latin_name"),
    ("mobile", "0501234567", "phone_format"),
    ("nationality", "sa", "country_code"),
    ("city", "م" * 61, "too_long"),
    ("monthly_income", "10000001", "out_of_range"),
    ("id_expiry", "2201-01-01", "date_out_of_range"),
    ("hlc", "1764600000000-1-abc", "clock_format"),
    ("hlc", "not a clock", "clock_format"),
    ("field_clocks", '{"city":"1764600000000-000001-ab', "invalid_json"),  # truncated
    ("field_clocks", '{"city":"yesterday"}', "invalid_json"),
    ("field_clocks", '{"no_such_field":"1764600000000-000001-ab"}', "invalid_json"),
    # typed columns: PostgreSQL itself refuses, and the COPY context names the column
    ("monthly_income", "a lot", "not_a_number"),
    ("monthly_income", "99999999999", "out_of_range"),
    ("birth_date", "15/03/1980", "date_format"),
    ("birth_date", "1980-02-30", "date_format"),
]


@pytest.mark.parametrize(("column", "value", "reason"), BAD_VALUES,
                         ids=[f"{c}-{r}-{i}" for i, (c, _v, r) in enumerate(BAD_VALUES)])
def test_each_rule_refuses_a_bad_value_and_names_the_field(checked_url: str, make_desks: MakeDesks, column: str,
                                                           value: str, reason: str) -> None:
    (desk,) = make_desks(1)
    good, bad = beneficiary_row(desk), beneficiary_row(desk, **{column: value})
    assert refused(checked_url, [good, bad]) == ("beneficiaries", column, reason)


def test_a_push_with_one_bad_row_stores_nothing_and_names_the_field(checked_url: str, make_desks: MakeDesks) -> None:
    """A desk whose database was edited by hand (or a forged one): its push is refused whole."""
    (desk,) = make_desks(1)
    good = beneficiaries.register(desk.store, desk.reception, beneficiary_data())
    bad = beneficiaries.register(desk.store, desk.reception, beneficiary_data())
    with desk.store.write(None, capture=False) as s:
        s.connection().exec_driver_sql("UPDATE beneficiaries SET notes = ? WHERE id = ?", ("x" * 30_000_000, bad))
    with pytest.raises(SyncError) as caught:
        sync_once(desk.store, checked_url)
    assert refusal(caught.value) == ("beneficiaries", "notes", "too_long")
    with psycopg.connect(driver_url(checked_url)) as conn:
        assert conn.execute("SELECT count(*) FROM beneficiaries WHERE id IN (%s, %s)", (good, bad)).fetchone() == (0,)


def test_the_catalogue_channels_are_the_checked_choices() -> None:
    """Demo data draws channels from the catalogue; the checks take them from the enum."""
    assert sorted(catalogues.codes("channel")) == sorted(c.value for c in Channel)


def test_a_bad_check_digit_is_refused_on_a_new_row(checked_url: str, make_desks: MakeDesks) -> None:
    (desk,) = make_desks(1)
    number = national_id()
    wrong = number[:9] + str((int(number[9]) + 1) % 10)
    for kind, value in (("national_id", wrong), ("iqama", number)):  # an iqama starts with 2
        row = beneficiary_row(desk, id_type=kind, id_number=value)
        assert refused(checked_url, [row]) == ("beneficiaries", "id_number", "id_check_digit")
    for kind, country in (("passport", None), ("national_id", "EG")):
        row = beneficiary_row(desk, id_type=kind, passport_country=country)
        assert refused(checked_url, [row]) == ("beneficiaries", "passport_country", "required")
    copy_rows(checked_url, [beneficiary_row(desk, id_number=number)])


def test_an_edited_row_may_mix_fields_but_not_break_one(checked_url: str, make_desks: MakeDesks) -> None:
    """A merged row combines fields of different edits: the cross-field identity rule is not
    applied to it (that merge is legitimate), the single-field rules are, on UPDATE too."""
    (desk,) = make_desks(1)
    row = beneficiary_row(desk)
    copy_rows(checked_url, [row])
    clocks = dumps_clocks(dict.fromkeys(BENEFICIARIES.fields, row[BENEFICIARIES.index("hlc")]))
    with psycopg.connect(driver_url(checked_url)) as conn:
        conn.execute("UPDATE beneficiaries SET id_type = 'passport', field_clocks = %s", (clocks,))
        with pytest.raises(psycopg.errors.CheckViolation) as caught:
            conn.execute("UPDATE beneficiaries SET notes = repeat('x', 2001)")
    assert refusal(caught.value) == ("beneficiaries", "notes", "too_long")


def test_other_tables_refuse_bad_choices(pg: psycopg.Connection[Any]) -> None:
    base = "'r1', now(), 'd', '1764600000000-000000-ab'"
    with pytest.raises(psycopg.errors.CheckViolation) as caught:
        pg.execute("INSERT INTO satisfaction_surveys (id, created_at, origin_desk, hlc, beneficiary_id, channel, "
                   f"rating_speed, rating_respect, rating_clarity, rating_overall) VALUES ({base}, 'b', 'phone', "
                   "5, 5, 6, 5)")
    assert refusal(caught.value) == ("satisfaction_surveys", "rating_clarity", "out_of_range")
    with pytest.raises(psycopg.errors.CheckViolation) as caught:
        pg.execute("INSERT INTO users (id, created_at, origin_desk, hlc, updated_at, field_clocks, deleted, username, "
                   f"full_name, roles, password_hash, active) VALUES ({base}, now(), '', false, 'u', 'U', "
                   "'reception,root', 'h', true)")
    assert refusal(caught.value) == ("users", "roles", "unknown_choice")


def test_a_typed_column_refused_in_a_staging_copy_names_the_synced_table(pg: psycopg.Connection[Any]) -> None:
    pg.execute("CREATE TEMP TABLE saa_stage_beneficiaries (LIKE beneficiaries)")
    with pytest.raises(psycopg.errors.InvalidTextRepresentation) as caught, pg.cursor() as cur, \
            cur.copy("COPY saa_stage_beneficiaries (id, monthly_income) FROM STDIN") as copy:
        copy.write("x\tmany\n")
    assert refusal(caught.value) == ("beneficiaries", "monthly_income", "not_a_number")
    assert refusal(ValueError("not a database error")) is None


def test_every_constraint_name_maps_back_to_its_field() -> None:
    for rule in rules():
        assert rule.name.startswith(CONSTRAINT_PREFIX)
        assert field_of_violation(rule.name) == (rule.table, rule.field)
    assert field_of_violation("ck_saa_requests__status__newer_rule") == ("requests", "status")
    assert field_of_violation("pk_beneficiaries") is None and field_of_violation(None) is None
