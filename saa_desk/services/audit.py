"""The audit log: append-only, hash-chained per desk so that tampering shows."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from saa_desk.store.capture import DESK_KEY, new_id, utcnow
from saa_desk.store.database import next_value
from saa_desk.store.models import AuditEvent, DeskSetting

GENESIS = "0" * 64
_SEQ_COUNTER = "audit_seq"
_LAST_HASH = "audit_last_hash"


def _event_hash(fields: dict[str, Any]) -> str:
    canonical = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _hashed_fields(event: AuditEvent) -> dict[str, Any]:
    return {
        "id": event.id, "desk": event.origin_desk, "seq": event.desk_seq,
        "at": event.created_at.isoformat(), "actor": event.created_by, "action": event.action,
        "entity": event.entity, "entity_id": event.entity_id, "details": event.details,
        "prev": event.prev_hash,
    }


def append(
    session: Session,
    actor_id: str | None,
    action: str,
    entity: str | None = None,
    entity_id: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to this desk's chain, inside the caller's transaction."""
    desk = session.info[DESK_KEY]
    seq = next_value(session, _SEQ_COUNTER)
    last = _last_hash_setting(session)
    event = AuditEvent(
        id=new_id(), origin_desk=desk, desk_seq=seq, created_at=utcnow(),
        created_by=actor_id, action=action, entity=entity, entity_id=entity_id,
        details=json.dumps(details or {}, sort_keys=True, ensure_ascii=False, default=str),
        prev_hash=last.value,
    )
    event.hash = _event_hash(_hashed_fields(event))
    session.add(event)
    last.value = event.hash
    return event


def _last_hash_setting(session: Session) -> DeskSetting:
    """The chain's head, loaded once per transaction (a batch import appends thousands)."""
    setting: DeskSetting | None = session.info.get(_LAST_HASH)
    if setting is None or setting not in session:
        setting = session.get(DeskSetting, _LAST_HASH)
        if setting is None:
            setting = DeskSetting(key=_LAST_HASH, value=GENESIS)
            session.add(setting)
        session.info[_LAST_HASH] = setting
    return setting


@dataclass(frozen=True)
class ChainProblem:
    desk: str
    seq: int
    problem: str


def verify_chain(session: Session) -> list[ChainProblem]:
    """Recompute every desk's chain; report broken hashes, broken links and gaps."""
    problems: list[ChainProblem] = []
    expected_prev: dict[str, str] = {}
    expected_seq: dict[str, int] = {}
    rows = session.scalars(select(AuditEvent).order_by(AuditEvent.origin_desk, AuditEvent.desk_seq))
    for event in rows:
        desk = event.origin_desk
        seq = expected_seq.get(desk, 1)
        if event.desk_seq != seq:
            problems.append(ChainProblem(desk, event.desk_seq, f"gap: expected event {seq}"))
        if event.prev_hash != expected_prev.get(desk, GENESIS):
            problems.append(ChainProblem(desk, event.desk_seq, "link to the previous event is broken"))
        if _event_hash(_hashed_fields(event)) != event.hash:
            problems.append(ChainProblem(desk, event.desk_seq, "event content does not match its hash"))
        expected_prev[desk] = event.hash
        expected_seq[desk] = event.desk_seq + 1
    return problems
