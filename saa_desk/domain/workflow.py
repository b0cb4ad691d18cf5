"""The request state machine (docs/architecture.md, "Data and the request lifecycle"), as data plus pure functions.

Services call `check_transition` with the facts they read from the store; the GUI asks
`allowed_actions` (through the services) to decide which buttons to offer. Guards live here and nowhere else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from saa_desk.catalogues import document_label
from saa_desk.domain.checklist import ChecklistFact, checklist_problems
from saa_desk.domain.dates import day_month_year
from saa_desk.domain.enums import Role
from saa_desk.domain.errors import Localised, PermissionDenied, ValidationError, WorkflowError, WorkflowErrors
from saa_desk.domain.permissions import Permission, permissions_of

MIN_ANSWER_DAYS = 14  # the policy: an answer in no less than two weeks


class RequestStatus(StrEnum):
    DRAFT = "draft"
    AWAITING_DOCUMENTS = "awaiting_documents"
    REFERRED = "referred"
    READY_TO_SIGN = "ready_to_sign"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    RETURNED = "returned"
    REGISTERED = "registered"
    SERVED = "served"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"


S = RequestStatus


class Guard(StrEnum):
    CHECKLIST_COMPLETE = "checklist_complete"  # mandatory documents verified and unexpired, or waived
    DECLARATION_CURRENT = "declaration_current"  # a signed declaration that is not stale
    REASON = "reason"  # a non-empty reason / note


@dataclass(frozen=True)
class Transition:
    source: RequestStatus
    target: RequestStatus
    permission: Permission
    guards: tuple[Guard, ...] = ()


def _t(source: S, target: S, permission: Permission, *guards: Guard) -> Transition:
    return Transition(source, target, permission, guards)


P = Permission
_CORE_TRANSITIONS: tuple[Transition, ...] = (
    _t(S.DRAFT, S.AWAITING_DOCUMENTS, P.REQUEST_WRITE),
    _t(S.AWAITING_DOCUMENTS, S.READY_TO_SIGN, P.DOCUMENTS_VERIFY, Guard.CHECKLIST_COMPLETE),
    _t(S.READY_TO_SIGN, S.AWAITING_DOCUMENTS, P.DOCUMENTS_VERIFY),
    _t(S.DRAFT, S.REFERRED, P.REFERRAL_CREATE),
    _t(S.AWAITING_DOCUMENTS, S.REFERRED, P.REFERRAL_CREATE),
    _t(S.READY_TO_SIGN, S.REFERRED, P.REFERRAL_CREATE),
    _t(S.REFERRED, S.AWAITING_DOCUMENTS, P.REFERRAL_ANSWER),
    _t(S.REFERRED, S.READY_TO_SIGN, P.REFERRAL_ANSWER, Guard.CHECKLIST_COMPLETE),
    _t(S.READY_TO_SIGN, S.SUBMITTED, P.REQUEST_SUBMIT, Guard.CHECKLIST_COMPLETE, Guard.DECLARATION_CURRENT),
    _t(S.SUBMITTED, S.UNDER_REVIEW, P.COMMITTEE_DECIDE),
    _t(S.UNDER_REVIEW, S.ACCEPTED, P.COMMITTEE_DECIDE),
    _t(S.UNDER_REVIEW, S.REJECTED, P.COMMITTEE_DECIDE, Guard.REASON),
    _t(S.UNDER_REVIEW, S.RETURNED, P.COMMITTEE_DECIDE, Guard.REASON),
    _t(S.RETURNED, S.AWAITING_DOCUMENTS, P.REQUEST_WRITE),
    _t(S.ACCEPTED, S.REGISTERED, P.REQUEST_FULFIL),
    _t(S.REGISTERED, S.SERVED, P.REQUEST_FULFIL),
    _t(S.SERVED, S.CLOSED, P.REQUEST_FULFIL),
    _t(S.REJECTED, S.CLOSED, P.REQUEST_FULFIL),
)

# "Any open state → withdrawn": every state from which work can still go on.
OPEN_STATES: frozenset[RequestStatus] = frozenset(
    {S.DRAFT, S.AWAITING_DOCUMENTS, S.REFERRED, S.READY_TO_SIGN, S.SUBMITTED, S.UNDER_REVIEW,
     S.ACCEPTED, S.RETURNED, S.REGISTERED}
)
FINAL_STATES: frozenset[RequestStatus] = frozenset({S.CLOSED, S.WITHDRAWN})
# States the reception desk may still edit the request's data and checklist in.
EDITABLE_STATES: frozenset[RequestStatus] = frozenset(
    {S.DRAFT, S.AWAITING_DOCUMENTS, S.REFERRED, S.READY_TO_SIGN, S.RETURNED}
)

TRANSITIONS: dict[tuple[RequestStatus, RequestStatus], Transition] = {
    (t.source, t.target): t
    for t in (*_CORE_TRANSITIONS,
              *(_t(s, S.WITHDRAWN, P.REQUEST_WITHDRAW, Guard.REASON) for s in sorted(OPEN_STATES)))
}


@dataclass(frozen=True)
class DeclarationFact:
    signed: bool
    stale: bool


@dataclass(frozen=True)
class TransitionFacts:
    """What the guards need to know, read by the service from the store."""

    on: dt.date
    checklist: Sequence[ChecklistFact] = ()
    declaration: DeclarationFact | None = None
    reason: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


def allowed_targets(source: RequestStatus, roles: Iterable[Role | str]) -> list[RequestStatus]:
    perms = permissions_of(roles)
    return [t.target for t in TRANSITIONS.values() if t.source == source and t.permission in perms]


class Action(StrEnum):
    """What an actor may do next with a request; the screens offer exactly these."""

    VERIFY_DOCUMENTS = "verify_documents"
    WAIVE_DOCUMENTS = "waive_documents"
    REFER = "refer"
    OPEN_DECLARATION = "open_declaration"
    PRINT_DECLARATION = "print_declaration"  # freeze the data and have it signed
    SUBMIT = "submit"
    # After acceptance (services/fulfilment): each the state machine's step of the same name.
    REGISTER = "register"
    SERVE = "serve"
    CLOSE = "close"


_FULFILMENT_STEPS: tuple[tuple[Action, RequestStatus], ...] = (
    (Action.REGISTER, S.REGISTERED), (Action.SERVE, S.SERVED), (Action.CLOSE, S.CLOSED))


def _step_open(source: RequestStatus, target: RequestStatus, perms: frozenset[Permission],
               facts: TransitionFacts) -> bool:
    transition = TRANSITIONS.get((source, target))
    return transition is not None and transition.permission in perms and not guard_failures(transition, facts)


def allowed_actions(source: RequestStatus, roles: Iterable[Role | str], facts: TransitionFacts,
                    submitted: bool = False) -> frozenset[Action]:
    """The actions open to these roles now: the same guards as the state machine, so a screen never
    offers what the service would refuse. `facts.declaration` only matters for SUBMIT."""
    perms = permissions_of(roles)
    actions: set[Action] = set()
    if source in EDITABLE_STATES and Permission.DOCUMENTS_VERIFY in perms:
        actions.add(Action.VERIFY_DOCUMENTS)
        if Permission.DOCUMENTS_WAIVE in perms:
            actions.add(Action.WAIVE_DOCUMENTS)
    if _step_open(source, S.REFERRED, perms, facts):
        actions.add(Action.REFER)
    complete = not checklist_problems(facts.checklist, facts.on)
    if source is S.READY_TO_SIGN and complete and Permission.DECLARATION_PRINT in perms:
        actions.add(Action.PRINT_DECLARATION)
    if _step_open(source, S.SUBMITTED, perms, facts):
        actions.add(Action.SUBMIT)
    actions.update(action for action, target in _FULFILMENT_STEPS if _step_open(source, target, perms, facts))
    if submitted or actions & {Action.PRINT_DECLARATION, Action.SUBMIT}:
        actions.add(Action.OPEN_DECLARATION)
    return frozenset(actions)


def check_action(action: Action, source: RequestStatus, roles: Iterable[Role | str], facts: TransitionFacts,
                 submitted: bool = False) -> None:
    if action not in allowed_actions(source, roles, facts, submitted):
        raise WorkflowError("action_not_allowed", "request", action=action.value)


def guard_failures(transition: Transition, facts: TransitionFacts) -> list[WorkflowError]:
    failures: list[WorkflowError] = []
    for guard in transition.guards:
        if guard is Guard.CHECKLIST_COMPLETE:
            problems = checklist_problems(facts.checklist, facts.on)
            missing = [p for p in problems if p.code == "missing"]
            if missing:
                names = Localised("، ".join(document_label(p.document_type, "ar") for p in missing),
                                  ", ".join(document_label(p.document_type, "en") for p in missing))
                failures.append(WorkflowError("checklist_incomplete", "checklist", items=names))
            for p in problems:
                if p.code == "expired":
                    failures.append(WorkflowError(
                        "document_expired", "checklist",
                        item=Localised(document_label(p.document_type, "ar"), document_label(p.document_type, "en")),
                        date=day_month_year(p.expiry_date) if p.expiry_date else "",
                    ))
        elif guard is Guard.DECLARATION_CURRENT:
            decl = facts.declaration
            if decl is None:
                failures.append(WorkflowError("declaration_missing", "declaration"))
            elif decl.stale:
                failures.append(WorkflowError("declaration_stale", "declaration"))
            elif not decl.signed:
                failures.append(WorkflowError("declaration_unsigned", "declaration"))
        elif guard is Guard.REASON and not (facts.reason and facts.reason.strip()):
            failures.append(WorkflowError("reason_required", "reason"))
    return failures


def check_transition(
    source: RequestStatus,
    target: RequestStatus,
    roles: Iterable[Role | str],
    facts: TransitionFacts,
) -> Transition:
    """Return the transition if allowed; raise PermissionDenied or WorkflowError otherwise."""
    transition = TRANSITIONS.get((source, target))
    if transition is None:
        raise WorkflowError("transition_not_allowed", "status", **{"from": source.value, "to": target.value})
    if transition.permission not in permissions_of(roles):
        raise PermissionDenied(transition.permission.value)
    failures = guard_failures(transition, facts)
    if failures:
        raise failures[0] if len(failures) == 1 else WorkflowErrors(failures)
    return transition


def expected_answer_date(submitted_on: dt.date, days: int = MIN_ANSWER_DAYS) -> dt.date:
    """The date the applicant is told to expect an answer: never sooner than the policy allows."""
    if days < MIN_ANSWER_DAYS:
        raise ValidationError("expected_date_too_soon", "expected_answer_date", days=MIN_ANSWER_DAYS)
    return submitted_on + dt.timedelta(days=days)
