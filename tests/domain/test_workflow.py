import datetime as dt

import pytest

from saa_desk.domain.checklist import ChecklistFact, ItemState, checklist_problems, item_state
from saa_desk.domain.enums import DocumentStatus, Role
from saa_desk.domain.errors import PermissionDenied, ValidationError, WorkflowError, WorkflowErrors
from saa_desk.domain.workflow import (
    FINAL_STATES,
    OPEN_STATES,
    TRANSITIONS,
    Action,
    DeclarationFact,
    RequestStatus,
    TransitionFacts,
    allowed_actions,
    allowed_targets,
    check_action,
    check_transition,
    expected_answer_date,
)

S = RequestStatus
TODAY = dt.date(2026, 11, 25)
OK_DOCS = (ChecklistFact("identity_copy", True, DocumentStatus.VERIFIED, dt.date(2030, 1, 1)),
           ChecklistFact("income_proof", True, DocumentStatus.VERIFIED, None),
           ChecklistFact("hajj_permit", False, DocumentStatus.PENDING, None))
SIGNED = DeclarationFact(signed=True, stale=False)


def facts(**kw) -> TransitionFacts:
    return TransitionFacts(**({"on": TODAY, "checklist": OK_DOCS, "declaration": SIGNED} | kw))


def test_happy_path_through_every_main_state() -> None:
    path = [(S.DRAFT, S.AWAITING_DOCUMENTS, Role.RECEPTION), (S.AWAITING_DOCUMENTS, S.READY_TO_SIGN, Role.RECEPTION),
            (S.READY_TO_SIGN, S.SUBMITTED, Role.RECEPTION), (S.SUBMITTED, S.UNDER_REVIEW, Role.COMMITTEE),
            (S.UNDER_REVIEW, S.ACCEPTED, Role.COMMITTEE), (S.ACCEPTED, S.REGISTERED, Role.RECEPTION),
            (S.REGISTERED, S.SERVED, Role.RECEPTION), (S.SERVED, S.CLOSED, Role.RECEPTION)]
    for source, target, role in path:
        assert check_transition(source, target, [role], facts()).target is target


def test_unknown_transition_is_refused() -> None:
    with pytest.raises(WorkflowError) as err:
        check_transition(S.DRAFT, S.ACCEPTED, [Role.SUPERVISOR], facts())
    assert err.value.code == "transition_not_allowed"
    assert "draft" in err.value.message("en") and "accepted" in err.value.message("en")


def test_submission_needs_complete_checklist() -> None:
    docs = (ChecklistFact("identity_copy", True, DocumentStatus.RECEIVED, dt.date(2030, 1, 1)),)
    with pytest.raises(WorkflowError) as err:
        check_transition(S.READY_TO_SIGN, S.SUBMITTED, [Role.RECEPTION], facts(checklist=docs))
    assert err.value.code == "checklist_incomplete"
    assert "صورة الهوية" in err.value.message("ar")


def test_submission_refuses_a_document_expired_at_submission_time() -> None:
    docs = (ChecklistFact("identity_copy", True, DocumentStatus.VERIFIED, TODAY - dt.timedelta(days=1)),)
    with pytest.raises(WorkflowError) as err:
        check_transition(S.READY_TO_SIGN, S.SUBMITTED, [Role.RECEPTION], facts(checklist=docs))
    assert err.value.code == "document_expired"
    # the same document was fine the day before
    check_transition(S.READY_TO_SIGN, S.SUBMITTED, [Role.RECEPTION],
                     facts(checklist=docs, on=TODAY - dt.timedelta(days=1)))


def test_waived_and_optional_documents_do_not_block() -> None:
    docs = (ChecklistFact("identity_copy", True, DocumentStatus.WAIVED, None),
            ChecklistFact("hajj_permit", False, DocumentStatus.MISSING, None))
    check_transition(S.READY_TO_SIGN, S.SUBMITTED, [Role.RECEPTION], facts(checklist=docs))


@pytest.mark.parametrize(("declaration", "code"), [
    (None, "declaration_missing"),
    (DeclarationFact(signed=False, stale=False), "declaration_unsigned"),
    (DeclarationFact(signed=True, stale=True), "declaration_stale"),
])
def test_submission_needs_signed_current_declaration(declaration, code: str) -> None:
    with pytest.raises(WorkflowError) as err:
        check_transition(S.READY_TO_SIGN, S.SUBMITTED, [Role.RECEPTION], facts(declaration=declaration))
    assert err.value.code == code


def test_several_failures_are_all_reported() -> None:
    docs = (ChecklistFact("identity_copy", True, DocumentStatus.PENDING, None),)
    with pytest.raises(WorkflowErrors) as err:
        check_transition(S.READY_TO_SIGN, S.SUBMITTED, [Role.RECEPTION], facts(checklist=docs, declaration=None))
    assert {e.code for e in err.value.errors} == {"checklist_incomplete", "declaration_missing"}


@pytest.mark.parametrize("role", [Role.RECEPTION, Role.SUPERVISOR, Role.ADMIN, Role.RESEARCHER])
def test_only_committee_members_decide(role: Role) -> None:
    with pytest.raises(PermissionDenied):
        check_transition(S.UNDER_REVIEW, S.ACCEPTED, [role], facts())
    check_transition(S.UNDER_REVIEW, S.ACCEPTED, [Role.COMMITTEE], facts())


@pytest.mark.parametrize("target", [S.REJECTED, S.RETURNED])
def test_rejection_and_return_need_a_reason(target: RequestStatus) -> None:
    with pytest.raises(WorkflowError) as err:
        check_transition(S.UNDER_REVIEW, target, [Role.COMMITTEE], facts(reason="  "))
    assert err.value.code == "reason_required"
    check_transition(S.UNDER_REVIEW, target, [Role.COMMITTEE], facts(reason="الدخل يتجاوز الحد"))


def test_returned_goes_back_to_documents() -> None:
    check_transition(S.RETURNED, S.AWAITING_DOCUMENTS, [Role.RECEPTION], facts())


def test_referral_round_trip() -> None:
    check_transition(S.AWAITING_DOCUMENTS, S.REFERRED, [Role.RECEPTION], facts())
    with pytest.raises(PermissionDenied):
        check_transition(S.REFERRED, S.AWAITING_DOCUMENTS, [Role.RECEPTION], facts())
    check_transition(S.REFERRED, S.AWAITING_DOCUMENTS, [Role.RESEARCHER], facts())
    with pytest.raises(WorkflowError):
        check_transition(S.REFERRED, S.READY_TO_SIGN, [Role.RESEARCHER], facts(checklist=(
            ChecklistFact("identity_copy", True, DocumentStatus.PENDING, None),)))


def test_any_open_state_can_be_withdrawn_with_a_reason_and_no_final_one() -> None:
    for state in OPEN_STATES:
        check_transition(state, S.WITHDRAWN, [Role.RECEPTION], facts(reason="طلب المستفيد"))
        with pytest.raises(WorkflowError):
            check_transition(state, S.WITHDRAWN, [Role.RECEPTION], facts(reason=None))
    for state in FINAL_STATES:
        assert not allowed_targets(state, list(Role))


def test_every_state_is_reachable_from_draft() -> None:
    seen, frontier = {S.DRAFT}, [S.DRAFT]
    while frontier:
        state = frontier.pop()
        for (source, target) in TRANSITIONS:
            if source is state and target not in seen:
                seen.add(target)
                frontier.append(target)
    assert seen == set(S)


def test_allowed_targets_by_role() -> None:
    assert S.SUBMITTED in allowed_targets(S.READY_TO_SIGN, [Role.RECEPTION])
    assert allowed_targets(S.READY_TO_SIGN, [Role.COMMITTEE]) == []


def test_expected_answer_date_at_least_two_weeks() -> None:
    assert expected_answer_date(TODAY) == TODAY + dt.timedelta(days=14)
    assert expected_answer_date(TODAY, 21) == TODAY + dt.timedelta(days=21)
    with pytest.raises(ValidationError):
        expected_answer_date(TODAY, 13)


def test_item_state_and_the_guard_read_one_rule() -> None:
    expired = ChecklistFact("identity_copy", True, DocumentStatus.VERIFIED, dt.date(2026, 11, 24))
    assert item_state(expired, TODAY) is ItemState.EXPIRED
    assert [p.code for p in checklist_problems([expired], TODAY)] == ["expired"]
    assert item_state(ChecklistFact("income_proof", True, DocumentStatus.RECEIVED, None), TODAY) is ItemState.NEEDED
    assert item_state(ChecklistFact("income_proof", True, DocumentStatus.WAIVED, None), TODAY) is ItemState.WAIVED


def test_allowed_actions_follow_the_guards_and_the_role() -> None:
    ready = allowed_actions(S.READY_TO_SIGN, [Role.RECEPTION], facts())
    assert ready == {Action.VERIFY_DOCUMENTS, Action.REFER, Action.PRINT_DECLARATION, Action.SUBMIT,
                     Action.OPEN_DECLARATION}
    assert Action.WAIVE_DOCUMENTS in allowed_actions(S.READY_TO_SIGN, [Role.SUPERVISOR], facts())
    assert allowed_actions(S.READY_TO_SIGN, [Role.COMMITTEE], facts()) == frozenset()
    assert allowed_actions(S.SUBMITTED, [Role.COMMITTEE], facts(), submitted=True) == {Action.OPEN_DECLARATION}
    late = facts(checklist=(ChecklistFact("identity_copy", True, DocumentStatus.VERIFIED, dt.date(2026, 1, 1)),))
    assert not allowed_actions(S.READY_TO_SIGN, [Role.RECEPTION], late) & {
        Action.PRINT_DECLARATION, Action.SUBMIT, Action.OPEN_DECLARATION}
    with pytest.raises(WorkflowError) as err:
        check_action(Action.PRINT_DECLARATION, S.READY_TO_SIGN, [Role.RECEPTION], late)
    assert err.value.code == "action_not_allowed"
