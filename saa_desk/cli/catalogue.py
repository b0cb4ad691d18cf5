"""`saa-desk catalogue …`: the association's catalogue (support types, documents, rejection reasons,
notification texts): show it, export it to edit, import an edited file as a new version, its history."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from saa_desk.domain.errors import ValidationError

if TYPE_CHECKING:
    from saa_desk.cli import Context

EXIT_INVALID = 2  # the file is not a valid catalogue: nothing was written


def cmd_show(ctx: Context) -> int:
    from saa_desk.services import catalogue

    store = ctx.initialised_store()
    if ctx.args.format == "json":
        ctx.out.write(catalogue.export_json(store, ctx.actor))
        return 0
    version, current = catalogue.current(store, ctx.actor)
    lang = ctx.lang
    ctx.say(f"catalogue version: {version or 'the shipped seed'} (sha256 {current.sha256[:16]}…)")
    ctx.say("support types:")
    for s in current.support_types.values():
        docs = ", ".join(f"{d.code}{'' if d.mandatory else ' (optional)'}" for d in s.documents)
        ctx.say(f"  {s.code}\t{s.label(lang)}{'' if s.active else '  [inactive]'}\t{docs}")
    ctx.say("document types:")
    for d in current.document_types.values():
        ctx.say(f"  {d.code}\t{d.label(lang)}{' (expires)' if d.has_expiry else ''}"
                f"{'' if d.active else '  [inactive]'}")
    ctx.say("rejection reasons:")
    for r in current.rejection_reasons.values():
        ctx.say(f"  {r.code}\t{r.label(lang)}{'' if r.active else '  [inactive]'}")
    ctx.say("notification texts:")
    for key, text in current.notification_texts.items():
        ctx.say(f"  {key}\t{text[lang]}")
    return 0


def cmd_export(ctx: Context) -> int:
    from saa_desk.privatefiles import write_private
    from saa_desk.services import catalogue

    text = catalogue.export_json(ctx.initialised_store(), ctx.actor, ctx.args.version)
    target = write_private(Path(ctx.args.output), text)
    ctx.say(f"wrote {target}")
    return 0


def cmd_import(ctx: Context) -> int:
    from saa_desk.services import catalogue

    store = ctx.initialised_store()
    content = Path(ctx.args.file).read_bytes()  # OSError: the CLI's "file unreadable" line
    try:
        version = catalogue.save(store, ctx.actor, content, ctx.args.note)
    except ValidationError as exc:
        if exc.code == "catalogue_unchanged":
            raise
        errors = getattr(exc, "errors", [exc])
        print(f"saa-desk: {ctx.args.file}: {len(errors)} problem(s); nothing was saved", file=sys.stderr)
        for e in errors:
            print(f"  {e.message(ctx.lang)}", file=sys.stderr)
        return EXIT_INVALID
    ctx.say(f"saved catalogue version {version}")
    return 0


def cmd_history(ctx: Context) -> int:
    from saa_desk.services import catalogue

    rows = catalogue.history(ctx.initialised_store(), ctx.actor)
    for v in rows:
        mark = "*" if v.current else ("!" if not v.valid else " ")
        state = "" if v.valid else "\tINVALID (skipped)"
        ctx.say(f"{mark} {v.id}\t{v.saved_at:%Y-%m-%d %H:%M}\t{v.saved_by or '?'}@{v.origin_desk}\t"
                f"{v.note or ''}{state}")
    ctx.say(f"{len(rows)} version(s); * current" + ("" if rows else " (the shipped seed is current)"))
    return 1 if any(not v.valid for v in rows) else 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("catalogue", help="the catalogue: support types, documents, rejection reasons, texts",
                       description="The association's catalogue, versioned and synced to every desk.")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("show", help="print the current catalogue")
    a.add_argument("--format", choices=("text", "json"), default="text")
    a.set_defaults(func=cmd_show)
    a = actions.add_parser("export", help="write the current catalogue (or a version) as JSON, to edit")
    a.add_argument("-o", "--output", required=True, help="the JSON file to write")
    a.add_argument("--version", help="a version id from 'catalogue history' (default: the current one)")
    a.set_defaults(func=cmd_export)
    a = actions.add_parser("import", help="save an edited JSON file as the new catalogue version "
                                          "(administrators; exit 2 if invalid, nothing saved)")
    a.add_argument("file")
    a.add_argument("--note", required=True, help="what changed and why (kept in the history)")
    a.set_defaults(func=cmd_import)
    a = actions.add_parser("history", help="every version held here, newest first (exit 1 if one is invalid)")
    a.set_defaults(func=cmd_history)

