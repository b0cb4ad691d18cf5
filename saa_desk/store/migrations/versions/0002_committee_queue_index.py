"""committee queue index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 20:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A partial index in queue order: opening the queue reads one page, not every waiting request.
    # It replaces the (status, submitted_at) index, which made SQLite sort every waiting request.
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.drop_index('ix_requests_status_submitted')
        batch_op.create_index('ix_requests_queue', ['submitted_at', 'number'], unique=False,
                              sqlite_where=sa.text("status IN ('submitted', 'under_review') AND deleted = 0"))


def downgrade() -> None:
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.drop_index('ix_requests_queue')
        batch_op.create_index('ix_requests_status_submitted', ['status', 'submitted_at'], unique=False)
