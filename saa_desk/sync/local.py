"""The desk-local side of sync state, kept in `desk_settings` (never synced).

central_url            the central's URL without its password
sync_central_id        which central the cursor belongs to (a new central restarts it)
sync_cursor            the last change-feed number this desk has applied
sync_last_success      when the last full sync finished (ISO, UTC)
sync_conflict_log      the conflict log as far as this desk has seen it (JSON list, oldest first,
                       capped): the central's log pulled down, plus what this desk found itself
sync_conflict_cursor   the last id of the central's conflict log this desk has copied
sync_conflicts_unsent  conflicts found while pulling, still to be written to the central's log
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from saa_desk.store.database import Store
from saa_desk.store.models import DeskSetting, OutboxEntry
from saa_desk.sync.merge import Conflict
from saa_desk.sync.schema import SPECS

CENTRAL_URL = "central_url"
CENTRAL_ID = "sync_central_id"
CURSOR = "sync_cursor"
LAST_SUCCESS = "sync_last_success"
CONFLICT_LOG = "sync_conflict_log"
CONFLICT_CURSOR = "sync_conflict_cursor"
CONFLICTS_UNSENT = "sync_conflicts_unsent"
# The desk's copy is for reviewing offline; the central's log keeps every conflict for good.
CONFLICT_LOG_CAP = 20000


def get(session: Session, key: str) -> str | None:
    return session.scalar(select(DeskSetting.value).where(DeskSetting.key == key))


def put(session: Session, key: str, value: str) -> None:
    session.merge(DeskSetting(key=key, value=value))


def cursor(session: Session, key: str = CURSOR) -> int:
    value = get(session, key)
    return int(value) if value else 0


def _conflicts(session: Session, key: str) -> list[dict[str, Any]]:
    value = get(session, key)
    return json.loads(value) if value else []


def add_conflicts(session: Session, conflicts: Iterable[Conflict], *, unsent: bool) -> None:
    """Log conflicts on the desk (deduplicated); `unsent` ones also wait to go to the central."""
    new = [c.as_dict() for c in conflicts]
    if not new:
        return
    keys = [CONFLICT_LOG, CONFLICTS_UNSENT] if unsent else [CONFLICT_LOG]
    for key in keys:
        items = _conflicts(session, key)
        seen = {Conflict.from_dict(c).key for c in items}
        items.extend(c for c in new if Conflict.from_dict(c).key not in seen)
        if key == CONFLICT_LOG:
            items = items[-CONFLICT_LOG_CAP:]
        put(session, key, json.dumps(items, ensure_ascii=False))


def unsent_conflicts(session: Session) -> list[Conflict]:
    return [Conflict.from_dict(c) for c in _conflicts(session, CONFLICTS_UNSENT)]


def drop_unsent(session: Session, sent: Iterable[Conflict]) -> None:
    keys = {c.key for c in sent}
    left = [c for c in _conflicts(session, CONFLICTS_UNSENT) if Conflict.from_dict(c).key not in keys]
    put(session, CONFLICTS_UNSENT, json.dumps(left, ensure_ascii=False))


def conflict_log(store: Store) -> list[Conflict]:
    """The conflict log as this desk last saw it (every desk's conflicts), oldest first."""
    with store.read() as s:
        return [Conflict.from_dict(c) for c in _conflicts(s, CONFLICT_LOG)]


def pending_changes(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def requeue_everything(session: Session) -> None:
    """Queue every synced row for pushing again (this desk now meets a central that has never
    seen its earlier pushes). Creation entries carry no claims, so this can never conflict."""
    for name in SPECS:
        session.execute(text(
            f"INSERT INTO sync_outbox (table_name, row_id, field, base_hlc, hlc) "
            f"SELECT '{name}', id, NULL, NULL, hlc FROM {name}"
        ))
