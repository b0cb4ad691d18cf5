"""the desk's sync quarantine: pulled rows it could not apply

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 19:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sync_quarantine',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('table_name', sa.String(length=40), nullable=False),
        sa.Column('row_id', sa.Text(), nullable=False),
        sa.Column('row_json', sa.Text(), nullable=False),
        sa.Column('reason', sa.String(length=40), nullable=False),
        sa.Column('field', sa.String(length=80), nullable=True),
        sa.Column('detail', sa.Text(), nullable=False),
        sa.Column('feed_cursor', sa.Integer(), nullable=False),
        sa.Column('first_seen', sa.DateTime(), nullable=False),
        sa.Column('last_seen', sa.DateTime(), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('resolved_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_quarantine')),
        sa.UniqueConstraint('table_name', 'row_id', name=op.f('uq_sync_quarantine_table_name_row_id')),
    )


def downgrade() -> None:
    op.drop_table('sync_quarantine')
