"""The case file: every section read back, in a bounded number of queries whatever the file's size."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from saa_desk.domain.errors import NotFound, PermissionDenied
from saa_desk.services import casefile, declarations, documents, referrals, requests
from tests.conftest import Desk
from tests.services.test_lifecycle import open_case, verify_all


def _count_queries(d: Desk, fn):  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def before(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)
    event.listen(d.store.engine, "before_cursor_execute", before)
    try:
        return fn(), len(seen)
    finally:
        event.remove(d.store.engine, "before_cursor_execute", before)


def test_case_file_sections(desk_env: Desk) -> None:
    d = desk_env
    _, rid = open_case(d)
    verify_all(d, rid)
    decl = declarations.take(d.store, d.reception, rid)
    declarations.record_signature(d.store, d.reception, decl.id)
    ref = referrals.refer(d.store, d.reception, rid, "هل الدخل كافٍ؟", d.researcher.user_id)
    case = casefile.case_file(d.store, d.researcher, rid)
    assert case.request.number.startswith("RYD-") and case.request.branch == "RYD"
    assert case.request.status == "referred"
    assert case.person.id_number and case.person.full_name.count(" ") == 3
    assert [m.relation for m in case.household] == ["daughter"]
    assert {doc.document_type for doc in case.documents} == {"identity_copy", "income_or_social_security"}
    assert not any(doc.has_scan for doc in case.documents)
    assert case.declaration is not None and case.declaration.signed and not case.declaration.stale
    assert [h.to_status for h in case.history][-1] == "referred"
    assert case.history[-1].by == "سارة الموظفة"
    assert case.open_referral is not None and case.open_referral.id == ref
    assert case.open_referral.researcher == "نورة الباحثة" and case.open_referral.asked_by == "سارة الموظفة"
    assert case.report is None and case.decisions == ()


def test_case_file_queries_do_not_grow_with_rows(desk_env: Desk) -> None:
    d = desk_env
    _, rid = open_case(d)
    _, small = _count_queries(d, lambda: casefile.case_file(d.store, d.committee, rid))
    for n in range(3):  # more documents touched, more history, more referrals answered
        verify_all(d, rid)
        referrals.refer(d.store, d.reception, rid, f"سؤال {n}")
        referrals.answer(d.store, d.researcher, casefile.case_file(d.store, d.researcher, rid).open_referral.id,
                         "جواب")
        for item in requests.get(d.store, d.reception, rid).checklist:
            documents.update_item(d.store, d.reception, item.id, "missing", reason="لم يحضر")
    case, large = _count_queries(d, lambda: casefile.case_file(d.store, d.committee, rid))
    assert len(case.referrals) == 3 and len(case.history) > 6
    assert large == small <= 12


def test_case_file_needs_read_and_a_live_request(desk_env: Desk) -> None:
    d = desk_env
    with pytest.raises(NotFound):
        casefile.case_file(d.store, d.researcher, "no-such-request")
    _, rid = open_case(d)
    nobody = type(d.researcher)("x", "x", "x", frozenset())
    with pytest.raises(PermissionDenied):
        casefile.case_file(d.store, nobody, rid)
