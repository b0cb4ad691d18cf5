"""`saa-desk committee …`: the research committee's commands.

`add_commands(sub)` adds the `committee` command and returns its own sub-parsers, so each action
(`queue` here) is one `actions.add_parser(...)` with `set_defaults(func=...)`; a command gets the
CLI's context (`ctx.args`, `ctx.out`, `ctx.initialised_store()`, `ctx.actor`, `ctx.lang`).
"""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

from saa_desk.domain.enums import QueueState

if TYPE_CHECKING:
    from saa_desk.cli import Context
    from saa_desk.services.queue import QueueRow

QUEUE_FIELDS = ("number", "status", "submitted_at", "expected_answer_date", "days_waited", "days_left", "state",
                "branch", "support_type", "channel", "beneficiary_name")


def _rows(ctx: Context) -> Iterator[QueueRow]:
    from saa_desk.services import queue

    store, wanted = ctx.initialised_store(), queue.QueueFilter(state=ctx.args.state)
    after = None
    while True:
        page = queue.page(store, ctx.actor, wanted, after, limit=1000)
        yield from page.rows
        if not page.more:
            return
        after = page.last


def _record(row: QueueRow) -> dict[str, object]:
    return {"number": row.number, "status": row.status, "submitted_at": row.submitted_at.isoformat(),
            "expected_answer_date": row.expected_answer_date.isoformat() if row.expected_answer_date else None,
            "days_waited": row.days_waited, "days_left": row.days_left, "state": row.state.value,
            "branch": row.branch, "support_type": row.support_type, "channel": row.channel,
            "beneficiary_name": row.beneficiary_name}


def cmd_queue(ctx: Context) -> int:
    from saa_desk import catalogues

    rows = _rows(ctx)
    if ctx.args.format == "json":
        json.dump([_record(r) for r in rows], ctx.out, ensure_ascii=False, indent=1)
        ctx.say()
    elif ctx.args.format == "csv":
        writer = csv.DictWriter(ctx.out, QUEUE_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(_record(r) for r in rows)
    else:
        count = 0
        for r in rows:
            count += 1
            left = "" if r.days_left is None else str(r.days_left)
            ctx.say(f"{r.number}\t{catalogues.label('request_status', r.status, ctx.lang)}\t"
                    f"{r.submitted_at:%Y-%m-%d}\t{r.expected_answer_date or ''}\t{r.days_waited}\t{left}\t"
                    f"{catalogues.label('queue_state', r.state.value, ctx.lang)}\t{r.beneficiary_name}")
        ctx.say(f"{count} queued")
    return 0


def cmd_minutes(ctx: Context) -> int:
    from pathlib import Path

    from saa_desk.privatefiles import write_private
    from saa_desk.services import committee, printing

    store = ctx.initialised_store()
    meeting = committee.meeting_by_number(store, ctx.actor, ctx.args.meeting_number)
    minutes = printing.print_minutes(store, ctx.actor, meeting.id)
    write_private(Path(ctx.args.output), minutes.pdf)  # names and decisions: owner-only, even when overwriting
    ctx.say(f"printed the minutes of meeting {minutes.meeting_number} ({minutes.pages} pages) to {ctx.args.output}")
    return 0


def cmd_settings(ctx: Context) -> int:
    from saa_desk.services import committee

    store = ctx.initialised_store()
    current = committee.committee_settings(store, ctx.actor)
    if ctx.args.quorum is not None or ctx.args.conflicts_block is not None:
        blocks = current.conflict_blocks if ctx.args.conflicts_block is None else ctx.args.conflicts_block == "yes"
        current = committee.set_committee_settings(
            store, ctx.actor, current.quorum if ctx.args.quorum is None else ctx.args.quorum, blocks)
    ctx.say(f"quorum: {current.quorum}")
    ctx.say(f"a conflict of interest blocks the decision: {'yes' if current.conflict_blocks else 'no'}")
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse._SubParsersAction[
        argparse.ArgumentParser]:
    committee = sub.add_parser("committee", help="the research committee: its queue, minutes and settings",
                               description="the research committee: its queue, minutes and settings")
    actions = committee.add_subparsers(dest="committee_command", metavar="ACTION", required=True)
    p = actions.add_parser("queue", help="submitted and under-review requests, longest waiting first",
                           description="submitted and under-review requests, longest waiting first, "
                                       "with days waited, days left to the promised date and the state")
    p.add_argument("--state", choices=[s.value for s in QueueState], help="only requests in this state")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(func=cmd_queue)
    p = actions.add_parser("minutes", help="print a closed meeting's minutes to PDF",
                           description="print the minutes of a closed committee meeting to PDF")
    p.add_argument("meeting_number", metavar="MEETING_NO")
    p.add_argument("-o", "--output", required=True, help="the PDF file to write")
    p.set_defaults(func=cmd_minutes)
    p = actions.add_parser("settings", help="show or change the quorum and the conflict-of-interest rule",
                           description="show the committee settings of this desk, or change them: the quorum "
                                       "new meetings need, and whether a member who took a request in or "
                                       "researched it is refused (yes) or only warned (no)")
    p.add_argument("--quorum", help="members present a new meeting needs to close")
    p.add_argument("--conflicts-block", choices=("yes", "no"), help="refuse rather than warn")
    p.set_defaults(func=cmd_settings)
    return actions
