"""stored clocks with a counter past 999,999 carry it into the milliseconds

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 18:45:00
"""

import json
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# Until now a clock's six-digit counter could grow a seventh digit, and such a clock's text sorted
# below the clocks before it. The clock now moves to the next millisecond when its counter is full;
# stored clocks are rewritten the same way (a counter of 1,000,005 in ms M becomes 5 in ms M + 1),
# which keeps their order among themselves and with every clock of their time.
#
# Frozen with this revision on purpose: not the live clock module, and every table named here.
_LIMIT = 10**6
_ROW_TABLES = (
    'audit_events', 'beneficiaries', 'checklist_items', 'committee_meetings', 'declaration_signatures',
    'declarations', 'decisions', 'household_members', 'interactions', 'print_records', 'referrals',
    'requests', 'satisfaction_surveys', 'status_transitions', 'users',
)
_FIELD_CLOCK_TABLES = (
    'beneficiaries', 'checklist_items', 'committee_meetings', 'household_members', 'referrals',
    'requests', 'users',
)
_CLOCK_COLUMNS = (
    *((t, 'hlc') for t in _ROW_TABLES),
    ('sync_outbox', 'hlc'), ('sync_outbox', 'base_hlc'),
    ('sync_conflicts', 'loser_hlc'), ('sync_conflicts', 'winner_hlc'),
)
# Cheap prefilter done by SQLite: a dash followed by seven digits. It also matches some clocks
# that need nothing (a desk id starting with digits); _normalise leaves those as they are.
_SUSPECT = "*-[0-9][0-9][0-9][0-9][0-9][0-9][0-9]*"


def _normalise(text: str) -> str:
    parts = text.split('-', 2)
    if len(parts) != 3:
        return text
    millis, counter, desk = parts
    if len(counter) <= 6 or not (millis + counter).isascii() or not (millis + counter).isdigit():
        return text
    carry, rest = divmod(int(counter), _LIMIT)
    if int(millis) + carry >= 10**13:
        return text  # no clock of this format; sync reports such a row
    return f"{int(millis) + carry:013d}-{rest:06d}-{desk}"


def _field_clocks(text: str) -> str:
    try:
        clocks = json.loads(text)
    except ValueError:
        return text  # not ours to repair here; sync reports such a row
    if not isinstance(clocks, dict):
        return text
    fixed = {k: _normalise(v) if isinstance(v, str) else v for k, v in clocks.items()}
    # Written exactly as change capture writes field clocks (sorted, no spaces).
    return json.dumps(fixed, sort_keys=True, separators=(',', ':')) if fixed != clocks else text


def _rewrite(conn: sa.Connection, table: str, key: str, column: str, fix: Callable[[str], str], *,
             verb: str = 'UPDATE', only: str = '') -> None:
    rows = conn.execute(sa.text(f"SELECT {key}, {column} FROM {table} WHERE {column} GLOB :suspect {only}"),
                        {"suspect": _SUSPECT}).all()
    changed = [{"k": k, "v": new} for k, old in rows if (new := fix(old)) != old]
    if changed:
        conn.execute(sa.text(f"{verb} {table} SET {column} = :v WHERE {key} = :k"), changed)


def upgrade() -> None:
    conn = op.get_bind()
    for table, column in _CLOCK_COLUMNS:
        # A conflict is keyed by its loser's clock; should the carried clock equal one already
        # logged (the same conflict, found twice), the old entry stays as it was.
        verb = 'UPDATE OR IGNORE' if table == 'sync_conflicts' else 'UPDATE'
        key = 'seq' if table == 'sync_outbox' else 'id'
        _rewrite(conn, table, key, column, _normalise, verb=verb)
    for table in _FIELD_CLOCK_TABLES:
        _rewrite(conn, table, 'id', 'field_clocks', _field_clocks)
    _rewrite(conn, 'desk_settings', 'key', 'value', _normalise, only="AND key = 'hlc_last'")


def downgrade() -> None:
    pass  # the carried clocks are valid clocks for the older code too
