"""The facts of a request's checklist as the store holds them, and the one check of an action.

A leaf under `requests` and `declarations`: both read the checklist through here, so the screens,
the print and the submission guard see the same facts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from saa_desk.domain.checklist import ChecklistFact
from saa_desk.domain.enums import DocumentStatus
from saa_desk.domain.workflow import Action, DeclarationFact, RequestStatus, TransitionFacts, check_action
from saa_desk.services.context import Unit
from saa_desk.store.models import ChecklistItem, SupportRequest


def checklist_facts(session: Session, request_id: str) -> list[ChecklistFact]:
    items = session.scalars(select(ChecklistItem).where(
        ChecklistItem.request_id == request_id, ChecklistItem.deleted.is_(False)))
    return [ChecklistFact(i.document_type, i.mandatory, DocumentStatus(i.status), i.expiry_date)
            for i in items]


def action_facts(session: Session, request: SupportRequest, on: dt.date,
                 declaration: DeclarationFact | None = None) -> TransitionFacts:
    return TransitionFacts(on=on, checklist=checklist_facts(session, request.id), declaration=declaration)


def require(u: Unit, request: SupportRequest, action: Action, declaration: DeclarationFact | None = None) -> None:
    """Refuse what the screens would not offer (WorkflowError "action_not_allowed")."""
    check_action(action, RequestStatus(request.status), u.actor.roles,
                 action_facts(u.session, request, u.today, declaration), request.submitted_at is not None)
