"""The central refuses what a desk would refuse: CHECK constraints and validating SQL functions
generated from the desks' own field definitions (domain validators, enums, limits, clock format).

The central is PostgreSQL alone, so it validates in PostgreSQL. Every rule here is derived from a
desk-side definition and holds for every row a correct desk can write (services, imports, demo
data, merges, tombstones). What is deliberately left out, and why:

* rules that depend on time (a birth date not in the future, an expiry still ahead) or on other
  rows (a parent exists, a request number is unique): a row valid when written stays valid;
* rules that span several fields are checked only on a row written in one piece (its field clocks
  are the uniform marker): a field-by-field merge of two concurrent edits may legitimately combine
  one desk's ID type with another's ID number, and the central must not refuse that merge;
* catalogue codes (support and document types): the catalogue is a resource a deployment can change;
* "no control characters" in free text: it rests on Python's Unicode tables, not reproduced here;
* origin desk / clock desk = the pushing desk: that is the push function's check, not a row's.

Where the validators are lenient the rules are too, so that no stored value is refused: a
passport number may end in one newline (validate_identity does not strip it), a mobile number's
digits are any Unicode decimal digits (Python's `\\d`), a name of tatweel alone is a name.

Constraints are `NOT VALID`: rows already stored are not rechecked, new and updated rows are (so a
stored row that breaks a rule can no longer be updated; `existing_violations` finds such rows).
`install_checks` drops everything it owns (names starting `ck_saa_` / `saa_chk_`) and re-creates
it, so each version's `central init` installs that version's rules.

Names encode table and field (`ck_saa_<table>__<field>[__<rule>]`) so a refused row can be reported
with its field: see `field_of_violation` and `refusal`.
"""

from __future__ import annotations

import inspect
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any, NamedTuple

from saa_desk.domain import beneficiary as beneficiary_rules
from saa_desk.domain import names, phone
from saa_desk.domain.beneficiary import MAX_INCOME
from saa_desk.domain.clock import _COUNTER_WIDTH, _MS_WIDTH
from saa_desk.domain.enums import (
    Channel,
    DecisionOutcome,
    DocumentStatus,
    Employment,
    Gender,
    InteractionKind,
    LibraryKind,
    MaritalStatus,
    MediaType,
    MeetingStatus,
    NotificationStatus,
    Recommendation,
    ReferralOutcome,
    Relation,
    Role,
    SignatureMethod,
)
from saa_desk.domain.errors import ValidationError
from saa_desk.domain.identity import _PREFIX, COUNTRY_RE, PASSPORT_RE, IdType, validate_identity
from saa_desk.domain.workflow import RequestStatus
from saa_desk.store.capture import UNIFORM_CLOCKS
from saa_desk.sync.schema import SPECS, TableSpec

CONSTRAINT_PREFIX = "ck_saa_"
FUNCTION_PREFIX = "saa_chk_"
_SEP = "__"

# -- the clock format ---------------------------------------------------------------------------
# domain/clock.py: 13 digits of milliseconds, 6 of counter, then the desk id without dashes. Desk
# ids are uuid4().hex (32 hex digits, older desks) or its first 12 (services/desk.py).
_DESK_MAX = 32
HLC_PATTERN = rf"^[0-9]{{{_MS_WIDTH}}}-[0-9]{{{_COUNTER_WIDTH}}}-[0-9a-f]{{1,{_DESK_MAX}}}$"
_HLC_RE = re.compile(HLC_PATTERN.replace("$", r"\Z"))

# PostgreSQL's regular expressions unroll a counted repetition ({13}) into states: the clock's
# pattern alone cost 5 us a row. A pattern with counts is therefore checked here as lengths plus a
# pattern without counts. An assert ties each to the validator's pattern it stands for (a changed
# validator fails it), and the property tests compare both sides.


def _bounded(value: str, pattern: str, low: int, high: int) -> str:
    """`value` matches `pattern` (no counts) and has low..high characters."""
    return f"(char_length({value}) BETWEEN {low} AND {high} AND {value} ~ {_lit(pattern)})"


def hlc_sql(value: str) -> str:
    """SQL that is true when `value` has the clock format (HLC_PATTERN)."""
    dash1, dash2 = _MS_WIDTH + 1, _MS_WIDTH + _COUNTER_WIDTH + 2
    return (f"({_bounded(value, '^[0-9]+-[0-9]+-[0-9a-f]+$', dash2 + 1, dash2 + _DESK_MAX)} AND "
            f"substr({value}, {dash1}, 1) = '-' AND substr({value}, {dash2}, 1) = '-')")


def valid_hlc(value: object) -> bool:
    """Is this a clock as a desk writes it (the Python side of `saa_chk_hlc`)."""
    return isinstance(value, str) and _HLC_RE.match(value) is not None


def valid_field_clocks(spec: TableSpec, value: object) -> bool:
    """The uniform marker, or a JSON object from some of the table's fields to clocks (older rows
    lack fields added since, e.g. beneficiaries.merged_into; the very first default was '{}')."""
    if value == UNIFORM_CLOCKS:
        return True
    if not isinstance(value, str):
        return False
    try:
        clocks = json.loads(value)
    except (ValueError, RecursionError):
        return False
    if not isinstance(clocks, dict):
        return False
    fields = set(spec.fields)
    return all(k in fields and valid_hlc(v) for k, v in clocks.items())


# -- Python patterns as PostgreSQL regular expressions ------------------------------------------


@cache
def _decimal_digit_class() -> str:
    """Python's `\\d` in a str pattern is any Unicode decimal digit (category Nd); the same set as
    a PostgreSQL bracket expression, so a number a desk accepted is accepted here too."""
    ranges: list[tuple[int, int]] = []
    for code in range(sys.maxunicode + 1):
        if unicodedata.category(chr(code)) == "Nd":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "[" + "".join(f"{_esc(a)}-{_esc(b)}" if a != b else _esc(a) for a, b in ranges) + "]"


def _esc(code: int) -> str:
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def pg_regex(py_pattern: str, *, final_newline: bool = False) -> str:
    """A desk validator's pattern (used with re.match) as a PostgreSQL ARE with the same meaning.
    `\\d` is Unicode-wide in Python. Python's `$` also matches before one final newline: that
    matters only where the validator does not strip the value first (`final_newline`)."""
    assert py_pattern.startswith("^") and py_pattern.endswith("$"), py_pattern
    body = py_pattern[:-1].replace(r"\d", _decimal_digit_class())
    return body + (r"\n?$" if final_newline else "$")


# identity.validate_identity does not strip a passport number: "A1234567\n" passes its pattern and
# is stored as it is (passport_sql). validate_country strips.
@cache
def _country() -> str:
    """Built when the checks are (a desk imports this module too, and the Unicode digit class
    walks every code point: half a second that a desk opening its window must not pay)."""
    return pg_regex(COUNTRY_RE.pattern)


assert PASSPORT_RE.pattern == r"^[A-Z0-9]{5,20}$", "update passport_sql"
assert phone._E164.pattern == r"^\+[1-9]\d{7,14}$", "update mobile_sql"


def passport_sql(value: str) -> str:
    """PASSPORT_RE as stored: 5 to 20 of [A-Z0-9], perhaps a final newline (there is one at most,
    so rtrim takes off just that one)."""
    return (f"({value} ~ '^[A-Z0-9]+\\n?$' AND "
            f"char_length(rtrim({value}, E'\\n')) BETWEEN 5 AND 20)")


def mobile_sql(value: str) -> str:
    """phone._E164 (Python's \\d: any Unicode decimal digit, one character each)."""
    return _bounded(value, f"^\\+[1-9]{_decimal_digit_class()}+$", 9, 16)


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _choices(enum: type[StrEnum]) -> str:
    return "(" + ", ".join(_lit(m.value) for m in enum) + ")"


# -- rules -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    table: str
    field: str  # the field a refusal names
    check: str  # a boolean SQL expression over the row (NULL passes, as in any CHECK)
    reason: str  # an error code of resources/i18n/messages.json ("errors")
    rule: str = ""  # tells two rules on one field apart

    @property
    def name(self) -> str:
        name = f"{CONSTRAINT_PREFIX}{self.table}{_SEP}{self.field}" + (f"{_SEP}{self.rule}" if self.rule else "")
        assert len(name) <= 63, name  # PostgreSQL truncates longer identifiers
        return name


def _max_len(table: str, field: str, limit: int) -> Rule:
    return Rule(table, field, f"char_length({field}) <= {limit}", "too_long")


def _one_of(table: str, field: str, enum: type[StrEnum]) -> Rule:
    return Rule(table, field, f"{field} IN {_choices(enum)}", "unknown_choice")


def _matches(table: str, field: str, pg_pattern: str, reason: str) -> Rule:
    return Rule(table, field, f"{field} ~ {_lit(pg_pattern)}", reason)


def _sync_rules(spec: TableSpec) -> list[Rule]:
    # The clock's pattern inline, not saa_chk_hlc(hlc): a function with a fixed search_path is
    # never inlined, and calling one per row costs more than the regular expression.
    rules = [Rule(spec.name, "hlc", hlc_sql("hlc"), "clock_format")]
    if spec.mutable:
        fields = "ARRAY[" + ", ".join(_lit(f) for f in spec.fields) + "]::text[]"
        check = f"field_clocks = {_lit(UNIFORM_CLOCKS)} OR {FUNCTION_PREFIX}field_clocks(field_clocks, {fields})"
        rules.append(Rule(spec.name, "field_clocks", check, "invalid_json"))
    return rules


def _identity_rules() -> list[Rule]:
    """validate_identity's cross-field rules, on rows written in one piece (see the module's
    docstring). Together with the single-field rules they are `saa_chk_identity`. PostgreSQL checks
    a table's constraints in name order, so `..__id_number` (the shape) is reported before
    `..__id_number__identity`; an unknown ID type passes here and is reported by `..__id_type`
    (which sorts after)."""
    t, whole = "beneficiaries", f"field_clocks <> {_lit(UNIFORM_CLOCKS)}"
    saudi = _choices(IdType).replace(f", {_lit(IdType.PASSPORT.value)}", "")
    assert IdType.PASSPORT.value not in saudi
    return [
        # the check digit and prefix of a national ID or iqama
        Rule(t, "id_number", f"{whole} OR id_type NOT IN {saudi} "
                             f"OR {_saudi_id('id_number', 'id_type')}", "id_check_digit", "identity"),
        # a passport has its country, no other ID has one
        Rule(t, "passport_country", f"{whole} OR (id_type = {_lit(IdType.PASSPORT.value)}) = "
                                    "(passport_country IS NOT NULL)", "required", "identity"),
    ]


_NAME_CLASS = r"[\u0621-\u063a\u0641-\u065f\u0670-\u06d3\u06fa-\u06ff\u0640 \-]"
_NAME_LETTER = r"[\u0621-\u064a]"
_NAME_LETTER_IN_CLASS = r"[\u0621-\u063a\u0640-\u064a]"  # the letters the class allows (tatweel is one)


def _arabic_name_regex() -> str:
    """names.validate_arabic_name_part's two patterns (every character allowed, one of them an
    Arabic letter) as one, so a name costs one regular expression a row, not two."""
    assert names._ARABIC_NAME.pattern == f"^{_NAME_CLASS}+$", "update _NAME_CLASS"
    assert f'r"{_NAME_LETTER}"' in inspect.getsource(names.validate_arabic_name_part), "update _NAME_LETTER"
    return f"^{_NAME_CLASS}*{_NAME_LETTER_IN_CLASS}{_NAME_CLASS}*$"


def _beneficiary_rules() -> list[Rule]:
    t = "beneficiaries"
    arabic = _arabic_name_regex()
    rules = [
        _one_of(t, "id_type", IdType),
        # Every stored ID number, whatever its type, has the passport shape (10 digits do too);
        # the check digit needs the type, so it is checked below on rows written in one piece.
        Rule(t, "id_number", passport_sql("id_number"), "passport_format"),
        _matches(t, "passport_country", _country(), "country_code"),
        *_identity_rules(),
        Rule(t, "id_expiry", "id_expiry BETWEEN DATE '1900-01-01' AND DATE '2200-12-31'", "date_out_of_range"),
    ]
    for part in names.NAME_PARTS:
        rules.append(Rule(t, part, f"char_length({part}) <= {names.NAME_MAX} AND {part} ~ {_lit(arabic)}",
                          "not_arabic_name"))
    rules += [
        Rule(t, "latin_name", f"char_length(latin_name) <= {names.LATIN_MAX} AND "
                              f"latin_name ~ {_lit(pg_regex(names._LATIN_NAME.pattern))}", "not_latin_name"),
        _one_of(t, "gender", Gender),
        _matches(t, "nationality", _country(), "country_code"),
        Rule(t, "mobile", mobile_sql("mobile"), "phone_format"),
        *(_max_len(t, f, n) for f, n in beneficiary_rules._TEXT_LIMITS.items()),
        _one_of(t, "marital_status", MaritalStatus),
        Rule(t, "monthly_income", f"monthly_income BETWEEN 0 AND {MAX_INCOME}", "out_of_range"),
        _one_of(t, "employment", Employment),
        _max_len(t, "health_notes", beneficiary_rules._NOTE_LIMIT),
        _one_of(t, "preferred_channel", Channel),
        _max_len(t, "notes", beneficiary_rules._NOTE_LIMIT),
    ]
    return rules


# Limits of the services that are the only writers of these columns (services/*.py: clean_text).
_SERVICE_LIMITS: dict[str, dict[str, int]] = {
    "household_members": {"name": 160},  # domain/beneficiary.validate_household
    "requests": {"description": 4000},  # services/requests.DESCRIPTION_MAX
    "checklist_items": {"document_number": 40, "reason": 1000, "scan_name": 200},  # services/documents
    "referrals": {"question": 4000, "answer": 4000, "report": 20000, "missing": 2000},  # services/referrals
    "research_reports": {"visit_place": 200, "household": 4000, "housing": 4000,  # services/research
                         "income_verification": 1000, "needs": 4000, "conditions": 2000, "notes": 20000},
    "committee_meetings": {"number": 20, "notes": 4000, "location": 200},  # services/meetings
    "decisions": {"reason": 4000, "support_granted": 1000, "conditions": 2000},  # services/meetings
    "agenda_items": {"reason": 4000, "support_granted": 1000, "conditions": 2000},  # services/meetings
    "notifications": {"message": 2000},  # services/notifications
    "interactions": {"summary": 4000},  # services/followup
    "satisfaction_surveys": {"comment": 4000},  # services/followup
    "users": {"full_name": 120},  # services/users.new_user_row
    "library_documents": {"title_ar": 200, "title_en": 200, "version": 40},  # services/library
    "catalogue_versions": {"note": 1000, "content_json": 2_000_000},  # services/catalogue
}
_CHOICES: dict[str, dict[str, type[StrEnum]]] = {
    "household_members": {"relation": Relation},
    "requests": {"channel": Channel, "status": RequestStatus},
    "checklist_items": {"status": DocumentStatus},
    "declaration_signatures": {"method": SignatureMethod},
    "status_transitions": {"from_status": RequestStatus, "to_status": RequestStatus},
    "decisions": {"outcome": DecisionOutcome},
    "agenda_items": {"outcome": DecisionOutcome},
    "referrals": {"outcome": ReferralOutcome},
    "research_reports": {"recommendation": Recommendation},
    "committee_meetings": {"status": MeetingStatus},
    "notifications": {"channel": Channel, "status": NotificationStatus},
    "interactions": {"channel": Channel, "kind": InteractionKind},
    "satisfaction_surveys": {"channel": Channel},
    "library_documents": {"kind": LibraryKind, "media_type": MediaType},
}
# Columns that name a file (or content) by its SHA-256: 64 lower-case hex digits.
_SHA256_COLUMNS = (("checklist_items", "scan_sha256"), ("declaration_signatures", "signature_png_sha256"),
                   ("library_documents", "file_sha256"), ("catalogue_versions", "content_sha256"))
_RATINGS = ("rating_speed", "rating_respect", "rating_clarity", "rating_overall")  # services/followup


def _other_rules() -> list[Rule]:
    rules = [_max_len(t, f, n) for t, limits in _SERVICE_LIMITS.items() for f, n in limits.items()]
    rules += [_one_of(t, f, e) for t, fields in _CHOICES.items() for f, e in fields.items()]
    rules += [Rule("satisfaction_surveys", f, f"{f} BETWEEN 1 AND 5", "out_of_range") for f in _RATINGS]
    role = "(" + "|".join(re.escape(r.value) for r in Role) + ")"
    # services/users: ",".join(parse_roles(...)), at least one role
    rules.append(Rule("users", "roles", f"roles ~ {_lit(f'^{role}(,{role})*$')}", "unknown_choice"))
    rules.append(Rule("print_records", "copy_number", "copy_number >= 0", "out_of_range"))
    rules += [Rule(t, f, _bounded(f, "^[0-9a-f]+$", 64, 64), "sha256_format") for t, f in _SHA256_COLUMNS]
    rules.append(Rule("library_documents", "size", "size > 0", "out_of_range"))
    return rules


@cache
def rules() -> tuple[Rule, ...]:
    """Every rule, in table order: the synced-row format first, then each table's fields."""
    found = [r for spec in SPECS.values() for r in _sync_rules(spec)]
    found += _beneficiary_rules() + _other_rules()
    known = {(s.name, c) for s in SPECS.values() for c in s.columns}
    for r in found:
        assert (r.table, r.field) in known, r  # a renamed column must not silently drop its rule
    return tuple(found)


@cache
def _by_name() -> dict[str, Rule]:
    table = {r.name: r for r in rules()}
    assert len(table) == len(rules()), "two rules with one name"
    return table


# -- functions ------------------------------------------------------------------------------------


def _luhn10(arg: str) -> str:
    """The Luhn sum of a 10-digit text as one SQL expression (identity.luhn_valid, unrolled:
    every other digit from the right doubled, minus 9 when over 9)."""
    terms = []
    for pos in range(1, 11):
        digit = f"(ascii(substr({arg}, {pos}, 1)) - 48)"
        doubled = (10 - pos) % 2 == 1
        terms.append(f"substr('0246813579', {digit} + 1, 1)::int" if doubled else digit)
    return "(" + " + ".join(terms) + ") % 10 = 0"


def _saudi_id(n: str, kind: str) -> str:
    """identity.validate_identity for a national ID or an iqama (kind: a literal or a column), as
    SQL: ten ASCII digits, the type's first digit, the Luhn check."""
    whens = " ".join(f"WHEN {_lit(k.value)} THEN {_lit(p)}" for k, (p, _code) in _PREFIX.items())
    # CASE, not AND: the Luhn sum must only ever see ten ASCII digits (AND has no fixed order)
    return (f"CASE WHEN {_bounded(n, '^[0-9]+$', 10, 10)} AND left({n}, 1) = CASE {kind} {whens} END "
            f"THEN {_luhn10(n)} ELSE false END")


def function_statements(server_version_num: int) -> list[str]:
    """CREATE FUNCTION statements: IMMUTABLE, with a fixed search_path (they run inside CHECKs and
    may run in the SECURITY DEFINER push function). None calls another: with search_path fixed to
    pg_catalog, a call would need the schema's name."""
    fn = FUNCTION_PREFIX
    attrs = "LANGUAGE {lang} IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp"
    sql, plpgsql = attrs.format(lang="sql"), attrs.format(lang="plpgsql")
    if server_version_num >= 160000:  # pg_input_is_valid: no subtransaction per row
        parse = ("IF NOT pg_input_is_valid(fc, 'jsonb') THEN RETURN false; END IF;\n"
                 "    j := fc::jsonb;")
    else:
        parse = "BEGIN j := fc::jsonb; EXCEPTION WHEN others THEN RETURN false; END;"
    return [
        f"CREATE FUNCTION {fn}hlc(h text) RETURNS boolean {sql} AS $fn$ SELECT {hlc_sql('h')} $fn$",
        f"CREATE FUNCTION {fn}saudi_id(n text, prefix text) RETURNS boolean {sql} AS $fn$ "
        f"SELECT CASE WHEN {_bounded('n', '^[0-9]+$', 10, 10)} AND left(n, 1) = prefix "
        f"THEN {_luhn10('n')} ELSE false END $fn$",
        # domain/identity.validate_identity, on the values it stores: true iff it would store them
        f"CREATE FUNCTION {fn}identity(kind text, n text, country text) RETURNS boolean {sql} AS $fn$ "
        f"SELECT coalesce(CASE kind "
        f"WHEN 'passport' THEN {passport_sql('n')} AND country ~ {_lit(_country())} "
        f"WHEN 'national_id' THEN country IS NULL AND {_saudi_id('n', 'kind')} "
        f"WHEN 'iqama' THEN country IS NULL AND {_saudi_id('n', 'kind')} "
        f"ELSE false END, false) $fn$",
        # Never raises, whatever the text (truncated JSON included): a CHECK must refuse, not fail.
        f"""CREATE FUNCTION {fn}field_clocks(fc text, fields text[]) RETURNS boolean {plpgsql} AS $fn$
DECLARE
    j jsonb;
BEGIN
    IF fc IS NULL THEN RETURN NULL; END IF;
    IF fc = {_lit(UNIFORM_CLOCKS)} THEN RETURN true; END IF;
    -- Valid clocks are one flat object (no field name or clock holds a bracket). Deep nesting
    -- would make the parser raise "stack depth limit exceeded" instead of answering.
    IF fc !~ '^\\s*[{{][^][{{}}]*[}}]\\s*$' THEN RETURN false; END IF;
    {parse}
    IF jsonb_typeof(j) <> 'object' THEN RETURN false; END IF;
    RETURN NOT EXISTS (
        SELECT 1 FROM jsonb_each(j) AS e(k, v)
        WHERE NOT (e.k = ANY (fields)) OR jsonb_typeof(e.v) <> 'string'
           OR NOT coalesce({hlc_sql("(e.v #>> '{}')")}, false));
END
$fn$""",
    ]


# -- installing ---------------------------------------------------------------------------------


def _drop_statements(existing_constraints: Iterable[tuple[str, str]], existing_functions: Iterable[str]) -> list[str]:
    out = [f'ALTER TABLE {t} DROP CONSTRAINT IF EXISTS "{c}"' for t, c in existing_constraints]
    out += [f"DROP FUNCTION IF EXISTS {sig}" for sig in existing_functions]
    return out


def _create_statements() -> list[str]:
    by_table: dict[str, list[Rule]] = {}
    for r in rules():
        by_table.setdefault(r.table, []).append(r)
    # One ALTER TABLE per table: one lock and one catalog pass per table.
    return [f"ALTER TABLE {t} " + ", ".join(f'ADD CONSTRAINT "{r.name}" CHECK ({r.check}) NOT VALID' for r in rs)
            for t, rs in by_table.items()]


_OWNED_CONSTRAINTS = f"""
SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c
JOIN pg_namespace n ON n.oid = c.connamespace
WHERE c.contype = 'c' AND left(c.conname, {len(CONSTRAINT_PREFIX)}) = '{CONSTRAINT_PREFIX}'
  AND n.nspname = current_schema()
"""
_OWNED_FUNCTIONS = f"""
SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE left(p.proname, {len(FUNCTION_PREFIX)}) = '{FUNCTION_PREFIX}' AND n.nspname = current_schema()
"""


def _executor(conn: Any) -> Any:
    """A function that runs one SQL text and returns its rows, on a psycopg connection or the one
    under a SQLAlchemy Connection (central_init holds the latter)."""
    raw = conn.connection.driver_connection if hasattr(conn, "exec_driver_sql") else conn

    def run(sql: str) -> list[tuple[Any, ...]]:
        cur = raw.execute(sql.encode())  # bytes and no parameters: '%' in a pattern stays '%'
        return list(cur.fetchall()) if cur.description else []
    return run


def install_checks(conn: Any) -> int:
    """Drop every constraint and function this module owns and create the current ones, inside
    the caller's transaction. `conn` is a psycopg connection or a SQLAlchemy Connection, connected
    as the schema's owner. Idempotent; returns the number of constraints installed."""
    run = _executor(conn)
    version = int(run("SHOW server_version_num")[0][0])
    constraints = [(str(t), str(c)) for t, c in run(_OWNED_CONSTRAINTS)]
    functions = [str(f) for (f,) in run(_OWNED_FUNCTIONS)]
    # Constraints first: they depend on the functions.
    for statement in [*_drop_statements(constraints, functions), *function_statements(version), *_create_statements()]:
        run(statement)
    return len(rules())


def existing_violations(conn: Any) -> list[tuple[str, str, int]]:
    """(table, field, rows) for every rule that stored rows break (rows from before the rules)."""
    run = _executor(conn)
    found = []
    for r in rules():
        (count,) = run(f"SELECT count(*) FROM {r.table} WHERE NOT coalesce({r.check}, true)")[0]
        if count:
            found.append((r.table, r.field, int(count)))
    return found


# -- reading a refusal --------------------------------------------------------------------------


def field_of_violation(constraint_name: str | None) -> tuple[str, str] | None:
    """(table, field) of one of our constraints, from its name; None for anyone else's."""
    if not constraint_name or not constraint_name.startswith(CONSTRAINT_PREFIX):
        return None
    known = _by_name().get(constraint_name)
    if known is not None:
        return known.table, known.field
    parts = constraint_name[len(CONSTRAINT_PREFIX):].split(_SEP)  # a newer version's rule
    return (parts[0], parts[1]) if len(parts) >= 2 else None


# Invalid input for a typed column, and what a desk's validator would have said.
_INPUT_REASONS = {"22P02": "not_a_number", "22007": "date_format", "22008": "date_format",
                  "22003": "out_of_range", "22001": "too_long", "23502": "required"}
_COPY_CONTEXT = re.compile(r"COPY (\w+), line \d+, column (\w+)")


class Refusal(NamedTuple):
    table: str | None
    field: str | None
    reason: str  # an error code of messages.json ("errors")


def _synced_table(name: str | None) -> str | None:
    """A synced table's name for a COPY into it or into a staging copy of it (`stage_<table>`)."""
    if name is None or name in SPECS:
        return name
    endings = [t for t in SPECS if name.endswith(t)]
    return max(endings, key=len) if endings else name


def _database_error(exc: BaseException | None) -> Any:
    """The psycopg error behind `exc`: itself, a SQLAlchemy error's `orig`, or a cause (a
    SyncError raised from one)."""
    seen = 0
    while exc is not None and seen < 8:
        if getattr(exc, "sqlstate", None) and getattr(exc, "diag", None) is not None:
            return exc
        exc = getattr(exc, "orig", None) or exc.__cause__
        seen += 1
    return None


def refusal(exc: BaseException) -> Refusal | None:
    """What PostgreSQL refused and which field, for a row that broke a rule: a check violation
    (sqlstate 23514) or invalid input for a typed column. None for any other error. Takes a
    psycopg error, a SQLAlchemy DBAPIError wrapping one, or an error raised from either."""
    orig = _database_error(exc)
    if orig is None:
        return None
    state, diag = orig.sqlstate, orig.diag
    if state == "23514":
        located = field_of_violation(diag.constraint_name)
        if located is None:
            return Refusal(diag.table_name, None, "generic")
        rule = _by_name().get(diag.constraint_name or "")
        return Refusal(*located, rule.reason if rule else "generic")
    if state in _INPUT_REASONS:
        found = _COPY_CONTEXT.search(diag.context or "")
        if found:
            return Refusal(_synced_table(found.group(1)), found.group(2), _INPUT_REASONS[state])
        return Refusal(_synced_table(diag.table_name), diag.column_name, _INPUT_REASONS[state])
    return None


# -- for tests and tools --------------------------------------------------------------------------


def valid_stored_identity(id_type: str, number: str, country: str | None) -> bool:
    """Python's answer to `saa_chk_identity`: would validate_identity store exactly these values."""
    try:
        found = validate_identity(id_type, number, country)
    except ValidationError:
        return False
    return (found.id_type.value, found.number, found.passport_country) == (id_type, number, country)


def rules_of(table: str) -> Sequence[Rule]:
    return [r for r in rules() if r.table == table]
