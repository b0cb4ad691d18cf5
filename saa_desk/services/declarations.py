"""The data declaration (إقرار صحة البيانات): a frozen snapshot of what the applicant declares.

The snapshot is canonical JSON, so equal data always gives an equal SHA-256. A declaration is
stale when the data it froze has changed since; a stale one cannot be signed or submitted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from saa_desk.domain.enums import SignatureMethod
from saa_desk.domain.errors import ValidationError, WorkflowError
from saa_desk.domain.permissions import Permission
from saa_desk.domain.workflow import Action, DeclarationFact
from saa_desk.services import checklist, files
from saa_desk.services.context import Actor, Unit, live, reading, unit
from saa_desk.store.blobs import SIGNATURE_TYPES
from saa_desk.store.database import Store
from saa_desk.store.models import (
    Beneficiary,
    ChecklistItem,
    Declaration,
    DeclarationSignature,
    HouseholdMember,
    SupportRequest,
)

SNAPSHOT_SCHEMA = 1
_DECLARED_FIELDS = (
    "id_type", "id_number", "passport_country", "id_expiry", "first_name", "father_name",
    "grandfather_name", "family_name", "latin_name", "gender", "birth_date", "nationality",
    "mobile", "city", "district", "address", "marital_status", "monthly_income", "employment",
)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def build_snapshot(session: Session, request: SupportRequest) -> dict[str, Any]:
    """Exactly what the applicant declares: their data, household and documents."""
    b = session.get(Beneficiary, request.beneficiary_id)
    assert b is not None
    members = session.scalars(select(HouseholdMember).where(
        HouseholdMember.beneficiary_id == b.id, HouseholdMember.deleted.is_(False))
        .order_by(HouseholdMember.created_at, HouseholdMember.id))
    items = session.scalars(select(ChecklistItem).where(
        ChecklistItem.request_id == request.id, ChecklistItem.deleted.is_(False))
        .order_by(ChecklistItem.document_type))
    return {
        "schema": SNAPSHOT_SCHEMA,
        "request": {"id": request.id, "number": request.number, "support_type": request.support_type,
                    "channel": request.channel, "description": request.description},
        "beneficiary": {"id": b.id} | {f: _iso(getattr(b, f)) for f in _DECLARED_FIELDS},
        "household": [{"name": m.name, "relation": m.relation, "birth_date": _iso(m.birth_date)}
                      for m in members],
        "documents": [{"document_type": i.document_type, "document_number": i.document_number,
                       "expiry_date": _iso(i.expiry_date)} for i in items],
    }


def canonical(snapshot: dict[str, Any]) -> str:
    return json.dumps(snapshot, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def digest(snapshot: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(snapshot).encode("utf-8")).hexdigest()


def latest(session: Session, request_id: str) -> Declaration | None:
    return session.scalars(select(Declaration).where(Declaration.request_id == request_id)
                           .order_by(Declaration.hlc.desc())).first()


def is_signed(session: Session, declaration_id: str) -> bool:
    return session.scalar(select(DeclarationSignature.id).where(
        DeclarationSignature.declaration_id == declaration_id).limit(1)) is not None


def fact(session: Session, request: SupportRequest) -> DeclarationFact | None:
    """What the submission guard needs: is the newest declaration signed, and still current?"""
    decl = latest(session, request.id)
    if decl is None:
        return None
    stale = decl.snapshot_sha256 != digest(build_snapshot(session, request))
    return DeclarationFact(signed=is_signed(session, decl.id), stale=stale)


@dataclass(frozen=True)
class DeclarationView:
    id: str
    request_id: str
    snapshot: dict[str, Any]
    sha256: str
    created_at: dt.datetime
    signed: bool
    stale: bool


def _view(session: Session, decl: Declaration, request: SupportRequest) -> DeclarationView:
    current = digest(build_snapshot(session, request))
    return DeclarationView(decl.id, decl.request_id, json.loads(decl.snapshot_json),
                           decl.snapshot_sha256, decl.created_at, is_signed(session, decl.id),
                           decl.snapshot_sha256 != current)


def take_in(u: Unit, request: SupportRequest) -> Declaration:
    """Freeze the current data; reuses the newest declaration when nothing has changed.

    A new snapshot needs the print action (every required document verified and unexpired today);
    an unchanged one may always be printed again as a copy."""
    snapshot = build_snapshot(u.session, request)
    sha = digest(snapshot)
    decl = latest(u.session, request.id)
    if decl is None or decl.snapshot_sha256 != sha:
        checklist.require(u, request, Action.PRINT_DECLARATION)
        decl = Declaration(request_id=request.id, beneficiary_id=request.beneficiary_id,
                           snapshot_json=canonical(snapshot), snapshot_sha256=sha)
        u.session.add(decl)
        u.session.flush()
        u.audit("declaration.take", "declarations", decl.id, sha256=sha)
    return decl


def loads(decl: Declaration) -> dict[str, Any]:
    snapshot: dict[str, Any] = json.loads(decl.snapshot_json)
    return snapshot


def take(store: Store, actor: Actor, request_id: str) -> DeclarationView:
    with unit(store, actor, Permission.DECLARATION_PRINT) as u:
        request: SupportRequest = u.get(SupportRequest, request_id, "request")
        return _view(u.session, take_in(u, request), request)


def current(store: Store, actor: Actor, request_id: str) -> DeclarationView | None:
    with reading(store, actor) as s:
        request = live(s, SupportRequest, request_id, "request")
        decl = latest(s, request_id)
        return _view(s, decl, request) if decl else None


def record_signature(store: Store, actor: Actor, declaration_id: str, method: str = "paper",
                     signature_png: bytes | None = None) -> None:
    """The applicant signed (paper received at the desk, or an on-screen signature)."""
    try:
        how = SignatureMethod(method)
    except ValueError:
        raise ValidationError("unknown_choice", "signature", value=str(method)[:20]) from None
    if how is SignatureMethod.ON_SCREEN and not signature_png:
        raise ValidationError("required", "signature")
    with unit(store, actor, Permission.DECLARATION_PRINT) as u:
        decl: Declaration = u.get(Declaration, declaration_id, "declaration")
        request: SupportRequest = u.get(SupportRequest, decl.request_id, "request")
        newest = latest(u.session, request.id)
        if newest is None or newest.id != decl.id or decl.snapshot_sha256 != digest(
                build_snapshot(u.session, request)):
            raise WorkflowError("declaration_stale", "declaration")
        png_hash = (files.add_file(u, signature_png, accepted=SIGNATURE_TYPES, field="signature").sha256
                    if signature_png else None)
        u.session.add(DeclarationSignature(declaration_id=decl.id, method=how.value,
                                           signed_at=u.now_utc, signature_png_sha256=png_hash))
        u.audit("declaration.sign", "declarations", decl.id, method=how.value)

