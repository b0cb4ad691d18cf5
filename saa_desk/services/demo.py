"""Realistic demo data: Arabic beneficiaries with valid IDs and requests in every status.

Deterministic for a seed (same people, same numbers, same statuses). Rows are written through the
ORM in batches so change capture, sync metadata and the search index are exactly as in real use.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from functools import cache
from typing import Any

from saa_desk import catalogues
from saa_desk.domain.checklist import required_documents
from saa_desk.domain.enums import DecisionOutcome, DocumentStatus, MeetingStatus, SignatureMethod
from saa_desk.domain.errors import DeskError
from saa_desk.domain.identity import luhn_check_digit
from saa_desk.domain.permissions import Permission
from saa_desk.domain.workflow import MIN_ANSWER_DAYS, RequestStatus
from saa_desk.paths import resource_path
from saa_desk.services import catalogue, declarations, files
from saa_desk.services.context import Actor, Unit, today, unit
from saa_desk.services.demo_files import scan_pdf, signature_png
from saa_desk.services.desk import is_training
from saa_desk.store.blobs import SCAN_TYPES, SIGNATURE_TYPES
from saa_desk.store.database import Store
from saa_desk.store.models import (
    AgendaItem,
    Beneficiary,
    ChecklistItem,
    CommitteeMeeting,
    Decision,
    Declaration,
    DeclarationSignature,
    HouseholdMember,
    Referral,
    StatusTransition,
    SupportRequest,
)
from saa_desk.store.numbering import next_request_number

S = RequestStatus
BATCH = 2000
_BASE = [S.DRAFT, S.AWAITING_DOCUMENTS]
_READY = [*_BASE, S.READY_TO_SIGN]
_SUBMITTED = [*_READY, S.SUBMITTED]
_REVIEW = [*_SUBMITTED, S.UNDER_REVIEW]
PATHS: dict[RequestStatus, list[RequestStatus]] = {
    S.DRAFT: [S.DRAFT],
    S.AWAITING_DOCUMENTS: _BASE,
    S.REFERRED: [*_BASE, S.REFERRED],
    S.READY_TO_SIGN: _READY,
    S.SUBMITTED: _SUBMITTED,
    S.UNDER_REVIEW: _REVIEW,
    S.ACCEPTED: [*_REVIEW, S.ACCEPTED],
    S.REJECTED: [*_REVIEW, S.REJECTED],
    S.RETURNED: [*_REVIEW, S.RETURNED],
    S.REGISTERED: [*_REVIEW, S.ACCEPTED, S.REGISTERED],
    S.SERVED: [*_REVIEW, S.ACCEPTED, S.REGISTERED, S.SERVED],
    S.CLOSED: [*_REVIEW, S.REJECTED, S.CLOSED],
    S.WITHDRAWN: [*_BASE, S.WITHDRAWN],
}
# Files, as real ones go (services/files.add_file: stored by hash, queued for the central): every
# SIGNED_EVERY-th declaration is signed on screen, every SCANNED_EVERY-th ready request has its
# documents scanned. A few variants each: the same bytes are one file, whoever's row names it.
SIGNED_EVERY, SCANNED_EVERY, FILE_VARIANTS = 3, 4, 3
_DECIDED = {S.ACCEPTED: DecisionOutcome.ACCEPT, S.REJECTED: DecisionOutcome.REJECT,
            S.RETURNED: DecisionOutcome.RETURN}


@cache
def _names() -> dict[str, Any]:
    with resource_path("demo", "names.json").open(encoding="utf-8") as fh:
        names: dict[str, Any] = json.load(fh)
    return names


class _Maker:
    def __init__(self, seed: int, today: dt.date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.used_ids: set[str] = set()
        self.cases = 0  # counters, not the random stream: files leave the people as they were
        self.declared = 0
        self.files: dict[tuple[str, int], str] = {}  # (document type or "signature", variant) -> sha256

    def file(self, u: Unit, kind: str, variant: int) -> str:
        key = (kind, variant % FILE_VARIANTS)
        if key not in self.files:
            if kind == "signature":
                stored = files.add_file(u, signature_png(key[1]), accepted=SIGNATURE_TYPES, field="signature")
            else:
                title = catalogues.document_types()[kind].en
                stored = files.add_file(u, scan_pdf(title, f"TRN-{key[1] + 1:03d}"), accepted=SCAN_TYPES)
            self.files[key] = stored.sha256
        return self.files[key]

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def identity(self) -> tuple[str, str, str | None, str]:
        roll = self.rng.random()
        country: str | None
        while True:
            if roll < 0.05:
                number = self.rng.choice("ABNP") + str(self.rng.randrange(10**7, 10**8))
                kind, country = "passport", self.rng.choice(["EG", "PK", "ID", "IN", "NG", "TR"])
                nationality = country
            else:
                prefix = "2" if roll < 0.15 else "1"
                body = prefix + f"{self.rng.randrange(10**8):08d}"
                number = body + luhn_check_digit(body)
                kind, country = ("iqama", None) if prefix == "2" else ("national_id", None)
                nationality = self.rng.choice(["EG", "YE", "SY", "PK", "SD"]) if prefix == "2" else "SA"
            if number not in self.used_ids:
                self.used_ids.add(number)
                return kind, number, country, nationality

    def beneficiary(self) -> Beneficiary:
        n, r = _names(), self.rng
        gender = r.choice(["male", "female"])
        kind, number, country, nationality = self.identity()
        city, districts = r.choice(n["cities"])
        return Beneficiary(
            id=self.uuid(), id_type=kind, id_number=number, passport_country=country,
            id_expiry=self.today + dt.timedelta(days=r.randrange(30, 3000)),
            first_name=r.choice(n["male_first"] if gender == "male" else n["female_first"]),
            father_name=r.choice(n["male_first"]), grandfather_name=r.choice(n["male_first"]),
            family_name=r.choice(n["family"]), gender=gender,
            birth_date=dt.date(r.randrange(1940, 2005), r.randrange(1, 13), r.randrange(1, 29)),
            nationality=nationality, mobile=f"+9665{r.randrange(10**8):08d}", city=city,
            district=r.choice(districts), address=f"{r.choice(n['streets'])}، مبنى {r.randrange(1, 300)}",
            marital_status=r.choice(["single", "married", "married", "widowed", "divorced"]),
            monthly_income=r.choice([0, 1500, 2500, 3000, 4000, 5500, 7000]),
            employment=r.choice(["employed", "unemployed", "retired", "self_employed"]),
            preferred_channel=r.choice(catalogues.codes("channel")),
        )

    def household(self, b: Beneficiary) -> list[HouseholdMember]:
        n, r = _names(), self.rng
        members = []
        for _ in range(r.choice([0, 0, 1, 2, 3, 4])):
            relation = r.choice(["son", "daughter", "spouse", "mother"])
            first = r.choice(n["female_first"] if relation in ("daughter", "spouse", "mother") else n["male_first"])
            members.append(HouseholdMember(id=self.uuid(), beneficiary_id=b.id, relation=relation,
                                           name=f"{first} {b.first_name} {b.family_name}",
                                           birth_date=dt.date(r.randrange(1950, 2024), 1 + r.randrange(12), 1)))
        return members


def generate(store: Store, actor: Actor, count: int, seed: int = 1,
             progress: Callable[[int], None] | None = None) -> int:
    """Create `count` beneficiaries, each with one request; statuses cycle through every state.
    Only on a training desk: invented people must never reach real data."""
    actor.require(Permission.BENEFICIARY_WRITE)
    if not is_training(store):
        raise DeskError("not_training_desk")
    maker = _Maker(seed, today(store))
    statuses = list(PATHS)
    made = 0
    meeting_id: str | None = None
    while made < count:
        size = min(BATCH, count - made)
        with unit(store, actor, Permission.BENEFICIARY_WRITE) as u:
            if meeting_id is None:
                # A meeting already held: closed, its agenda items carrying the decisions it took.
                meeting = CommitteeMeeting(id=maker.uuid(), number=f"D{seed}-{made // BATCH + 1}",
                                           meeting_date=maker.today, status=MeetingStatus.CLOSED.value,
                                           quorum=1, closed_at=dt.datetime.combine(maker.today, dt.time(12)))
                u.session.add(meeting)
                meeting_id = meeting.id
            submitted: list[SupportRequest] = []
            with u.session.no_autoflush:  # one flush per batch, not one per query
                for i in range(size):
                    target = statuses[(made + i) % len(statuses)]
                    submitted.extend(_one_case(u, maker, target, meeting_id, i + 1))
            u.session.flush()
            with u.session.no_autoflush:
                for request in submitted:
                    _declare(u, maker, request)
            u.audit("demo.generate", None, None, count=size, seed=seed)
            meeting_id = None
            maker.files.clear()  # each batch adds (and queues) its files: another transaction
        made += size
        if progress:
            progress(made)
    store.optimise()
    return made


def _one_case(u: Any, maker: _Maker, target: RequestStatus, meeting_id: str,
              position: int) -> list[SupportRequest]:
    r = maker.rng
    b = maker.beneficiary()
    u.session.add(b)
    u.session.add_all(maker.household(b))
    version, current = catalogue.current_in(u.session)  # what a real request is built from
    st = r.choice([t for t in current.support_types.values() if t.active])
    path = PATHS[target]
    request = SupportRequest(
        id=maker.uuid(), number=next_request_number(u.session, u.store, maker.today.year),
        beneficiary_id=b.id, support_type=st.code, channel=r.choice(catalogues.codes("channel")),
        description=r.choice(_names()["needs"]), status=target.value, catalogue_version=version,
    )
    u.session.add(request)
    previous: RequestStatus | None = None
    for step in path:
        u.session.add(StatusTransition(id=maker.uuid(), request_id=request.id,
                                       from_status=previous.value if previous else None,
                                       to_status=step.value, note=_note(step)))
        previous = step
    ready = S.READY_TO_SIGN in path
    maker.cases += 1
    scanned = ready and maker.cases % SCANNED_EVERY == 0
    for doc in required_documents(st, b.id_type):
        has_expiry = current.document_types[doc.code].has_expiry
        u.session.add(ChecklistItem(
            id=maker.uuid(), request_id=request.id, document_type=doc.code, mandatory=doc.mandatory,
            status=DocumentStatus.VERIFIED.value if ready else r.choice(["pending", "received"]),
            document_number=str(r.randrange(10**6, 10**7)) if ready else None,
            expiry_date=b.id_expiry if has_expiry else None,
            scan_sha256=maker.file(u, doc.code, maker.cases) if scanned else None,
            scan_name=f"{doc.code}.pdf" if scanned else None,
        ))
    if S.REFERRED in path:
        u.session.add(Referral(id=maker.uuid(), request_id=request.id, question="يرغب المستفيد في معرفة شروط الدعم"))
    if S.SUBMITTED in path:
        days = r.randrange(0, 60)
        request.submitted_at = dt.datetime.combine(maker.today - dt.timedelta(days=days), dt.time(9))
        request.expected_answer_date = request.submitted_at.date() + dt.timedelta(days=MIN_ANSWER_DAYS)
        decided = next((s for s in path if s in _DECIDED), None)
        if decided is not None:
            request.meeting_id = meeting_id
            outcome = _DECIDED[decided]
            decision = {
                "outcome": outcome.value,
                "reason": None if decided is S.ACCEPTED else "لم تكتمل شروط الاستحقاق",
                "reason_code": "other" if decided is S.REJECTED else None,
                "support_granted": st.ar if decided is S.ACCEPTED else None,
            }
            u.session.add(AgendaItem(id=maker.uuid(), meeting_id=meeting_id, request_id=request.id,
                                     position=position, conflict_of_interest=False, **decision))
            u.session.add(Decision(id=maker.uuid(), request_id=request.id, meeting_id=meeting_id,
                                   conflict_of_interest=False, **decision))
        return [request]
    return []


def _note(step: RequestStatus) -> str | None:
    if step in (S.REJECTED, S.RETURNED):
        return "لم تكتمل شروط الاستحقاق"
    if step is S.WITHDRAWN:
        return "طلب المستفيد سحب الطلب"
    return None


def _declare(u: Any, maker: _Maker, request: SupportRequest) -> None:
    snapshot = declarations.build_snapshot(u.session, request)
    decl = Declaration(id=maker.uuid(), request_id=request.id, beneficiary_id=request.beneficiary_id,
                       snapshot_json=declarations.canonical(snapshot), snapshot_sha256=declarations.digest(snapshot))
    u.session.add(decl)
    maker.declared += 1
    on_screen = maker.declared % SIGNED_EVERY == 0
    u.session.add(DeclarationSignature(
        id=maker.uuid(), declaration_id=decl.id,
        method=(SignatureMethod.ON_SCREEN if on_screen else SignatureMethod.PAPER).value,
        signed_at=request.submitted_at,
        signature_png_sha256=maker.file(u, "signature", maker.declared) if on_screen else None))
