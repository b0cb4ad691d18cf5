"""the desk's conflict log becomes a table

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 23:30:00
"""

import json

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# Until now the log was two JSON lists in desk_settings, rewritten whole on every addition and
# capped at 20,000; a table keeps every conflict and lets a supervisor mark each one reviewed.
_LOG, _UNSENT = 'sync_conflict_log', 'sync_conflicts_unsent'
_FIELDS = ('table_name', 'row_id', 'field', 'loser_value', 'loser_hlc', 'winner_value', 'winner_hlc',
           'detected_by')


def upgrade() -> None:
    table = op.create_table(
        'sync_conflicts',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('table_name', sa.String(length=40), nullable=False),
        sa.Column('row_id', sa.String(length=36), nullable=False),
        sa.Column('field', sa.String(length=40), nullable=False),
        sa.Column('loser_value', sa.Text(), nullable=False),
        sa.Column('loser_hlc', sa.String(length=64), nullable=False),
        sa.Column('winner_value', sa.Text(), nullable=False),
        sa.Column('winner_hlc', sa.String(length=64), nullable=False),
        sa.Column('detected_by', sa.String(length=40), nullable=False),
        sa.Column('sent', sa.Boolean(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.Column('reviewed_at', sa.DateTime(), nullable=True),
        sa.Column('reviewed_by', sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts')),
        sa.UniqueConstraint('table_name', 'row_id', 'field', 'loser_hlc',
                            name=op.f('uq_sync_conflicts_table_name_row_id_field_loser_hlc')),
    )
    conn = op.get_bind()
    stored: dict[str, str] = dict(conn.execute(sa.text("SELECT key, value FROM desk_settings WHERE key IN (:a, :b)"),
                               {"a": _LOG, "b": _UNSENT}).all())
    unsent = {tuple(c[k] for k in _FIELDS) for c in json.loads(stored.get(_UNSENT) or "[]")}
    rows, seen = [], set()
    for c in json.loads(stored.get(_LOG) or "[]") + json.loads(stored.get(_UNSENT) or "[]"):
        values = tuple(c[k] for k in _FIELDS)
        key = (c['table_name'], c['row_id'], c['field'], c['loser_hlc'])
        if key not in seen:
            seen.add(key)
            rows.append({**dict(zip(_FIELDS, values, strict=True)), 'sent': values not in unsent,
                         'recorded_at': sa.func.now()})
    for row in rows:
        conn.execute(table.insert().values(**row))
    conn.execute(sa.text("DELETE FROM desk_settings WHERE key IN (:a, :b)"), {"a": _LOG, "b": _UNSENT})


def downgrade() -> None:
    op.drop_table('sync_conflicts')
