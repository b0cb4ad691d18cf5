"""Telling the applicant: every decision in effect queues a notification on the applicant's
preferred channel, with the words to say or send (resources/catalogues/notification_texts.json)."""

from __future__ import annotations

import json

from saa_desk.catalogues import document_label, notification_texts, rejection_reason_label, support_type_label
from saa_desk.domain.dates import format_both
from saa_desk.domain.enums import Channel, DecisionOutcome, NotificationStatus
from saa_desk.services.context import Unit
from saa_desk.store.models import Beneficiary, CommitteeMeeting, Decision, Notification, SupportRequest

MESSAGE_MAX = 2000  # central_checks: notifications.message


def missing_list(missing_documents: str | None, lang: str = "ar") -> list[str]:
    """The labels of a decision's (or agenda item's) JSON list of missing document types."""
    codes = json.loads(missing_documents) if missing_documents else []
    return [document_label(str(code), "ar" if lang == "ar" else "en") for code in codes]


def compose_message(decision: Decision, request: SupportRequest, beneficiary: Beneficiary,
                    meeting: CommitteeMeeting, lang: str = "ar") -> str:
    """The words for this decision, from the catalogue; free text the committee wrote goes in as is."""
    texts = notification_texts()
    language = "ar" if lang == "ar" else "en"
    outcome = DecisionOutcome(decision.outcome)
    conditions = ""
    if decision.conditions:
        conditions = texts["conditions"][language].format(conditions=decision.conditions)
    reason = rejection_reason_label(decision.reason_code, language)
    if decision.reason:
        reason = f"{reason} — {decision.reason}" if reason else decision.reason
    separator = "، " if language == "ar" else ", "
    missing = separator.join(missing_list(decision.missing_documents, language)) or (decision.reason or "")
    message: str = texts["notification_texts"][outcome.value][language].format(
        name=f"{beneficiary.first_name} {beneficiary.family_name}", number=request.number,
        support=decision.support_granted or support_type_label(request.support_type, language),
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
        message=compose_message(decision, request, beneficiary, meeting),
        status=NotificationStatus.PENDING.value)
    u.session.add(notification)
    u.session.flush()
    u.audit("notification.queue", "notifications", notification.id, request=request.number,
            outcome=decision.outcome)
    return notification
