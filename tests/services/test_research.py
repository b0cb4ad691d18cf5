"""The researcher's answer (where the request goes next) and the social research report."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from saa_desk.domain.errors import NotFound, PermissionDenied, ValidationError, WorkflowError
from saa_desk.services import casefile, printing, referrals, requests, research, users
from tests.conftest import PASSWORD, Desk
from tests.printing.helpers import logical_text
from tests.services.test_bad_input import SETTINGS, fields_of, fingerprint
from tests.services.test_lifecycle import open_case, verify_all

GOOD = {"visit_date": "2026-01-05", "visit_place": "منزل المستفيد، حي النسيم", "household": "أم وثلاثة أبناء",
        "housing": "شقة مستأجرة", "income_verified": True, "income_verification": "خطاب الضمان الاجتماعي",
        "needs": "أجرة السكن", "recommendation": "accept_with_conditions", "conditions": "تقديم عقد الإيجار",
        "notes": "الأسرة متعاونة"}


def referred(d: Desk, researcher_id: str | None = None, *, verified: bool = False) -> tuple[str, str]:
    _, rid = open_case(d)
    if verified:
        verify_all(d, rid)
    return rid, referrals.refer(d.store, d.reception, rid, "هل يستحق الدعم؟", researcher_id)


def other_researcher(d: Desk, name: str, branch: str):  # type: ignore[no-untyped-def]
    users.create_user(d.store, d.admin, name, "باحث آخر", "researcher", PASSWORD, branch=branch)
    return users.authenticate(d.store, name, PASSWORD)


def test_return_to_reception_needs_the_missing_list(desk_env: Desk) -> None:
    d = desk_env
    rid, ref = referred(d, d.researcher.user_id, verified=True)
    before = fingerprint(d)
    with pytest.raises(ValidationError) as err:
        referrals.answer(d.store, d.researcher, ref, "ينقص مستند", outcome="return_to_reception", missing="  ")
    assert err.value.field == "missing" and fingerprint(d) == before
    status = referrals.answer(d.store, d.researcher, ref, "ينقص صك الإعالة", outcome="return_to_reception",
                              missing="صك الإعالة\nتعريف بالراتب")
    assert status == "awaiting_documents"  # even with a complete checklist: reception must get more
    answered = casefile.case_file(d.store, d.reception, rid).last_answer
    assert answered is not None and answered.outcome == "return_to_reception"
    assert answered.missing == "صك الإعالة\nتعريف بالراتب" and answered.answered_by == "نورة الباحثة"
    with pytest.raises(WorkflowError):
        referrals.answer(d.store, d.researcher, ref, "مرة أخرى")


@pytest.mark.parametrize(("verified", "expected"), [(True, "ready_to_sign"), (False, "awaiting_documents")])
def test_forward_goes_as_far_as_the_papers_allow(desk_env: Desk, verified: bool, expected: str) -> None:
    d = desk_env
    rid, ref = referred(d, verified=verified)
    assert referrals.answer(d.store, d.researcher, ref, "الحالة واضحة", outcome="forward") == expected
    view = referrals.inbox(d.store, d.researcher, include_answered=True)[0]
    assert (view.outcome, view.missing, view.researcher_id) == ("forward", None, d.researcher.user_id)
    assert requests.get(d.store, d.reception, rid).status == expected


def test_answer_limits_and_unknown_outcome(desk_env: Desk) -> None:
    d = desk_env
    _, ref = referred(d, d.researcher.user_id)
    for kwargs, field in (({"answer_text": "x" * 4001}, "answer"),
                          ({"answer_text": "ok", "outcome": "elsewhere"}, "outcome"),
                          ({"answer_text": "ok", "outcome": "return_to_reception", "missing": "x" * 2001}, "missing")):
        with pytest.raises(ValidationError) as err:
            referrals.answer(d.store, d.researcher, ref, **kwargs)
        assert err.value.field == field
    assert referrals.answer(d.store, d.researcher, ref, "x" * 4000, outcome="return_to_reception",
                            missing="y" * 2000) == "awaiting_documents"


def test_inbox_is_mine_and_my_branch_unassigned_oldest_first(desk_env: Desk) -> None:
    d = desk_env
    _, to_me = referred(d, d.researcher.user_id)
    _, unassigned = referred(d)
    jeddah = other_researcher(d, "jresearcher", "JED")
    riyadh2 = other_researcher(d, "rresearcher", "RYD")
    _, to_other = referred(d, riyadh2.user_id)
    assert [r.id for r in referrals.inbox(d.store, d.researcher)] == [to_me, unassigned]
    assert [r.id for r in referrals.inbox(d.store, riyadh2)] == [unassigned, to_other]
    assert referrals.inbox(d.store, jeddah) == []  # RYD's unassigned are not Jeddah's
    assert [r.id for r in referrals.inbox(d.store, d.supervisor)] == [to_me, unassigned, to_other]
    with pytest.raises(PermissionDenied):
        referrals.answer(d.store, jeddah, unassigned, "جواب")
    with pytest.raises(PermissionDenied):
        referrals.answer(d.store, d.researcher, to_other, "جواب")
    with pytest.raises(PermissionDenied):
        research.file_report(d.store, jeddah, unassigned, **GOOD)


def test_report_filed_superseded_and_in_the_case_file(desk_env: Desk) -> None:
    d = desk_env
    rid, ref = referred(d)
    first = research.file_report(d.store, d.researcher, ref, **GOOD)
    assert first.recommendation == "accept_with_conditions" and first.filed_by == "نورة الباحثة"
    assert first.visit_date == dt.date(2026, 1, 5) and first.income_verified
    second = research.file_report(d.store, d.researcher, ref, **(GOOD | {"recommendation": "accept",
                                                                         "conditions": None}))
    assert research.latest_report(d.store, d.committee, rid) == second != first
    assert casefile.case_file(d.store, d.committee, rid).report == second
    assert referrals.inbox(d.store, d.researcher)[0].researcher_id == d.researcher.user_id  # taken by filing
    with pytest.raises(PermissionDenied):
        research.file_report(d.store, d.reception, ref, **GOOD)
    with pytest.raises(PermissionDenied):
        research.file_report(d.store, d.committee, ref, **GOOD)


@pytest.mark.parametrize(("changes", "field"), [
    ({"recommendation": "accept_with_conditions", "conditions": ""}, "conditions"),
    ({"visit_date": (dt.date.today() + dt.timedelta(days=2)).isoformat()}, "visit_date"),
    ({"visit_place": ""}, "visit_place"),
    ({"income_verified": True, "income_verification": None}, "income_verification"),
    ({"recommendation": "maybe"}, "recommendation"),
    ({"visit_place": "x" * 201}, "visit_place"),
    ({"income_verification": "x" * 1001}, "income_verification"),
    ({"conditions": "x" * 2001}, "conditions"),
    ({"notes": "x" * 20001}, "notes"),
])
def test_report_rules(desk_env: Desk, changes: dict[str, object], field: str) -> None:
    d = desk_env
    _, ref = referred(d)
    before = fingerprint(d)
    with pytest.raises(ValidationError) as err:
        research.file_report(d.store, d.researcher, ref, **(GOOD | changes))
    assert fields_of(err.value) == {field} and fingerprint(d) == before


FIELDS = ("visit_date", "visit_place", "household", "housing", "income_verified", "income_verification",
          "needs", "recommendation", "conditions", "notes")
JUNK = st.one_of(st.none(), st.integers(), st.booleans(), st.text(max_size=300),
                 st.sampled_from(["", " ", "\x00", "\u202e", "2999-01-01", "x" * 20001, "accept", "٠١٢"]))


@SETTINGS
@given(bad=st.dictionaries(st.sampled_from(FIELDS), JUNK, min_size=1, max_size=4))
def test_bad_report_names_its_field_and_writes_nothing(desk_env: Desk, bad: dict[str, object]) -> None:
    d = desk_env
    _, ref = referred(d)
    before = fingerprint(d)
    try:
        view = research.file_report(d.store, d.researcher, ref, **(GOOD | bad))
    except ValidationError as exc:
        assert fields_of(exc) <= set(bad) | {"income_verification", "conditions"}, exc.message("en")
        assert exc.message("ar") and exc.message("en")
        assert fingerprint(d) == before
    else:
        assert research.latest_report(d.store, d.researcher, view.request_id) == view


def test_report_prints_as_a_recorded_print_with_copies(desk_env: Desk) -> None:
    d = desk_env
    rid, ref = referred(d, d.researcher.user_id)
    with pytest.raises(NotFound):
        printing.prepare(d.store, d.researcher, "research_report", rid)
    research.file_report(d.store, d.researcher, ref, **GOOD)
    job = printing.prepare(d.store, d.researcher, "research_report", rid)
    first = printing.record_print(d.store, d.researcher, job)
    again = printing.print_research_report(d.store, d.researcher, rid)
    assert (first.kind, first.copy_number, again.copy_number) == ("research_report", 0, 1)
    assert "تقديم عقد الإيجار" in logical_text(again.pdf) and "نسخة رقم 1" in logical_text(again.pdf)
    with pytest.raises(PermissionDenied):
        printing.print_research_report(d.store, d.reception, rid)
