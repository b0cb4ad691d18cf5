"""Alembic environment for the desk's local SQLite store (run from saa_desk.store.database)."""

from alembic import context

from saa_desk.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copy-and-move
)
with context.begin_transaction():
    context.run_migrations()
