"""The committee queue service: order, keyset pages, filters, search, counts, and the index."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text

from saa_desk.domain.enums import QueueState
from saa_desk.domain.errors import ValidationError
from saa_desk.services import queue
from saa_desk.services.queue import QueueFilter
from saa_desk.store.models import Beneficiary
from tests.conftest import Desk
from tests.queue_data import add_queued, queue_desk


@pytest.fixture(scope="module")
def qdesk(tmp_path_factory: pytest.TempPathFactory) -> Desk:
    from tests.conftest import make_desk

    d = make_desk(tmp_path_factory.mktemp("q") / "desk", training=True)
    d.store.frozen_now = dt.datetime(2026, 3, 20, 10, 0)
    queue_desk(d, 40, 500)
    yield d
    d.store.close()


def walk(d: Desk, f: QueueFilter = queue.EVERYTHING, limit: int = 37) -> list[queue.QueueRow]:
    rows: list[queue.QueueRow] = []
    after = None
    while True:
        p = queue.page(d.store, d.committee, f, after, limit)
        rows.extend(p.rows)
        if not p.more:
            return rows
        after = p.last


def test_pages_walk_the_whole_queue_longest_waiting_first(qdesk: Desk) -> None:
    rows = walk(qdesk)
    assert len(rows) == sum(queue.counts(qdesk.store, qdesk.committee).values())
    assert [r.key for r in rows] == sorted((r.key for r in rows), key=lambda k: (k.submitted_at, k.number))
    assert len({r.number for r in rows}) == len(rows)
    assert {r.status for r in rows} <= {"submitted", "under_review"}
    assert rows[0].days_waited >= rows[-1].days_waited
    assert [k.number for k in queue.keys(qdesk.store, qdesk.committee)] == [r.number for r in rows]


def test_each_row_carries_its_state_and_the_three_are_seen(qdesk: Desk) -> None:
    rows = walk(qdesk)
    assert {r.state for r in rows} == set(QueueState)
    for r in rows:
        assert r.days_left is not None
        assert (r.state is QueueState.OVERDUE) == (r.days_left < 0)
        assert r.branch == "RYD"


@pytest.mark.parametrize("state", list(QueueState))
def test_state_filter_agrees_with_the_rows_state_and_the_counts(qdesk: Desk, state: QueueState) -> None:
    rows = walk(qdesk, QueueFilter(state=state.value))
    assert rows and all(r.state is state for r in rows)
    assert len(rows) == queue.counts(qdesk.store, qdesk.committee)[state]
    # The header's counts ignore the state filter itself.
    assert queue.counts(qdesk.store, qdesk.committee, QueueFilter(state=state.value)) == \
        queue.counts(qdesk.store, qdesk.committee)


def test_filters_by_status_support_type_channel_and_branch(qdesk: Desk) -> None:
    everything = walk(qdesk)
    for f, keep in ((QueueFilter(status="under_review"), lambda r: r.status == "under_review"),
                    (QueueFilter(support_type="transport"), lambda r: r.support_type == "transport"),
                    (QueueFilter(channel="phone"), lambda r: r.channel == "phone"),
                    (QueueFilter(branch="ryd"), lambda r: True),
                    (QueueFilter(branch="JED"), lambda r: False)):
        assert [r.number for r in walk(qdesk, f)] == [r.number for r in everything if keep(r)]


def test_search_inside_the_queue(qdesk: Desk) -> None:
    rows = walk(qdesk)
    one = rows[len(rows) // 2]
    assert [r.number for r in walk(qdesk, QueueFilter(text=one.number.lower()))] == [one.number]
    with qdesk.store.read() as s:
        person = s.get(Beneficiary, one.beneficiary_id)
        id_number, mobile, family = person.id_number, person.mobile, person.family_name
    theirs = [r.number for r in rows if r.beneficiary_id == one.beneficiary_id]
    assert [r.number for r in walk(qdesk, QueueFilter(text=id_number))] == theirs
    assert one.number in [r.number for r in walk(qdesk, QueueFilter(text="0" + mobile[4:]))]
    by_name = walk(qdesk, QueueFilter(text=family))
    assert one.number in [r.number for r in by_name] and all(family in r.beneficiary_name for r in by_name)
    assert walk(qdesk, QueueFilter(text="zzqqxx")) == []
    assert queue.counts(qdesk.store, qdesk.committee, QueueFilter(text="zzqqxx")) == dict.fromkeys(QueueState, 0)


def test_bad_filters_name_their_field(qdesk: Desk) -> None:
    for f, field in ((QueueFilter(state="late"), "queue_state"), (QueueFilter(status="accepted"), "status"),
                     (QueueFilter(branch="R%"), "branch"), (QueueFilter(text="x" * 201), "query")):
        with pytest.raises(ValidationError) as err:
            queue.page(qdesk.store, qdesk.committee, f)
        assert err.value.field == field


def test_pages_use_the_partial_index_never_a_sort_or_offset(qdesk: Desk) -> None:
    captured: list[tuple[str, object]] = []

    def listener(conn: object, cursor: object, statement: str, params: object, context: object,
                 many: bool) -> None:
        captured.append((statement, params))

    engine = qdesk.store.engine
    event.listen(engine, "before_cursor_execute", listener)
    try:
        first = queue.page(qdesk.store, qdesk.committee)
        queue.page(qdesk.store, qdesk.committee, QueueFilter(status="submitted", state="overdue"), first.last)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    pages = [(sql, params) for sql, params in captured if "ORDER BY" in sql]
    assert len(pages) == 2
    # SQLAlchemy spells every LIMIT on SQLite as "LIMIT ? OFFSET ?": the offset must stay 0.
    assert all(not sql.endswith("OFFSET ?") or params[-1] == 0 for sql, params in pages)  # type: ignore[index]
    with qdesk.store.read() as s:
        for sql, params in pages:
            plan = " | ".join(str(r[-1]) for r in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql,
                                                                                  params).all())
            assert "USING INDEX ix_requests_queue" in plan or "USING COVERING INDEX ix_requests_queue" in plan, plan
            assert "TEMP B-TREE" not in plan, plan


def test_touched_names_the_numbers_and_the_queued_ones(qdesk: Desk) -> None:
    rows = walk(qdesk)
    with qdesk.store.read() as s:
        other = s.scalar(text("SELECT id FROM requests WHERE status = 'accepted' LIMIT 1"))
        other_number = s.scalar(text("SELECT number FROM requests WHERE id = :i"), {"i": other})
    numbers, queued = queue.touched(qdesk.store, qdesk.committee, [rows[0].request_id, other, "nope"])
    assert numbers == {rows[0].number, other_number} and queued == {rows[0].number}
    assert queue.branches(qdesk.store, qdesk.committee) == ("RYD",)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(state=st.sampled_from([None, *QueueState]), status=st.sampled_from([None, "submitted", "under_review"]),
       kind=st.sampled_from([None, "transport", "umrah_trip"]), limit=st.integers(1, 120))
def test_any_filter_pages_the_same_rows_as_filtering_everything(qdesk: Desk, state: QueueState | None,
                                                                 status: str | None, kind: str | None,
                                                                 limit: int) -> None:
    everything = walk(qdesk, limit=500)
    f = QueueFilter(status=status, support_type=kind, state=state.value if state else None)
    expected = [r.number for r in everything if (state is None or r.state is state)
                and (status is None or r.status == status) and (kind is None or r.support_type == kind)]
    assert [r.number for r in walk(qdesk, f, limit)] == expected
    got = queue.counts(qdesk.store, qdesk.committee, f)
    assert sum(got.values()) == len([r for r in everything if (status is None or r.status == status)
                                     and (kind is None or r.support_type == kind)])


def test_an_added_request_joins_the_end_of_today(qdesk: Desk) -> None:
    before = sum(queue.counts(qdesk.store, qdesk.committee).values())
    add_queued(qdesk, 1, seed=99, days_back=0)
    assert sum(queue.counts(qdesk.store, qdesk.committee).values()) == before + 1
