"""The few places where the GUI reaches the core beyond a plain service call.

Everything here asks the core (services, or the domain's pure validators) and holds no rule of
its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from saa_desk.domain.beneficiary import validate_beneficiary, validate_household
from saa_desk.domain.errors import ValidationError, ValidationErrors
from saa_desk.domain.identity import validate_identity
from saa_desk.services import drafts, intake
from saa_desk.services.context import Actor, today
from saa_desk.store.database import Store

# -- live validation in the interview (the domain's validators, run before saving) ----------------

def beneficiary_problems(store: Store, data: Mapping[str, Any]) -> list[ValidationError]:
    try:
        validate_beneficiary(data, today(store))
    except ValidationErrors as exc:
        return list(exc.errors)
    except ValidationError as exc:
        return [exc]
    return []


def check_member(store: Store, member: Mapping[str, Any]) -> dict[str, Any]:
    """Validate one household member; returns it as the core will store it."""
    entry = validate_household([member], today(store))[0]
    return {"name": entry.name, "relation": entry.relation,
            "birth_date": entry.birth_date.isoformat() if entry.birth_date else None}


def clean_id_number(id_type: object, number: object, passport_country: object) -> str | None:
    """The ID number as the core stores it, or None while it is not valid yet."""
    try:
        return validate_identity(id_type, number, passport_country).number
    except ValidationError:
        return None


@dataclass(frozen=True)
class RequestFields:
    support_type: str
    channel: str
    description: str | None


def save_interview(store: Store, actor: Actor, beneficiary_id: str | None, data: Mapping[str, Any],
                   household: Sequence[Mapping[str, Any]] | None,
                   request: RequestFields | None) -> intake.InterviewResult:
    """Register (or update) the beneficiary and open the request, in one transaction."""
    return intake.save_interview(store, actor, beneficiary_id, dict(data),
                                 list(household) if household is not None else None,
                                 None if request is None else vars(request))


# -- drafts -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DraftInfo:
    id: str
    updated_at: dt.datetime
    data: dict[str, Any]


def save_draft(store: Store, actor: Actor, draft_id: str | None, data: dict[str, Any]) -> str:
    return drafts.save_draft(store, actor, draft_id, data)


def list_drafts(store: Store, actor: Actor) -> list[DraftInfo]:
    return [DraftInfo(i, at, data) for i, at, data in drafts.list_drafts(store, actor)]


def load_draft(store: Store, actor: Actor, draft_id: str) -> dict[str, Any]:
    return drafts.load_draft(store, actor, draft_id)


def delete_draft(store: Store, actor: Actor, draft_id: str) -> None:
    drafts.delete_draft(store, actor, draft_id)
