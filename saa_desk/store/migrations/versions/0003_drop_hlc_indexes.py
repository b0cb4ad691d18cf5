"""drop the per-table clock indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 22:40:00
"""

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# Nothing looks rows up by clock: sync finds changed rows through the outbox and the central's
# feed, and the few "latest of" queries filter by request first. The indexes only cost every
# write (7% of a bulk insert of beneficiaries) and space.
TABLES = (
    'audit_events', 'beneficiaries', 'checklist_items', 'committee_meetings', 'decisions',
    'declaration_signatures', 'declarations', 'household_members', 'interactions', 'print_records',
    'referrals', 'requests', 'satisfaction_surveys', 'status_transitions', 'users',
)


def upgrade() -> None:
    for table in TABLES:
        op.drop_index(f'ix_{table}_hlc', table_name=table)


def downgrade() -> None:
    for table in TABLES:
        op.create_index(f'ix_{table}_hlc', table, ['hlc'], unique=False)
