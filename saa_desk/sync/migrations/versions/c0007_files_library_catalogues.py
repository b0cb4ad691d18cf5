"""files that travel, the reference library and synced catalogue versions

`file_objects` and `file_chunks` hold the bytes of signatures, scans and library documents by
SHA-256, a chunk a row; `library_documents` and `catalogue_versions` are synced tables like the
others; a request records its catalogue version.

Revision ID: c0007
Revises: c0006
Create Date: 2026-12-02 08:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = 'c0007'
down_revision = 'c0006'
branch_labels = None
depends_on = None

# The same name as saa_desk.sync.central_functions (a migration is frozen: it does not import it).
OWNER_ROLE = "saa_owner"
NEW_TABLES = ["catalogue_versions", "file_chunks", "file_objects", "library_documents"]


def upgrade() -> None:
    op.create_table('catalogue_versions',
    sa.Column('content_json', sa.Text(), nullable=False),
    sa.Column('content_sha256', sa.Text(), nullable=False),
    sa.Column('based_on', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Text(), nullable=True),
    sa.Column('origin_desk', sa.Text(), nullable=False),
    sa.Column('hlc', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalogue_versions'))
    )
    op.create_table('file_chunks',
    sa.Column('sha256', sa.Text(), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('chunk_sha256', sa.Text(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', 'idx', name=op.f('pk_file_chunks'))
    )
    op.create_table('file_objects',
    sa.Column('sha256', sa.Text(), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('media_type', sa.Text(), nullable=False),
    sa.Column('chunk_size', sa.Integer(), nullable=False),
    sa.Column('chunks', sa.Integer(), nullable=False),
    sa.Column('complete', sa.Boolean(), server_default=sa.text('false'), nullable=False),
    sa.Column('desk_id', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_file_objects'))
    )
    op.create_table('library_documents',
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('title_ar', sa.Text(), nullable=False),
    sa.Column('title_en', sa.Text(), nullable=False),
    sa.Column('version', sa.Text(), nullable=False),
    sa.Column('file_sha256', sa.Text(), nullable=False),
    sa.Column('media_type', sa.Text(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('withdrawn', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Text(), nullable=True),
    sa.Column('field_clocks', sa.Text(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Text(), nullable=True),
    sa.Column('origin_desk', sa.Text(), nullable=False),
    sa.Column('hlc', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_library_documents'))
    )
    # saa_file_begin counts a desk's unfinished files at every file it begins.
    op.create_index('ix_file_objects_desk_id_incomplete', 'file_objects', ['desk_id'], unique=False,
                    postgresql_where=sa.text('NOT complete'))
    op.add_column('requests', sa.Column('catalogue_version', sa.Text(), nullable=True))
    # Scans and PDFs are compressed already: store chunks out of line without trying again.
    op.execute("ALTER TABLE file_chunks ALTER COLUMN data SET STORAGE EXTERNAL")
    for name in NEW_TABLES:
        op.execute(f"ALTER TABLE {name} OWNER TO {OWNER_ROLE}")
    op.execute("UPDATE sync_meta SET value = '7' WHERE key = 'schema_version'")


def downgrade() -> None:
    op.drop_column('requests', 'catalogue_version')
    op.drop_table('library_documents')
    op.drop_index('ix_file_objects_desk_id_incomplete', table_name='file_objects',
                  postgresql_where=sa.text('NOT complete'))
    op.drop_table('file_objects')
    op.drop_table('file_chunks')
    op.drop_table('catalogue_versions')
    op.execute("UPDATE sync_meta SET value = '6' WHERE key = 'schema_version'")
