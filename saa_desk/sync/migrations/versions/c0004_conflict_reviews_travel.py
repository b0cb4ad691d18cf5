"""conflict reviews travel: a numbered resolution on the central's log

Revision ID: c0004
Revises: c0003
Create Date: 2026-11-26 00:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'c0004'
down_revision = 'c0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE SEQUENCE sync_conflicts_resolved_seq_seq AS bigint")
    op.add_column('sync_conflicts', sa.Column('resolved_seq', sa.BigInteger(), nullable=True))
    op.create_index('ix_sync_conflicts_resolved_seq', 'sync_conflicts', ['resolved_seq'], unique=False,
                    postgresql_where=sa.text('resolved_seq IS NOT NULL'))
    op.execute("UPDATE sync_meta SET value = '4' WHERE key = 'schema_version'")


def downgrade() -> None:
    op.drop_index('ix_sync_conflicts_resolved_seq', table_name='sync_conflicts')
    op.drop_column('sync_conflicts', 'resolved_seq')
    op.execute("DROP SEQUENCE sync_conflicts_resolved_seq_seq")
    op.execute("UPDATE sync_meta SET value = '3' WHERE key = 'schema_version'")
