"""The desk-local side of sync state, kept in `desk_settings` (never synced).

central_url            the central's URL without its password
sync_central_id        which central the cursor belongs to (a new central restarts it)
sync_cursor            the last change-feed number this desk has applied
sync_last_success      when the last full sync finished (ISO, UTC)
sync_conflict_cursor   the last id of the central's conflict log this desk has copied
sync_review_cursor     the last review number of the central's log this desk has applied

The conflict log itself is the desk-local table `sync_conflicts` (store.models.SyncConflict): the
central's log copied down, plus what this desk's pulls found, `sent` once the central has those.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import Table, bindparam, func, select, text, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from saa_desk.domain.clock import CLOCK_TOLERANCE_MS
from saa_desk.store.capture import CLOCK_KEY, UNIFORM_CLOCKS, utcnow
from saa_desk.store.database import Store
from saa_desk.store.models import DeskSetting, OutboxEntry, SyncConflict
from saa_desk.sync.merge import Conflict, Review
from saa_desk.sync.schema import SPECS, dumps_clocks

_MS_DIGITS = 13

CENTRAL_URL = "central_url"
CENTRAL_ID = "sync_central_id"
CURSOR = "sync_cursor"
LAST_SUCCESS = "sync_last_success"
CONFLICT_CURSOR = "sync_conflict_cursor"
REVIEW_CURSOR = "sync_review_cursor"


def get(session: Session, key: str) -> str | None:
    return session.scalar(select(DeskSetting.value).where(DeskSetting.key == key))


def put(session: Session, key: str, value: str) -> None:
    session.merge(DeskSetting(key=key, value=value))


def cursor(session: Session, key: str = CURSOR) -> int:
    value = get(session, key)
    return int(value) if value else 0


def add_conflicts(session: Session, conflicts: Iterable[Conflict], *, unsent: bool) -> None:
    """Log conflicts on the desk, each once; `unsent` ones still have to go to the central."""
    rows = [{**c.as_dict(), "sent": not unsent, "recorded_at": utcnow()} for c in conflicts]
    if rows:
        session.execute(insert(SyncConflict).on_conflict_do_nothing(index_elements=_KEY), rows)


def unsent_conflicts(session: Session) -> list[Conflict]:
    return [conflict_of(row) for row in session.scalars(
        select(SyncConflict).where(SyncConflict.sent.is_(False)).order_by(SyncConflict.id))]


def _conflict_table() -> Table:
    """The conflict log as a Core table, for executemany updates keyed on the conflict."""
    table = SyncConflict.__table__
    assert isinstance(table, Table)
    return table


def mark_sent(session: Session, sent: Iterable[Conflict]) -> None:
    keys = [{f"k_{k}": v for k, v in zip(_KEY, c.key, strict=True)} for c in sent]
    if keys:
        table = _conflict_table()
        session.connection().execute(
            update(table).where(*(table.c[k] == bindparam(f"k_{k}") for k in _KEY)).values(sent=True), keys)


def unsent_reviews(session: Session) -> list[Review]:
    rows = session.scalars(select(SyncConflict).where(
        SyncConflict.reviewed_at.is_not(None), SyncConflict.review_sent.is_(False)).order_by(SyncConflict.id))
    return [Review(conflict_of(r).key, r.reviewed_at, r.reviewed_by or "") for r in rows if r.reviewed_at]


def take_reviews(session: Session, reviews: Iterable[Review]) -> None:
    """Reviews the central holds (sent from here, or pulled): they stand, also over a review made
    here concurrently, so every desk ends with the same reviewer."""
    params = [{"at": r.reviewed_at, "by": r.reviewed_by, **{f"k_{k}": v for k, v in zip(_KEY, r.key, strict=True)}}
              for r in reviews]
    if params:
        table = _conflict_table()
        session.connection().execute(
            update(table).where(*(table.c[k] == bindparam(f"k_{k}") for k in _KEY))
            .values(reviewed_at=bindparam("at"), reviewed_by=bindparam("by"), review_sent=True), params)


def conflict_log(store: Store) -> list[Conflict]:
    """The conflict log as this desk last saw it (every desk's conflicts), oldest first."""
    with store.read() as s:
        return [conflict_of(row) for row in s.scalars(select(SyncConflict).order_by(SyncConflict.id))]


def conflict_of(row: SyncConflict) -> Conflict:
    return Conflict(*(getattr(row, f) for f in Conflict.__dataclass_fields__))


_KEY = ("table_name", "row_id", "field", "loser_hlc")


def pending_changes(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def restamp_future_edits(store: Store) -> int:
    """Give unpushed edits stamped while this computer's clock ran ahead (more than the tolerance
    ahead of the time now: the clock has been put right since) a clock of now, so the central
    takes them; it refuses clocks from the future, and they would otherwise wait forever.

    Only this desk's own unpushed edits are touched: the central has never seen those clocks.
    Returns how many rows were re-stamped (0 is the usual, cheap case: one indexed scan a table
    of the outbox)."""
    limit = f"{store.clock_wall() + CLOCK_TOLERANCE_MS:0{_MS_DIGITS}d}"
    with store.read() as s:
        future = s.connection().exec_driver_sql(
            "SELECT DISTINCT table_name, row_id FROM sync_outbox WHERE hlc > ?", (limit,)).fetchall()
    if not future:
        return 0
    with store.write(None, capture=False) as session:
        clock = session.info[CLOCK_KEY]
        conn = session.connection()
        for table_name, row_id in future:
            spec = SPECS.get(table_name)
            if spec is None:
                continue
            stamp = clock.now()
            row = conn.exec_driver_sql(f"SELECT hlc, {'field_clocks' if spec.mutable else 'NULL'} "
                                       f"FROM {spec.name} WHERE id = ?", (row_id,)).first()
            if row is None:
                continue
            hlc = stamp if row[0] > limit else row[0]
            fields = row[1]
            if spec.mutable and fields not in (None, UNIFORM_CLOCKS):
                clocks = json.loads(fields)
                fields = dumps_clocks({f: stamp if c > limit else c for f, c in clocks.items()})
            elif spec.mutable and row[0] <= limit:
                fields = UNIFORM_CLOCKS  # uniform clocks follow the row's own, which is not ahead
            conn.exec_driver_sql(f"UPDATE {spec.name} SET hlc = ?{', field_clocks = ?' if spec.mutable else ''} "
                                 "WHERE id = ?", (hlc, fields, row_id) if spec.mutable else (hlc, row_id))
            conn.exec_driver_sql("UPDATE sync_outbox SET hlc = ? WHERE table_name = ? AND row_id = ? AND hlc > ?",
                                 (stamp, table_name, row_id, limit))
    return len(future)


def requeue_everything(session: Session, desk_id: str) -> None:
    """Queue every row this desk created for pushing again (it now meets a central that has never
    seen its earlier pushes). Other desks' rows reach that central from their own desks: the
    central takes a desk's new rows only as that desk's. Creation entries carry no claims, so
    this can never conflict."""
    for name in SPECS:
        session.execute(text(
            f"INSERT INTO sync_outbox (table_name, row_id, field, base_hlc, hlc) "
            f"SELECT '{name}', id, NULL, NULL, hlc FROM {name} WHERE origin_desk = :desk"
        ), {"desk": desk_id})
