"""Telling the applicant: every decision in effect queues a notification on the applicant's
preferred channel, with the words to say or send (the catalogue's notification texts)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Select, and_, or_, select, text

from saa_desk.catalogues import Catalogue, display
from saa_desk.domain.beneficiary import choice
from saa_desk.domain.dates import format_both
from saa_desk.domain.enums import Channel, DecisionOutcome, InteractionKind, NotificationStatus
from saa_desk.domain.errors import ValidationError, WorkflowError
from saa_desk.domain.permissions import Permission
from saa_desk.domain.text import clean_text
from saa_desk.services import catalogue
from saa_desk.services.context import Actor, Unit, live, reading, unit
from saa_desk.store.database import Store
from saa_desk.store.models import (
    Beneficiary,
    CommitteeMeeting,
    Decision,
    Interaction,
    Notification,
    SupportRequest,
)

MESSAGE_MAX = 2000  # central_checks: notifications.message
SUMMARY_MAX = 4000  # central_checks: interactions.summary
PAGE_MAX = 500  # a page of the "to notify" list; the screen asks for 100
# ix_notifications_pending's own condition, as literal terms: SQLite matches a partial index's WHERE
# only against the same constants (not bound parameters, nor the "IS 0" SQLAlchemy writes for False).
_PENDING = text("notifications.status = 'pending' AND notifications.deleted = 0")


def missing_list(missing_documents: str | None, lang: str = "ar", labels: Catalogue | None = None) -> list[str]:
    """The labels of a decision's (or agenda item's) JSON list of missing document types."""
    codes = json.loads(missing_documents) if missing_documents else []
    names = labels or display()
    return [names.document_label(str(code), "ar" if lang == "ar" else "en") for code in codes]


def compose_message(decision: Decision, request: SupportRequest, beneficiary: Beneficiary,
                    meeting: CommitteeMeeting, lang: str = "ar", texts: Catalogue | None = None,
                    labels: Catalogue | None = None) -> str:
    """The words for this decision from the catalogue's texts (the store's current: `texts`), the
    labels from the request's version (`labels`); free text the committee wrote goes in as is."""
    words = texts or display()
    names = labels or words
    language: Literal["ar", "en"] = "ar" if lang == "ar" else "en"
    outcome = DecisionOutcome(decision.outcome)
    conditions = ""
    if decision.conditions:
        conditions = words.notification_text("conditions", language).format(conditions=decision.conditions)
    reason = names.rejection_reason_label(decision.reason_code, language)
    if decision.reason:
        reason = f"{reason} — {decision.reason}" if reason else decision.reason
    separator = "، " if language == "ar" else ", "
    missing = separator.join(missing_list(decision.missing_documents, language, names)) or (decision.reason or "")
    message: str = words.notification_text(outcome.value, language).format(
        name=f"{beneficiary.first_name} {beneficiary.family_name}", number=request.number,
        support=decision.support_granted or names.support_type_label(request.support_type, language),
        conditions=conditions, reason=reason, missing=missing,
        meeting_date=format_both(meeting.meeting_date, language))
    return message[:MESSAGE_MAX]


def applicant_channel(beneficiary: Beneficiary, request: SupportRequest) -> str:
    """The applicant's preferred channel, else the one the request came through."""
    for code in (beneficiary.preferred_channel, request.channel):
        if code in Channel.__members__.values():
            return str(code)
    return Channel.PHONE.value


def queue_for_decision(u: Unit, decision: Decision, request: SupportRequest,
                       meeting: CommitteeMeeting) -> Notification:
    """Inside the caller's transaction: the decision took effect, so reception is to tell the applicant."""
    beneficiary: Beneficiary = u.get(Beneficiary, request.beneficiary_id, "beneficiary")
    notification = Notification(
        request_id=request.id, beneficiary_id=beneficiary.id, decision_id=decision.id,
        channel=applicant_channel(beneficiary, request),
        message=compose_message(decision, request, beneficiary, meeting, texts=catalogue.current_in(u.session)[1],
                                labels=catalogue.for_request(u.session, request)),
        status=NotificationStatus.PENDING.value)
    u.session.add(notification)
    u.session.flush()
    u.audit("notification.queue", "notifications", notification.id, request=request.number,
            outcome=decision.outcome)
    return notification


@dataclass(frozen=True)
class NotificationView:
    """A notification with what reception needs to tell the applicant, and the decision it tells of."""

    id: str
    created_at: dt.datetime
    status: str
    channel: str
    message: str
    request_id: str
    request_number: str
    request_status: str
    beneficiary_id: str
    beneficiary_name: str
    phone: str | None
    outcome: str
    reason_code: str | None
    reason: str | None
    support_granted: str | None
    conditions: str | None
    missing_documents: list[str]  # document type codes, when returned
    meeting_number: str
    meeting_date: dt.date
    done_at: dt.datetime | None
    done_by: str | None
    interaction_id: str | None

    @property
    def cursor(self) -> tuple[dt.datetime, str]:
        """Where the next page of the pending list starts (after this row)."""
        return self.created_at, self.id


def _joined() -> Select[Notification, SupportRequest, Beneficiary, Decision, CommitteeMeeting]:
    return (select(Notification, SupportRequest, Beneficiary, Decision, CommitteeMeeting)
            .join(SupportRequest, SupportRequest.id == Notification.request_id)
            .join(Beneficiary, Beneficiary.id == Notification.beneficiary_id)
            .join(Decision, Decision.id == Notification.decision_id)
            .join(CommitteeMeeting, CommitteeMeeting.id == Decision.meeting_id)
            .where(Notification.deleted.is_(False)))


def _view(n: Notification, r: SupportRequest, b: Beneficiary, d: Decision, m: CommitteeMeeting) -> NotificationView:
    missing = [str(code) for code in json.loads(d.missing_documents)] if d.missing_documents else []
    return NotificationView(
        n.id, n.created_at, n.status, n.channel, n.message, r.id, r.number, r.status, b.id, b.full_name,
        b.mobile, d.outcome, d.reason_code, d.reason, d.support_granted, d.conditions, missing, m.number,
        m.meeting_date, n.done_at, n.done_by, n.interaction_id)


def to_notify(store: Store, actor: Actor, after: tuple[dt.datetime, str] | None = None,
              limit: int = 100) -> list[NotificationView]:
    """Reception's list: the pending notifications, oldest first, a keyset page at a time (on
    ix_notifications_pending: a page costs the same however many were done before it)."""
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= PAGE_MAX:
        raise ValidationError("out_of_range", "count", min=1, max=PAGE_MAX)
    with reading(store, actor) as s:
        return [_view(*row) for row in s.execute(pending_query(after, limit))]


def pending_query(after: tuple[dt.datetime, str] | None, limit: int,
                  ) -> Select[Notification, SupportRequest, Beneficiary, Decision, CommitteeMeeting]:
    """One page of the pending list after `after`, in the index's order."""
    query = _joined().where(_PENDING)
    if after is not None:
        at, key = after
        query = query.where(or_(Notification.created_at > at,
                                and_(Notification.created_at == at, Notification.id > key)))
    return query.order_by(Notification.created_at, Notification.id).limit(limit)


def for_request(store: Store, actor: Actor, request_id: str) -> list[NotificationView]:
    """Each decision on the request with its notification: told or not, when and by whom."""
    with reading(store, actor) as s:
        live(s, SupportRequest, request_id, "request")
        rows = s.execute(_joined().where(Notification.request_id == request_id)
                         .order_by(Notification.created_at, Notification.id))
        return [_view(*row) for row in rows]


def for_requests(store: Store, actor: Actor, request_ids: Sequence[str]) -> dict[str, list[NotificationView]]:
    """`for_request` for each of a file's requests, in one read (the file shows them all)."""
    found: dict[str, list[NotificationView]] = {rid: [] for rid in request_ids}
    if not found:
        return found
    with reading(store, actor) as s:
        rows = s.execute(_joined().where(Notification.request_id.in_(list(found)))
                         .order_by(Notification.created_at, Notification.id))
        for row in rows:
            view = _view(*row)
            found[view.request_id].append(view)
    return found


def mark_done(store: Store, actor: Actor, notification_id: str, channel: str | None = None,
              summary: object = None) -> str:
    """The applicant was told: log the interaction (on the notification's channel unless another was
    used) and mark the notification done with it, in one transaction. Returns the interaction's id."""
    chan = choice(Channel, channel, "channel")
    text = clean_text(summary, "summary", max_length=SUMMARY_MAX, multiline=True)
    with unit(store, actor, Permission.INTERACTION_WRITE) as u:
        n: Notification = u.get(Notification, notification_id, "notification")
        if n.status != NotificationStatus.PENDING.value:
            raise WorkflowError("already_notified", "notification")
        request: SupportRequest = u.get(SupportRequest, n.request_id, "request")
        said = text or n.message[:SUMMARY_MAX]  # no summary: what was said is the catalogue's words
        row = Interaction(beneficiary_id=n.beneficiary_id, request_id=n.request_id, channel=chan or n.channel,
                          kind=InteractionKind.NOTIFICATION.value, summary=said, occurred_at=u.now_utc)
        u.session.add(row)
        u.session.flush()
        n.status = NotificationStatus.DONE.value
        n.done_at = row.occurred_at
        n.done_by = u.actor.user_id
        n.interaction_id = row.id
        u.audit("notification.done", "notifications", n.id, request=request.number, channel=row.channel,
                interaction=row.id)
        return row.id
