"""The interview's live checks refuse a field for the reason the save would refuse it."""

import pytest

from saa_desk.domain.errors import ValidationErrors
from saa_desk.services import fieldchecks, intake
from tests.conftest import Desk
from tests.factories import beneficiary_data, national_id


def test_live_problems_are_the_saves_problems(desk_env: Desk) -> None:
    bad = beneficiary_data(mobile="12", birth_date="2999-01-01")
    live = {(p.field, p.code) for p in fieldchecks.beneficiary_problems(desk_env.store, bad)}
    with pytest.raises(ValidationErrors) as refused:
        intake.save_interview(desk_env.store, desk_env.reception, None, bad, None, None)
    assert live == {(e.field, e.code) for e in refused.value.errors} and {f for f, _ in live} >= {"mobile"}
    assert fieldchecks.beneficiary_problems(desk_env.store, beneficiary_data()) == []


def test_a_member_comes_back_as_stored_and_an_id_only_once_valid(desk_env: Desk) -> None:
    member = fieldchecks.check_member(desk_env.store, {"name": "  فاطمة   محمد ", "relation": "daughter",
                                                       "birth_date": "2010-05-01"})
    assert member == {"name": "فاطمة محمد", "relation": "daughter", "birth_date": "2010-05-01"}
    number = national_id()
    assert fieldchecks.clean_id_number("national_id", f" {number} ", None) == number
    assert fieldchecks.clean_id_number("national_id", number[:-1], None) is None
