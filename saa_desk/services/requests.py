"""Support requests: opening one, moving it through the workflow, and reading it back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from saa_desk import catalogues
from saa_desk.domain.beneficiary import choice
from saa_desk.domain.checklist import ChecklistFact, ItemState, item_state, required_documents
from saa_desk.domain.enums import Channel, DocumentStatus
from saa_desk.domain.errors import NotFound, ValidationError, ValidationErrors, WorkflowError
from saa_desk.domain.permissions import Permission
from saa_desk.domain.text import clean_text
from saa_desk.domain.workflow import (
    EDITABLE_STATES,
    TRANSITIONS,
    Action,
    Guard,
    RequestStatus,
    TransitionFacts,
    allowed_actions,
    check_transition,
)
from saa_desk.services import catalogue, checklist, declarations
from saa_desk.services.context import Actor, Unit, live, reading, today, unit
from saa_desk.store.database import Store
from saa_desk.store.models import (
    Beneficiary,
    ChecklistItem,
    StatusTransition,
    SupportRequest,
)
from saa_desk.store.numbering import next_request_number

DESCRIPTION_MAX = 4000


def request_branch(number: str) -> str:
    """A request's branch: the first segment of its number (BRANCH-DESK-YEAR-SEQ)."""
    return number.split("-", 1)[0]


def facts_for(u: Unit, request: SupportRequest, target: RequestStatus, reason: str | None) -> TransitionFacts:
    """Read only what this step's guards look at: the declaration snapshot alone costs three queries
    and a hash, and most steps don't need it."""
    transition = TRANSITIONS.get((RequestStatus(request.status), target))
    guards = transition.guards if transition else ()
    return TransitionFacts(
        on=u.today,
        checklist=checklist.checklist_facts(u.session, request.id) if Guard.CHECKLIST_COMPLETE in guards else (),
        declaration=declarations.fact(u.session, request) if Guard.DECLARATION_CURRENT in guards else None,
        reason=reason,
    )


def move(u: Unit, request: SupportRequest, target: RequestStatus, note: str | None = None) -> None:
    """Take one step of the state machine, guards checked, the step recorded as an event."""
    source = RequestStatus(request.status)
    with catalogues.using(catalogue.for_request(u.session, request)):  # its documents' expiry and labels
        check_transition(source, target, u.actor.roles, facts_for(u, request, target, note))
    request.status = target.value
    u.session.add(StatusTransition(request_id=request.id, from_status=source.value,
                                   to_status=target.value, note=note))
    u.audit("request.status", "requests", request.id, **{"from": source.value, "to": target.value})


def open_request(store: Store, actor: Actor, beneficiary_id: str, support_type: str,
                 channel: str, description: str | None = None) -> str:
    """Open a request with its document checklist; it starts awaiting documents."""
    with unit(store, actor, Permission.REQUEST_WRITE) as u:
        return add_request(u, beneficiary_id, support_type, channel, description).id


@dataclass(frozen=True)
class RequestFields:
    support_type: catalogues.SupportType
    channel: str
    description: str | None


def validate_request_fields(support_type: object, channel: object, description: object,
                            catalogue: catalogues.Catalogue | None = None) -> RequestFields:
    """Every fault at once, each naming its field. The support type is one the catalogue offers (a
    service passes the store's, `catalogue.current_in`; a screen checking early, the displayed one)."""
    errors: list[ValidationError] = []
    offered = (catalogue or catalogues.display()).active_support_types()
    st = offered.get(str(support_type))
    if st is None:
        errors.append(ValidationError("unknown_choice", "support_type", value=str(support_type)[:40]))
    chan = desc = None
    try:
        chan = choice(Channel, channel, "channel", required=True)
    except ValidationError as exc:
        errors.append(exc)
    try:
        desc = clean_text(description, "description", max_length=DESCRIPTION_MAX, multiline=True)
    except ValidationError as exc:
        errors.append(exc)
    if errors:
        raise ValidationErrors(errors)
    assert st is not None and chan is not None
    return RequestFields(st, chan, desc)


def add_request(u: Unit, beneficiary_id: str, support_type: object, channel: object,
                description: object) -> SupportRequest:
    version, current = catalogue.current_in(u.session)
    fields = validate_request_fields(support_type, channel, description, current)
    b: Beneficiary = u.get(Beneficiary, beneficiary_id, "beneficiary")
    st, chan, desc = fields.support_type, fields.channel, fields.description
    # The checklist is built from this version; every desk shows the request's requirements from it.
    request = SupportRequest(
        number=next_request_number(u.session, u.store, u.today.year), beneficiary_id=b.id,
        support_type=st.code, channel=chan, description=desc, status=RequestStatus.DRAFT.value,
        catalogue_version=version,
    )
    u.session.add(request)
    u.session.flush()
    u.session.add(StatusTransition(request_id=request.id, from_status=None,
                                   to_status=RequestStatus.DRAFT.value, note=None))
    for doc in required_documents(st, b.id_type):
        u.session.add(ChecklistItem(request_id=request.id, document_type=doc.code,
                                    mandatory=doc.mandatory, status=DocumentStatus.PENDING.value))
    u.session.flush()
    u.audit("request.open", "requests", request.id, number=request.number, support_type=st.code,
            channel=chan, catalogue_version=version)
    move(u, request, RequestStatus.AWAITING_DOCUMENTS)
    return request


def require_editable(request: SupportRequest) -> None:
    if RequestStatus(request.status) not in EDITABLE_STATES:
        raise WorkflowError("not_open", "request")


def transition(store: Store, actor: Actor, request_id: str, target: RequestStatus | str,
               note: str | None = None) -> None:
    """A plain step (register, serve, close, withdraw); the state machine decides if allowed."""
    target = RequestStatus(target)
    clean_note = clean_text(note, "reason", max_length=2000, multiline=True)
    with unit(store, actor, Permission.READ) as u:
        request = u.get(SupportRequest, request_id, "request")
        move(u, request, target, clean_note)


@dataclass(frozen=True)
class TransitionView:
    from_status: str | None
    to_status: str
    at: dt.datetime
    by: str | None
    note: str | None


@dataclass(frozen=True)
class ChecklistItemView:
    id: str
    document_type: str
    mandatory: bool
    status: str
    document_number: str | None
    expiry_date: dt.date | None
    reason: str | None
    scan_sha256: str | None
    scan_name: str | None
    state: ItemState  # what the item means today, as the submission guard reads it
    expired_on: dt.date | None  # the reason when the state is expired
    # The document's name in the catalogue version the request was made under (every desk the same).
    label_ar: str = ""
    label_en: str = ""

    def label(self, lang: str = "ar") -> str:
        return (self.label_ar if lang == "ar" else self.label_en) or self.document_type

    @property
    def still_needed(self) -> bool:
        return self.mandatory and self.state in (ItemState.NEEDED, ItemState.EXPIRED)


@dataclass(frozen=True)
class RequestView:
    id: str
    number: str
    beneficiary_id: str
    support_type: str
    channel: str
    description: str | None
    status: str
    submitted_at: dt.datetime | None
    expected_answer_date: dt.date | None
    assigned_researcher_id: str | None
    created_at: dt.datetime
    checklist: list[ChecklistItemView]
    history: list[TransitionView]
    actions: frozenset[Action]  # what the reading actor may do next
    catalogue_version: str | None = None  # the catalogue version its checklist was built from (None: the seed)


def _item_view(i: ChecklistItem, on: dt.date, labels: catalogues.Catalogue) -> ChecklistItemView:
    fact = ChecklistFact(i.document_type, i.mandatory, DocumentStatus(i.status), i.expiry_date)
    with catalogues.using(labels):  # whether its type has an expiry, in the request's version
        state = item_state(fact, on)
    return ChecklistItemView(i.id, i.document_type, i.mandatory, i.status, i.document_number, i.expiry_date,
                             i.reason, i.scan_sha256, i.scan_name, state,
                             i.expiry_date if state is ItemState.EXPIRED else None,
                             labels.document_label(i.document_type, "ar"), labels.document_label(i.document_type, "en"))


def actions_of(session: Session, actor: Actor, r: SupportRequest, on: dt.date) -> frozenset[Action]:
    """The declaration fact costs three queries and a hash: read only when submitting is possible."""
    status = RequestStatus(r.status)
    may_submit = status is RequestStatus.READY_TO_SIGN and actor.can(Permission.REQUEST_SUBMIT)
    facts = checklist.action_facts(session, r, on, declarations.fact(session, r) if may_submit else None)
    return allowed_actions(status, actor.roles, facts, r.submitted_at is not None)


def request_view(session: Session, actor: Actor, r: SupportRequest, on: dt.date) -> RequestView:
    items = session.scalars(select(ChecklistItem).where(
        ChecklistItem.request_id == r.id, ChecklistItem.deleted.is_(False))
        .order_by(ChecklistItem.mandatory.desc(), ChecklistItem.document_type))
    events = session.scalars(select(StatusTransition).where(StatusTransition.request_id == r.id)
                             .order_by(StatusTransition.hlc))
    labels = catalogue.for_request(session, r)
    return RequestView(
        r.id, r.number, r.beneficiary_id, r.support_type, r.channel, r.description, r.status,
        r.submitted_at, r.expected_answer_date, r.assigned_researcher_id, r.created_at,
        [_item_view(i, on, labels) for i in items],
        [TransitionView(e.from_status, e.to_status, e.created_at, e.created_by, e.note) for e in events],
        actions_of(session, actor, r, on),
        r.catalogue_version,
    )


def get(store: Store, actor: Actor, request_id: str) -> RequestView:
    with reading(store, actor) as s:
        return request_view(s, actor, live(s, SupportRequest, request_id, "request"), today(store))


def by_number(store: Store, actor: Actor, number: str) -> RequestView:
    with reading(store, actor) as s:
        r = s.scalars(select(SupportRequest).where(SupportRequest.number == number.strip().upper())).first()
        if r is None or r.deleted:
            raise NotFound("request")
        return request_view(s, actor, r, today(store))


def of_beneficiary(store: Store, actor: Actor, beneficiary_id: str) -> list[RequestView]:
    with reading(store, actor) as s:
        rows = s.scalars(select(SupportRequest).where(
            SupportRequest.beneficiary_id == beneficiary_id, SupportRequest.deleted.is_(False))
            .order_by(SupportRequest.created_at.desc()))
        on = today(store)
        return [request_view(s, actor, r, on) for r in rows]
