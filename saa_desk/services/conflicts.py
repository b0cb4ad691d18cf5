"""The supervisor's review of the conflict log: each value that lost to a concurrent edit of the
same field, and marking it reviewed once someone has looked (and, if need be, re-entered it).

Sync never drops a losing value silently: it stays here and in the central's log (sync/local.py
keeps the log; this is the supervisor's use of it). Reviewing changes no data; it records who
looked and when, and is audited like any service call.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from saa_desk.domain.errors import NotFound
from saa_desk.domain.permissions import Permission
from saa_desk.services.context import Actor, reading, unit
from saa_desk.store.capture import utcnow
from saa_desk.store.database import Store
from saa_desk.store.models import SyncConflict
from saa_desk.sync.local import conflict_of
from saa_desk.sync.merge import Conflict


@dataclass(frozen=True)
class LoggedConflict:
    id: int
    conflict: Conflict
    recorded_at: dt.datetime
    reviewed_at: dt.datetime | None
    reviewed_by: str | None


def _logged(row: SyncConflict) -> LoggedConflict:
    return LoggedConflict(row.id, conflict_of(row), row.recorded_at, row.reviewed_at, row.reviewed_by)


def conflicts_to_review(store: Store, actor: Actor, *, include_reviewed: bool = False) -> list[LoggedConflict]:
    """Oldest first; only those nobody has reviewed yet unless `include_reviewed`."""
    query = select(SyncConflict).order_by(SyncConflict.id)
    if not include_reviewed:
        query = query.where(SyncConflict.reviewed_at.is_(None))
    with reading(store, actor, Permission.CONFLICTS_REVIEW) as s:
        return [_logged(row) for row in s.scalars(query)]


def mark_reviewed(store: Store, actor: Actor, conflict_id: int) -> LoggedConflict:
    """Record that `actor` reviewed this conflict. Reviewing it again changes nothing."""
    with unit(store, actor, Permission.CONFLICTS_REVIEW) as u:
        row = u.session.get(SyncConflict, conflict_id) if isinstance(conflict_id, int) else None
        if row is None:
            raise NotFound("conflict")
        if row.reviewed_at is None:
            row.reviewed_at, row.reviewed_by = utcnow(), actor.user_id
            u.audit("sync.conflict_reviewed", "sync_conflicts", str(row.id), table=row.table_name,
                    row=row.row_id, field=row.field, loser_hlc=row.loser_hlc)
        return _logged(row)
