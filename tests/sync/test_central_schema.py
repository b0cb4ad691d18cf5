"""The central schema: Alembic-managed, idempotent, in step with the desks' models, and refused
with a clear error when it is too old or too new for this desk."""

from __future__ import annotations

import threading
from collections.abc import Callable

import psycopg
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from sqlalchemy.pool import NullPool

from saa_desk.store.models import SYNCED_MODELS
from saa_desk.sync import SyncError, central_init, register_desk, sync_once
from saa_desk.sync.central import (
    CENTRAL_SCHEMA_VERSION,
    FEED_LOCK_KEY,
    FEED_TABLE,
    VERSION_TABLE,
    alembic_config,
    central_metadata,
)
from saa_desk.sync.connection import normalise_url, public_url
from tests.conftest import Desk
from tests.sync.conftest import Centrals, admin_execute, driver_url

MakeDesks = Callable[[int], list[Desk]]


def test_init_is_idempotent_and_safe_to_run_twice_at_once(centrals: Centrals) -> None:
    url = centrals.new(schema=False)
    results: list[object] = []

    def init() -> None:
        try:
            results.append(central_init(url))
        except Exception as exc:
            results.append(exc)

    threads = [threading.Thread(target=init) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [CENTRAL_SCHEMA_VERSION, CENTRAL_SCHEMA_VERSION]
    assert central_init(url) == CENTRAL_SCHEMA_VERSION


def test_a_version_1_central_is_refused_then_migrated_and_its_feed_goes_on(
        centrals: Centrals, make_desks: MakeDesks) -> None:
    """Version 2 moved the feed's lock from a row trigger to a statement trigger: a central made
    by version 1 is refused until `central init` migrates it, and numbering continues after it."""
    (a,) = make_desks(1)
    url = centrals.new(schema=False)
    engine = create_engine(normalise_url(url), poolclass=NullPool)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "c0001")
    finally:
        engine.dispose()
    with psycopg.connect(driver_url(url)) as conn:
        conn.execute(f"INSERT INTO {FEED_TABLE} (table_name, row_id, desk_id) VALUES ('users', 'u1', 'old')")
    with pytest.raises(SyncError) as info:
        sync_once(a.store, url)
    assert info.value.reason == "central_schema_old"
    assert central_init(url) == CENTRAL_SCHEMA_VERSION
    assert sync_once(a.store, url).pushed > 0
    with psycopg.connect(driver_url(url)) as conn:
        seqs = [r[0] for r in conn.execute(f"SELECT seq FROM {FEED_TABLE} ORDER BY seq")]
        triggers = {r[0] for r in conn.execute(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = %s::regclass AND NOT tgisinternal", (FEED_TABLE,))}
    assert seqs == list(range(1, len(seqs) + 1)) and len(seqs) > 1
    assert triggers == {"sync_change_feed_lock"}


def test_a_feed_insert_takes_the_feed_lock_by_itself(central_url: str) -> None:
    """A writer that forgets to lock still cannot draw a feed number without the lock."""
    with psycopg.connect(driver_url(central_url)) as writer, \
            psycopg.connect(driver_url(central_url), autocommit=True) as watcher:
        writer.execute(f"INSERT INTO {FEED_TABLE} (table_name, row_id, desk_id) VALUES ('users', 'u1', 'w')")
        held = watcher.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = %s "
            "AND (classid::bigint << 32) + objid::bigint = %s", (writer.info.backend_pid, FEED_LOCK_KEY)).fetchone()
        writer.rollback()
    assert held == (1,)


def test_the_migration_builds_exactly_the_declared_schema(central_url: str) -> None:
    engine = create_engine(normalise_url(central_url), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
            assert compare_metadata(context, central_metadata()) == []
    finally:
        engine.dispose()


def test_every_synced_column_of_the_desks_is_on_the_central(central_url: str) -> None:
    """A column added to a desk model without a central migration fails here."""
    engine = create_engine(normalise_url(central_url), poolclass=NullPool)
    try:
        found = inspect(engine)
        for model in SYNCED_MODELS:
            table = model.__table__  # type: ignore[attr-defined]
            central = {c["name"] for c in found.get_columns(table.name)}
            wanted = {c.name for c in table.columns} - model.__local_columns__
            assert wanted <= central, f"{table.name} lacks {sorted(wanted - central)} on the central"
    finally:
        engine.dispose()


def test_a_central_without_the_schema_is_too_old(centrals: Centrals, make_desks: MakeDesks) -> None:
    (a,) = make_desks(1)
    url = centrals.new(schema=False)
    with pytest.raises(SyncError) as info:
        sync_once(a.store, url)
    assert info.value.reason == "central_schema_old"
    assert "saa-desk central init" in info.value.message("en")
    central_init(url)
    assert sync_once(a.store, url).pushed > 0


@pytest.mark.parametrize(("version", "reason"), [(0, "central_schema_old"), (CENTRAL_SCHEMA_VERSION + 1,
                                                                                "central_schema_new")])
def test_a_schema_version_this_desk_does_not_know_is_refused(central_url: str, make_desks: MakeDesks,
                                                            version: int, reason: str) -> None:
    (a,) = make_desks(1)
    admin_execute(central_url, f"UPDATE sync_meta SET value = '{version}' WHERE key = 'schema_version'")
    for attempt in (lambda: sync_once(a.store, central_url), lambda: register_desk(a.store, central_url)):
        with pytest.raises(SyncError) as info:
            attempt()
        assert info.value.reason == reason
        assert str(version) in info.value.message("en")
    with psycopg.connect(driver_url(central_url)) as conn:
        assert conn.execute("SELECT count(*) FROM beneficiaries").fetchone() == (0,)  # nothing was written


def test_init_refuses_a_central_migrated_by_a_newer_version(central_url: str) -> None:
    admin_execute(central_url, f"UPDATE {VERSION_TABLE} SET version_num = 'c9999'")
    with pytest.raises(SyncError) as info:
        central_init(central_url)
    assert info.value.reason == "central_schema_new"


@pytest.mark.parametrize("form", [
    "postgresql://user:secret@db.example:5432/saa",
    "postgresql+psycopg://user:secret@db.example:5432/saa",
    "postgres://user:secret@db.example:5432/saa",
])
def test_url_forms_are_one_url(form: str) -> None:
    url = normalise_url(form)
    assert (url.drivername, url.username, url.password, url.host, url.port, url.database) == (
        "postgresql+psycopg", "user", "secret", "db.example", 5432, "saa")
    assert public_url(form) == "postgresql://user@db.example:5432/saa"


def test_a_unix_socket_url_keeps_its_directory() -> None:
    url = "postgresql://postgres:@/central?host=/run/saa/pg"
    assert normalise_url(url).query["host"] == "/run/saa/pg"
    assert public_url(url) == "postgresql://postgres@/central?host=/run/saa/pg"


@pytest.mark.parametrize("bad", ["mysql://u@h/db", "not a url", ""])
def test_a_url_that_is_not_postgresql_is_a_clear_error(bad: str, make_desks: MakeDesks) -> None:
    (a,) = make_desks(1)
    with pytest.raises(SyncError) as info:
        sync_once(a.store, bad or "://")
    assert info.value.reason == "central_bad_url"


def test_an_unreachable_central_is_a_clear_one_line_error(make_desks: MakeDesks, tmp_path) -> None:
    (a,) = make_desks(1)
    with pytest.raises(SyncError) as info:
        sync_once(a.store, f"postgresql://postgres@/central?host={tmp_path}/nowhere")
    assert info.value.reason == "central_unreachable"
    line = info.value.message("en")
    assert "\n" not in line and "offline" in line
