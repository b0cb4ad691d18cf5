"""Telling the applicant and what follows acceptance, through the services on a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from saa_desk.domain.enums import Channel
from saa_desk.domain.errors import NotFound, PermissionDenied, ValidationError, WorkflowError
from saa_desk.domain.workflow import Action
from saa_desk.services import beneficiaries, followup, fulfilment, notifications, requests
from saa_desk.store.models import AuditEvent, Interaction, Notification
from tests.conftest import Desk
from tests.decided import decide_at_meeting, decide_in_closed_meeting, submitted_request
from tests.factories import beneficiary_data, nth_national_id


def decided(d: Desk, outcomes: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(beneficiary, request, notification) per outcome, each applicant a different person."""
    made, start = [], dt.datetime(2026, 12, 1, 9, 0)
    for n, outcome in enumerate(outcomes):
        bid = beneficiaries.register(d.store, d.reception, beneficiary_data(
            id_number=nth_national_id(n + 1), mobile=f"05012345{n:02d}", preferred_channel="social_media"), [])
        rid = submitted_request(d, bid)
        made.append((bid, rid, decide_in_closed_meeting(d, rid, outcome, number=str(20 + n),
                                                         queued_at=start + dt.timedelta(minutes=n))))
    return made


def count(d: Desk, model: type) -> int:
    with d.store.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_pending_oldest_first_with_the_words_and_keyset_pages(desk_env: Desk) -> None:
    d = desk_env
    made = decided(d, ("accept", "reject", "return", "accept"))
    rows = notifications.to_notify(d.store, d.reception)
    assert [r.id for r in rows] == [n for _b, _r, n in made]
    first = rows[0]
    assert first.outcome == "accept" and first.channel == "social_media" and first.phone == "+966501234500"
    assert first.request_number == requests.get(d.store, d.reception, made[0][1]).number
    assert first.request_number in first.message and "رحلة عمرة كاملة" in first.message
    assert "إحضار تقرير طبي قبل السفر" in first.message and first.meeting_number == "20"
    assert rows[1].reason_code == "income_above_limit" and "الدخل يتجاوز الحد" in rows[1].message
    assert rows[2].missing_documents == ["medical_report"] and "تقرير طبي" in rows[2].message
    paged, after = [], None
    while page := notifications.to_notify(d.store, d.reception, after=after, limit=3):
        paged += page
        after = page[-1].cursor
    assert [r.id for r in paged] == [r.id for r in rows]
    assert notifications.to_notify(d.store, d.reception, after=rows[1].cursor, limit=1)[0].id == rows[2].id


def test_the_page_is_read_on_the_pending_index(desk_env: Desk) -> None:
    """The service's own query, first page and a later one: on ix_notifications_pending, no sort."""
    d = desk_env
    decided(d, ("accept",))
    with d.store.read() as s:
        for after in (None, (dt.datetime(2026, 12, 1, 9, 0), "")):
            sql = notifications.pending_query(after, 100).compile(s.bind, compile_kwargs={"literal_binds": True})
            plan = " ".join(str(r[-1]) for r in s.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
            assert "ix_notifications_pending" in plan and "TEMP B-TREE" not in plan, plan


def test_mark_done_logs_exactly_one_interaction_and_leaves_the_list(desk_env: Desk) -> None:
    d = desk_env
    (bid, rid, nid), (_b2, _r2, other) = decided(d, ("accept", "reject"))
    before = count(d, Interaction)
    interaction_id = notifications.mark_done(d.store, d.reception, nid, summary="أُبلغ بالقبول عبر واتساب")
    assert count(d, Interaction) == before + 1
    history = followup.history(d.store, d.reception, bid)
    assert [(h.id, h.kind, h.channel, h.request_id) for h in history] == [
        (interaction_id, "notification", "social_media", rid)]
    assert [r.id for r in notifications.to_notify(d.store, d.reception)] == [other]
    told = notifications.for_request(d.store, d.reception, rid)
    assert len(told) == 1 and told[0].status == "done" and told[0].done_by == d.reception.user_id
    assert told[0].interaction_id == interaction_id and told[0].done_at is not None
    both = notifications.for_requests(d.store, d.reception, [rid, _r2])  # the file's one read
    assert both == {rid: told, _r2: notifications.for_request(d.store, d.reception, _r2)}
    assert [n.status for n in both[_r2]] == ["pending"]
    with d.store.read() as s:
        assert s.scalar(select(func.count()).where(AuditEvent.action == "notification.done",
                                                   AuditEvent.entity_id == nid)) == 1
    with pytest.raises(WorkflowError) as refused:
        notifications.mark_done(d.store, d.reception, nid)
    assert refused.value.code == "already_notified" and refused.value.field == "notification"
    assert count(d, Interaction) == before + 1


def test_another_channel_and_the_catalogue_words_when_no_summary(desk_env: Desk) -> None:
    d = desk_env
    [(bid, _rid, nid)] = decided(d, ("return",))
    notifications.mark_done(d.store, d.reception, nid, channel="phone")
    [logged] = followup.history(d.store, d.reception, bid)
    assert logged.channel == "phone" and "تقرير طبي" in logged.summary


def test_permissions_and_unknown_rows(desk_env: Desk) -> None:
    d = desk_env
    [(_bid, rid, nid)] = decided(d, ("accept",))
    with pytest.raises(PermissionDenied):
        notifications.mark_done(d.store, d.committee, nid)
    with pytest.raises(NotFound):
        notifications.mark_done(d.store, d.reception, "no-such-id")
    with pytest.raises(NotFound):
        notifications.for_request(d.store, d.reception, "no-such-id")
    with pytest.raises(PermissionDenied):
        fulfilment.register(d.store, d.committee, rid, "اكتملت المتطلبات")
    with pytest.raises(ValidationError) as too_many:
        notifications.to_notify(d.store, d.reception, limit=10_000)
    assert too_many.value.field == "count"
    assert notifications.to_notify(d.store, d.researcher)  # reading is everyone's


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(channel=st.text(min_size=1, max_size=30).filter(
    lambda c: c.strip() and c.strip() not in set(Channel)),
    long_summary=st.integers(min_value=4001, max_value=4200))
def test_bad_input_names_the_field_and_writes_nothing(desk_env: Desk, channel: str, long_summary: int) -> None:
    d = desk_env
    pending = notifications.to_notify(d.store, d.reception)
    nid = pending[0].id if pending else decided(d, ("accept",))[0][2]
    before = count(d, Interaction)
    with pytest.raises(ValidationError) as bad_channel:
        notifications.mark_done(d.store, d.reception, nid, channel=channel)
    assert bad_channel.value.field == "channel"
    with pytest.raises(ValidationError) as bad_summary:
        notifications.mark_done(d.store, d.reception, nid, summary="س" * long_summary)
    assert bad_summary.value.field == "summary"
    assert count(d, Interaction) == before
    with d.store.read() as s:
        assert s.get(Notification, nid).status == "pending"


def test_accepted_is_registered_served_and_closed_each_with_its_note(desk_env: Desk) -> None:
    d = desk_env
    [(_bid, rid, _nid)] = decided(d, ("accept",))
    view = requests.get(d.store, d.reception, rid)
    assert Action.REGISTER in view.actions and Action.SERVE not in view.actions
    assert Action.REGISTER not in requests.get(d.store, d.committee, rid).actions
    with pytest.raises(ValidationError) as no_note:
        fulfilment.register(d.store, d.reception, rid, "  ")
    assert no_note.value.field == "note" and requests.get(d.store, d.reception, rid).status == "accepted"
    with pytest.raises(WorkflowError):
        fulfilment.serve(d.store, d.reception, rid, "سُلّمت التذكرة")
    assert fulfilment.register(d.store, d.reception, rid, "اكتمل جواز السفر والتطعيم") == "registered"
    assert requests.get(d.store, d.reception, rid).actions & {Action.REGISTER, Action.SERVE} == {Action.SERVE}
    assert fulfilment.serve(d.store, d.reception, rid, "سُلّمت تذكرة الرحلة والحجز") == "served"
    assert Action.CLOSE in requests.get(d.store, d.reception, rid).actions
    assert fulfilment.close(d.store, d.reception, rid) == "closed"
    steps = [(h.to_status, h.note) for h in requests.get(d.store, d.reception, rid).history][-3:]
    assert steps == [("registered", "اكتمل جواز السفر والتطعيم"), ("served", "سُلّمت تذكرة الرحلة والحجز"),
                     ("closed", None)]


def test_a_rejected_request_closes_but_is_never_registered(desk_env: Desk) -> None:
    d = desk_env
    [(_bid, rid, _nid)] = decided(d, ("reject",))
    assert requests.get(d.store, d.reception, rid).actions & {Action.REGISTER, Action.CLOSE} == {Action.CLOSE}
    with pytest.raises(WorkflowError):
        fulfilment.register(d.store, d.reception, rid, "اكتملت")
    assert fulfilment.close(d.store, d.reception, rid, "أُبلغ المستفيد") == "closed"


def test_closing_a_meeting_puts_its_decisions_on_the_list(desk_env: Desk) -> None:
    d = desk_env
    ids = []
    for n in range(3):
        bid = beneficiaries.register(d.store, d.reception, beneficiary_data(id_number=nth_national_id(50 + n)), [])
        ids.append(submitted_request(d, bid))
    decide_at_meeting(d, list(zip(ids, ("accept", "reject", "return"), strict=True)), number="41")
    rows = notifications.to_notify(d.store, d.reception)
    assert sorted((r.request_id, r.outcome) for r in rows) == sorted(zip(ids, ("accept", "reject", "return"),
                                                                         strict=True))
    assert {r.meeting_number for r in rows} == {"41"}
    notifications.mark_done(d.store, d.reception, rows[0].id, summary="أُبلغ")
    assert [r.id for r in notifications.to_notify(d.store, d.reception)] == [r.id for r in rows[1:]]
