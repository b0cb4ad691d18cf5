"""Printing the declaration, the submission receipt, the decision letter and the research report.

Every print is recorded (who, when, which snapshot, the PDF's hash); a re-print is marked as a copy.
PDF generation itself is Qt-free and lives in saa_desk.printing.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from saa_desk.catalogues import document_label, rejection_reason_label
from saa_desk.domain.dates import local_date
from saa_desk.domain.enums import MeetingStatus
from saa_desk.domain.errors import DeskError, NotFound, ValidationError, WorkflowError
from saa_desk.domain.permissions import Permission
from saa_desk.printing import (
    DecisionLetterData,
    PrintContext,
    ReceiptData,
    read_document_metadata,
    render_decision_letter,
    render_declaration,
    render_receipt,
)
from saa_desk.printing.decision_letter import render_decision_letters
from saa_desk.printing.minutes import render_minutes
from saa_desk.printing.models import MinutesData, MinutesDecision, MinutesMember, Outcome
from saa_desk.printing.research_report import ResearchReportData, render_research_report
from saa_desk.services import declarations, files, research
from saa_desk.services.context import Actor, Unit, live, now_local, reading, unit
from saa_desk.store import blobs
from saa_desk.store.database import Store
from saa_desk.store.models import (
    AgendaItem,
    Beneficiary,
    CommitteeMeeting,
    Decision,
    Declaration,
    DeclarationSignature,
    MeetingMember,
    PrintRecord,
    Referral,
    SupportRequest,
    User,
)

DECLARATION, RECEIPT, DECISION = "declaration", "receipt", "decision"
RESEARCH = "research_report"
_HASH = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class PrintedDocument:
    kind: str
    request_number: str
    pdf: bytes
    copy_number: int  # 0 for the original, 1… for copies
    print_id: str


def _context(store: Store, actor: Actor, copy_number: int) -> PrintContext:
    branch = store.codes[0] if store.codes else ""
    return PrintContext(branch_name=branch, printed_at=now_local(store), printed_by=actor.full_name,
                        is_copy=copy_number > 0, copy_number=copy_number)


def _copies_so_far(u: Unit, kind: str, request_id: str, ref_column: InstrumentedAttribute[Any],
                   ref: str | None) -> int:
    return _count_prints(u.session, kind, request_id, ref_column, ref)


def _count_prints(session: Session, kind: str, request_id: str, ref_column: InstrumentedAttribute[Any],
                  ref: str | None) -> int:
    query = select(func.count()).select_from(PrintRecord).where(
        PrintRecord.document_kind == kind, PrintRecord.request_id == request_id)
    if ref is not None:
        query = query.where(ref_column == ref)
    return int(session.scalar(query) or 0)


def _record(u: Unit, kind: str, request: SupportRequest, pdf: bytes, copy_number: int,
            declaration_id: str | None = None, decision_id: str | None = None) -> PrintedDocument:
    record = PrintRecord(document_kind=kind, request_id=request.id, declaration_id=declaration_id,
                         decision_id=decision_id, copy_number=copy_number,
                         pdf_sha256=hashlib.sha256(pdf).hexdigest())
    u.session.add(record)
    u.session.flush()
    u.audit("print." + kind, "print_records", record.id, request=request.number, copy=copy_number)
    return PrintedDocument(kind, request.number, pdf, copy_number, record.id)


def _signature_image(u: Unit, declaration_id: str) -> bytes | None:
    sha = u.session.scalar(select(DeclarationSignature.signature_png_sha256).where(
        DeclarationSignature.declaration_id == declaration_id,
        DeclarationSignature.signature_png_sha256.is_not(None)).limit(1))
    return blobs.read_bytes(u.store.data_dir, sha) if sha else None


@dataclass(frozen=True)
class PrintJob:
    """A document rendered as it will print, not yet recorded.

    A print is recorded only once the document really went to a printer or a file
    (`record_print`): a print cancelled in the preview dialog, or a save cancelled in the file
    dialog, leaves no record, so the next print is not marked as a copy."""

    kind: str
    request_id: str
    request_number: str
    pdf: bytes
    copy_number: int  # the number printed on this document: 0 for the original, 1… for copies
    declaration_id: str | None = None
    decision_id: str | None = None


def _fetch_signatures(store: Store, actor: Actor, request_id: str) -> None:
    """Bring a signature drawn at another desk before the print's transaction: the network is
    never waited on while the desk's database is locked for writing. Offline, file_not_fetched."""
    with reading(store, actor, Permission.DECLARATION_PRINT) as s:
        shas = s.scalars(select(DeclarationSignature.signature_png_sha256).join(
            Declaration, Declaration.id == DeclarationSignature.declaration_id).where(
            Declaration.request_id == request_id, DeclarationSignature.signature_png_sha256.is_not(None))).all()
    for sha in shas:
        if sha and not blobs.has(store.data_dir, sha):
            files.open_file(store, actor, sha)


def prepare_declaration(store: Store, actor: Actor, request_id: str) -> PrintJob:
    """Freeze the applicant's current data (reusing an unchanged snapshot) and render it to sign."""
    _fetch_signatures(store, actor, request_id)
    with unit(store, actor, Permission.DECLARATION_PRINT) as u:
        request: SupportRequest = u.get(SupportRequest, request_id, "request")
        decl = declarations.take_in(u, request)
        copy_number = _copies_so_far(u, DECLARATION, request.id, PrintRecord.declaration_id, decl.id)
        ctx = _context(u.store, u.actor, copy_number)
        pdf = render_declaration(declarations.loads(decl), decl.snapshot_sha256, ctx, _signature_image(u, decl.id))
        return PrintJob(DECLARATION, request.id, request.number, pdf, copy_number, declaration_id=decl.id)


def prepare_receipt(store: Store, actor: Actor, request_id: str) -> PrintJob:
    with reading(store, actor, Permission.DECLARATION_PRINT) as s:
        request: SupportRequest = live(s, SupportRequest, request_id, "request")
        data = _receipt_data(s, request)
        copy_number = _count_prints(s, RECEIPT, request.id, PrintRecord.request_id, None)
        pdf = render_receipt(data, _context(store, actor, copy_number))
        return PrintJob(RECEIPT, request.id, request.number, pdf, copy_number)


def prepare_decision(store: Store, actor: Actor, request_id: str) -> PrintJob:
    with reading(store, actor, Permission.DECLARATION_PRINT) as s:
        request: SupportRequest = live(s, SupportRequest, request_id, "request")
        row = s.execute(select(Decision, CommitteeMeeting)
                        .join(CommitteeMeeting, CommitteeMeeting.id == Decision.meeting_id)
                        .where(Decision.request_id == request.id)
                        .order_by(Decision.hlc.desc()).limit(1)).first()
        if row is None:
            raise NotFound("decision")
        decision, meeting = row
        b: Beneficiary = live(s, Beneficiary, request.beneficiary_id, "beneficiary")
        copy_number = _count_prints(s, DECISION, request.id, PrintRecord.decision_id, decision.id)
        data = DecisionLetterData(request.number, b.full_name, b.id_number, request.support_type,
                                  cast(Outcome, decision.outcome),  # stored as a DecisionOutcome value
                                  decision.reason, meeting.number, meeting.meeting_date,
                                  local_date(decision.created_at))
        pdf = render_decision_letter(data, _context(store, actor, copy_number))
        return PrintJob(DECISION, request.id, request.number, pdf, copy_number, decision_id=decision.id)


def prepare_research_report(store: Store, actor: Actor, request_id: str) -> PrintJob:
    """The latest research report on the request. Copies are counted from that report's filing:
    a later report (which supersedes it) prints as a new original."""
    with reading(store, actor, Permission.REFERRAL_ANSWER) as s:
        request: SupportRequest = live(s, SupportRequest, request_id, "request")
        report = research.latest_report_in(s, request.id)
        if report is None:
            raise NotFound("report")
        b: Beneficiary = live(s, Beneficiary, request.beneficiary_id, "beneficiary")
        question = s.scalar(select(Referral.question).where(Referral.id == report.referral_id)) or ""
        copy_number = int(s.scalar(select(func.count()).select_from(PrintRecord).where(
            PrintRecord.document_kind == RESEARCH, PrintRecord.request_id == request.id,
            PrintRecord.created_at >= report.filed_at)) or 0)
        data = ResearchReportData(
            request.number, b.full_name, b.id_number, request.support_type, question, report.filed_by or "",
            local_date(report.filed_at), report.visit_date, report.visit_place, report.household, report.housing,
            b.monthly_income, report.income_verified, report.income_verification, report.needs,
            report.recommendation, report.conditions, report.notes)
        pdf = render_research_report(data, _context(store, actor, copy_number))
        return PrintJob(RESEARCH, request.id, request.number, pdf, copy_number)


PREPARE = {DECLARATION: prepare_declaration, RECEIPT: prepare_receipt, DECISION: prepare_decision,
           RESEARCH: prepare_research_report}
# Recording a print needs what preparing it did: the researcher prints their report, not declarations.
_RECORD_PERMISSION = {RESEARCH: Permission.REFERRAL_ANSWER}


def prepare(store: Store, actor: Actor, kind: str, request_id: str) -> PrintJob:
    """The document of this kind rendered to print; nothing is recorded yet."""
    if kind not in PREPARE:
        raise ValidationError("unknown_choice", "kind", value=str(kind)[:20])
    return PREPARE[kind](store, actor, request_id)


def record_print(store: Store, actor: Actor, job: PrintJob) -> PrintedDocument:
    """Record that `job` went to a printer or a file. The record keeps the copy number printed
    on the paper, even if another print of the same document was recorded meanwhile: it
    describes the paper that left the desk."""
    with unit(store, actor, _RECORD_PERMISSION.get(job.kind, Permission.DECLARATION_PRINT)) as u:
        request: SupportRequest = u.get(SupportRequest, job.request_id, "request")
        return _record(u, job.kind, request, job.pdf, job.copy_number,
                       declaration_id=job.declaration_id, decision_id=job.decision_id)


def print_declaration(store: Store, actor: Actor, request_id: str) -> PrintedDocument:
    """Render and record at once, for callers whose output cannot be cancelled after rendering."""
    return record_print(store, actor, prepare_declaration(store, actor, request_id))


def print_research_report(store: Store, actor: Actor, request_id: str) -> PrintedDocument:
    return record_print(store, actor, prepare_research_report(store, actor, request_id))


def print_receipt(store: Store, actor: Actor, request_id: str) -> PrintedDocument:
    return record_print(store, actor, prepare_receipt(store, actor, request_id))


def print_decision(store: Store, actor: Actor, request_id: str) -> PrintedDocument:
    return record_print(store, actor, prepare_decision(store, actor, request_id))


def _receipt_data(session: Session, request: SupportRequest) -> ReceiptData:
    if request.submitted_at is None or request.expected_answer_date is None:
        raise WorkflowError("transition_not_allowed", "status", **{"from": request.status, "to": "receipt"})
    b = session.get(Beneficiary, request.beneficiary_id)
    assert b is not None
    submitted_on = local_date(request.submitted_at)
    return ReceiptData(request.number, b.full_name, b.id_number, request.support_type, submitted_on,
                       request.expected_answer_date)


# -- previews: shown on screen, nothing has left the desk, so nothing is recorded ---------------------


def preview_declaration(store: Store, actor: Actor, request_id: str, signature_png: bytes | None = None) -> bytes:
    """The declaration as it would print now (with a signature still being drawn, if given)."""
    with reading(store, actor, Permission.DECLARATION_PRINT) as s:
        snapshot = declarations.build_snapshot(s, live(s, SupportRequest, request_id, "request"))
    return render_declaration(snapshot, declarations.digest(snapshot), _context(store, actor, 0), signature_png)


def preview_receipt(store: Store, actor: Actor, request_id: str) -> bytes:
    with reading(store, actor, Permission.DECLARATION_PRINT) as s:
        data = _receipt_data(s, live(s, SupportRequest, request_id, "request"))
    return render_receipt(data, _context(store, actor, 0))


@dataclass(frozen=True)
class Verification:
    found: bool
    request_number: str | None = None
    current: bool = False  # the printout still matches the applicant's data
    signed: bool = False
    newest: bool = False  # no later declaration replaced it


def declaration_hash_of(file_or_hash: str) -> str:
    """A printout's hash from a PDF file, a QR payload (SAA-DECL:1:number:hash) or the hash itself."""
    text = file_or_hash.strip()
    candidate = text.rsplit(":", 1)[-1].lower()
    if _HASH.fullmatch(candidate):
        return candidate
    path = Path(text)
    if not path.is_file():
        raise DeskError("file_unreadable", "file", detail="neither a declaration PDF nor a SHA-256")
    meta = read_document_metadata(path.read_bytes())
    if not meta or meta.get("doc") != DECLARATION or not _HASH.fullmatch(str(meta.get("snapshot_hash", ""))):
        raise DeskError("file_unreadable", "file", detail="not an SAA Desk declaration")
    return str(meta["snapshot_hash"])


def verify_declaration(store: Store, actor: Actor, file_or_hash: str) -> Verification:
    sha = declaration_hash_of(file_or_hash)
    with reading(store, actor) as s:
        decl = s.scalars(select(Declaration).where(Declaration.snapshot_sha256 == sha)
                         .order_by(Declaration.hlc.desc())).first()
        if decl is None:
            return Verification(False)
        request = s.get(SupportRequest, decl.request_id)
        assert request is not None
        now = declarations.digest(declarations.build_snapshot(s, request))
        newest = declarations.latest(s, request.id)
        return Verification(True, request.number, now == sha, declarations.is_signed(s, decl.id),
                            newest is not None and newest.snapshot_sha256 == sha)


# -- a committee meeting: its minutes, and its decision letters as one PDF ---------------------------


@dataclass(frozen=True)
class MeetingDocument:
    kind: str
    meeting_number: str
    pdf: bytes
    pages: int
    print_ids: tuple[str, ...] = ()  # the letters' print records, one a request


def _closed_meeting(session: Session, meeting_id: str) -> CommitteeMeeting:
    meeting: CommitteeMeeting = live(session, CommitteeMeeting, meeting_id, "meeting_number")
    if meeting.status != MeetingStatus.CLOSED.value:
        raise ValidationError("meeting_open", "meeting_number", number=meeting.number)
    return meeting


def _meeting_decisions(session: Session,
                       meeting: CommitteeMeeting) -> list[tuple[Decision, SupportRequest, Beneficiary]]:
    """The decisions the meeting took, in agenda order."""
    rows = session.execute(
        select(Decision, SupportRequest, Beneficiary)
        .join(SupportRequest, SupportRequest.id == Decision.request_id)
        .join(Beneficiary, Beneficiary.id == SupportRequest.beneficiary_id)
        .outerjoin(AgendaItem, (AgendaItem.meeting_id == meeting.id) & (AgendaItem.request_id == Decision.request_id)
                   & AgendaItem.deleted.is_(False))
        .where(Decision.meeting_id == meeting.id)
        .order_by(AgendaItem.position, SupportRequest.number))
    return [(d, r, b) for d, r, b in rows]


def _codes(raw: str | None) -> tuple[str, ...]:
    return tuple(str(c) for c in json.loads(raw)) if raw else ()


def print_minutes(store: Store, actor: Actor, meeting_id: str) -> MeetingDocument:
    """The minutes of a closed meeting (recorded in the audit trail: they concern no one request)."""
    with unit(store, actor, Permission.COMMITTEE_MEETING) as u:
        meeting = _closed_meeting(u.session, meeting_id)
        attendance = tuple(
            MinutesMember(name or "", present) for present, name in u.session.execute(
                select(MeetingMember.present, User.full_name).outerjoin(User, User.id == MeetingMember.user_id)
                .where(MeetingMember.meeting_id == meeting.id, MeetingMember.deleted.is_(False))
                .order_by(MeetingMember.present.desc(), User.full_name)))
        decisions = tuple(
            MinutesDecision(r.number, b.full_name, r.support_type, cast(Outcome, d.outcome), d.support_granted,
                            d.conditions, d.reason_code, d.reason, _codes(d.missing_documents), d.conflict_of_interest)
            for d, r, b in _meeting_decisions(u.session, meeting))
        data = MinutesData(meeting.number, meeting.meeting_date, meeting.location, meeting.quorum, attendance,
                           decisions, meeting.notes)
        pdf = render_minutes(data, _context(store, actor, 0))
        u.audit("print.minutes", "committee_meetings", meeting.id, number=meeting.number,
                sha256=hashlib.sha256(pdf).hexdigest())
        return MeetingDocument("minutes", meeting.number, pdf, page_count(pdf))


@dataclass(frozen=True)
class LettersJob:
    """A meeting's letters rendered, not yet recorded (recorded once they reach a printer or a file)."""

    meeting_number: str
    pdf: bytes
    letters: tuple[tuple[str, str, int], ...]  # (request id, decision id, copy number printed), page order


def prepare_meeting_letters(store: Store, actor: Actor, meeting_id: str) -> LettersJob:
    """Every decision letter of a closed meeting in one PDF, each letter from a new page; a letter
    printed before is marked as its numbered copy, as print_decision does."""
    with reading(store, actor, Permission.COMMITTEE_MEETING) as s:
        meeting = _closed_meeting(s, meeting_id)
        letters = []
        for d, r, b in _meeting_decisions(s, meeting):
            copy_number = _count_prints(s, DECISION, r.id, PrintRecord.decision_id, d.id)
            data = DecisionLetterData(r.number, b.full_name, b.id_number, r.support_type,
                                      cast(Outcome, d.outcome), _letter_reason(d), meeting.number,
                                      meeting.meeting_date, local_date(d.created_at), d.support_granted, d.conditions)
            letters.append((data, _context(store, actor, copy_number), (r.id, d.id, copy_number)))
        pdf = render_decision_letters([(data, ctx) for data, ctx, _ in letters], meeting.number)
        return LettersJob(meeting.number, pdf, tuple(key for _, _, key in letters))


def _letter_reason(d: Decision) -> str | None:
    """What the letter says after the decision: the catalogue's reason and the committee's words,
    or what is missing."""
    if d.outcome == "reject":
        why = rejection_reason_label(d.reason_code)
        return f"{why} — {d.reason}" if why and d.reason else (why or d.reason)
    if d.outcome == "return":
        missing = "، ".join(document_label(m) for m in _codes(d.missing_documents))
        return "\n".join(p for p in (missing, d.reason) if p)
    return d.reason


def record_meeting_letters(store: Store, actor: Actor, job: LettersJob) -> MeetingDocument:
    """One print record a letter (the hash is the whole PDF's: the paper that left the desk)."""
    with unit(store, actor, Permission.COMMITTEE_MEETING) as u:
        ids = tuple(_record(u, DECISION, u.get(SupportRequest, request_id, "request"), job.pdf, copy,
                            decision_id=decision_id).print_id
                    for request_id, decision_id, copy in job.letters)
        return MeetingDocument("decision_letters", job.meeting_number, job.pdf, page_count(job.pdf), ids)


def print_meeting_letters(store: Store, actor: Actor, meeting_id: str) -> MeetingDocument:
    return record_meeting_letters(store, actor, prepare_meeting_letters(store, actor, meeting_id))


def page_count(pdf: bytes) -> int:
    """Pages of a PDF this desk wrote (reportlab writes one /Type /Page object a page)."""
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))
