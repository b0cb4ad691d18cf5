"""beneficiaries.merged_into travels

Revision ID: c0003
Revises: c0002
Create Date: 2026-11-25 23:50:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'c0003'
down_revision = 'c0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('beneficiaries', sa.Column('merged_into', sa.Text(), nullable=True))
    op.execute("UPDATE sync_meta SET value = '3' WHERE key = 'schema_version'")


def downgrade() -> None:
    op.drop_column('beneficiaries', 'merged_into')
    op.execute("UPDATE sync_meta SET value = '2' WHERE key = 'schema_version'")
