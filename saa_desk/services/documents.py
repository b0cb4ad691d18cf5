"""The document checklist: marking each required document and keeping the request's state in step."""

from __future__ import annotations

from typing import Any

from saa_desk.domain.checklist import checklist_problems, expiry_required
from saa_desk.domain.dates import day_month_year, validate_expiry
from saa_desk.domain.enums import DocumentStatus
from saa_desk.domain.errors import ValidationError
from saa_desk.domain.permissions import Permission
from saa_desk.domain.text import clean_text
from saa_desk.domain.workflow import RequestStatus
from saa_desk.services import checklist, files, requests
from saa_desk.services.context import Actor, Unit, unit
from saa_desk.store.blobs import SCAN_TYPES
from saa_desk.store.database import Store
from saa_desk.store.models import ChecklistItem, SupportRequest


def _status(value: object) -> DocumentStatus:
    try:
        status = DocumentStatus(str(value))
    except ValueError:
        raise ValidationError("unknown_choice", "document_status", value=str(value)[:20]) from None
    if status is DocumentStatus.PENDING:
        raise ValidationError("unknown_choice", "document_status", value=status.value)
    return status


def _validated(u: Unit, item: ChecklistItem, status: DocumentStatus, document_number: object,
               expiry_date: object, reason: object) -> dict[str, Any]:
    number = clean_text(document_number, "document_number", max_length=40)
    expiry = validate_expiry(expiry_date, "expiry_date")
    why = clean_text(reason, "reason", max_length=1000, multiline=True)
    if status is DocumentStatus.WAIVED:
        if not u.actor.can(Permission.DOCUMENTS_WAIVE):
            raise ValidationError("waiver_needs_supervisor", "document_status")
        if not why:
            raise ValidationError("reason_required", "reason")
    if status is DocumentStatus.VERIFIED and expiry_required(item.document_type):
        if expiry is None:
            raise ValidationError("required", "expiry_date")
        if expiry < u.today:
            # The policy: validity is checked at the time of submission; an expired paper is
            # refused here, and the desk may record it as expired instead.
            raise ValidationError("expired", "expiry_date", date=day_month_year(expiry))
    if status is DocumentStatus.EXPIRED and expiry is None:
        raise ValidationError("required", "expiry_date")
    return {"status": status.value, "document_number": number, "expiry_date": expiry, "reason": why}


def update_item(store: Store, actor: Actor, item_id: str, status: str,
                document_number: object = None, expiry_date: object = None,
                reason: object = None, scan: bytes | None = None,
                scan_name: str | None = None) -> str:
    """Record one document's state; returns the request's status afterwards."""
    with unit(store, actor, Permission.DOCUMENTS_VERIFY) as u:
        item: ChecklistItem = u.get(ChecklistItem, item_id, "document_type")
        request: SupportRequest = u.get(SupportRequest, item.request_id, "request")
        requests.require_editable(request)
        values = _validated(u, item, _status(status), document_number, expiry_date, reason)
        for key, value in values.items():
            setattr(item, key, value)
        if values["status"] in (DocumentStatus.VERIFIED, DocumentStatus.WAIVED):
            item.verified_by, item.verified_at = u.actor.user_id, u.now_utc
        if scan:
            item.scan_sha256 = files.add_file(u, scan, accepted=SCAN_TYPES, field="file").sha256
            item.scan_name = clean_text(scan_name, "file", max_length=200)
        u.session.flush()
        u.audit("checklist.update", "checklist_items", item.id, document=item.document_type,
                status=item.status)
        sync_request_state(u, request)
        return request.status


def sync_request_state(u: Unit, request: SupportRequest) -> None:
    """A complete checklist makes the request ready to sign; a broken one sends it back."""
    status = RequestStatus(request.status)
    complete = not checklist_problems(checklist.checklist_facts(u.session, request.id), u.today)
    if status is RequestStatus.AWAITING_DOCUMENTS and complete:
        requests.move(u, request, RequestStatus.READY_TO_SIGN)
    elif status is RequestStatus.READY_TO_SIGN and not complete:
        requests.move(u, request, RequestStatus.AWAITING_DOCUMENTS)

