"""Integrity checks, backups and restores of the desk's local database."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from saa_desk.domain.errors import DeskError
from saa_desk.domain.permissions import Permission
from saa_desk.services.context import Actor
from saa_desk.store import audit, search
from saa_desk.store.database import Store
from saa_desk.store.files import check_backup_file, copy_database

# (child table, column, parent table): rows whose parent does not exist are orphans.
_REFERENCES = (
    ("household_members", "beneficiary_id", "beneficiaries"),
    ("requests", "beneficiary_id", "beneficiaries"),
    ("checklist_items", "request_id", "requests"),
    ("declarations", "request_id", "requests"),
    ("declaration_signatures", "declaration_id", "declarations"),
    ("print_records", "request_id", "requests"),
    ("status_transitions", "request_id", "requests"),
    ("referrals", "request_id", "requests"),
    ("decisions", "request_id", "requests"),
    ("decisions", "meeting_id", "committee_meetings"),
    ("interactions", "beneficiary_id", "beneficiaries"),
    ("satisfaction_surveys", "beneficiary_id", "beneficiaries"),
)


@dataclass
class CheckReport:
    integrity: str = "ok"
    audit_problems: list[str] = field(default_factory=list)
    orphans: dict[str, int] = field(default_factory=dict)
    requests_without_history: int = 0
    quarantined: int = 0  # pulled rows set aside by sync: a warning, the database itself is sound
    # The chain compared with the central's copy (sync.anchor.Anchor.line()); its failures are
    # also in audit_problems.
    anchor: str = ""

    @property
    def ok(self) -> bool:
        return (self.integrity == "ok" and not self.audit_problems and not self.orphans
                and not self.requests_without_history)


def check(store: Store, actor: Actor, *, central: bool = True) -> CheckReport:
    """`central`: compare the audit chain with the central's copy when one is configured.
    It reads the whole audit trail, hence the permission."""
    actor.require(Permission.AUDIT_READ)
    report = CheckReport()
    with store.read() as s:
        conn = s.connection()
        rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
        report.integrity = "ok" if rows == ["ok"] else "; ".join(rows[:5])
        problems = audit.verify_chain(s)
        if store.desk_id is not None:
            problems += audit.head_problems(s, store.desk_id)
        report.audit_problems = [f"{p.desk}#{p.seq}: {p.problem}" for p in problems]
        for child, column, parent in _REFERENCES:
            count = conn.execute(text(
                f"SELECT count(*) FROM {child} c WHERE c.{column} IS NOT NULL AND NOT EXISTS "
                f"(SELECT 1 FROM {parent} p WHERE p.id = c.{column})")).scalar() or 0
            if count:
                report.orphans[f"{child}.{column}"] = int(count)
        report.requests_without_history = int(conn.execute(text(
            "SELECT count(*) FROM requests r WHERE NOT EXISTS "
            "(SELECT 1 FROM status_transitions t WHERE t.request_id = r.id)")).scalar() or 0)
    report.quarantined = _quarantined(store)
    if central:
        _compare_with_central(store, report)
    return report


def _quarantined(store: Store) -> int:
    from saa_desk.services.quarantine import open_count

    return open_count(store)


def _compare_with_central(store: Store, report: CheckReport) -> None:
    from saa_desk.sync import anchor  # the sync layer (and psycopg) only when it is needed

    found = anchor.compare(store)
    report.anchor = found.line()
    if not found.ok:
        report.audit_problems.append(f"{store.desk_id}#{found.first_difference}: central: {found.line()}")


def backup(store: Store, actor: Actor, target: Path) -> Path:
    """An online, consistent copy (SQLite backup API) while the desk keeps working."""
    actor.require(Permission.BACKUP)
    target = Path(target)
    if target.exists():
        raise DeskError("generic", "file", detail=f"{target} already exists")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    copy_database(store.db_path, target)
    return target


def restore(store: Store, actor: Actor, source: Path) -> None:
    """Replace the desk's database with a backup (checked first), then rebuild the search index."""
    actor.require(Permission.BACKUP)
    source = Path(source)
    if not source.is_file():
        raise DeskError("file_unreadable", "file", detail="no such file")
    check_backup_file(source)
    store.engine.dispose()
    copy_database(source, store.db_path)
    store.engine.dispose()
    store.reset_identity()
    store.migrate()  # an older backup is brought up to this version's schema
    with store.engine.begin() as conn:
        search.rebuild(conn)
    from saa_desk.sync import rejoin

    # The central may hold numbers and clocks this backup never saw: the next sync re-joins.
    rejoin.mark_restored(store, source.name, actor.user_id)
