"""Document checklist rules: what a support type requires and whether a checklist is complete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from saa_desk.catalogues import SupportType, document_types
from saa_desk.domain.enums import DocumentStatus
from saa_desk.domain.identity import IdType


@dataclass(frozen=True)
class RequiredDocument:
    code: str
    mandatory: bool


def required_documents(support_type: SupportType, id_type: IdType | str) -> list[RequiredDocument]:
    """Expand the support type's requirements for this applicant ("identity" by ID type)."""
    result: list[RequiredDocument] = []
    for req in support_type.documents:
        code = req.code
        if code == "identity":
            code = "passport_visa" if IdType(id_type) is IdType.PASSPORT else "identity_copy"
        result.append(RequiredDocument(code, req.mandatory))
    return result


@dataclass(frozen=True)
class ChecklistFact:
    document_type: str
    mandatory: bool
    status: DocumentStatus
    expiry_date: dt.date | None


@dataclass(frozen=True)
class ChecklistProblem:
    document_type: str
    code: str  # "missing" (not verified/waived) or "expired"
    expiry_date: dt.date | None = None


class ItemState(StrEnum):
    """What a checklist item means for the request today; the submission guard reads the same."""

    NEEDED = "needed"
    VERIFIED = "verified"
    EXPIRED = "expired"  # verified once, or recorded as expired: its expiry date is the reason
    WAIVED = "waived"


def date_expired(expiry: dt.date | None, on: dt.date) -> bool:
    return expiry is not None and expiry < on


def item_expired(fact: ChecklistFact, on: dt.date) -> bool:
    doc = document_types().get(fact.document_type)
    has_expiry = doc.has_expiry if doc else fact.expiry_date is not None
    return has_expiry and date_expired(fact.expiry_date, on)


def item_state(fact: ChecklistFact, on: dt.date) -> ItemState:
    if fact.status is DocumentStatus.WAIVED:
        return ItemState.WAIVED
    if fact.status is DocumentStatus.EXPIRED or (fact.status is DocumentStatus.VERIFIED and item_expired(fact, on)):
        return ItemState.EXPIRED
    return ItemState.VERIFIED if fact.status is DocumentStatus.VERIFIED else ItemState.NEEDED


def checklist_problems(items: Sequence[ChecklistFact], on: dt.date) -> list[ChecklistProblem]:
    """Mandatory items that are not verified-and-valid on `on` (or waived)."""
    problems: list[ChecklistProblem] = []
    for item in items:
        state = item_state(item, on) if item.mandatory else ItemState.WAIVED
        if state is ItemState.EXPIRED and item.status is DocumentStatus.VERIFIED:
            problems.append(ChecklistProblem(item.document_type, "expired", item.expiry_date))
        elif state in (ItemState.NEEDED, ItemState.EXPIRED):
            problems.append(ChecklistProblem(item.document_type, "missing", item.expiry_date))
    return problems


def expiry_required(document_type: str) -> bool:
    doc = document_types().get(document_type)
    return bool(doc and doc.has_expiry)
