"""Alembic environment for the central PostgreSQL schema (run from saa_desk.sync.central)."""

from alembic import context

from saa_desk.sync.central import VERSION_TABLE, central_metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=central_metadata(),
    version_table=VERSION_TABLE,  # its own name: the central database may hold other Alembic histories
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
