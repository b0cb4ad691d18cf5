"""research reports, meeting attendance and agendas, richer decisions, notifications

The committee's journey: a researcher's report and where the referral sent the request; a meeting's
members, agenda, state and quorum; a decision's support, conditions, catalogue reason and missing
list; and the notification that tells the applicant.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 03:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('meeting_members',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('field_clocks', sa.Text(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('origin_desk', sa.String(length=40), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['committee_meetings.id'], name=op.f('fk_meeting_members_meeting_id_committee_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_members')),
    sa.UniqueConstraint('meeting_id', 'user_id', name=op.f('uq_meeting_members_meeting_id_user_id'))
    )
    with op.batch_alter_table('meeting_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_members_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('agenda_items',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('request_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=8), nullable=True),
    sa.Column('reason_code', sa.String(length=40), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('support_granted', sa.Text(), nullable=True),
    sa.Column('conditions', sa.Text(), nullable=True),
    sa.Column('missing_documents', sa.Text(), nullable=True),
    sa.Column('decided_by', sa.String(length=36), nullable=True),
    sa.Column('conflict_of_interest', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('field_clocks', sa.Text(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('origin_desk', sa.String(length=40), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['committee_meetings.id'], name=op.f('fk_agenda_items_meeting_id_committee_meetings')),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_agenda_items_request_id_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items'))
    )
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_items_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_items_request_id'), ['request_id'], unique=False)

    op.create_table('notifications',
    sa.Column('request_id', sa.String(length=36), nullable=False),
    sa.Column('beneficiary_id', sa.String(length=36), nullable=False),
    sa.Column('decision_id', sa.String(length=36), nullable=False),
    sa.Column('channel', sa.String(length=24), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('done_by', sa.String(length=36), nullable=True),
    sa.Column('interaction_id', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('field_clocks', sa.Text(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('origin_desk', sa.String(length=40), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['beneficiary_id'], ['beneficiaries.id'], name=op.f('fk_notifications_beneficiary_id_beneficiaries')),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'], name=op.f('fk_notifications_decision_id_decisions')),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_notifications_request_id_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications'))
    )
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notifications_beneficiary_id'), ['beneficiary_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_notifications_decision_id'), ['decision_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_notifications_request_id'), ['request_id'], unique=False)
        batch_op.create_index('ix_notifications_pending', ['created_at', 'id'], unique=False,
                              sqlite_where=sa.text("status = 'pending' AND deleted = 0"))

    op.create_table('research_reports',
    sa.Column('referral_id', sa.String(length=36), nullable=False),
    sa.Column('request_id', sa.String(length=36), nullable=False),
    sa.Column('visit_date', sa.Date(), nullable=False),
    sa.Column('visit_place', sa.String(length=200), nullable=False),
    sa.Column('household', sa.Text(), nullable=True),
    sa.Column('housing', sa.Text(), nullable=True),
    sa.Column('income_verified', sa.Boolean(), nullable=False),
    sa.Column('income_verification', sa.Text(), nullable=True),
    sa.Column('needs', sa.Text(), nullable=True),
    sa.Column('recommendation', sa.String(length=24), nullable=False),
    sa.Column('conditions', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('origin_desk', sa.String(length=40), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['referral_id'], ['referrals.id'], name=op.f('fk_research_reports_referral_id_referrals')),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_research_reports_request_id_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_research_reports'))
    )
    with op.batch_alter_table('research_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_research_reports_referral_id'), ['referral_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_research_reports_request_id'), ['request_id'], unique=False)

    with op.batch_alter_table('committee_meetings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('location', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('status', sa.String(length=8), nullable=False, server_default='closed'))
        batch_op.add_column(sa.Column('quorum', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('closed_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('closed_by', sa.String(length=36), nullable=True))

    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reason_code', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('support_granted', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('conditions', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('missing_documents', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('conflict_of_interest', sa.Boolean(), nullable=False, server_default='0'))

    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.add_column(sa.Column('outcome', sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column('missing', sa.Text(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_column('missing')
        batch_op.drop_column('outcome')

    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_column('conflict_of_interest')
        batch_op.drop_column('missing_documents')
        batch_op.drop_column('conditions')
        batch_op.drop_column('support_granted')
        batch_op.drop_column('reason_code')

    with op.batch_alter_table('committee_meetings', schema=None) as batch_op:
        batch_op.drop_column('closed_by')
        batch_op.drop_column('closed_at')
        batch_op.drop_column('quorum')
        batch_op.drop_column('status')
        batch_op.drop_column('location')

    with op.batch_alter_table('research_reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_research_reports_request_id'))
        batch_op.drop_index(batch_op.f('ix_research_reports_referral_id'))

    op.drop_table('research_reports')
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_index('ix_notifications_pending')
        batch_op.drop_index(batch_op.f('ix_notifications_request_id'))
        batch_op.drop_index(batch_op.f('ix_notifications_decision_id'))
        batch_op.drop_index(batch_op.f('ix_notifications_beneficiary_id'))

    op.drop_table('notifications')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_items_request_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_items_meeting_id'))

    op.drop_table('agenda_items')
    with op.batch_alter_table('meeting_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_members_meeting_id'))

    op.drop_table('meeting_members')
