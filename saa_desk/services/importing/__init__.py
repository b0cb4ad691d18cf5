"""Importing beneficiaries from the spreadsheets charities keep (CSV or XLSX), one a row.

The header row is found under any title rows and its columns recognised by their many spellings
(vocabulary, columns); each row's cells are translated to what the interview form would receive
(values) and then pass the form's own validation. Every valid row is imported; each refused row
is reported with its number, field and reason, nothing of it is written, and it can be saved to a
rejects file to fix and import again. Rows commit in batches of whole rows through the services'
unit (audit, outbox), so a kill mid-import leaves only whole rows behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from saa_desk.domain.beneficiary import BENEFICIARY_FIELDS, validate_beneficiary
from saa_desk.domain.errors import DeskError, ValidationError, ValidationErrors
from saa_desk.domain.identity import validate_identity
from saa_desk.domain.matching import match_key
from saa_desk.domain.permissions import Permission
from saa_desk.messages import Lang
from saa_desk.services.beneficiaries import DuplicateBeneficiary, add_beneficiary, apply_changes
from saa_desk.services.context import Actor, Unit, reading, today, unit
from saa_desk.services.importing.columns import BadMapping, Columns, find_header, parse_mapping
from saa_desk.services.importing.rejects import RejectsFile
from saa_desk.services.importing.sources import (
    MAX_FILE_BYTES,
    ImportLimit,
    Row,
    UnreadableFile,
    read_sheet,
)
from saa_desk.services.importing.values import form_values, id_key, present_fields
from saa_desk.services.importing.vocabulary import totals_words
from saa_desk.store.database import Store
from saa_desk.store.models import Beneficiary

__all__ = ["FILE_REFUSED", "MAX_FILE_BYTES", "BadMapping", "ImportLimit", "ImportOptions", "ImportReport",
           "RejectedRow", "UnreadableFile", "import_file", "read_rows"]

BATCH_ROWS = 500
# Errors that refuse the whole file before a row is written (the CLI's exit 2).
FILE_REFUSED = frozenset({"file_unreadable", "import_no_header", "import_bad_map"})


class DuplicateInFile(ValidationError):
    """The same ID on an earlier row of the same file."""

    def __init__(self, earlier_row: int) -> None:
        super().__init__("import_duplicate_in_file", "id_number", row=earlier_row)
        self.earlier_row = earlier_row


@dataclass(frozen=True)
class RejectedRow:
    row: int  # the row's number in the file (as the spreadsheet numbers it)
    field: str | None
    error: DeskError

    def message(self, lang: Lang = "ar") -> str:
        return self.error.message(lang)


@dataclass(frozen=True)
class ImportOptions:
    dry_run: bool = False  # everything checked, nothing written
    update: bool = False  # an ID already on the desk: change the fields the row gives
    mapping: Mapping[str, str] | list[str] = field(default_factory=dict)  # header → field
    rejects: Path | None = None  # where to save the refused rows
    lang: Lang = "ar"  # of the rejects file's reasons


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0  # --update rows that brought nothing new
    rejected: list[RejectedRow] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # totals rows, headers pasted again
    header_row: int = 0
    columns: dict[str, str] = field(default_factory=dict)  # header as written → field
    unknown_columns: list[str] = field(default_factory=list)
    repeated_columns: list[str] = field(default_factory=list)
    rejects_written: int = 0
    stopped: ImportLimit | None = None  # the file went on past what import reads
    dry_run: bool = False

    @property
    def rejected_rows(self) -> list[int]:
        return sorted({r.row for r in self.rejected})


@dataclass
class _Pending:
    number: int
    cells: Row
    values: dict[str, Any]  # the form values read from the row
    key: tuple[str, str]  # (ID type, number) as validated
    clean: dict[str, Any] | None  # None: the row alone is incomplete; an update may complete it
    fault: ValidationError | None = None


@dataclass
class _Run:
    store: Store
    actor: Actor
    options: ImportOptions
    report: ImportReport
    rejects: RejectsFile | None
    seen: dict[str, int] = field(default_factory=dict)  # ID → the first row giving it
    added: set[tuple[str, str]] = field(default_factory=set)  # a dry run's would-be registrations
    refused: list[tuple[int, Row, list[ValidationError]]] = field(default_factory=list)

    def refuse(self, number: int, cells: Row, exc: ValidationError) -> None:
        errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
        self.refused.append((number, cells, errors))

    def report_refused(self) -> None:
        """Rows are refused while read and while written; they are reported in the file's order."""
        self.refused.sort(key=lambda r: r[0])
        for number, cells, errors in self.refused:
            self.report.rejected.extend(RejectedRow(number, e.field, e) for e in errors)
            if self.rejects is not None:
                self.rejects.add(cells, "؛ ".join(e.message(self.options.lang) for e in errors))
                self.report.rejects_written = self.rejects.count
        self.refused.clear()


def read_rows(path: Path, mapping: Mapping[str, str] | list[str] | None = None
              ) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number, form values) for each data row: what validation will be given."""
    rows = read_sheet(Path(path))
    columns = find_header(rows, parse_mapping(mapping or {}))
    for number, cells in rows:
        if any(_text(c) for c in cells):
            yield number, form_values(columns.cells(cells))


def import_file(store: Store, actor: Actor, path: Path,
                progress: Callable[[int, int], None] | None = None,
                options: ImportOptions | None = None) -> ImportReport:
    options = options or ImportOptions()
    actor.require(Permission.BENEFICIARY_WRITE)
    mapping = parse_mapping(options.mapping)
    rows = read_sheet(Path(path))
    columns = find_header(rows, mapping)
    report = ImportReport(header_row=columns.row, columns=columns.fields(),
                          unknown_columns=columns.unknown, repeated_columns=columns.repeated,
                          dry_run=options.dry_run)
    rejects = RejectsFile(options.rejects, columns.header, options.lang) if options.rejects else None
    run = _Run(store, actor, options, report, rejects)
    try:
        _import_rows(run, columns, rows, progress)
    finally:
        if rejects is not None:
            rejects.close()
    if not options.dry_run and report.imported + report.updated:
        store.optimise()
    return report


def _import_rows(run: _Run, columns: Columns, rows: Iterator[tuple[int, Row]],
                 progress: Callable[[int, int], None] | None) -> None:
    on = today(run.store)
    batch: list[_Pending] = []
    totals = totals_words()

    def flush() -> None:
        _write_batch(run, batch)
        batch.clear()
        run.report_refused()
        if progress:
            progress(run.report.imported + run.report.updated, len(run.report.rejected_rows))

    try:
        for number, cells in rows:
            if not any(_text(c) for c in cells):
                continue
            if columns.is_header_again(cells) or _is_totals(cells, columns, totals):
                run.report.skipped.append(number)
                continue
            values = form_values(columns.cells(cells))
            key = id_key(values)
            if key and key in run.seen:
                run.refuse(number, cells, DuplicateInFile(run.seen[key]))
                continue
            if key:
                run.seen[key] = number
            pending = _validated(run, number, cells, values, on)
            if pending is None:
                continue
            batch.append(pending)
            if len(batch) >= BATCH_ROWS:
                flush()
    except ImportLimit as stop:
        run.report.stopped = stop
    flush()


def _validated(run: _Run, number: int, cells: Row, values: dict[str, Any], on: dt.date) -> _Pending | None:
    """The row as the form would take it. A row that fails alone but names a valid ID waits for
    the desk: for a person already there it is a duplicate, or with update the fields to change
    (checked with the desk's record); for a new person its own faults stand."""
    try:
        clean = validate_beneficiary(values, on)
        return _Pending(number, cells, values, (clean["id_type"], clean["id_number"]), clean)
    except ValidationError as exc:
        fault = exc
    try:
        identity = validate_identity(values.get("id_type"), values.get("id_number"),
                                     values.get("passport_country"))
    except ValidationError:
        run.refuse(number, cells, fault)
        return None
    return _Pending(number, cells, values, (identity.id_type.value, identity.number), None, fault)


def _is_totals(cells: Row, columns: Columns, totals: frozenset[str]) -> bool:
    """A row of sums under the data: a totals word and no ID."""
    if _text(columns.cells(cells).get("id_number")):
        return False
    return any(match_key(_text(c)) in totals for c in cells if isinstance(c, str))


def _write_batch(run: _Run, batch: list[_Pending]) -> None:
    """One transaction for the batch; an ID already on the desk is refused (or, with update,
    updated) before anything of the row is written, so every row goes in whole or not at all."""
    if not batch:
        return
    if run.options.dry_run:
        with reading(run.store, run.actor) as session:
            taken = _registered(session, [p.key[1] for p in batch])
            for pending in batch:
                _place(run, None, session, taken, pending)
        return
    with unit(run.store, run.actor, Permission.BENEFICIARY_WRITE) as u:
        taken = _registered(u.session, [p.key[1] for p in batch])
        with u.session.no_autoflush:  # one flush for the whole batch
            for pending in batch:
                _place(run, u, u.session, taken, pending)


def _place(run: _Run, u: Unit | None, session: Session, taken: dict[tuple[str, str], str],
           pending: _Pending) -> None:
    clean, key = pending.clean, pending.key
    existing = taken.get(key)
    if existing is None and key in run.added:
        existing = ""  # a dry run's earlier row registered it
    if existing is None and clean is None:
        assert pending.fault is not None  # not on the desk: the row's own faults stand
        run.refuse(pending.number, pending.cells, pending.fault)
        return
    if existing is None:
        assert clean is not None
        if u is not None:
            taken[key] = add_beneficiary(u, clean, allow_duplicate=True).id
        else:
            run.added.add(key)
        run.report.imported += 1
        return
    if not run.options.update or not existing:
        run.refuse(pending.number, pending.cells, DuplicateBeneficiary([existing] if existing else []))
        return
    _update(run, u, session, existing, pending)


def _update(run: _Run, u: Unit | None, session: Session, beneficiary_id: str, pending: _Pending) -> None:
    """Field by field: the fields the row gives replace the desk's; the others stay."""
    b = session.get(Beneficiary, beneficiary_id)
    assert b is not None  # found by the same session a moment ago
    current = {f: getattr(b, f) for f in BENEFICIARY_FIELDS}
    merged = current | {f: pending.values[f] for f in present_fields(pending.values)}
    try:
        clean = validate_beneficiary(merged, today(run.store))
    except ValidationError as exc:
        run.refuse(pending.number, pending.cells, exc)
        return
    changed = [f for f in BENEFICIARY_FIELDS if current[f] != clean[f]]
    if changed and u is not None:
        apply_changes(u, b, clean)  # audited as beneficiary.update with the fields
    if changed:
        run.report.updated += 1
    else:
        run.report.unchanged += 1


def _registered(session: Session, numbers: list[str]) -> dict[tuple[str, str], str]:
    rows = session.execute(select(Beneficiary.id, Beneficiary.id_type, Beneficiary.id_number).where(
        Beneficiary.id_number.in_(numbers), Beneficiary.deleted.is_(False)))
    return {(r.id_type, r.id_number): r.id for r in rows}


def _text(cell: Any) -> str:
    return "" if cell is None else str(cell).strip()
