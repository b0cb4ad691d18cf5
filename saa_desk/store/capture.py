"""Change capture: every write to a synced model stamps its clocks and queues it in the outbox,
inside the same transaction as the change, so nothing done offline can be lost or sent twice.

It runs as a `before_flush` hook on the store's sessions; services never do this by hand.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from saa_desk.domain.clock import HybridLogicalClock
from saa_desk.store import changes, search
from saa_desk.store.models import (
    SYNC_METADATA_COLUMNS,
    Beneficiary,
    HouseholdMember,
    Mutable,
    OutboxEntry,
    SupportRequest,
    Synced,
)

CLOCK_KEY = "saa_clock"
ACTOR_KEY = "saa_actor_id"
DESK_KEY = "saa_desk_id"
CAPTURE_KEY = "saa_capture"  # False while applying pulled changes: they are not ours to push
SEARCH_KEY = "saa_search_dirty"
# field_clocks of a row none of whose fields changed since it was written: every field's clock is
# the row's `hlc`. Most rows are never edited, and the full JSON is about 1 KB a row.
UNIFORM_CLOCKS = ""


class DeskSession(Session):
    """Sessions on a desk's local database; only these capture changes."""


class ImmutableRecordError(RuntimeError):
    """An append-only record was changed or deleted; that is a programming error."""


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def new_id() -> str:
    return str(uuid.uuid4())


def data_columns(model: type[Synced]) -> list[str]:
    """The columns that travel in sync and are merged field by field."""
    cols = [c.key for c in inspect(model).column_attrs]
    skip = SYNC_METADATA_COLUMNS | {"id"} | model.__local_columns__
    return [c for c in cols if c not in skip]


def _stamp_new(session: Session, obj: Synced, clock: HybridLogicalClock) -> None:
    now = utcnow()
    actor = session.info.get(ACTOR_KEY)
    if not obj.id:
        obj.id = new_id()
    obj.created_at = obj.created_at or now
    obj.created_by = obj.created_by or actor
    obj.origin_desk = obj.origin_desk or session.info[DESK_KEY]
    stamp = clock.now()
    obj.hlc = stamp
    if isinstance(obj, Mutable):
        obj.updated_at = obj.updated_at or now
        obj.updated_by = obj.updated_by or actor
        if obj.deleted is None:
            obj.deleted = False
        obj.field_clocks = UNIFORM_CLOCKS
    session.add(OutboxEntry(table_name=obj.__tablename__, row_id=obj.id, field=None,
                            base_hlc=None, hlc=stamp))


def _changed_columns(obj: Synced) -> list[str]:
    state = inspect(obj)
    changed = []
    for col in data_columns(type(obj)):
        hist = state.attrs[col].history
        if hist.has_changes() and list(hist.added) != list(hist.deleted):
            changed.append(col)
    return changed


def _stamp_update(session: Session, obj: Mutable, clock: HybridLogicalClock) -> None:
    changed = [c for c in _changed_columns(obj) if c not in ("updated_at", "updated_by")]
    if not changed:
        return
    obj.updated_at = utcnow()
    obj.updated_by = session.info.get(ACTOR_KEY)
    changed += ["updated_at", "updated_by"]
    clocks = field_clocks(obj)  # read before the row's hlc moves on
    stamp = clock.now()
    for col in changed:
        session.add(OutboxEntry(table_name=obj.__tablename__, row_id=obj.id, field=col,
                                base_hlc=clocks.get(col), hlc=stamp))
        clocks[col] = stamp
    obj.field_clocks = json.dumps(clocks, sort_keys=True, separators=(",", ":"))
    obj.hlc = stamp


def field_clocks(obj: Mutable) -> dict[str, str]:
    """Every data field's clock, whether stored in full or as the uniform marker."""
    if obj.field_clocks == UNIFORM_CLOCKS:
        return dict.fromkeys(data_columns(type(obj)), obj.hlc)
    clocks: dict[str, str] = json.loads(obj.field_clocks)
    return clocks


def _note_search(session: Session, obj: object) -> None:
    dirty: set[str] = session.info.setdefault(SEARCH_KEY, set())
    if isinstance(obj, Beneficiary):
        dirty.add(obj.id)
    elif isinstance(obj, SupportRequest | HouseholdMember):
        dirty.add(obj.beneficiary_id)


@event.listens_for(DeskSession, "before_flush")
def _before_flush(session: Session, _ctx, _instances) -> None:  # type: ignore[no-untyped-def]
    clock: HybridLogicalClock | None = session.info.get(CLOCK_KEY)
    capture = session.info.get(CAPTURE_KEY, True)
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise ImmutableRecordError(
                f"{type(obj).__name__} rows are never deleted; set 'deleted' (a tombstone) instead"
            )
    for obj in list(session.new):
        if isinstance(obj, Synced):
            if capture:
                if clock is None:
                    raise RuntimeError("synced rows can only be written in a store write session")
                _stamp_new(session, obj, clock)
            _note_search(session, obj)
    for obj in list(session.dirty):
        if not isinstance(obj, Synced) or not session.is_modified(obj):
            continue
        if obj.__append_only__:
            if _changed_columns(obj):
                raise ImmutableRecordError(f"{type(obj).__name__} rows are append-only")
            continue
        if capture:
            if clock is None:
                raise RuntimeError("synced rows can only be written in a store write session")
            _stamp_update(session, obj, clock)  # type: ignore[arg-type]
        _note_search(session, obj)
    _note_changes(session)


def _note_changes(session: Session) -> None:
    """Every row this flush writes, synced or not (drafts, settings), for the change set."""
    edited = [obj for obj in session.dirty if session.is_modified(obj)]
    for obj in (*session.new, *edited, *session.deleted):
        mapper = inspect(obj).mapper
        key = mapper.primary_key_from_instance(obj)
        if len(key) == 1 and key[0] is not None:
            changes.note(session.info, mapper.local_table.name, [str(key[0])])


@event.listens_for(DeskSession, "after_flush")
def _after_flush(session: Session, _ctx) -> None:  # type: ignore[no-untyped-def]
    dirty: set[str] = session.info.pop(SEARCH_KEY, set())
    if dirty:
        search.refresh_many(session.connection(), dirty)
