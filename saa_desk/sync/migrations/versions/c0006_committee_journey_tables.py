"""the committee's journey travels: research reports, meeting members and agendas, notifications

Revision ID: c0006
Revises: c0005
Create Date: 2026-12-02 03:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'c0006'
down_revision = 'c0005'
branch_labels = None
depends_on = None

# The same name as saa_desk.sync.central_functions (a migration is frozen: it does not import it).
OWNER_ROLE = "saa_owner"
NEW_TABLES = ["agenda_items", "meeting_members", "notifications", "research_reports"]
# Columns added NOT NULL to tables that hold rows: filled once (meetings before this version took
# effect at once, so they are closed), then without a default like the rest.
_FILLED = [("committee_meetings", "status"), ("committee_meetings", "quorum"), ("decisions", "conflict_of_interest")]


def upgrade() -> None:
    op.create_table('agenda_items',
    sa.Column('meeting_id', sa.Text(), nullable=False),
    sa.Column('request_id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('reason_code', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('support_granted', sa.Text(), nullable=True),
    sa.Column('conditions', sa.Text(), nullable=True),
    sa.Column('missing_documents', sa.Text(), nullable=True),
    sa.Column('decided_by', sa.Text(), nullable=True),
    sa.Column('conflict_of_interest', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=True),
    sa.Column('field_clocks', sa.Text(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Text(), nullable=True),
    sa.Column('origin_desk', sa.Text(), nullable=False),
    sa.Column('hlc', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items'))
    )
    op.create_table('meeting_members',
    sa.Column('meeting_id', sa.Text(), nullable=False),
    sa.Column('user_id', sa.Text(), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=True),
    sa.Column('field_clocks', sa.Text(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Text(), nullable=True),
    sa.Column('origin_desk', sa.Text(), nullable=False),
    sa.Column('hlc', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_members'))
    )
    op.create_table('notifications',
    sa.Column('request_id', sa.Text(), nullable=False),
    sa.Column('beneficiary_id', sa.Text(), nullable=False),
    sa.Column('decision_id', sa.Text(), nullable=False),
    sa.Column('channel', sa.Text(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('done_by', sa.Text(), nullable=True),
    sa.Column('interaction_id', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=True),
    sa.Column('field_clocks', sa.Text(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Text(), nullable=True),
    sa.Column('origin_desk', sa.Text(), nullable=False),
    sa.Column('hlc', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications'))
    )
    op.create_table('research_reports',
    sa.Column('referral_id', sa.Text(), nullable=False),
    sa.Column('request_id', sa.Text(), nullable=False),
    sa.Column('visit_date', sa.Date(), nullable=False),
    sa.Column('visit_place', sa.Text(), nullable=False),
    sa.Column('household', sa.Text(), nullable=True),
    sa.Column('housing', sa.Text(), nullable=True),
    sa.Column('income_verified', sa.Boolean(), nullable=False),
    sa.Column('income_verification', sa.Text(), nullable=True),
    sa.Column('needs', sa.Text(), nullable=True),
    sa.Column('recommendation', sa.Text(), nullable=False),
    sa.Column('conditions', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Text(), nullable=True),
    sa.Column('origin_desk', sa.Text(), nullable=False),
    sa.Column('hlc', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_research_reports'))
    )
    op.add_column('committee_meetings', sa.Column('location', sa.Text(), nullable=True))
    op.add_column('committee_meetings', sa.Column('status', sa.Text(), nullable=False, server_default='closed'))
    op.add_column('committee_meetings', sa.Column('quorum', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('committee_meetings', sa.Column('closed_at', sa.DateTime(), nullable=True))
    op.add_column('committee_meetings', sa.Column('closed_by', sa.Text(), nullable=True))
    op.add_column('decisions', sa.Column('reason_code', sa.Text(), nullable=True))
    op.add_column('decisions', sa.Column('support_granted', sa.Text(), nullable=True))
    op.add_column('decisions', sa.Column('conditions', sa.Text(), nullable=True))
    op.add_column('decisions', sa.Column('missing_documents', sa.Text(), nullable=True))
    op.add_column('decisions', sa.Column('conflict_of_interest', sa.Boolean(), nullable=False,
                                         server_default=sa.false()))
    op.add_column('referrals', sa.Column('outcome', sa.Text(), nullable=True))
    op.add_column('referrals', sa.Column('missing', sa.Text(), nullable=True))
    for table, column in _FILLED:
        op.alter_column(table, column, server_default=None)
    for name in NEW_TABLES:
        op.execute(f"ALTER TABLE {name} OWNER TO {OWNER_ROLE}")
    op.execute("UPDATE sync_meta SET value = '6' WHERE key = 'schema_version'")


def downgrade() -> None:
    op.drop_column('referrals', 'missing')
    op.drop_column('referrals', 'outcome')
    op.drop_column('decisions', 'conflict_of_interest')
    op.drop_column('decisions', 'missing_documents')
    op.drop_column('decisions', 'conditions')
    op.drop_column('decisions', 'support_granted')
    op.drop_column('decisions', 'reason_code')
    op.drop_column('committee_meetings', 'closed_by')
    op.drop_column('committee_meetings', 'closed_at')
    op.drop_column('committee_meetings', 'quorum')
    op.drop_column('committee_meetings', 'status')
    op.drop_column('committee_meetings', 'location')
    op.drop_table('research_reports')
    op.drop_table('notifications')
    op.drop_table('meeting_members')
    op.drop_table('agenda_items')
    op.execute("UPDATE sync_meta SET value = '5' WHERE key = 'schema_version'")
