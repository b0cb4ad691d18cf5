"""The `saa-desk` command: a thin face on the core for administrators' scripts.

Every error is one clear line (Arabic or English by --lang) and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import io
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from platformdirs import user_data_dir

from saa_desk import __version__
from saa_desk.domain.enums import Role
from saa_desk.domain.errors import DeskError
from saa_desk.messages import Lang, error_text, field_label
from saa_desk.privatefiles import write_private
from saa_desk.services.context import Actor
from saa_desk.store.database import Store

if TYPE_CHECKING:
    from saa_desk.services.importing import ImportReport
    from saa_desk.services.maintenance import CheckReport

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3
ENV_DATA_DIR = "SAA_DESK_DATA_DIR"


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA_DIR)
    return Path(env) if env else Path(user_data_dir("saa-desk", "SAA"))


def cli_actor() -> Actor:
    """Commands run by whoever can open the desk's files; they act as the desk's administrator
    and supervisor, and the audit log names them `cli`."""
    return Actor("cli", f"cli:{getpass.getuser()}", "سطر الأوامر",
                 frozenset({Role.ADMIN, Role.SUPERVISOR}))


class Context:
    def __init__(self, args: argparse.Namespace, out: TextIO) -> None:
        self.args = args
        self.out = out
        self.lang: Lang = args.lang
        self._store: Store | None = None

    @property
    def data_dir(self) -> Path:
        return Path(self.args.data_dir) if self.args.data_dir else default_data_dir()

    @property
    def actor(self) -> Actor:
        return cli_actor()

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.data_dir)
        return self._store

    def initialised_store(self) -> Store:
        if not self.store.initialised:
            raise DeskError("not_initialised")
        return self.store

    def say(self, text: str = "") -> None:
        print(text, file=self.out)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


# -- commands -------------------------------------------------------------------------------------


def cmd_status(ctx: Context) -> int:
    from saa_desk.services import desk

    st = desk.status(ctx.store)
    ctx.say(f"SAA Desk {__version__}")
    ctx.say(f"data folder:     {st.data_dir}")
    ctx.say(f"database:        {st.database}")
    if not st.initialised:
        ctx.say("desk:            not initialised (run: saa-desk init --branch CODE --desk CODE --admin USER)")
    else:
        ctx.say(f"desk:            {st.branch}-{st.desk} ({st.desk_id})")
        ctx.say(f"users:           {st.users}")
        ctx.say(f"beneficiaries:   {st.beneficiaries}")
        ctx.say(f"requests:        {st.requests}")
        ctx.say(f"pending changes: {st.pending_changes}")
    return EXIT_OK


def _secret(env: str, prompt: str) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise DeskError("required", "password")
    first = getpass.getpass(prompt)
    if getpass.getpass("again / مرة أخرى: ") != first:
        raise DeskError("bad_login", "password")
    return first


def cmd_init(ctx: Context) -> int:
    from saa_desk.services import desk

    if ctx.store.initialised:
        raise DeskError("already_initialised")
    password = _secret("SAA_ADMIN_PASSWORD", "admin password / كلمة مرور المدير: ")
    desk.initialise(ctx.store, ctx.args.branch, ctx.args.desk, ctx.args.admin, password,
                    ctx.args.admin_name, training=ctx.args.training)
    kind = "training desk" if ctx.args.training else "desk"
    ctx.say(f"initialised {kind} {ctx.args.branch.upper()}-{ctx.args.desk.upper()} in {ctx.data_dir}")
    return EXIT_OK


def cmd_user_add(ctx: Context) -> int:
    from saa_desk.services import users

    password = _secret("SAA_USER_PASSWORD", "password / كلمة المرور: ")
    view = users.create_user(ctx.initialised_store(), cli_actor(), ctx.args.username, ctx.args.full_name,
                             ctx.args.roles, password)
    ctx.say(f"created user {view.username} ({','.join(view.roles)})")
    return EXIT_OK


def cmd_demo_data(ctx: Context) -> int:
    from saa_desk.services import demo

    if ctx.args.count < 1 or ctx.args.count > 1_000_000:
        raise DeskError("out_of_range", "count", min=1, max=1_000_000)
    made = demo.generate(ctx.initialised_store(), cli_actor(), ctx.args.count, ctx.args.seed,
                         progress=lambda n: print(f"  {n}/{ctx.args.count}", file=sys.stderr))
    ctx.say(f"created {made} beneficiaries with requests")
    return EXIT_OK


def cmd_import(ctx: Context) -> int:
    from saa_desk.services import importing

    options = importing.ImportOptions(
        dry_run=ctx.args.dry_run, update=ctx.args.update, mapping=ctx.args.map or [],
        rejects=Path(ctx.args.rejects) if ctx.args.rejects else None, lang=ctx.lang)
    try:
        report = importing.import_file(
            ctx.initialised_store(), cli_actor(), Path(ctx.args.file), options=options,
            progress=lambda ok, bad: print(f"  imported {ok}, rejected {bad}", file=sys.stderr))
    except DeskError as exc:
        if exc.code not in importing.FILE_REFUSED:
            raise
        print(f"saa-desk: {exc.message(ctx.lang)}", file=sys.stderr)
        return EXIT_USAGE  # the file (or the --map) is unreadable: nothing was written
    _say_import(ctx, report)
    return EXIT_PARTIAL if report.rejected or report.stopped else EXIT_OK


def _say_import(ctx: Context, report: ImportReport) -> None:
    ctx.say(f"header: row {report.header_row}")
    for header, name in report.columns.items():
        ctx.say(f"  {header} -> {name}")
    if report.unknown_columns:
        ctx.say(f"columns read past (not a field): {', '.join(report.unknown_columns)}")
    if report.repeated_columns:
        ctx.say(f"columns read past (a field already taken): {', '.join(report.repeated_columns)}")
    for rejected in report.rejected:
        name = field_label(rejected.field, ctx.lang) if rejected.field else "-"
        ctx.say(f"row {rejected.row}: {rejected.field or '-'} ({name}): {rejected.message(ctx.lang)}")
    if report.skipped:
        ctx.say(f"rows skipped (totals or a repeated header): {', '.join(map(str, report.skipped))}")
    if report.stopped is not None:
        ctx.say(report.stopped.message(ctx.lang))
    done = "would import" if report.dry_run else "imported"
    updated = f", updated {report.updated}, unchanged {report.unchanged}" if report.updated or report.unchanged else ""
    ctx.say(f"{done} {report.imported}{updated}, rejected {len(report.rejected_rows)} row(s)")
    if ctx.args.rejects and report.rejected:
        ctx.say(f"rejected rows written to {ctx.args.rejects}")


def cmd_export(ctx: Context) -> int:
    from saa_desk.services import exporting

    store = ctx.initialised_store()
    if ctx.args.format == "xlsx":
        if not ctx.args.output:
            raise DeskError("required", "output")
        book = io.BytesIO()  # rows stream through openpyxl's write-only sheet; the zip is held here
        rows = exporting.export_xlsx(store, book)
        target = write_private(Path(ctx.args.output), book.getvalue())  # owner-only, even when overwriting
        ctx.say(f"wrote {rows} beneficiaries to {target}")
        return EXIT_OK
    text = exporting.export_json(store) if ctx.args.format == "json" else exporting.export_csv(store)
    if ctx.args.output:
        target = write_private(Path(ctx.args.output), text)  # personal data: owner-only, even when overwriting
        ctx.say(f"wrote {target}")
    else:
        ctx.out.write(text)
    return EXIT_OK


def cmd_search(ctx: Context) -> int:
    from saa_desk import catalogues
    from saa_desk.services import search

    hits = search.search_beneficiaries(ctx.initialised_store(), cli_actor(), ctx.args.text, ctx.args.limit)
    for h in hits:
        ctx.say(f"{h.id_number}\t{catalogues.label('id_type', h.id_type, ctx.lang)}\t{h.full_name}\t"
                f"{h.mobile or ''}\t{h.city or ''}")
    ctx.say(f"{len(hits)} found")
    return EXIT_OK


def cmd_check(ctx: Context) -> int:
    from saa_desk.services import maintenance

    report = maintenance.check(ctx.initialised_store(), cli_actor())
    ctx.say(f"integrity_check: {report.integrity}")
    ctx.say(f"audit chain: {'ok' if not report.audit_problems else f'{len(report.audit_problems)} problem(s)'}")
    for problem in report.audit_problems[:20]:
        ctx.say(f"  {problem}")
    if report.anchor:
        ctx.say(f"audit chain at the central: {report.anchor}")
    ctx.say(f"orphan rows: {sum(report.orphans.values())}")
    for where, count in report.orphans.items():
        ctx.say(f"  {where}: {count}")
    ctx.say(f"requests without status history: {report.requests_without_history}")
    _say_files(ctx, report)
    if report.quarantined:
        ctx.say(f"warning: {report.quarantined} row(s) from the central are quarantined; "
                "see 'saa-desk sync quarantine list'")
    from saa_desk.services import catalogue

    invalid_versions = catalogue.problems(ctx.store, cli_actor())  # skipped by every read, reported here
    ctx.say(f"invalid catalogue versions: {len(invalid_versions)}")
    for problem in invalid_versions:
        ctx.say(f"  {problem}")
    ok = report.ok and not invalid_versions
    ctx.say("OK" if ok else "PROBLEMS FOUND")
    return EXIT_OK if ok else EXIT_ERROR


def _say_files(ctx: Context, report: CheckReport) -> None:
    failing = [p for p in report.file_problems if p.state != "not_confirmed"]
    ctx.say(f"files: {report.files} named by rows, {len(failing)} missing or corrupt")
    if report.files_at_central_only:
        ctx.say(f"  {report.files_at_central_only} not fetched to this desk yet (at the central)")
    for problem in report.file_problems[:50]:
        ctx.say(f"  {'warning: ' if problem.state == 'not_confirmed' else ''}{problem.line()}")
    if len(report.file_problems) > 50:
        ctx.say(f"  … and {len(report.file_problems) - 50} more")


def cmd_backup(ctx: Context) -> int:
    from saa_desk.services import maintenance

    made = maintenance.backup(ctx.initialised_store(), cli_actor(), Path(ctx.args.file))
    ctx.say(f"backup written to {made.path}, carrying {made.files} file(s)")
    for problem in made.not_carried:
        ctx.say(f"  not carried: {problem.line()}")
    # Files not on this desk (not fetched from the central yet) are the central's to keep; a
    # corrupt one is a loss the administrator must hear of.
    return EXIT_PARTIAL if any(p.state == "corrupt" for p in made.not_carried) else EXIT_OK


def cmd_restore(ctx: Context) -> int:
    from saa_desk.services import maintenance

    done = maintenance.restore(ctx.store, cli_actor(), Path(ctx.args.file))
    ctx.say(f"restored {ctx.data_dir} from {ctx.args.file}")
    ctx.say(f"files: {done.files} restored, {done.already_here} already here, {len(done.refused)} refused, "
            f"{done.queued} queued for the central")
    for problem in [*done.refused, *done.not_in_backup]:
        ctx.say(f"  {problem.line()}")
    return EXIT_PARTIAL if done.refused else EXIT_OK


def cmd_print(ctx: Context) -> int:
    from saa_desk.services import printing, requests

    if ctx.args.kind == "request-form":  # blank: no number, nothing recorded
        from saa_desk.cli.library import print_request_form

        return print_request_form(ctx, Path(ctx.args.output))
    if not ctx.args.request_number:
        raise DeskError("required", "request_number")
    store = ctx.initialised_store()
    actor = cli_actor()
    if ctx.args.kind == "decisions":  # a meeting's letters: the number is the meeting's
        from saa_desk.services import committee

        meeting = committee.meeting_by_number(store, actor, ctx.args.request_number)
        letters = printing.prepare_meeting_letters(store, actor, meeting.id)
        write_private(Path(ctx.args.output), letters.pdf)  # personal data: owner-only, even when overwriting
        done = printing.record_meeting_letters(store, actor, letters)
        ctx.say(f"printed {len(done.print_ids)} decision letters of meeting {done.meeting_number} "
                f"({done.pages} pages) to {ctx.args.output}")
        return EXIT_OK
    request = requests.by_number(store, actor, ctx.args.request_number)
    job = printing.prepare(store, actor, ctx.args.kind, request.id)
    write_private(Path(ctx.args.output), job.pdf)  # personal data: owner-only, even when overwriting
    doc = printing.record_print(store, actor, job)  # recorded once the file is really written
    copy = f" (copy {doc.copy_number})" if doc.copy_number else ""
    ctx.say(f"printed {doc.kind} of {doc.request_number}{copy} to {ctx.args.output}")
    return EXIT_OK


def cmd_verify_declaration(ctx: Context) -> int:
    from saa_desk.services import printing

    result = printing.verify_declaration(ctx.initialised_store(), cli_actor(), ctx.args.file_or_hash)
    if not result.found:
        ctx.say("NOT FOUND: no declaration with this fingerprint is recorded at this desk")
        return EXIT_ERROR
    ctx.say(f"request: {result.request_number}")
    ctx.say(f"signed: {'yes' if result.signed else 'no'}")
    valid = result.current and result.newest
    ctx.say("CURRENT: the printout matches the applicant's data" if valid else
            "STALE: the applicant's data changed after this printout; print and sign a new declaration")
    return EXIT_OK if valid else EXIT_ERROR


# -- parser ---------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="saa-desk",
        description="SAA Desk — intake desk of the SAA Charitable Association for Hajj & Umrah Services. "
                    "With no command: opens the desk window (or prints the desk's status).",
    )
    parser.add_argument("--version", action="version", version=f"saa-desk {__version__}")
    parser.add_argument("--data-dir", help=f"the desk's local data folder (default: ${ENV_DATA_DIR} or "
                                           f"{default_data_dir()})")
    parser.add_argument("--lang", choices=("ar", "en"), default=os.environ.get("SAA_DESK_LANG", "ar"),
                        help="language of messages (default: ar)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, fn: Callable[[Context], int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=fn)
        return p

    add("status", cmd_status, "print the desk's status")
    p = add("init", cmd_init, "initialise this desk (password from a prompt or $SAA_ADMIN_PASSWORD)")
    p.add_argument("--branch", required=True, help="branch code, e.g. RYD")
    p.add_argument("--desk", required=True, help="desk code, unique in the branch, e.g. D1")
    p.add_argument("--admin", required=True, help="the first administrator's username")
    p.add_argument("--admin-name", default="مدير النظام", help="the administrator's full name")
    p.add_argument("--training", action="store_true",
                   help="a training desk: may hold demo data, syncs only with a training central")
    p = add("user-add", cmd_user_add, "create a user (password from a prompt or $SAA_USER_PASSWORD)")
    p.add_argument("username")
    p.add_argument("full_name")
    p.add_argument("roles", help="comma-separated: reception,researcher,committee,supervisor,admin")
    p = add("demo-data", cmd_demo_data, "create realistic demo beneficiaries and requests (training desks only)")
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)
    p = add("import", cmd_import, "import beneficiaries from CSV or XLSX as charities keep them "
                                  "(exit 0 all imported, 3 some rows rejected, 2 the file unreadable)")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="check every row and report; write nothing")
    p.add_argument("--map", action="append", metavar="HEADER=FIELD",
                   help="read the column HEADER as FIELD (a beneficiary field, full_name or ignore); repeatable")
    p.add_argument("--rejects", metavar="FILE",
                   help="save the rejected rows (their columns and a reason) to FILE, .csv or .xlsx, "
                        "to fix and import again")
    p.add_argument("--update", action="store_true",
                   help="an ID already on the desk: update the fields the row gives (audited)")
    p = add("export", cmd_export, "export synced data as JSON, or beneficiaries as CSV or XLSX")
    p.add_argument("--format", choices=("json", "csv", "xlsx"), default="json")
    p.add_argument("-o", "--output", help="write to this file (default: standard output)")
    p = add("search", cmd_search, "find beneficiaries by ID, phone, request number or name")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=20)
    add("check", cmd_check, "check database integrity, the audit chain, orphan rows and the files rows name")
    p = add("backup", cmd_backup, "write an online backup of the desk's database and its files")
    p.add_argument("file")
    p = add("restore", cmd_restore, "replace the desk's database with a backup; take back its files")
    p.add_argument("file")
    p = add("print", cmd_print, "print a declaration, submission receipt or decision letter to PDF, "
                                "every decision letter of a closed meeting (decisions MEETING_NO), "
                                "or the blank support-request form (request-form)")
    p.add_argument("kind", choices=("declaration", "receipt", "decision", "decisions", "request-form"))
    p.add_argument("request_number", metavar="NUMBER", nargs="?",
                   help="the request's number (the meeting's for decisions; none for request-form)")
    p.add_argument("-o", "--output", required=True, help="the PDF file to write")
    p = add("verify-declaration", cmd_verify_declaration,
            "check a printed declaration (PDF, QR text or SHA-256) against the record; exit 0 if current")
    p.add_argument("file_or_hash")
    from saa_desk.cli.sync import add_commands  # sync, central, conflicts, duplicates

    add_commands(sub)
    from saa_desk.cli import committee  # committee queue, …

    committee.add_commands(sub)
    from saa_desk.cli import library  # library list, add, withdraw, open

    library.add_commands(sub)
    from saa_desk.cli import catalogue  # catalogue show, export, import, history

    catalogue.add_commands(sub)
    return parser


def run(argv: Sequence[str] | None = None, out: TextIO | None = None,
        gui: Callable[[Path], int] | None = None) -> int:
    """Parse and run; returns the exit code. `gui` opens the window when no command is given."""
    out = out or sys.stdout
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed its own usage line
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_USAGE
    ctx = Context(args, out)
    try:
        if args.command is None:
            if gui is not None:
                return gui(ctx.data_dir)
            code = cmd_status(ctx)
            ctx.say()
            parser.print_help(out)
            return code
        return int(args.func(ctx))
    except DeskError as exc:
        print(f"saa-desk: {exc.message(ctx.lang)}", file=sys.stderr)
        return EXIT_USAGE if exc.code in ("file_unreadable", "unknown_column") else EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        detail = exc.strerror or str(exc)
        print(f"saa-desk: {error_text('file_unreadable', ctx.lang, detail=detail)}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        ctx.close()


def main() -> None:
    sys.exit(run())
