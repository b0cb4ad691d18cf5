"""The supervisor's look at the sync quarantine: pulled rows this desk could not apply, and
retrying them once the central has a good version (`saa-desk sync quarantine list|retry`).

The quarantine itself (what goes in, and why) is the pull's: sync/quarantine.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from saa_desk.domain.errors import NotFound
from saa_desk.domain.permissions import Permission
from saa_desk.services.context import Actor, reading, unit
from saa_desk.store.database import Store
from saa_desk.store.models import SyncQuarantine

PERMISSION = Permission.CONFLICTS_REVIEW  # reading and retrying sync problems is a supervisor's


def open_count(store: Store) -> int:
    """How many rows are quarantined now (for the status bar and `check`: no permission needed,
    like the count of pending changes)."""
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(SyncQuarantine)
                            .where(SyncQuarantine.resolved_at.is_(None))) or 0)


@dataclass(frozen=True)
class QuarantinedRow:
    id: int
    table_name: str
    row_id: str
    reason: str
    field: str | None
    detail: str
    feed_cursor: int
    first_seen: dt.datetime
    last_seen: dt.datetime
    attempts: int
    resolved_at: dt.datetime | None
    row_json: str


def _entry(row: SyncQuarantine) -> QuarantinedRow:
    return QuarantinedRow(row.id, row.table_name, row.row_id, row.reason, row.field, row.detail,
                          row.feed_cursor, row.first_seen, row.last_seen, row.attempts, row.resolved_at,
                          row.row_json)


def quarantined_rows(store: Store, actor: Actor, *, include_resolved: bool = False) -> list[QuarantinedRow]:
    """Oldest first; only the open ones unless `include_resolved`."""
    query = select(SyncQuarantine).order_by(SyncQuarantine.id)
    if not include_resolved:
        query = query.where(SyncQuarantine.resolved_at.is_(None))
    with reading(store, actor, PERMISSION) as s:
        return [_entry(row) for row in s.scalars(query)]


@dataclass(frozen=True)
class RetryOutcome:
    entry: QuarantinedRow  # as it is after the retry
    applied: bool


def _chosen(store: Store, actor: Actor, ids: Sequence[int] | None) -> list[QuarantinedRow]:
    wanted = quarantined_rows(store, actor, include_resolved=bool(ids))
    if not ids:
        return wanted
    by_id = {e.id: e for e in wanted}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise NotFound("quarantine")
    return [by_id[i] for i in dict.fromkeys(ids) if by_id[i].resolved_at is None]


def retry(store: Store, actor: Actor, ids: Sequence[int] | None = None,
          central_url: str | None = None) -> list[RetryOutcome]:
    """Fetch these quarantined rows' current versions from the central (every open one when no
    ids are given) and apply those that are good now; the others stay, their attempts counted.
    Audited, one event per entry."""
    # The sync machinery (psycopg) only when a retry runs.
    from saa_desk.sync.engine import stored_url
    from saa_desk.sync.errors import SyncError
    from saa_desk.sync.quarantine import central_for_retry, fetch_rows, reapply

    actor.require(PERMISSION)
    entries = _chosen(store, actor, ids)
    if not entries:
        return []
    url = central_url or stored_url(store)
    if not url:
        raise SyncError("central_not_configured")
    wanted: dict[str, dict[str, str]] = {}
    for e in entries:
        wanted.setdefault(e.table_name, {})[e.row_id] = e.row_json
    with central_for_retry(store, url) as central:
        fetched = fetch_rows(central, {name: list(rows) for name, rows in wanted.items()})
        with unit(store, actor, PERMISSION) as u:  # not open while the central answers
            resolved = reapply(u.session, central.desk_id, fetched, wanted)
            after = {r.id: _entry(r) for r in u.session.scalars(
                select(SyncQuarantine).where(SyncQuarantine.id.in_([e.id for e in entries])))}
            for e in entries:
                u.audit("sync.quarantine_retried", "sync_quarantine", str(e.id), table=e.table_name,
                        row=e.row_id, applied=e.id in resolved, reason=after[e.id].reason)
    return [RetryOutcome(after[e.id], e.id in resolved) for e in entries]
