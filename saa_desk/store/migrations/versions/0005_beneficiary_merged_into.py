"""beneficiaries.merged_into

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 23:50:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('beneficiaries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into', sa.String(length=36), nullable=True))
        batch_op.create_index('ix_beneficiaries_merged_into', ['merged_into'], unique=False,
                              sqlite_where=sa.text('merged_into IS NOT NULL'))


def downgrade() -> None:
    with op.batch_alter_table('beneficiaries', schema=None) as batch_op:
        batch_op.drop_index('ix_beneficiaries_merged_into')
        batch_op.drop_column('merged_into')
