"""The desk's conflict log: every losing value kept in a table (moved there from the old JSON
settings by migration 0004), sent to the central once, and reviewed by a supervisor."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from alembic import command
from sqlalchemy import select

from saa_desk.domain.errors import NotFound, PermissionDenied
from saa_desk.services import beneficiaries
from saa_desk.services.conflicts import conflicts_to_review, mark_reviewed
from saa_desk.store.database import Store, alembic_config
from saa_desk.store.models import AuditEvent, SyncConflict
from saa_desk.sync import conflict_log, sync_once
from saa_desk.sync.local import unsent_conflicts, unsent_reviews
from saa_desk.sync.merge import Conflict
from tests.conftest import Desk
from tests.factories import beneficiary_data
from tests.rawdb import raw_connection
from tests.sync.conftest import driver_url
from tests.sync.helpers import central_conflicts

MakeDesks = Callable[[int], list[Desk]]


def _conflict_at_b(central_url: str, a: Desk, b: Desk) -> str:
    """B edits first but pulls A's later edit before pushing: B's own value loses on B."""
    bid = beneficiaries.register(a.store, a.reception, beneficiary_data())
    for d in (a, b, a):
        sync_once(d.store, central_url)
    beneficiaries.update(b.store, b.reception, bid, {"address": "من ب"})
    beneficiaries.update(a.store, a.reception, bid, {"address": "من أ"})
    sync_once(a.store, central_url)
    sync_once(b.store, central_url)
    return bid


def test_a_supervisor_reviews_a_conflict_once_and_it_is_audited(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    bid = _conflict_at_b(central_url, a, b)
    with b.store.read() as s:
        assert unsent_conflicts(s) == []  # pushed in the same sync that found it
    assert [c.key for c in central_conflicts(central_url)] == [c.key for c in conflict_log(b.store)]

    with pytest.raises(PermissionDenied):
        conflicts_to_review(b.store, b.reception)
    (open_one,) = conflicts_to_review(b.store, b.supervisor)
    assert (open_one.conflict.row_id, open_one.conflict.field, json.loads(open_one.conflict.loser_value)) == (
        bid, "address", "من ب")
    with pytest.raises(PermissionDenied):
        mark_reviewed(b.store, b.reception, open_one.id)

    done = mark_reviewed(b.store, b.supervisor, open_one.id)
    assert done.reviewed_by == b.supervisor.user_id and done.reviewed_at is not None
    assert mark_reviewed(b.store, b.supervisor, open_one.id) == done  # again: nothing changes
    assert conflicts_to_review(b.store, b.supervisor) == []
    assert conflicts_to_review(b.store, b.supervisor, include_reviewed=True) == [done]
    with b.store.read() as s:
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "sync.conflict_reviewed")))
    assert [(e.entity_id, e.created_by) for e in events] == [(str(open_one.id), b.supervisor.user_id)]
    with pytest.raises(NotFound):
        mark_reviewed(b.store, b.supervisor, open_one.id + 1000)

    sync_once(b.store, central_url)  # the review goes to the central's log
    sync_once(a.store, central_url)  # and comes down to the other desk: nobody reviews it twice
    assert conflicts_to_review(a.store, a.supervisor) == []
    (seen_at_a,) = conflicts_to_review(a.store, a.supervisor, include_reviewed=True)
    assert (seen_at_a.conflict, seen_at_a.reviewed_at, seen_at_a.reviewed_by) == (
        done.conflict, done.reviewed_at, done.reviewed_by)
    with b.store.read() as s:
        assert unsent_reviews(s) == []


def test_two_desks_reviewing_at_once_end_with_the_first_review(central_url: str, make_desks: MakeDesks) -> None:
    a, b = make_desks(2)
    _conflict_at_b(central_url, a, b)
    sync_once(a.store, central_url)
    (at_a,) = conflicts_to_review(a.store, a.supervisor)
    (at_b,) = conflicts_to_review(b.store, b.supervisor)
    assert at_a.conflict == at_b.conflict
    first = mark_reviewed(b.store, b.supervisor, at_b.id)
    mark_reviewed(a.store, a.supervisor, at_a.id)  # offline, a moment later
    for d in (b, a, b):
        sync_once(d.store, central_url)
    for d in (a, b):
        (final,) = conflicts_to_review(d.store, d.supervisor, include_reviewed=True)
        assert (final.reviewed_by, final.reviewed_at) == (b.supervisor.user_id, first.reviewed_at)
    with psycopg.connect(driver_url(central_url)) as conn:
        resolved = conn.execute("SELECT resolved_by, resolved_seq FROM sync_conflicts").fetchall()
    assert resolved == [(b.supervisor.user_id, 1)]  # A's later review changed nothing there


def test_migration_0004_moves_the_json_log_into_the_table(tmp_path: Path) -> None:
    logged = Conflict("beneficiaries", "b1", "city", '"جدة"', "1-000001-aa", '"مكة"', "2-000001-bb", "aa")
    unsent = Conflict("requests", "r1", "notes", '"x"', "3-000001-aa", '"y"', "4-000001-cc", "aa")
    data = tmp_path / "desk"
    store = Store(data)
    store.close()
    with store.engine.begin() as conn:  # back to 0003, with the log as that version kept it
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
    raw = raw_connection(store.db_path)
    raw.executemany("INSERT INTO desk_settings (key, value) VALUES (?, ?)", [
        ("sync_conflict_log", json.dumps([logged.as_dict(), unsent.as_dict()], ensure_ascii=False)),
        ("sync_conflicts_unsent", json.dumps([unsent.as_dict()], ensure_ascii=False)),
    ])
    raw.commit()
    raw.close()
    store.engine.dispose()

    reopened = Store(data)
    try:
        assert conflict_log(reopened) == [logged, unsent]
        with reopened.read() as s:
            assert unsent_conflicts(s) == [unsent]
            assert [r.sent for r in s.scalars(select(SyncConflict).order_by(SyncConflict.id))] == [True, False]
            assert reopened.setting("sync_conflict_log") is None
            assert reopened.setting("sync_conflicts_unsent") is None
    finally:
        reopened.close()
