"""Re-joining after a restore: a desk restored from an older backup takes up where its pushes left off.

The backup knows less than the central: the audit events, request numbers and clocks this desk used
after the backup are already there. Restoring marks the desk (`sync_rejoin`), and the first sync
after it, before pushing anything, does this:

1. learns this desk's high-water marks from the central (plain SELECTs on rows whose origin is this
   desk): the last audit seq and hash, the highest request number per year, the highest clock;
2. in one local transaction: moves its clock past the mark and stamps again, above it and in
   their order, the clocks of the work done since the restore (they carried on from the backup's
   clock, so they may equal clocks already pushed, and an equal clock reads as the same edit);
   re-numbers the audit events written since the chains parted (the restore's own event and
   whatever was done offline since) to follow the central's last event, re-chaining their
   hashes; raises the request counters above the marks and gives every unpushed request whose
   number the central already gives to another request of this desk a fresh one (audited, one
   `request.renumber` event each; a declaration taken before then is stale, as it names the old
   number); records a `desk.rejoin` event;
3. pulls from the backup's feed cursor on without skipping its own entries (the normal pull skips
   them), so what it pushed after the backup comes back down, each row after its parents.

A sync cut anywhere resumes: step 2 is one transaction that also records that it is done, and
step 3 moves the feed cursor page by page, as a pull does; the settings go when it ends.

Nothing is refused meanwhile: a restored desk works offline as always, and its new work is
re-numbered at the re-join, before the central ever sees it. Blocking writes until the desk meets
the central again would stop a reception desk for as long as the network is down.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select

from saa_desk.store import audit
from saa_desk.store.capture import CLOCK_KEY, UNIFORM_CLOCKS
from saa_desk.store.database import SETTING_HLC, Store
from saa_desk.store.models import AuditEvent, DeskSetting, OutboxEntry, SupportRequest, SyncConflict
from saa_desk.store.numbering import next_request_number
from saa_desk.sync import local
from saa_desk.sync.central_ops import Central
from saa_desk.sync.pull import _apply
from saa_desk.sync.schema import SPECS, dumps_clocks, raw_rows

REJOIN = "sync_rejoin"  # RESTORED: the marks are still to learn; TAKING_BACK: the pull with own rows
REJOIN_CLOCK = "sync_rejoin_clock"  # the backup's clock: every edit at or below it was in the backup
REJOIN_SEQ = "sync_rejoin_seq"  # the backup's last audit seq of this desk
RESTORED = "restored"
TAKING_BACK = "taking_back"
_SETTINGS = (REJOIN, REJOIN_CLOCK, REJOIN_SEQ)


@dataclass
class RejoinResult:
    rows: int = 0  # rows the re-join's pull applied (this desk's own among them)
    audit_moved: list[tuple[int, int]] = field(default_factory=list)  # (old seq, new seq)
    requests_renumbered: dict[str, str] = field(default_factory=dict)  # old number -> new
    beneficiaries: set[str] = field(default_factory=set)  # touched, for duplicate detection
    restamped: int = 0  # clocks of the work done since the restore, moved above the mark
    audit_lost: list[int] = field(default_factory=list)  # seqs nobody holds any more


def mark_restored(store: Store, source: str, actor_id: str | None = None) -> None:
    """After a restore (maintenance.restore): note what the backup knew, and audit who restored."""
    desk = store.desk_id
    if desk is None:
        return  # a backup of a desk never initialised has nothing to re-join
    with store.write(None) as s:
        seq, _hash = audit.chain_head(s, desk)
        # A backup made after an earlier restore, before that one re-joined, keeps the earlier
        # backup's marks: its own new work is as unknown to the central as the work done now.
        if local.get(s, REJOIN) != RESTORED:
            values = {REJOIN: RESTORED, REJOIN_CLOCK: local.get(s, SETTING_HLC) or "", REJOIN_SEQ: str(seq)}
            for key, value in values.items():
                local.put(s, key, value)
        audit.append(s, actor_id, "desk.restore", "desk", desk, {"backup": source, "chain_seq": seq})


def pending(store: Store) -> str | None:
    """RESTORED or TAKING_BACK while a re-join is due, else None."""
    return store.setting(REJOIN)


def rejoin(store: Store, central: Central, *, page_size: int) -> RejoinResult | None:
    """The re-join, if one is due; resumable at any point (each step commits on its own)."""
    state = pending(store)
    if state is None:
        return None
    result = RejoinResult()
    if state == RESTORED:
        _learn_marks(store, central, result)
    _take_back(store, central, page_size, result)
    with store.write(None, capture=False) as s:
        s.execute(delete(DeskSetting).where(DeskSetting.key.in_(_SETTINGS)))
    return result


# -- 1 and 2: the marks, and moving above them -----------------------------------------------------


def _learn_marks(store: Store, central: Central, result: RejoinResult) -> None:
    desk = central.desk_id
    head = central.audit_head()
    codes = store.codes
    prefix = f"{codes[0]}-{codes[1]}" if codes else None
    request_marks = central.request_marks(prefix) if prefix else {}
    clock = central.clock_mark(desk.replace("-", ""))
    # One transaction, with the central's answers to the few questions that depend on what is
    # written here (hash probes, request numbers): a desk writing meanwhile waits for it.
    with store.write(None) as s:
        if clock:
            s.info[CLOCK_KEY].observe(clock)  # every later stamp sorts after what this desk pushed
            result.restamped = _restamp(s, local.get(s, REJOIN_CLOCK) or "", clock)
        if head is not None:
            result.audit_moved = _follow_chain(s, central, desk, head, result)
        result.requests_renumbered = _renumber_requests(s, store, central, desk, request_marks)
        moved = result.audit_moved
        audit.append(s, None, audit.REJOIN_ACTION, "desk", desk, {
            "central_seq": head[0] if head else 0, "clock": clock,
            "audit_moved": [moved[0], moved[-1]] if moved else [], audit.LOST_KEY: result.audit_lost,
            "requests_renumbered": result.requests_renumbered,
        })
        local.put(s, REJOIN, TAKING_BACK)


def _follow_chain(s: Any, central: Central, desk: str, head: tuple[int, str],
                  result: RejoinResult) -> list[tuple[int, int]]:
    """Continue this desk's chain after the central's last event: the desk's events after the last
    one the central holds identically (hashes chain: agreeing there means agreeing before) move
    up behind it, re-chained, unless the central has them already from an earlier history of this
    desk (a backup restored again): then they take their place there."""
    central_seq, central_hash = head
    local_seq, _hash = audit.chain_head(s, desk)

    def same(position: int) -> bool:
        mine = audit.hashes(s, desk, [position]).get(position)
        return mine is not None and mine == central.audit_hashes([position]).get(position)

    held = central.audit_seqs()
    agreed = audit.common_prefix([p for p in held if p <= local_seq], same)
    if central_seq <= agreed:
        return []  # the central has nothing this desk lacks: the chain carries on as it is
    # Events the central lacks behind its last one, above where the histories parted, were
    # written by the history the restore replaced and never fully pushed: they are lost.
    result.audit_lost = sorted(set(range(agreed + 1, central_seq + 1)).difference(held))
    later = list(s.scalars(select(AuditEvent.id).where(AuditEvent.origin_desk == desk,
                                                      AuditEvent.desk_seq > agreed)))
    moved = audit.renumber(s, desk, agreed + 1, central_seq + 1, central_hash, central.audit_copies(later))
    if all(new <= central_seq for _old, new in moved):
        audit.set_head(s, central_seq, central_hash)  # the events up to there come back in step 3
    # Written since the restore, they are all still queued; whatever is not (a backup that parted
    # from the central earlier than its own end) is queued now, or the central would never see it.
    s.connection().exec_driver_sql(
        "INSERT INTO sync_outbox (table_name, row_id, field, base_hlc, hlc) "
        "SELECT 'audit_events', id, NULL, NULL, hlc FROM audit_events WHERE origin_desk = ? AND desk_seq > ? "
        "AND id NOT IN (SELECT row_id FROM sync_outbox WHERE table_name = 'audit_events')", (desk, central_seq))
    return [(old, new) for old, new in moved if old != new]


def _restamp(s: Any, backup_clock: str, mark: str) -> int:
    """The clocks stamped since the restore (every one is in the outbox: nothing was pushed since)
    carried on from the backup's clock, so some may equal clocks this desk pushed before, and a
    field with the same clock on both sides is taken as the same edit: the later one would be
    dropped. They are all stamped again, above the mark, in their order."""
    conn = s.connection()
    olds = [r[0] for r in raw_rows(conn, "SELECT DISTINCT hlc FROM sync_outbox WHERE hlc > ? ORDER BY hlc",
                                   (backup_clock,))]
    if not olds or olds[0] > mark:
        return 0
    clock = s.info[CLOCK_KEY]
    new = {old: clock.now() for old in olds}  # all above every old one: the clock issued them
    touched: dict[str, list[str]] = {}
    for table_name, row_id in raw_rows(conn, "SELECT DISTINCT table_name, row_id FROM sync_outbox WHERE hlc > ?",
                                       (backup_clock,)):
        touched.setdefault(table_name, []).append(row_id)
    for name, ids in touched.items():
        spec = SPECS[name]
        if spec.mutable:
            rows = raw_rows(conn, f"SELECT id, hlc, field_clocks FROM {name} WHERE id IN (SELECT value FROM "
                                  "json_each(?))", (json.dumps(ids),))
            _execute_many(conn, f"UPDATE {name} SET hlc = ?, field_clocks = ? WHERE id = ?",
                          [(new.get(hlc, hlc), _mapped_clocks(fc, new), rid) for rid, hlc, fc in rows])
        else:
            rows = raw_rows(conn, f"SELECT id, hlc FROM {name} WHERE id IN (SELECT value FROM json_each(?))",
                            (json.dumps(ids),))
            _execute_many(conn, f"UPDATE {name} SET hlc = ? WHERE id = ?",
                          [(new[h], rid) for rid, h in rows if h in new])
    pairs = [(n, o) for o, n in new.items()]
    _execute_many(conn, "UPDATE sync_outbox SET hlc = ? WHERE hlc = ?", pairs)
    _execute_many(conn, "UPDATE sync_outbox SET base_hlc = ? WHERE base_hlc = ?", pairs)
    return len(new)


def _execute_many(conn: Any, sql: str, params: list[tuple[Any, ...]]) -> None:
    if params:
        conn.exec_driver_sql(sql, params)


def _mapped_clocks(text: str, new: dict[str, str]) -> str:
    if text == UNIFORM_CLOCKS:
        return text  # every field's clock is the row's
    clocks = json.loads(text)
    return dumps_clocks({f: new.get(c, c) for f, c in clocks.items()})


def _renumber_requests(s: Any, store: Store, central: Central, desk: str,
                       marks: dict[int, int]) -> dict[str, str]:
    """Counters above the central's marks; unpushed requests holding a number the central gives to
    another request of this desk get the next free one."""
    for year, high in marks.items():
        s.connection().exec_driver_sql(
            "INSERT INTO counters (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = max(value, excluded.value)", (f"request_seq_{year}", high))
    unpushed = select(OutboxEntry.row_id).where(OutboxEntry.table_name == "requests", OutboxEntry.field.is_(None))
    candidates = list(s.scalars(select(SupportRequest).where(
        SupportRequest.origin_desk == desk, SupportRequest.id.in_(unpushed)).order_by(SupportRequest.number)))
    # One the central has already (from an earlier history of this desk) keeps the number it has
    # there; the re-join's pull brings that back.
    there = central.held_ids("requests", [r.id for r in candidates])
    candidates = [r for r in candidates if r.id not in there]
    held = central.request_ids([r.number for r in candidates])
    renumbered: dict[str, str] = {}
    for request in candidates:
        if not held.get(request.number, set()) - {request.id}:
            continue
        old = request.number
        year = int(old.rsplit("-", 2)[-2])
        request.number = next_request_number(s, store, year)
        renumbered[old] = request.number
        s.flush()  # one at a time: the number is unique on the desk
        audit.append(s, None, "request.renumber", "requests", request.id, {"from": old, "to": request.number})
    return renumbered


# -- 3: this desk's own rows back from the central ---------------------------------------------------


def _take_back(store: Store, central: Central, page_size: int, result: RejoinResult) -> None:
    """A pull from the backup's feed cursor that does not skip this desk's own entries. Its rows
    are merged like any pulled row, and the cursor moves with each page as in a pull."""
    with store.read() as s:
        cursor = local.cursor(s)
    while True:
        page = central.read_page_with_own(cursor, page_size)
        if page.entries == 0 and page.next_cursor == cursor:
            return
        applied = _apply(store, central, page)
        result.rows += applied.rows
        result.beneficiaries |= applied.beneficiaries
        with store.write(None, capture=False) as s:
            _forget_own_sequels(s, central.desk_id)
        cursor = page.next_cursor
        if not page.full:
            return


def _forget_own_sequels(s: Any, desk: str) -> None:
    """A backup's unpushed edit that this desk itself replaced later, before the restore, is not a
    conflict: the later edit was made having seen it. The pull's merge cannot tell (both clocks are
    this desk's), so such entries are dropped here before they are ever sent."""
    backup_clock = local.get(s, REJOIN_CLOCK) or ""
    suffix = "-" + desk.replace("-", "")
    rows = s.execute(select(SyncConflict.id, SyncConflict.loser_hlc, SyncConflict.winner_hlc).where(
        SyncConflict.sent.is_(False), SyncConflict.detected_by == desk)).all()
    sequels = [i for i, loser, winner in rows
               if loser.endswith(suffix) and winner.endswith(suffix) and loser <= backup_clock]
    if sequels:
        s.execute(delete(SyncConflict).where(SyncConflict.id.in_(sequels)))
