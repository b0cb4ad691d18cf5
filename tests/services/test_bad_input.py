"""Arbitrary text into every service that takes free input: a clear error naming the field, or a
clean stored value; on error the database is unchanged."""

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from saa_desk.domain.errors import DeskError, ValidationError, ValidationErrors
from saa_desk.services import beneficiaries, committee, documents, exporting, followup, referrals, requests, users
from tests.conftest import Desk
from tests.factories import beneficiary_data

TEXT = st.one_of(st.text(max_size=5000), st.sampled_from(["", "   ", "\x00", "\u202e", "\u200f", "٠١٢"]))
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def fingerprint(d: Desk) -> str:
    return hashlib.sha256(exporting.export_json(d.store).encode()).hexdigest()


def fields_of(exc: DeskError) -> set[str | None]:
    return {e.field for e in exc.errors} if isinstance(exc, ValidationErrors) else {exc.field}


def case(d: Desk) -> tuple[str, str]:
    bid = beneficiaries.register(d.store, d.reception, beneficiary_data())
    return bid, requests.open_request(d.store, d.reception, bid, "medical", "website")


def attempt(d: Desk, call, expected_fields: set[str]) -> None:
    before = fingerprint(d)
    try:
        call()
    except ValidationError as exc:
        assert fields_of(exc) <= expected_fields, (fields_of(exc), exc.message("en"))
        assert exc.message("ar") and exc.message("en")
        assert fingerprint(d) == before


@SETTINGS
@given(text=TEXT, channel=st.sampled_from(["phone", "website", "fax", ""]), kind=st.text(max_size=12))
def test_interactions(desk_env: Desk, text: str, channel: str, kind: str) -> None:
    bid, rid = case(desk_env)
    attempt(desk_env, lambda: followup.log_interaction(desk_env.store, desk_env.reception, bid, channel, kind, text,
                                                       rid), {"channel", "kind", "summary"})


@SETTINGS
@given(ratings=st.dictionaries(st.sampled_from(followup.RATING_FIELDS),
                               st.one_of(st.integers(-3, 9), st.text(max_size=3), st.none())),
       comment=TEXT)
def test_surveys(desk_env: Desk, ratings: dict, comment: str) -> None:
    bid, _ = case(desk_env)
    attempt(desk_env, lambda: followup.record_survey(desk_env.store, desk_env.reception, bid, ratings, comment),
            {*followup.RATING_FIELDS, "comment"})


@SETTINGS
@given(question=TEXT)
def test_referral_question(desk_env: Desk, question: str) -> None:
    _, rid = case(desk_env)
    attempt(desk_env, lambda: referrals.refer(desk_env.store, desk_env.reception, rid, question), {"question"})


@SETTINGS
@given(number=TEXT, day=st.text(max_size=20), notes=TEXT)
def test_committee_meeting(desk_env: Desk, number: str, day: str, notes: str) -> None:
    attempt(desk_env, lambda: committee.create_meeting(desk_env.store, desk_env.committee, number, day,
                                                       notes=notes),
            {"meeting_number", "meeting_date", "notes"})


@SETTINGS
@given(status=st.sampled_from(["verified", "received", "missing", "expired", "waived", "lost", "pending"]),
       number=TEXT, expiry=st.text(max_size=20), reason=TEXT)
def test_checklist_items(desk_env: Desk, status: str, number: str, expiry: str, reason: str) -> None:
    _, rid = case(desk_env)
    item = requests.get(desk_env.store, desk_env.supervisor, rid).checklist[0]
    attempt(desk_env, lambda: documents.update_item(desk_env.store, desk_env.supervisor, item.id, status, number,
                                                    expiry, reason),
            {"document_status", "document_number", "expiry_date", "reason"})


@SETTINGS
@given(username=st.text(max_size=40), full_name=TEXT, roles=st.text(max_size=30), password=st.text(max_size=40))
def test_users(desk_env: Desk, username: str, full_name: str, roles: str, password: str) -> None:
    attempt(desk_env, lambda: users.create_user(desk_env.store, desk_env.admin, username, full_name, roles, password),
            {"username", "full_name", "roles", "password"})
