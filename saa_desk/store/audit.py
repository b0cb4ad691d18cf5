"""The audit log: append-only, hash-chained per desk so that tampering shows."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from saa_desk.store.capture import DESK_KEY, new_id, utcnow
from saa_desk.store.database import next_value
from saa_desk.store.models import AuditEvent, Counter, DeskSetting

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


# The action of the event a restored desk writes when it re-joins; its details' LOST_KEY lists the
# events nobody can supply any more (pushed in part by a history that a restore then replaced).
REJOIN_ACTION = "desk.rejoin"
LOST_KEY = "lost_events"


def verify_chain(session: Session) -> list[ChainProblem]:
    """Recompute every desk's chain; report broken hashes, broken links and gaps (except a gap
    its desk's re-join recorded as lost: the link across it cannot be checked either)."""
    problems: list[ChainProblem] = []
    expected_prev: dict[str, str] = {}
    expected_seq: dict[str, int] = {}
    lost = _recorded_losses(session)
    rows = session.scalars(select(AuditEvent).order_by(AuditEvent.origin_desk, AuditEvent.desk_seq))
    for event in rows:
        desk = event.origin_desk
        seq = expected_seq.get(desk, 1)
        known_gap = event.desk_seq > seq and lost.get(desk, set()).issuperset(range(seq, event.desk_seq))
        if event.desk_seq != seq and not known_gap:
            problems.append(ChainProblem(desk, event.desk_seq, f"gap: expected event {seq}"))
        if event.prev_hash != expected_prev.get(desk, GENESIS) and not known_gap:
            problems.append(ChainProblem(desk, event.desk_seq, "link to the previous event is broken"))
        if _event_hash(_hashed_fields(event)) != event.hash:
            problems.append(ChainProblem(desk, event.desk_seq, "event content does not match its hash"))
        expected_prev[desk] = event.hash
        expected_seq[desk] = event.desk_seq + 1
    return problems


def _recorded_losses(session: Session) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {}
    for desk, details in session.execute(select(AuditEvent.origin_desk, AuditEvent.details)
                                         .where(AuditEvent.action == REJOIN_ACTION)):
        try:
            seqs = json.loads(details).get(LOST_KEY, [])
            found.setdefault(desk, set()).update(int(q) for q in seqs)
        except (ValueError, TypeError, AttributeError):
            continue  # not what a re-join writes: it acknowledges nothing
    return found


# -- the chain's head, and where two chains part -------------------------------------------------


def stored_head(session: Session) -> tuple[int, str]:
    """The head as the desk keeps it apart from the events: (audit counter, last hash)."""
    seq = session.scalar(select(Counter.value).where(Counter.name == _SEQ_COUNTER))
    last = session.scalar(select(DeskSetting.value).where(DeskSetting.key == _LAST_HASH))
    return int(seq or 0), last or GENESIS


def chain_head(session: Session, desk: str) -> tuple[int, str]:
    """The last event of this desk's chain, as (seq, hash); (0, GENESIS) before the first."""
    row = session.execute(select(AuditEvent.desk_seq, AuditEvent.hash).where(AuditEvent.origin_desk == desk)
                          .order_by(AuditEvent.desk_seq.desc()).limit(1)).first()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def head_problems(session: Session, desk: str) -> list[ChainProblem]:
    """The chain's last event must be the stored head: events cut from the end of the table leave
    a chain that still verifies, but not the counter and hash the desk wrote with the last one."""
    seq, last = chain_head(session, desk)
    stored_seq, stored_hash = stored_head(session)
    problems = []
    if stored_seq != seq:
        problems.append(ChainProblem(desk, seq + 1 if stored_seq > seq else seq,
                                     f"the chain ends at event {seq} but the desk counted {stored_seq}"))
    if stored_hash != last:
        problems.append(ChainProblem(desk, seq, "the chain's last hash is not the stored head hash"))
    return problems


def hashes(session: Session, desk: str, seqs: Iterable[int]) -> dict[int, str]:
    """This desk's event hashes at these positions (missing positions are left out)."""
    wanted = sorted(set(seqs))
    if not wanted:
        return {}
    rows = session.execute(select(AuditEvent.desk_seq, AuditEvent.hash).where(
        AuditEvent.origin_desk == desk, AuditEvent.desk_seq.in_(wanted)))
    return {int(s): str(h) for s, h in rows}


def common_prefix(positions: Sequence[int], same: Callable[[int], bool]) -> int:
    """The last of these (ascending) positions where two chains agree, 0 if none. Each hash covers
    all before it, so agreeing at p means agreeing everywhere below: a binary search, log2(n)
    probes. The positions are those one side holds (the central may lack a few of a desk's events
    for a while: a push cut between batches), so a missing event never reads as a difference."""
    low, high = -1, len(positions) - 1  # positions[low] agrees (-1: the common genesis)
    while low < high:
        middle = (low + high + 1) // 2
        if same(positions[middle]):
            low = middle
        else:
            high = middle - 1
    return positions[low] if low >= 0 else 0


def renumber(session: Session, desk: str, first: int, new_first: int, prev: str,
             known: dict[str, tuple[int, str, str]] | None = None) -> list[tuple[int, int]]:
    """Move this desk's events from seq `first` on to `new_first` on, re-chained after `prev`,
    and make the stored head follow: for events nobody else has (a restored desk's new work).
    An event in `known` (id -> seq, prev hash, hash) already has its place elsewhere (the central
    took it from an earlier history of this desk) and takes that place instead. Returns (old seq,
    new seq) pairs. Plain UPDATEs: through the ORM an append-only row refuses any change, rightly,
    everywhere else."""
    known = known or {}
    events = list(session.scalars(select(AuditEvent).where(
        AuditEvent.origin_desk == desk, AuditEvent.desk_seq >= first).order_by(AuditEvent.desk_seq)))
    moved: list[tuple[int, int, str, str, str]] = []  # old seq, new seq, prev hash, hash, id
    at = new_first
    for event in events:
        if event.id in known:
            moved.append((event.desk_seq, *known[event.id], event.id))
            continue
        digest = _event_hash({**_hashed_fields(event), "seq": at, "prev": prev})
        moved.append((event.desk_seq, at, prev, digest, event.id))
        prev, at = digest, at + 1
    # Out of the way first: SQLite checks (desk, seq) row by row, not at the end of the statement.
    for old, _new, _link, _digest, event_id in moved:
        _set_place(session, event_id, -old, "", "")
    for _old, new, link, digest, event_id in moved:
        _set_place(session, event_id, new, link, digest)
    for event in events:
        session.expire(event)
    if at > new_first:
        set_head(session, at - 1, prev)
    return [(old, new) for old, new, *_rest in moved]


def _set_place(session: Session, event_id: str, seq: int, prev: str, digest: str) -> None:
    values: dict[str, Any] = {"desk_seq": seq} | ({"prev_hash": prev, "hash": digest} if digest else {})
    session.execute(update(AuditEvent).where(AuditEvent.id == event_id).values(**values)
                    .execution_options(synchronize_session=False))


def set_head(session: Session, seq: int, last_hash: str) -> None:
    """Continue the chain after (seq, last_hash): the next event gets seq + 1."""
    session.execute(text("INSERT INTO counters (name, value) VALUES (:n, :v) "
                         "ON CONFLICT (name) DO UPDATE SET value = :v"), {"n": _SEQ_COUNTER, "v": seq})
    _last_hash_setting(session).value = last_hash
