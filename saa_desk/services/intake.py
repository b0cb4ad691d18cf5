"""The interview's outcome in one transaction: the beneficiary (new or returning), their household
and the new request. Every fault in any of them is reported at once; nothing is written unless
all of it is."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from saa_desk.domain.beneficiary import validate_beneficiary, validate_household
from saa_desk.domain.errors import ValidationError, ValidationErrors
from saa_desk.domain.permissions import Permission
from saa_desk.services import beneficiaries, catalogue, requests
from saa_desk.services.context import Actor, today, unit
from saa_desk.store.database import Store
from saa_desk.store.models import Beneficiary


@dataclass(frozen=True)
class RequestFields:
    """The request the interview opens, as the screen collected it (validated on save)."""

    support_type: str
    channel: str
    description: str | None


@dataclass(frozen=True)
class InterviewResult:
    beneficiary_id: str
    request_id: str | None


def _collect(errors: list[ValidationError], check) -> Any:  # type: ignore[no-untyped-def]
    try:
        return check()
    except ValidationErrors as exc:
        errors.extend(exc.errors)
    except ValidationError as exc:
        errors.append(exc)
    return None


def save_interview(store: Store, actor: Actor, beneficiary_id: str | None, data: Mapping[str, Any],
                   household: Sequence[Mapping[str, Any]] | None,
                   request: RequestFields | None) -> InterviewResult:
    """Register (or update) the beneficiary, replace the household if given, open the request if given.

    A new beneficiary whose ID is already registered raises DuplicateBeneficiary (the screen
    offers the existing file)."""
    actor.require(Permission.BENEFICIARY_WRITE)
    if request is not None:
        actor.require(Permission.REQUEST_WRITE)
    errors: list[ValidationError] = []
    on = today(store)
    members = _collect(errors, lambda: validate_household(household or [], on))
    with unit(store, actor, Permission.BENEFICIARY_WRITE) as u:
        if request is not None:  # the support types the store's catalogue offers now
            offered = catalogue.current_in(u.session)[1]
            _collect(errors, lambda: requests.validate_request_fields(
                request.support_type, request.channel, request.description, offered))
        existing: Beneficiary | None = None
        if beneficiary_id is None:
            clean = _collect(errors, lambda: validate_beneficiary(data, on))
        else:
            existing = u.get(Beneficiary, beneficiary_id, "beneficiary")
            clean = _collect(errors, lambda: beneficiaries.validated_changes(u, existing, data))
        if errors:
            raise ValidationErrors(errors)
        if existing is None:
            b = beneficiaries.add_beneficiary(u, clean, household or ())
        else:
            b = existing
            beneficiaries.apply_changes(u, b, clean)
            if household is not None:
                beneficiaries.set_household(u, b.id, members)
        request_id = None
        if request is not None:
            request_id = requests.add_request(u, b.id, request.support_type, request.channel,
                                              request.description).id
        return InterviewResult(b.id, request_id)
