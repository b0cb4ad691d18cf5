"""Opening a desk's local store: engine, migrations on open, read and write sessions."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from saa_desk.domain.clock import HybridLogicalClock, wall_ms
from saa_desk.domain.errors import DeskError
from saa_desk.store import changes
from saa_desk.store.capture import ACTOR_KEY, CAPTURE_KEY, CLOCK_KEY, DESK_KEY, DeskSession
from saa_desk.store.files import WRITE_OPTION, create_local_engine, is_busy
from saa_desk.store.models import DeskSetting
from saa_desk.store.probe import DB_FILENAME as DB_FILENAME
from saa_desk.store.probe import SCHEMA_REVISION as SCHEMA_REVISION
from saa_desk.store.probe import SETTING_BRANCH as SETTING_BRANCH
from saa_desk.store.probe import SETTING_DESK as SETTING_DESK
from saa_desk.store.probe import SETTING_DESK_ID as SETTING_DESK_ID

if TYPE_CHECKING:
    from alembic.config import Config

_log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

SETTING_HLC = "hlc_last"
SETTING_TRAINING = "training_desk"  # "1" on a training desk (invented people, a training central)


_NEXT_VALUE = text(
    "INSERT INTO counters (name, value) VALUES (:name, 1) "
    "ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value"
)


_SETTING = text("SELECT value FROM desk_settings WHERE key = :key")


def next_value(session: Session, name: str) -> int:
    """Draw the next number of a desk-local sequence, inside the caller's write transaction.

    The counter row is touched by this statement alone, so pending ORM objects need not be flushed
    first: without `no_autoflush`, a batch that appends an audit event per row flushed the whole
    session once per row (2 ms a beneficiary when registering 10,000 in one transaction)."""
    with session.no_autoflush:
        return int(session.execute(_NEXT_VALUE, {"name": name}).scalar_one())


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic (about a second to import) only when migrating

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


class Store:
    """A desk's local database. Services open sessions here; nothing else touches the engine."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.db_path = self.data_dir / DB_FILENAME
        self.engine = create_local_engine(self.db_path)
        self.migrate()
        self._reader = sessionmaker(bind=self.engine, class_=DeskSession, expire_on_commit=False)
        self._writer = sessionmaker(
            bind=self.engine.execution_options(**{WRITE_OPTION: True}),
            class_=DeskSession,
            expire_on_commit=False,
        )
        self._desk_id: str | None = None
        self._codes: tuple[str, str] | None = None
        # Tests and demos may pin the desk's clock; None means the real time.
        self.frozen_now: dt.datetime | None = None
        # Likewise the wall time (ms since the epoch) the desk's logical clock reads.
        self.clock_wall: Callable[[], int] = wall_ms

    def migrate(self) -> None:
        """Bring the file to this code's schema. The stored revision is compared with
        SCHEMA_REVISION first, so an up-to-date desk (every start but the first after an update)
        never imports Alembic; a file from a newer SAA Desk is refused, never touched."""
        current = self.schema_revision()
        if current == SCHEMA_REVISION:
            return
        from alembic import command
        from alembic.script import ScriptDirectory

        cfg = alembic_config()
        known = {script.revision for script in ScriptDirectory.from_config(cfg).walk_revisions()}
        if current is not None and current not in known:
            raise DeskError("desk_schema_new", detail=current)
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def schema_revision(self) -> str | None:
        """The revision the file was last migrated to; None for a new, empty file."""
        with self.engine.connect() as conn:
            has_version = conn.execute(
                text("SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'")
            ).first()
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar() if has_version else None

    def optimise(self) -> bool:
        """Refresh the query planner's statistics (after bulk loads, and when closing), so that
        for example the committee queue walks its partial index instead of sorting.

        ANALYZE writes, so it takes the write lock up front (BEGIN IMMEDIATE) and queues behind
        other processes' writes like any write: as a read transaction upgrading to a write it
        failed at once with "database is locked" when another writer got in between. The
        statistics only speed queries up: if the lock stays busy past the busy timeout the
        refresh is skipped (returns False) and done at the next close or bulk load."""
        try:
            with self.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
                conn.exec_driver_sql("PRAGMA optimize=0x10002")
        except OperationalError as exc:
            if not is_busy(exc.orig):
                raise
            _log.warning("planner statistics not refreshed: the database stayed busy (%s)", exc.orig)
            return False
        return True

    def close(self) -> None:
        self.optimise()
        self.engine.dispose()

    # -- desk identity -------------------------------------------------------------------------

    def setting(self, key: str) -> str | None:
        # Plain SQL, not the ORM: the log-in reads the desk's identity here at start-up, and the
        # ORM's first query would compile its statement machinery (tens of ms) on the way.
        with self.engine.connect() as conn:
            return conn.execute(_SETTING, {"key": key}).scalar()

    @property
    def desk_id(self) -> str | None:
        if self._desk_id is None:
            self._desk_id = self.setting(SETTING_DESK_ID)
        return self._desk_id

    @property
    def initialised(self) -> bool:
        return self.desk_id is not None

    @property
    def codes(self) -> tuple[str, str] | None:
        """(branch, desk) codes; fixed at initialisation, so read once."""
        if self._codes is None:
            branch, desk = self.setting(SETTING_BRANCH), self.setting(SETTING_DESK)
            if branch is not None and desk is not None:
                self._codes = (branch, desk)
        return self._codes

    def reset_identity(self) -> None:
        """Forget cached identity (after initialising or restoring the database)."""
        self._desk_id = None
        self._codes = None

    # -- sessions ------------------------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[DeskSession]:
        session = self._reader()
        try:
            yield session
        finally:
            session.close()  # ends the read transaction; loaded objects stay readable

    @contextmanager
    def write(self, actor_id: str | None, *, capture: bool = True, desk_id: str | None = None) -> Iterator[DeskSession]:
        """One write transaction: commits on success, rolls back on any error.

        Every synced row written here is stamped with this desk's clock and queued for sync; once
        committed, the rows written go to the open change collectors (changes.py).
        """
        session = self._writer()
        try:
            desk = desk_id or self.desk_id
            if desk is None:
                raise RuntimeError("the desk is not initialised")
            last = session.scalar(select(DeskSetting.value).where(DeskSetting.key == SETTING_HLC))
            clock = HybridLogicalClock(desk.replace("-", ""), last, wall=self.clock_wall)
            session.info.update({CLOCK_KEY: clock, ACTOR_KEY: actor_id, DESK_KEY: desk,
                                 CAPTURE_KEY: capture})
            yield session
            session.flush()
            # Taken before the clock is saved: the desk's clock is bookkeeping, not a change to show.
            written = session.info.pop(changes.CHANGES_KEY, None)
            session.merge(DeskSetting(key=SETTING_HLC, value=clock.last))
            session.commit()
            changes.committed(written)
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
