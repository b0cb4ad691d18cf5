"""Local store: SQLAlchemy models, engine set-up, migrations, change capture and search."""
