"""The central PostgreSQL schema: the synced tables, the change feed, the conflict log, the desk
registry and a schema-version row. Alembic manages it (migrations in `sync/migrations`).

The central tables mirror the desks' synced tables without foreign keys: a push must never be
refused because a parent arrives in the next batch. What a desk may write is checked instead by
the sync functions every desk role must go through (central_functions.py: whose rows, which
clocks) and by CHECK constraints generated from the desks' own validators (central_checks.py);
`central_init` installs both for this version after the migrations.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.util.exc import CommandError
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    DateTime,
    Identity,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    func,
    text,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from saa_desk.sync.central_checks import install_checks
from saa_desk.sync.central_functions import install_functions
from saa_desk.sync.connection import mapped_errors, normalise_url, with_credentials
from saa_desk.sync.errors import SyncError
from saa_desk.sync.schema import SPECS

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "saa_central_version"
# Bumped by every central migration (which also writes it into sync_meta); desks refuse others.
CENTRAL_SCHEMA_VERSION = 7
# Every writer of the change feed takes this transaction-level lock before its sequence numbers
# are drawn (the feed's statement trigger), so numbers commit in order and no reader skips one.
FEED_LOCK_KEY = 5_417_330_001
_INIT_LOCK_KEY = 5_417_330_002

FEED_TABLE = "sync_change_feed"
CONFLICT_TABLE = "sync_conflicts"
DESK_TABLE = "sync_desks"
DESK_ROLE_TABLE = "sync_desk_roles"
META_TABLE = "sync_meta"
FILE_TABLE = "file_objects"
CHUNK_TABLE = "file_chunks"


def _central_tables(metadata: MetaData) -> None:
    for spec in SPECS.values():
        columns = []
        for col in spec.table.columns:
            if col.name not in spec.columns:
                continue
            col_type = Text() if isinstance(col.type, String | Text) else col.type
            columns.append(Column(col.name, col_type, primary_key=col.primary_key, nullable=col.nullable))
        table = Table(spec.name, metadata, *columns)
        if spec.name == "beneficiaries":
            Index("ix_beneficiaries_identity", table.c.id_type, table.c.id_number)
        if spec.name == "audit_events":  # a (desk, seq) is used once: a forged or re-used one is refused
            Index("uq_audit_events_origin_desk_desk_seq", table.c.origin_desk, table.c.desk_seq, unique=True)


def _sync_tables(metadata: MetaData) -> None:
    def now() -> Column:  # type: ignore[type-arg]
        return Column("recorded_at", DateTime(timezone=True), nullable=False, server_default=func.now())

    # seq is drawn by its default after the statement trigger took pg_advisory_xact_lock(FEED_LOCK_KEY).
    Table(FEED_TABLE, metadata,
          Column("seq", BigInteger, primary_key=True, autoincrement=False,
                 server_default=text("nextval('sync_change_feed_seq_seq'::regclass)")),
          Column("table_name", Text, nullable=False), Column("row_id", Text, nullable=False),
          Column("desk_id", Text, nullable=False), now())
    Table(CONFLICT_TABLE, metadata,
          Column("id", BigInteger, Identity(), primary_key=True),
          Column("table_name", Text, nullable=False), Column("row_id", Text, nullable=False),
          Column("field", Text, nullable=False),
          Column("loser_value", Text), Column("loser_hlc", Text, nullable=False),
          Column("loser_desk", Text, nullable=False),
          Column("winner_value", Text), Column("winner_hlc", Text, nullable=False),
          Column("winner_desk", Text, nullable=False),
          Column("detected_by", Text, nullable=False),
          Column("detected_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
          Column("resolved_at", DateTime(timezone=True)), Column("resolved_by", Text),
          # drawn under the feed's lock when a review arrives: desks follow reviews with a cursor
          Column("resolved_seq", BigInteger),
          UniqueConstraint("table_name", "row_id", "field", "loser_hlc"),
          Index("ix_sync_conflicts_resolved_seq", "resolved_seq", postgresql_where=text("resolved_seq IS NOT NULL")))
    Table(DESK_TABLE, metadata,
          Column("desk_id", Text, primary_key=True),
          Column("branch_code", Text), Column("desk_code", Text),
          Column("registered_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
          Column("last_push_at", DateTime(timezone=True)), Column("last_pull_at", DateTime(timezone=True)),
          Column("last_cursor", BigInteger),
          # the central's anchor of the desk's audit chain: its last event's seq and hash
          Column("audit_seq", BigInteger), Column("audit_hash", Text))
    # One login role per desk (desk_roles.py); bound to the desk's id at its first registration.
    Table(DESK_ROLE_TABLE, metadata,
          Column("role_name", Text, primary_key=True), Column("desk_code", Text, nullable=False),
          Column("desk_id", Text, index=True),
          Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
          Column("revoked_at", DateTime(timezone=True)))
    Table(META_TABLE, metadata, Column("key", Text, primary_key=True), Column("value", Text, nullable=False))


def _file_tables(metadata: MetaData) -> None:
    """Content-addressed files (signatures, scans, library documents), by SHA-256, in chunks: a
    file is written a chunk at a time and is `complete` once its whole hash was verified here."""
    Table(FILE_TABLE, metadata,
          Column("sha256", Text, primary_key=True),
          Column("size", BigInteger, nullable=False), Column("media_type", Text, nullable=False),
          Column("chunk_size", Integer, nullable=False), Column("chunks", Integer, nullable=False),
          Column("complete", Boolean, nullable=False, server_default=text("false")),
          Column("desk_id", Text, nullable=False),  # the desk that first sent it
          Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
          Column("completed_at", DateTime(timezone=True)),
          # saa_file_begin counts a desk's unfinished files at every file it begins
          Index("ix_file_objects_desk_id_incomplete", "desk_id", postgresql_where=text("NOT complete")))
    Table(CHUNK_TABLE, metadata,
          Column("sha256", Text, primary_key=True), Column("idx", Integer, primary_key=True),
          Column("chunk_sha256", Text, nullable=False), Column("data", LargeBinary, nullable=False))


def central_metadata() -> MetaData:
    """The central schema as SQLAlchemy tables (used to write and check migrations)."""
    metadata = MetaData(naming_convention={
        "pk": "pk_%(table_name)s", "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    })
    _central_tables(metadata)
    _sync_tables(metadata)
    _file_tables(metadata)
    return metadata


def alembic_config(connection: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


PURPOSE_KEY = "purpose"  # sync_meta: "production", or "training" for a central of training desks


def central_init(url: str, *, training: bool = False) -> int:
    """Create or migrate the central schema; safe to run again and from two places at once.
    A central is created for production or for training (`training=True`), once: training desks
    (demo data) sync only with a training central, real desks only with a production one.

    Returns the schema version now in place."""
    engine = create_engine(with_credentials(url), poolclass=NullPool,
                           connect_args={"connect_timeout": 5, "application_name": "saa-desk-init"})
    state: dict[str, bool] = {}
    try:
        with mapped_errors(url, state), engine.begin() as conn:
            state["connected"] = True
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _INIT_LOCK_KEY})
            try:
                command.upgrade(alembic_config(conn), "head")
            except CommandError as exc:  # the central knows a revision this desk does not
                raise SyncError("central_schema_new", str(exc).splitlines()[0]) from None
            # This version's sync functions: the only door a desk's role has (central_functions.py).
            install_functions(conn.connection.driver_connection)
            install_checks(conn)  # and the values the desks' validators accept, as CHECK constraints
            _settle_purpose(conn, "training" if training else "production")
            return read_schema_version(conn)
    finally:
        engine.dispose()


def _settle_purpose(conn: Connection, wanted: str) -> None:
    """Record what the central is for when it has no purpose yet; refuse to change it."""
    conn.execute(text(f"INSERT INTO {META_TABLE} (key, value) VALUES (:k, :v) ON CONFLICT (key) DO NOTHING"),
                 {"k": PURPOSE_KEY, "v": wanted})
    held = conn.execute(text(f"SELECT value FROM {META_TABLE} WHERE key = :k"), {"k": PURPOSE_KEY}).scalar()
    if held != wanted:
        raise SyncError("central_purpose", f"a {held} central (use --training only for a training central)")


def read_schema_version(conn: Connection) -> int:
    try:
        with conn.begin_nested():
            value = conn.execute(text(f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'")).scalar()
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42P01":  # undefined table: never initialised
            return 0
        raise
    return int(value) if value is not None else 0


def check_version(found: int, where: str) -> None:
    if found < CENTRAL_SCHEMA_VERSION:
        raise SyncError("central_schema_old", f"{where} has version {found}, this desk needs {CENTRAL_SCHEMA_VERSION}")
    if found > CENTRAL_SCHEMA_VERSION:
        raise SyncError("central_schema_new", f"{where} has version {found}, this desk knows {CENTRAL_SCHEMA_VERSION}")


def describe(url: str) -> str:
    """Where the central is, for messages (never the password)."""
    parsed = normalise_url(url)
    return parsed.host or str(parsed.query.get("host", "local socket"))
