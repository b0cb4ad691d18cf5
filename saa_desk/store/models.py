"""SQLAlchemy 2 models for every entity (docs/architecture.md, "Data and the request lifecycle").

Every synced table has a UUID text key, who/when columns, the desk it was created at and a hybrid
logical clock (`hlc`) of its latest change. Mutable tables also carry per-field clocks
(`field_clocks`, JSON) and a tombstone flag (`deleted`), so the sync engine merges field by field
and deletes travel. Append-only tables (audit, transitions, declarations, signatures, decisions,
interactions, surveys, print records) are insert-only: change capture refuses to update them.
Desk-local tables (settings, counters, outbox, sync cursor) never leave the desk.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# ---------------------------------------------------------------------------------------------
# Sync metadata mixins


class Synced:
    """Columns every synced row carries."""

    if TYPE_CHECKING:
        __tablename__: str  # every synced model names its table
    __append_only__: ClassVar[bool] = False
    # Columns that are desk-local or derived and never sent (besides the sync metadata itself).
    __local_columns__: ClassVar[frozenset[str]] = frozenset()
    # Columns kept out of exports (secrets).
    __secret_columns__: ClassVar[frozenset[str]] = frozenset()

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(36))
    origin_desk: Mapped[str] = mapped_column(String(40))
    hlc: Mapped[str] = mapped_column(String(64))


class Mutable(Synced):
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_by: Mapped[str | None] = mapped_column(String(36))
    field_clocks: Mapped[str] = mapped_column(Text, default="")  # "" = every field at `hlc`
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class AppendOnly(Synced):
    __append_only__ = True


SYNC_METADATA_COLUMNS = frozenset({"hlc", "field_clocks"})

# ---------------------------------------------------------------------------------------------
# People


class User(Mutable, Base):
    __tablename__ = "users"
    __secret_columns__ = frozenset({"password_hash"})

    username: Mapped[str] = mapped_column(String(32), index=True)
    full_name: Mapped[str] = mapped_column(String(120))
    roles: Mapped[str] = mapped_column(String(120))  # comma-separated Role codes
    branch: Mapped[str | None] = mapped_column(String(12))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Beneficiary(Mutable, Base):
    __tablename__ = "beneficiaries"

    id_type: Mapped[str] = mapped_column(String(16))
    id_number: Mapped[str] = mapped_column(String(20), index=True)
    passport_country: Mapped[str | None] = mapped_column(String(2))
    id_expiry: Mapped[dt.date | None] = mapped_column(Date)
    first_name: Mapped[str] = mapped_column(String(40))
    father_name: Mapped[str] = mapped_column(String(40))
    grandfather_name: Mapped[str] = mapped_column(String(40))
    family_name: Mapped[str] = mapped_column(String(40))
    latin_name: Mapped[str | None] = mapped_column(String(120))
    gender: Mapped[str] = mapped_column(String(8))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    nationality: Mapped[str] = mapped_column(String(8))
    mobile: Mapped[str | None] = mapped_column(String(16), index=True)
    city: Mapped[str | None] = mapped_column(String(60))
    district: Mapped[str | None] = mapped_column(String(60))
    address: Mapped[str | None] = mapped_column(String(200))
    marital_status: Mapped[str | None] = mapped_column(String(12))
    monthly_income: Mapped[int | None] = mapped_column(Integer)
    employment: Mapped[str | None] = mapped_column(String(16))
    health_notes: Mapped[str | None] = mapped_column(Text)  # sensitive
    preferred_channel: Mapped[str | None] = mapped_column(String(24))
    notes: Mapped[str | None] = mapped_column(Text)
    # Set when a supervisor merged this record into another (and tombstoned it): merges done at
    # two desks then still lead every child to the one record that survives.
    merged_into: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (
        Index("ix_beneficiaries_merged_into", "merged_into", sqlite_where=text("merged_into IS NOT NULL")),
    )

    @property
    def full_name(self) -> str:
        return " ".join((self.first_name, self.father_name, self.grandfather_name, self.family_name))


class HouseholdMember(Mutable, Base):
    __tablename__ = "household_members"

    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    beneficiary: Mapped[Beneficiary] = relationship(lazy="raise")
    name: Mapped[str] = mapped_column(String(160))
    relation: Mapped[str] = mapped_column(String(12))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)


# ---------------------------------------------------------------------------------------------
# Requests and their documents


class SupportRequest(Mutable, Base):
    __tablename__ = "requests"
    __table_args__ = (
        # The committee queue walks this in order and stops after one page, whatever its length.
        Index("ix_requests_queue", "submitted_at", "number",
              sqlite_where=text("status IN ('submitted', 'under_review') AND deleted = 0")),
    )

    number: Mapped[str] = mapped_column(String(40), unique=True)
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    beneficiary: Mapped[Beneficiary] = relationship(lazy="raise")
    support_type: Mapped[str] = mapped_column(String(40))
    channel: Mapped[str] = mapped_column(String(24))
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(24))
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    expected_answer_date: Mapped[dt.date | None] = mapped_column(Date)
    assigned_researcher_id: Mapped[str | None] = mapped_column(String(36))
    meeting_id: Mapped[str | None] = mapped_column(String(36))
    # The catalogue version its checklist was built from (catalogue_versions.id); None: the
    # catalogue shipped with the app (requests made before catalogues synced).
    catalogue_version: Mapped[str | None] = mapped_column(String(36))


class ChecklistItem(Mutable, Base):
    __tablename__ = "checklist_items"
    __table_args__ = (UniqueConstraint("request_id", "document_type"),)

    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    request: Mapped[SupportRequest] = relationship(lazy="raise")
    document_type: Mapped[str] = mapped_column(String(40))
    mandatory: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(12))
    document_number: Mapped[str | None] = mapped_column(String(40))
    expiry_date: Mapped[dt.date | None] = mapped_column(Date)
    verified_by: Mapped[str | None] = mapped_column(String(36))
    verified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    reason: Mapped[str | None] = mapped_column(Text)  # why waived / missing
    scan_sha256: Mapped[str | None] = mapped_column(String(64))
    scan_name: Mapped[str | None] = mapped_column(String(200))


class Declaration(AppendOnly, Base):
    """What the applicant declared, frozen: canonical JSON and its SHA-256."""

    __tablename__ = "declarations"

    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    request: Mapped[SupportRequest] = relationship(lazy="raise")
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    snapshot_json: Mapped[str] = mapped_column(Text)
    snapshot_sha256: Mapped[str] = mapped_column(String(64), index=True)


class DeclarationSignature(AppendOnly, Base):
    """The applicant signed a declaration (paper received, or an on-screen signature)."""

    __tablename__ = "declaration_signatures"

    declaration_id: Mapped[str] = mapped_column(ForeignKey("declarations.id"), index=True)
    declaration: Mapped[Declaration] = relationship(lazy="raise")
    method: Mapped[str] = mapped_column(String(12))
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    signature_png_sha256: Mapped[str | None] = mapped_column(String(64))


class PrintRecord(AppendOnly, Base):
    """Every print of a declaration, receipt or decision letter; copy_number > 0 is a re-print."""

    __tablename__ = "print_records"

    document_kind: Mapped[str] = mapped_column(String(16))
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    request: Mapped[SupportRequest] = relationship(lazy="raise")
    declaration_id: Mapped[str | None] = mapped_column(String(36))
    decision_id: Mapped[str | None] = mapped_column(String(36))
    copy_number: Mapped[int] = mapped_column(Integer, default=0)
    pdf_sha256: Mapped[str] = mapped_column(String(64))


class StatusTransition(AppendOnly, Base):
    __tablename__ = "status_transitions"

    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    request: Mapped[SupportRequest] = relationship(lazy="raise")
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    note: Mapped[str | None] = mapped_column(Text)


# ---------------------------------------------------------------------------------------------
# Research and committee


class Referral(Mutable, Base):
    __tablename__ = "referrals"

    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    request: Mapped[SupportRequest] = relationship(lazy="raise")
    researcher_id: Mapped[str | None] = mapped_column(String(36), index=True)
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(Text)
    report: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    answered_by: Mapped[str | None] = mapped_column(String(36))
    outcome: Mapped[str | None] = mapped_column(String(24))  # ReferralOutcome, once answered
    missing: Mapped[str | None] = mapped_column(Text)  # what reception must still get, when returned


class ResearchReport(AppendOnly, Base):
    """A social research report; a later one for the same referral supersedes it (append-only)."""

    __tablename__ = "research_reports"

    referral_id: Mapped[str] = mapped_column(ForeignKey("referrals.id"), index=True)
    referral: Mapped[Referral] = relationship(lazy="raise")
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    request: Mapped[SupportRequest] = relationship(lazy="raise")
    visit_date: Mapped[dt.date] = mapped_column(Date)
    visit_place: Mapped[str] = mapped_column(String(200))
    household: Mapped[str | None] = mapped_column(Text)
    housing: Mapped[str | None] = mapped_column(Text)
    income_verified: Mapped[bool] = mapped_column(Boolean, default=False)
    income_verification: Mapped[str | None] = mapped_column(Text)  # how it was verified
    needs: Mapped[str | None] = mapped_column(Text)
    recommendation: Mapped[str] = mapped_column(String(24))  # Recommendation
    conditions: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class CommitteeMeeting(Mutable, Base):
    __tablename__ = "committee_meetings"

    number: Mapped[str] = mapped_column(String(20), index=True)
    meeting_date: Mapped[dt.date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(8), default="open")  # MeetingStatus
    quorum: Mapped[int] = mapped_column(Integer, default=3)  # the setting when it was opened
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[str | None] = mapped_column(String(36))


class MeetingMember(Mutable, Base):
    """A committee member on a meeting's attendance list (present or excused)."""

    __tablename__ = "meeting_members"
    __table_args__ = (UniqueConstraint("meeting_id", "user_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("committee_meetings.id"), index=True)
    meeting: Mapped[CommitteeMeeting] = relationship(lazy="raise")
    user_id: Mapped[str] = mapped_column(String(36))
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class AgendaItem(Mutable, Base):
    """A request on a meeting's agenda, picked from the queue (tombstoned when taken off), with the
    decision the meeting is settling on: editable while the meeting is open; closing it writes the
    append-only `Decision` and makes it take effect."""

    __tablename__ = "agenda_items"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("committee_meetings.id"), index=True)
    meeting: Mapped[CommitteeMeeting] = relationship(lazy="raise")
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    request: Mapped[SupportRequest] = relationship(lazy="raise")
    position: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(8))  # DecisionOutcome, once decided
    reason_code: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(Text)
    support_granted: Mapped[str | None] = mapped_column(Text)
    conditions: Mapped[str | None] = mapped_column(Text)
    missing_documents: Mapped[str | None] = mapped_column(Text)  # JSON list of document types
    decided_by: Mapped[str | None] = mapped_column(String(36))
    conflict_of_interest: Mapped[bool] = mapped_column(Boolean, default=False)


class Decision(AppendOnly, Base):
    """A decision in effect: written when its meeting closes, from the agenda item, and never changed.
    Two for the same submission of a request (decided at two desks offline) are both kept and raise
    a conflict for the supervisor."""

    __tablename__ = "decisions"

    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    request: Mapped[SupportRequest] = relationship(lazy="raise")
    meeting_id: Mapped[str] = mapped_column(ForeignKey("committee_meetings.id"), index=True)
    meeting: Mapped[CommitteeMeeting] = relationship(lazy="raise")
    outcome: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str | None] = mapped_column(Text)  # free text: why rejected / returned
    reason_code: Mapped[str | None] = mapped_column(String(40))  # rejection_reasons catalogue
    support_granted: Mapped[str | None] = mapped_column(Text)  # when accepted
    conditions: Mapped[str | None] = mapped_column(Text)  # when accepted with conditions
    missing_documents: Mapped[str | None] = mapped_column(Text)  # JSON list of document types, when returned
    # The recorder took the request in or researched it (a conflict of interest, shown in the minutes).
    conflict_of_interest: Mapped[bool] = mapped_column(Boolean, default=False)


class Notification(Mutable, Base):
    """The applicant is to be told of a decision on their preferred channel, with the words to use."""

    __tablename__ = "notifications"
    __table_args__ = (
        # Reception's "to notify" list, oldest first, whatever the number already done.
        Index("ix_notifications_pending", "created_at", "id",
              sqlite_where=text("status = 'pending' AND deleted = 0")),
    )

    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    request: Mapped[SupportRequest] = relationship(lazy="raise")
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    beneficiary: Mapped[Beneficiary] = relationship(lazy="raise")
    decision_id: Mapped[str] = mapped_column(ForeignKey("decisions.id"), index=True)
    channel: Mapped[str] = mapped_column(String(24))
    message: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(8), default="pending")  # NotificationStatus
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    done_by: Mapped[str | None] = mapped_column(String(36))
    interaction_id: Mapped[str | None] = mapped_column(String(36))


# ---------------------------------------------------------------------------------------------
# Follow-up


class Interaction(AppendOnly, Base):
    __tablename__ = "interactions"

    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    beneficiary: Mapped[Beneficiary] = relationship(lazy="raise")
    request_id: Mapped[str | None] = mapped_column(String(36), index=True)
    channel: Mapped[str] = mapped_column(String(24))
    kind: Mapped[str] = mapped_column(String(16))
    summary: Mapped[str] = mapped_column(Text)
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SatisfactionSurvey(AppendOnly, Base):
    __tablename__ = "satisfaction_surveys"

    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    beneficiary: Mapped[Beneficiary] = relationship(lazy="raise")
    request_id: Mapped[str | None] = mapped_column(String(36), index=True)
    interaction_id: Mapped[str | None] = mapped_column(String(36))
    channel: Mapped[str] = mapped_column(String(24))
    rating_speed: Mapped[int] = mapped_column(Integer)
    rating_respect: Mapped[int] = mapped_column(Integer)
    rating_clarity: Mapped[int] = mapped_column(Integer)
    rating_overall: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)


class AuditEvent(AppendOnly, Base):
    """Append-only and hash-chained per desk: each event's hash covers the previous one's."""

    __tablename__ = "audit_events"
    __table_args__ = (UniqueConstraint("origin_desk", "desk_seq"),)

    desk_seq: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(36))
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


# ---------------------------------------------------------------------------------------------
# The reference library and the catalogues


class LibraryDocument(Mutable, Base):
    """One version of a reference document (the policy's four tools, or another); its bytes are a
    content-addressed file that syncs like a scan. A new version is a new row; old ones stay."""

    __tablename__ = "library_documents"

    kind: Mapped[str] = mapped_column(String(24))  # LibraryKind
    title_ar: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(40))
    file_sha256: Mapped[str] = mapped_column(String(64))
    media_type: Mapped[str] = mapped_column(String(40))  # application/pdf or text/markdown
    size: Mapped[int] = mapped_column(Integer)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)  # hidden from the list, kept


class CatalogueVersion(AppendOnly, Base):
    """The whole catalogue (support types, their documents, rejection reasons, notification texts)
    as an admin saved it: canonical JSON and its SHA-256. The newest by clock is the current one."""

    __tablename__ = "catalogue_versions"

    content_json: Mapped[str] = mapped_column(Text)
    content_sha256: Mapped[str] = mapped_column(String(64))
    based_on: Mapped[str | None] = mapped_column(String(36))  # the version it was edited from
    note: Mapped[str | None] = mapped_column(Text)


# ---------------------------------------------------------------------------------------------
# Desk-local state (never synced)


class DeskSetting(Base):
    __tablename__ = "desk_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Counter(Base):
    """Per-desk sequences (request numbers per year, audit chain position)."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class OutboxEntry(Base):
    """A local change waiting to be pushed; written in the same transaction as the change.

    `field` is NULL for a new row (all its fields travel). `base_hlc` is the field's clock before
    this edit, so the central can tell a concurrent edit (a conflict) from a sequential one.
    """

    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str | None] = mapped_column(String(40))
    base_hlc: Mapped[str | None] = mapped_column(String(64))
    hlc: Mapped[str] = mapped_column(String(64))


class SyncConflict(Base):
    """A value that lost to a concurrent edit of the same field, as this desk knows of it: found by
    its own pull (`sent` once the central's log has it too) or copied from the central's log.
    Desk-local and never synced; a supervisor reviews each one, and the review travels through
    the central's log (the first to arrive holds everywhere). Values are JSON text."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (UniqueConstraint("table_name", "row_id", "field", "loser_hlc"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(40))
    loser_value: Mapped[str] = mapped_column(Text)
    loser_hlc: Mapped[str] = mapped_column(String(64))
    winner_value: Mapped[str] = mapped_column(Text)
    winner_hlc: Mapped[str] = mapped_column(String(64))
    detected_by: Mapped[str] = mapped_column(String(40))
    sent: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    reviewed_by: Mapped[str | None] = mapped_column(String(36))
    review_sent: Mapped[bool] = mapped_column(Boolean, default=False)  # the central has the review


class SyncQuarantine(Base):
    """A row pulled from the central that this desk could not apply (an unparsable clock, broken
    field-clock JSON, a value SQLite refuses, a missing parent). Desk-local and never synced: the
    rest of its page applied and the cursor moved past it; a newer good version of the row, in a
    later page or fetched by `saa-desk sync quarantine retry`, resolves the entry."""

    __tablename__ = "sync_quarantine"
    __table_args__ = (UniqueConstraint("table_name", "row_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(Text)  # as the central sent it: no length is trusted
    row_json: Mapped[str] = mapped_column(Text)  # the raw row, {column: value}
    reason: Mapped[str] = mapped_column(String(40))  # quarantine.REASONS
    field: Mapped[str | None] = mapped_column(String(80))
    detail: Mapped[str] = mapped_column(Text)
    feed_cursor: Mapped[int] = mapped_column(Integer)  # the cursor the pull moved to past the row
    first_seen: Mapped[dt.datetime] = mapped_column(DateTime)
    last_seen: Mapped[dt.datetime] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class FileUpload(Base):
    """A file this desk holds whose bytes the central may not have yet: the files' outbox.
    Written with the row that first refers to the file, deleted once the central has it whole."""

    __tablename__ = "file_uploads"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    queued_at: Mapped[dt.datetime] = mapped_column(DateTime)


class InterviewDraft(Base):
    """An unfinished interview, kept on this desk until it becomes a beneficiary and a request."""

    __tablename__ = "interview_drafts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36), index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    data_json: Mapped[str] = mapped_column(Text)


SYNCED_MODELS: tuple[type[Synced], ...] = (
    User, Beneficiary, HouseholdMember, SupportRequest, ChecklistItem, Declaration,
    DeclarationSignature, PrintRecord, StatusTransition, Referral, ResearchReport, CommitteeMeeting,
    MeetingMember, AgendaItem, Decision, Notification, Interaction, SatisfactionSurvey,
    LibraryDocument, CatalogueVersion, AuditEvent,
)
MODEL_BY_TABLE: dict[str, type[Synced]] = {m.__tablename__: m for m in SYNCED_MODELS}
