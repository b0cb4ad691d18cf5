"""a role per desk: the schema owned by a role nobody logs in as, a desk-role registry, the audit anchor

Revision ID: c0005
Revises: c0004
Create Date: 2026-12-01 19:00:00

The sync functions themselves (SECURITY DEFINER, generated from the synced tables) are installed by
`central init` after the migrations (saa_desk.sync.central_functions), so each version installs its own.
"""

import sqlalchemy as sa
from alembic import op

revision = 'c0005'
down_revision = 'c0004'
branch_labels = None
depends_on = None

# The same names as saa_desk.sync.central_functions (a migration is frozen: it does not import them).
OWNER_ROLE = "saa_owner"
DESKS_ROLE = "saa_desks"

_ROLES = f"""
DO $$
BEGIN
    BEGIN
        CREATE ROLE {OWNER_ROLE} NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;  -- another central in this cluster made it
    END;
    BEGIN
        CREATE ROLE {DESKS_ROLE} NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT {OWNER_ROLE} TO %I', current_user);  -- so the admin can hand tables over
    END IF;
END
$$;
"""

# A clock whose counter has more than six digits sorted below earlier clocks as text. Normalised
# by carrying the overflow into the millisecond part (the order of such clocks is kept).
_NORMALISE = r"""
CREATE OR REPLACE FUNCTION pg_temp.saa_norm_clock(c text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN c ~ '^[0-9]+-[0-9]{7,}-' THEN
        lpad((split_part(c, '-', 1)::numeric + floor(split_part(c, '-', 2)::numeric / 1000000))::text, 13, '0')
        || '-' || lpad((split_part(c, '-', 2)::numeric % 1000000)::text, 6, '0')
        || '-' || substr(c, length(split_part(c, '-', 1)) + length(split_part(c, '-', 2)) + 3)
    ELSE c END
$$;
"""


def _normalise_clocks(tables: list[str], mutable: list[str]) -> None:
    op.execute(_NORMALISE)
    for name in tables:
        op.execute(f"UPDATE {name} SET hlc = pg_temp.saa_norm_clock(hlc) WHERE hlc ~ '^[0-9]+-[0-9]{{7,}}-'")
    for name in mutable:
        op.execute(
            f"UPDATE {name} SET field_clocks = (SELECT '{{' || string_agg(to_json(key)::text || ':' || "
            "to_json(pg_temp.saa_norm_clock(value))::text, ',' ORDER BY key COLLATE \"C\") || '}' "
            "FROM jsonb_each_text(field_clocks::jsonb)) "
            "WHERE field_clocks LIKE '{%' AND field_clocks ~ '-[0-9]{7,}-'")
    op.execute("UPDATE sync_conflicts SET loser_hlc = pg_temp.saa_norm_clock(loser_hlc), "
               "winner_hlc = pg_temp.saa_norm_clock(winner_hlc) "
               "WHERE loser_hlc ~ '^[0-9]+-[0-9]{7,}-' OR winner_hlc ~ '^[0-9]+-[0-9]{7,}-'")


TABLES = ["audit_events", "beneficiaries", "checklist_items", "committee_meetings", "decisions",
          "declaration_signatures", "declarations", "household_members", "interactions", "print_records",
          "referrals", "requests", "satisfaction_surveys", "status_transitions", "users"]
MUTABLE = ["beneficiaries", "checklist_items", "committee_meetings", "household_members", "referrals",
           "requests", "users"]
OTHERS = ["sync_change_feed", "sync_conflicts", "sync_desks", "sync_meta", "saa_central_version"]


def upgrade() -> None:
    op.execute(_ROLES)
    op.create_table(
        'sync_desk_roles',
        sa.Column('role_name', sa.Text(), nullable=False),
        sa.Column('desk_code', sa.Text(), nullable=False),
        sa.Column('desk_id', sa.Text(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('role_name', name=op.f('pk_sync_desk_roles')),
    )
    op.create_index('ix_sync_desk_roles_desk_id', 'sync_desk_roles', ['desk_id'], unique=False)
    op.add_column('sync_desks', sa.Column('audit_seq', sa.BigInteger(), nullable=True))
    op.add_column('sync_desks', sa.Column('audit_hash', sa.Text(), nullable=True))
    # One (desk, seq) per audit event: a forged or re-used number is refused, never stored twice.
    op.create_index('uq_audit_events_origin_desk_desk_seq', 'audit_events', ['origin_desk', 'desk_seq'],
                    unique=True)
    _normalise_clocks(TABLES, MUTABLE)
    for name in [*TABLES, *OTHERS, "sync_desk_roles"]:
        op.execute(f"ALTER TABLE {name} OWNER TO {OWNER_ROLE}")
    # The feed's and the conflict ids' sequences belong to their tables and moved with them.
    op.execute(f"ALTER SEQUENCE sync_conflicts_resolved_seq_seq OWNER TO {OWNER_ROLE}")
    op.execute(f"ALTER FUNCTION sync_change_feed_lock() OWNER TO {OWNER_ROLE}")
    # Nobody but the owner creates anything here (PostgreSQL before 15 let PUBLIC create in public).
    op.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    op.execute(f"GRANT USAGE, CREATE ON SCHEMA public TO {OWNER_ROLE}")
    op.execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")
    op.execute("REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC")
    op.execute("UPDATE sync_meta SET value = '5' WHERE key = 'schema_version'")
    op.execute("INSERT INTO sync_meta (key, value) VALUES ('clock_tolerance_ms', '300000') "
               "ON CONFLICT (key) DO NOTHING")


def downgrade() -> None:
    op.drop_index('uq_audit_events_origin_desk_desk_seq', table_name='audit_events')
    op.drop_column('sync_desks', 'audit_hash')
    op.drop_column('sync_desks', 'audit_seq')
    op.drop_index('ix_sync_desk_roles_desk_id', table_name='sync_desk_roles')
    op.drop_table('sync_desk_roles')
    op.execute("DELETE FROM sync_meta WHERE key = 'clock_tolerance_ms'")
    op.execute("UPDATE sync_meta SET value = '4' WHERE key = 'schema_version'")
