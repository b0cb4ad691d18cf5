"""Plain functions behind `saa-desk sync` and `saa-desk central …`, and their argparse wiring.

The CLI adds them with `add_commands(sub)` in `build_parser`; each command gets the CLI's context
(`ctx.args`, `ctx.out`, `ctx.initialised_store()`). Failures are `DeskError`s, which the CLI prints
as one line with a non-zero exit.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from saa_desk.store.database import Store

if TYPE_CHECKING:
    from saa_desk.sync.engine import SyncSummary

# The sync machinery (psycopg, Alembic) is imported when a command runs, not when the CLI starts.


def sync_command(store: Store, url: str | None, out: TextIO) -> SyncSummary:
    """`saa-desk sync [--central URL]`: register the URL if given, run one full round, print a
    progress line per batch and a summary line."""
    from saa_desk.sync.engine import register_desk, sync_once

    if url:
        registration = register_desk(store, url)
        print(f"central: {registration.url}", file=out)
        if registration.password_in_keyring:
            print("the password is kept in the system keyring", file=out)
    summary = sync_once(store, None, progress=lambda p: print(p.line(), file=out, flush=True))
    print(summary.line(), file=out)
    return summary


def central_init_command(url: str, out: TextIO) -> int:
    from saa_desk.sync.central import central_init

    version = central_init(url)
    print(f"central schema is at version {version}", file=out)
    return 0


def serve_command(data_dir: Path, port: int | None, out: TextIO, host: str = "127.0.0.1") -> int:
    """`saa-desk central serve DIR [--port P]`: prints the URL and runs until stopped."""
    from saa_desk.sync.server import serve_forever

    return serve_forever(data_dir, port, out, host=host, password=os.environ.get("SAA_CENTRAL_PASSWORD"))


# -- argparse wiring for saa_desk.cli ------------------------------------------------------------


def _cmd_sync(ctx: Any) -> int:
    sync_command(ctx.initialised_store(), ctx.args.central, ctx.out)
    return 0


def _cmd_central_init(ctx: Any) -> int:
    return central_init_command(ctx.args.url, ctx.out)


def _cmd_central_serve(ctx: Any) -> int:
    return serve_command(Path(ctx.args.dir), ctx.args.port, ctx.out, ctx.args.host)


def add_commands(sub: Any) -> None:
    """Register `sync` and `central init|serve` on the CLI's subparsers."""
    p = sub.add_parser("sync", help="sync this desk with the central database once",
                       description="Push this desk's changes and pull everyone else's. --central URL is "
                                   "remembered (without its password: that comes from $SAA_CENTRAL_PASSWORD "
                                   "or the system keyring).")
    p.add_argument("--central", metavar="URL", help="the central's postgresql:// URL (stored for next time)")
    p.set_defaults(func=_cmd_sync)
    central = sub.add_parser("central", help="create or run the central database")
    csub = central.add_subparsers(dest="central_command", metavar="ACTION", required=True)
    p = csub.add_parser("init", help="create or migrate the central schema (safe to repeat)")
    p.add_argument("url")
    p.set_defaults(func=_cmd_central_init)
    p = csub.add_parser("serve", help="run an embedded PostgreSQL central until stopped")
    p.add_argument("dir", help="the central's data folder")
    p.add_argument("--port", type=int, help="also listen on this TCP port (default: Unix socket only)")
    p.add_argument("--host", default="127.0.0.1",
                   help="TCP address to listen on; other than loopback needs $SAA_CENTRAL_PASSWORD")
    p.set_defaults(func=_cmd_central_serve)
