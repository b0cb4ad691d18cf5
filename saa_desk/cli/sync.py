"""Plain functions behind `saa-desk sync`, `central …`, `conflicts …` and `duplicates …`, and
their argparse wiring.

The CLI adds them with `add_commands(sub)` in `build_parser`; each command gets the CLI's context
(`ctx.args`, `ctx.out`, `ctx.initialised_store()`, `ctx.actor`). Failures are `DeskError`s, which the CLI prints
as one line with a non-zero exit.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from saa_desk.store.database import Store

if TYPE_CHECKING:
    from saa_desk.sync.engine import SyncSummary

# The sync machinery (psycopg, Alembic) is imported when a command runs, not when the CLI starts.


def sync_command(store: Store, url: str | None, out: TextIO, *, ca_file: Path | None = None,
                 insecure_plaintext: bool | None = None) -> SyncSummary:
    """`saa-desk sync [--central URL] [--ca FILE] [--[no-]insecure-plaintext]`: register the URL
    (and the central's CA, the plaintext choice) if given, run one full round, print a progress
    line per batch and a summary line."""
    from saa_desk.sync.engine import stored_url, sync_once

    if url or ca_file is not None or insecure_plaintext is not None:
        _register(store, url or stored_url(store), out, ca_file, insecure_plaintext)
    summary = sync_once(store, None, progress=lambda p: print(p.line(), file=out, flush=True))
    print(summary.line(), file=out)
    _warn_quarantined(store, out)
    return summary


def _register(store: Store, url: str | None, out: TextIO, ca_file: Path | None,
              insecure_plaintext: bool | None) -> None:
    from saa_desk.sync.connection import desk_ca_fingerprint
    from saa_desk.sync.engine import register_desk
    from saa_desk.sync.errors import SyncError

    if not url:
        raise SyncError("central_not_configured")
    registration = register_desk(store, url, ca_file=ca_file, insecure_plaintext=insecure_plaintext)
    print(f"central: {registration.url}", file=out)
    if registration.password_in_keyring:
        print("the password is kept in the system keyring", file=out)
    if ca_file is not None:  # to compare with what `central serve` printed
        print(f"trusting the central's CA, SHA-256 fingerprint {desk_ca_fingerprint(store.data_dir)}", file=out)
    if insecure_plaintext:
        print("warning: this desk talks to the central WITHOUT encryption (--insecure-plaintext)", file=out)


def _warn_quarantined(store: Store, out: TextIO) -> None:
    from saa_desk.services.quarantine import open_count

    count = open_count(store)
    if count:
        print(f"warning: {count} pulled row(s) could not be applied and are quarantined; "
              "see 'saa-desk sync quarantine list'", file=out)


def central_init_command(url: str, out: TextIO, *, training: bool = False) -> int:
    from saa_desk.sync.central import central_init

    version = central_init(url, training=training)
    print(f"{'training ' if training else ''}central schema is at version {version}", file=out)
    return 0


def add_desk_command(code: str, admin_url: str, out: TextIO) -> int:
    """`saa-desk central add-desk CODE ADMIN_URL`: the desk's URL is the last line printed."""
    from saa_desk.sync.desk_roles import add_desk

    made = add_desk(admin_url, code)
    print(f"desk {made.code}: PostgreSQL role {made.role}; on that desk run once "
          "'saa-desk sync --central URL --ca ca.crt' with the URL below and the central's CA file "
          "(the password goes to the keyring; a desk on the central's own machine needs no --ca)", file=out)
    print(made.url, file=out)
    return 0


def revoke_desk_command(code: str, admin_url: str, out: TextIO) -> int:
    """`saa-desk central revoke-desk CODE ADMIN_URL`."""
    from saa_desk.sync.desk_roles import revoke_desk

    roles = revoke_desk(admin_url, code)
    if not roles:
        print(f"desk {code} has no active login at this central", file=out)
        return 1
    print(f"desk {code} revoked ({', '.join(roles)}); what it pushed before is kept", file=out)
    return 0


def serve_command(data_dir: Path, port: int | None, out: TextIO, host: str = "127.0.0.1") -> int:
    """`saa-desk central serve DIR [--port P]`: prints the URL and runs until stopped."""
    from saa_desk.sync.server import serve_forever

    return serve_forever(data_dir, port, out, host=host, password=os.environ.get("SAA_CENTRAL_PASSWORD"))


def _shown(json_text: str) -> str:
    """A logged value (JSON text) as a person reads it: text plain, nothing as "-"."""
    import json

    value = json.loads(json_text)
    return "-" if value is None else str(value).replace("\t", " ").replace("\n", " ")


def conflicts_command(store: Store, actor: Any, out: TextIO, *, include_reviewed: bool) -> int:
    """`saa-desk conflicts list [--all]`: one line a conflict, oldest first."""
    from saa_desk.services.conflicts import conflicts_to_review

    logged = conflicts_to_review(store, actor, include_reviewed=include_reviewed)
    for item in logged:
        c = item.conflict
        state = f"reviewed {item.reviewed_at:%Y-%m-%d %H:%M} UTC" if item.reviewed_at else "open"
        print(f"{item.id}\t{c.table_name}\t{c.row_id}\t{c.field}\tlost: {_shown(c.loser_value)} "
              f"({c.loser_desk})\tkept: {_shown(c.winner_value)} ({c.winner_desk})\t{state}", file=out)
    print(f"{len(logged)} conflict(s)", file=out)
    return 0


def review_command(store: Store, actor: Any, ids: list[int], out: TextIO) -> int:
    """`saa-desk conflicts review ID...`: each in its own audited transaction."""
    from saa_desk.services.conflicts import mark_reviewed

    for conflict_id in ids:
        done = mark_reviewed(store, actor, conflict_id)
        print(f"{done.id}\treviewed", file=out)
    return 0


def duplicates_command(store: Store, actor: Any, out: TextIO) -> int:
    """`saa-desk duplicates list`: each identity document held by more than one live record."""
    from saa_desk.services.duplicates import list_duplicates

    groups = list_duplicates(store, actor)
    for g in groups:
        records = ", ".join(f"{b} ({d})" for b, d in zip(g.beneficiary_ids, g.origin_desks, strict=True))
        print(f"{g.id_type}\t{g.id_number}\t{records}", file=out)
    print(f"{len(groups)} duplicate group(s)", file=out)
    return 0


def merge_command(store: Store, actor: Any, keep: str, lose: str, out: TextIO) -> int:
    """`saa-desk duplicates merge KEEP LOSE`: KEEP is the record whose data is kept."""
    from saa_desk.services.duplicates import merge_duplicates

    result = merge_duplicates(store, actor, keep, lose)
    print(f"kept {result.keep_id}, merged away {result.lose_id}; moved {len(result.requests)} request(s) "
          f"and {len(result.household)} household member(s)"
          + (f"; took {', '.join(result.took)} from {keep}" if result.took else ""), file=out)
    return 0


def quarantine_list_command(store: Store, actor: Any, out: TextIO, *, include_resolved: bool) -> int:
    """`saa-desk sync quarantine list [--all]`: one line a quarantined row, oldest first."""
    from saa_desk.services.quarantine import quarantined_rows

    found = quarantined_rows(store, actor, include_resolved=include_resolved)
    for e in found:
        state = f"resolved {e.resolved_at:%Y-%m-%d %H:%M} UTC" if e.resolved_at else "open"
        print(f"{e.id}\t{e.table_name}\t{e.row_id}\t{e.field or '-'}\t{e.reason}: {_one_line(e.detail)}\t"
              f"attempts {e.attempts}\tfirst seen {e.first_seen:%Y-%m-%d %H:%M}\t"
              f"last seen {e.last_seen:%Y-%m-%d %H:%M}\tcursor {e.feed_cursor}\t{state}", file=out)
    print(f"{len(found)} quarantined row(s)", file=out)
    return 0


def quarantine_retry_command(store: Store, actor: Any, ids: list[int], out: TextIO) -> int:
    """`saa-desk sync quarantine retry [ID...]`: fetch each row again from the central and apply
    it if it is good now (every open one without ids)."""
    from saa_desk.services.quarantine import retry

    outcomes = retry(store, actor, ids or None)
    for o in outcomes:
        e = o.entry
        print(f"{e.id}\tapplied" if o.applied else
              f"{e.id}\tkept (attempt {e.attempts}): {e.reason} {e.field or ''}".rstrip(), file=out)
    applied = sum(o.applied for o in outcomes)
    print(f"{applied} applied, {len(outcomes) - applied} kept", file=out)
    return 0


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


# -- argparse wiring for saa_desk.cli ------------------------------------------------------------


def _cmd_sync(ctx: Any) -> int:
    ca = Path(ctx.args.ca) if ctx.args.ca else None
    from saa_desk.services.syncing import authorise
    authorise(ctx.actor, changes_settings=bool(ctx.args.central or ca or ctx.args.insecure_plaintext is not None))
    sync_command(ctx.initialised_store(), ctx.args.central, ctx.out, ca_file=ca,
                 insecure_plaintext=ctx.args.insecure_plaintext)
    return 0


def _cmd_quarantine(ctx: Any) -> int:
    store = ctx.initialised_store()
    if ctx.args.quarantine_command == "retry":
        return quarantine_retry_command(store, ctx.actor, ctx.args.ids, ctx.out)
    return quarantine_list_command(store, ctx.actor, ctx.out, include_resolved=ctx.args.all)


def _add_quarantine_commands(sync_parser: Any) -> None:
    """`sync quarantine list|retry` under `sync` (which still runs a sync without an action)."""
    actions = sync_parser.add_subparsers(dest="sync_command", metavar="ACTION")
    q = actions.add_parser("quarantine", help="pulled rows this desk could not apply")
    qsub = q.add_subparsers(dest="quarantine_command", metavar="ACTION", required=True)
    p = qsub.add_parser("list", help="the quarantined rows, with the field and the error (--all: resolved too)")
    p.add_argument("--all", action="store_true", help="resolved ones too")
    p.set_defaults(func=_cmd_quarantine)
    p = qsub.add_parser("retry", help="fetch rows again from the central and apply them if good now (audited)")
    p.add_argument("ids", type=int, nargs="*", metavar="ID", help="entries to retry (default: every open one)")
    p.set_defaults(func=_cmd_quarantine)
    f = actions.add_parser("files", help="the signatures, scans and library documents this desk holds")
    fsub = f.add_subparsers(dest="files_command", metavar="ACTION", required=True)
    p = fsub.add_parser("status", help="files held, waiting to go up, named here but not fetched; the settings")
    p.set_defaults(func=_cmd_files)
    p = fsub.add_parser("fetch", help="fetch every file this desk's rows name, scans included (before going offline)")
    p.set_defaults(func=_cmd_files)
    p = fsub.add_parser("settings", help="the size limit of a file added here, and when scans are fetched")
    p.add_argument("--max-mb", help="the largest file a person may add here, in MB (default 10)")
    p.add_argument("--fetch-scans", choices=("on-open", "eager"),
                   help="on-open: when first opened (default); eager: with every sync")
    p.set_defaults(func=_cmd_files)


def _cmd_files(ctx: Any) -> int:
    from saa_desk.services import files

    store = ctx.initialised_store()
    if ctx.args.files_command == "fetch":
        from saa_desk.services.syncing import authorise
        from saa_desk.sync.files import fetch_everything

        authorise(ctx.actor)
        moved = fetch_everything(store)
        waiting = f", {moved.waiting} not at the central yet" if moved.waiting else ""
        refused = f", {len(moved.refused)} arrived corrupt every time" if moved.refused else ""
        print(f"fetched {moved.down} file(s){waiting}{refused}", file=ctx.out)
        return 0 if not moved.refused else 1
    if ctx.args.files_command == "settings" and (ctx.args.max_mb is not None or ctx.args.fetch_scans):
        files.set_file_settings(store, ctx.actor, max_mb=ctx.args.max_mb, fetch_scans=ctx.args.fetch_scans)
    settings = files.file_settings(store, ctx.actor)
    held = files.files_held(store, ctx.actor)
    print(f"files on this desk: {held.held}; waiting to go up: {held.queued}; "
          f"named here, not fetched yet: {held.not_here}", file=ctx.out)
    print(f"largest file added here: {settings.max_bytes // (1024 * 1024)} MB; scans fetched: {settings.fetch_scans}",
          file=ctx.out)
    return 0


def _cmd_central_init(ctx: Any) -> int:
    return central_init_command(ctx.args.url, ctx.out, training=ctx.args.training)


def _cmd_central_add_desk(ctx: Any) -> int:
    return add_desk_command(ctx.args.code, ctx.args.admin_url, ctx.out)


def _cmd_central_revoke_desk(ctx: Any) -> int:
    return revoke_desk_command(ctx.args.code, ctx.args.admin_url, ctx.out)


def _cmd_central_serve(ctx: Any) -> int:
    return serve_command(Path(ctx.args.dir), ctx.args.port, ctx.out, ctx.args.host)


def _cmd_conflicts(ctx: Any) -> int:
    store = ctx.initialised_store()
    if ctx.args.conflicts_command == "review":
        return review_command(store, ctx.actor, ctx.args.ids, ctx.out)
    return conflicts_command(store, ctx.actor, ctx.out, include_reviewed=ctx.args.all)


def _cmd_duplicates(ctx: Any) -> int:
    store = ctx.initialised_store()
    if ctx.args.duplicates_command == "merge":
        return merge_command(store, ctx.actor, ctx.args.keep, ctx.args.lose, ctx.out)
    return duplicates_command(store, ctx.actor, ctx.out)


def add_commands(sub: Any) -> None:
    """Register `sync`, `central init|serve`, `conflicts list|review` and `duplicates list|merge`
    on the CLI's subparsers."""
    p = sub.add_parser("sync", help="sync this desk with the central database once",
                       description="Push this desk's changes and pull everyone else's. --central URL is "
                                   "remembered (without its password: that comes from $SAA_CENTRAL_PASSWORD "
                                   "or the system keyring).")
    p.add_argument("--central", metavar="URL", help="the central's postgresql:// URL (stored for next time)")
    p.add_argument("--ca", metavar="FILE", help="the central's CA certificate (ca.crt from `central serve`); "
                                                "copied into this desk's data folder and trusted from then on")
    p.add_argument("--insecure-plaintext", action=argparse.BooleanOptionalAction, default=None,
                   help="talk to the central over TCP WITHOUT TLS (stored; --no-insecure-plaintext undoes it)")
    p.set_defaults(func=_cmd_sync)
    _add_quarantine_commands(p)
    central = sub.add_parser("central", help="create or run the central database")
    csub = central.add_subparsers(dest="central_command", metavar="ACTION", required=True)
    p = csub.add_parser("init", help="create or migrate the central schema (safe to repeat)")
    p.add_argument("url")
    p.add_argument("--training", action="store_true",
                   help="a central for training desks (demo data); fixed when the central is created")
    p.set_defaults(func=_cmd_central_init)
    p = csub.add_parser("add-desk", help="create a desk's own login (it may only call the sync functions)",
                        description="Create the PostgreSQL login of desk CODE (BRANCH-DESK, e.g. RYD-D1) with a "
                                    "generated password. The last line printed is the URL that desk syncs with.")
    p.add_argument("code", help="the desk's branch and desk codes, e.g. RYD-D1")
    p.add_argument("admin_url", help="an administrator's URL of the central (superuser, or the schema's admin)")
    p.set_defaults(func=_cmd_central_add_desk)
    p = csub.add_parser("revoke-desk", help="disable a desk's login (a stolen PC); what it pushed is kept")
    p.add_argument("code", help="the desk's branch and desk codes, e.g. RYD-D1")
    p.add_argument("admin_url", help="an administrator's URL of the central")
    p.set_defaults(func=_cmd_central_revoke_desk)
    p = csub.add_parser("serve", help="run an embedded PostgreSQL central until stopped")
    p.add_argument("dir", help="the central's data folder")
    p.add_argument("--port", type=int, help="also listen on this TCP port, TLS and password only: needs "
                                            "$SAA_CENTRAL_PASSWORD (default: Unix socket only)")
    p.add_argument("--host", default="127.0.0.1", help="TCP address to listen on (0.0.0.0: every address)")
    p.set_defaults(func=_cmd_central_serve)
    conflicts = sub.add_parser("conflicts", help="the conflict log: values that lost to a concurrent edit")
    consub = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    p = consub.add_parser("list", help="conflicts nobody has reviewed yet (--all: every one)")
    p.add_argument("--all", action="store_true", help="reviewed ones too")
    p.set_defaults(func=_cmd_conflicts)
    p = consub.add_parser("review", help="mark conflicts reviewed (audited)")
    p.add_argument("ids", type=int, nargs="+", metavar="ID")
    p.set_defaults(func=_cmd_conflicts)
    duplicates = sub.add_parser("duplicates", help="one identity document registered at two desks")
    dsub = duplicates.add_subparsers(dest="duplicates_command", metavar="ACTION", required=True)
    p = dsub.add_parser("list", help="identity documents held by more than one record")
    p.set_defaults(func=_cmd_duplicates)
    p = dsub.add_parser("merge", help="merge two records of one person (the older record survives)")
    p.add_argument("keep", help="the record whose data to keep")
    p.add_argument("lose", help="the other record")
    p.set_defaults(func=_cmd_duplicates)
