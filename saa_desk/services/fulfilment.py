"""After acceptance: registration (completing the request's requirements), service delivery, and
closing. Each is a step of the state machine with its note, recorded as the request's event."""

from __future__ import annotations

from saa_desk.domain.permissions import Permission
from saa_desk.domain.text import clean_text
from saa_desk.domain.workflow import RequestStatus
from saa_desk.services import requests
from saa_desk.services.context import Actor, unit
from saa_desk.store.database import Store
from saa_desk.store.models import SupportRequest

NOTE_MAX = 2000  # status_transitions.note, as requests.transition keeps it


def _step(store: Store, actor: Actor, request_id: str, target: RequestStatus, note: object,
          required: bool) -> str:
    text = clean_text(note, "note", max_length=NOTE_MAX, required=required, multiline=True)
    with unit(store, actor, Permission.REQUEST_FULFIL) as u:
        request: SupportRequest = u.get(SupportRequest, request_id, "request")
        requests.move(u, request, target, text)  # audits the step
        return request.status


def register(store: Store, actor: Actor, request_id: str, note: object) -> str:
    """Accepted → registered: the note records what was completed (required)."""
    return _step(store, actor, request_id, RequestStatus.REGISTERED, note, required=True)


def serve(store: Store, actor: Actor, request_id: str, note: object) -> str:
    """Registered → served: the note records what was delivered (required). The survey is offered next."""
    return _step(store, actor, request_id, RequestStatus.SERVED, note, required=True)


def close(store: Store, actor: Actor, request_id: str, note: object = None) -> str:
    """Served or rejected → closed: nothing more is to be done."""
    return _step(store, actor, request_id, RequestStatus.CLOSED, note, required=False)
