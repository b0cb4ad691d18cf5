"""Change sets come from what the store wrote, not from what callers say they wrote."""

from __future__ import annotations

import pytest

from saa_desk.domain.errors import DeskError
from saa_desk.services import beneficiaries, drafts
from saa_desk.store import changes
from saa_desk.store.changes import Kind
from tests.conftest import Desk
from tests.factories import beneficiary_data
from tests.rawdb import raw_connection


def _ids(desk: Desk, table: str) -> set[str]:
    with raw_connection(desk.store.db_path) as conn:
        return {r[0] for r in conn.execute(f"SELECT id FROM {table}")}


def test_a_registration_names_the_beneficiary_and_its_household(desk_env: Desk) -> None:
    household = [{"name": "سارة", "relation": "daughter", "birth_date": "2010-01-01"}]
    with changes.collect() as written:
        bid = beneficiaries.register(desk_env.store, desk_env.reception, beneficiary_data(), household)
    got = written.changes
    assert got.rows["beneficiaries"] == {bid}
    assert got.rows["household_members"] == _ids(desk_env, "household_members") != set()
    assert got.ids(Kind.BENEFICIARIES) == {bid} | _ids(desk_env, "household_members")
    assert "hlc_last" not in got.rows.get("desk_settings", set())  # the clock is bookkeeping
    assert got.touches(Kind.BENEFICIARIES) and not got.touches(Kind.DRAFTS | Kind.REQUESTS)


def test_drafts_are_named_too_and_nothing_is_named_for_a_rollback(desk_env: Desk) -> None:
    store, actor = desk_env.store, desk_env.reception
    with changes.collect() as outer:
        draft = drafts.save_draft(store, actor, None, {"first_name": "هند"})
        with changes.collect() as inner:
            with pytest.raises(DeskError):
                beneficiaries.register(store, actor, beneficiary_data(first_name="Hind"))  # not Arabic
            drafts.delete_draft(store, actor, draft)
    assert inner.changes.rows == {"interview_drafts": frozenset({draft})}
    assert outer.changes.rows == {"interview_drafts": frozenset({draft})}
    assert outer.changes.kinds == Kind.DRAFTS
    with changes.collect() as read_only:
        beneficiaries.find_by_id_number(store, actor, "1000000000")
    assert not read_only.changes


def test_a_change_of_many_rows_keeps_its_kind_not_its_ids() -> None:
    """A first pull of a large association wrote millions of rows; the change set stays small."""
    from saa_desk.store.changes import MAX_IDS, ChangeSet

    few = ChangeSet.of({"beneficiaries": ["a", "b"]})
    assert few.ids(Kind.BENEFICIARIES) == {"a", "b"} and few.complete(Kind.BENEFICIARIES)
    many = ChangeSet.of({"beneficiaries": [str(i) for i in range(MAX_IDS + 1)], "requests": ["r"]})
    assert many.touches(Kind.BENEFICIARIES) and not many.complete(Kind.BENEFICIARIES)
    assert many.ids(Kind.BENEFICIARIES) == frozenset() and many.ids(Kind.REQUESTS) == {"r"}
    grown = few
    for page in range(3):  # pages of a pull, unioned as they are applied
        grown = grown | ChangeSet.of({"beneficiaries": [f"{page}-{i}" for i in range(MAX_IDS // 2)]})
    assert grown.many == {"beneficiaries"} and "beneficiaries" not in grown.rows
    assert grown.touches(Kind.BENEFICIARIES) and not grown.touches(Kind.DRAFTS)


def test_every_synced_table_has_a_kind() -> None:
    """A synced table without a kind is left out of change sets: pulled rows would refresh no screen."""
    from saa_desk.store.changes import TABLE_KIND
    from saa_desk.store.models import SYNCED_MODELS

    assert sorted(m.__tablename__ for m in SYNCED_MODELS if m.__tablename__ not in TABLE_KIND) == []
