"""`saa-desk library …`: the reference library (list, add, withdraw, open), and the blank
support-request form for `saa-desk print request-form`.

The CLI acts as the desk's administrator (cli_actor), so it may add and withdraw documents.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from saa_desk.domain.enums import LibraryKind

if TYPE_CHECKING:
    from saa_desk.cli import Context
    from saa_desk.services.library import LibraryEntry


def _line(ctx: Context, e: LibraryEntry) -> str:
    from saa_desk import catalogues

    flags = [f for f, on in (("builtin", e.builtin), ("withdrawn", e.withdrawn), ("latest", e.latest),
                             ("not on this desk", not e.present_on_desk)) if on]
    size = "" if e.size is None else str(e.size)
    return (f"{e.id}\t{catalogues.label('reference_tool', e.kind.value, ctx.lang)}\t{e.title(ctx.lang)}\t"
            f"{e.version}\t{e.media_type.value}\t{size}\t{e.sha256 or ''}\t{','.join(flags)}")


def cmd_list(ctx: Context) -> int:
    from saa_desk.services import library

    entries = library.documents(ctx.initialised_store(), ctx.actor, include_withdrawn=ctx.args.all)
    for e in entries:
        ctx.say(_line(ctx, e))
    ctx.say(f"{len(entries)} document(s)")
    return 0


def cmd_add(ctx: Context) -> int:
    from saa_desk.services import library

    added = library.add_document(ctx.initialised_store(), ctx.actor, Path(ctx.args.file), kind=ctx.args.kind,
                                 title_ar=ctx.args.title_ar, title_en=ctx.args.title_en, version=ctx.args.version)
    ctx.say(f"added {added.id} ({added.media_type.value}, {added.size} bytes, sha256 {added.sha256})")
    return 0


def cmd_withdraw(ctx: Context) -> int:
    from saa_desk.services import library

    gone = library.withdraw(ctx.initialised_store(), ctx.actor, ctx.args.id)
    ctx.say(f"withdrew {gone.id} (version {gone.version}); it stays in the manifest")
    return 0


def cmd_open(ctx: Context) -> int:
    """Print the document's path; offline without its bytes the error says so (exit 1)."""
    from saa_desk.services import library

    ctx.say(str(library.content(ctx.initialised_store(), ctx.actor, ctx.args.id)))
    return 0


def print_request_form(ctx: Context, output: Path) -> int:
    from saa_desk.privatefiles import write_private
    from saa_desk.services import library

    write_private(output, library.request_form(ctx.initialised_store(), ctx.actor))
    ctx.say(f"printed the blank support-request form to {output}")
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse._SubParsersAction[
        argparse.ArgumentParser]:
    about = "the reference library: the policy's four tools and other documents"
    command = sub.add_parser("library", help=about, description=about)
    actions = command.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    p = actions.add_parser("list", help="the documents, by kind, newest version first",
                           description="id, kind, title, version, type, size, sha256 and flags of each document")
    p.add_argument("--all", action="store_true", help="withdrawn versions too (the whole manifest)")
    p.set_defaults(func=cmd_list)
    p = actions.add_parser("add", help="add a document (PDF or Markdown, told by its bytes)",
                           description="add a document, or a new version of one (same kind and Arabic title)")
    p.add_argument("file")
    p.add_argument("--kind", required=True, choices=[k.value for k in LibraryKind])
    p.add_argument("--title-ar", required=True)
    p.add_argument("--title-en", required=True)
    p.add_argument("--version", required=True)
    p.set_defaults(func=cmd_add)
    p = actions.add_parser("withdraw", help="hide a version from the library (it is never deleted)")
    p.add_argument("id")
    p.set_defaults(func=cmd_withdraw)
    p = actions.add_parser("open", help="print the path of a document's file on this desk")
    p.add_argument("id")
    p.set_defaults(func=cmd_open)
    return actions
