"""Field-by-field merge by hybrid logical clock, the same on the central (push) and on a desk (pull).

For every data field the larger clock wins, so any order of merges gives the same row. A losing
value is a *conflict* (kept in the conflict log) only when the two edits were concurrent, i.e.
neither side had seen the other's version:

* on the central, the pushing desk *claims* the fields it edited, each with the clock the field had
  on the desk before its first unpushed edit (`base`). The central's version was seen by the desk
  iff its clock equals that base (or the incoming clock: the same edit pushed twice);
* on a desk, a pulled value that beats a field whose clock belongs to an unpushed local edit (still
  in the outbox) beats a version nobody else has seen.

Equal values never conflict, and neither do the bookkeeping fields every edit touches.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Container, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from saa_desk.domain.clock import Timestamp
from saa_desk.sync.schema import CONFLICT_EXEMPT, TableSpec, clocks_of, dumps_clocks

# Two decisions for the same submission of a request are logged on the request under this field
# (no column is called that): both rows are kept, the supervisor reviews the pair.
DECISION_FIELD = "decision"


def clock_desk(hlc: str | None) -> str:
    return Timestamp.decode(hlc).desk if hlc else ""


@dataclass(frozen=True)
class Conflict:
    """A value that lost to a concurrent edit of the same field. Values are JSON text."""

    table_name: str
    row_id: str
    field: str
    loser_value: str
    loser_hlc: str
    winner_value: str
    winner_hlc: str
    detected_by: str

    @property
    def loser_desk(self) -> str:
        return clock_desk(self.loser_hlc)

    @property
    def winner_desk(self) -> str:
        return clock_desk(self.winner_hlc)

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.table_name, self.row_id, self.field, self.loser_hlc)

    def as_dict(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Conflict:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__})

    def value(self) -> Any:
        return json.loads(self.loser_value)


@dataclass(frozen=True)
class Review:
    """A supervisor's review of a logged conflict, as it travels: the first to reach the central
    holds everywhere."""

    key: tuple[str, str, str, str]  # Conflict.key
    reviewed_at: dt.datetime  # UTC, without a zone, like every stored timestamp
    reviewed_by: str


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class Merged:
    row: tuple[Any, ...] | None  # the new row when anything changed, else None
    conflicts: list[Conflict]
    taken: tuple[str, ...] = ()  # the fields where the incoming version won


def merge_row(
    spec: TableSpec,
    current: Sequence[Any],
    incoming: Sequence[Any],
    *,
    detected_by: str,
    claims: Mapping[str, str | None] | None = None,
    pending: Container[tuple[str, str]] = (),
) -> Merged:
    """Merge `incoming` into `current` (both wire-format tuples in `spec.columns` order).

    `claims` (central side): field -> the desk's base clock for the fields it edited.
    `pending` (desk side): (field, clock) pairs of local edits not yet pushed."""
    fc_at = spec.index("field_clocks")
    current_clocks = clocks_of(spec, current)
    incoming_clocks = clocks_of(spec, incoming)
    merged = list(current)
    clocks = dict(current_clocks)
    conflicts: list[Conflict] = []
    taken: list[str] = []
    for field in spec.fields:
        theirs = incoming_clocks.get(field)
        ours = current_clocks.get(field)
        if theirs is None or theirs == ours:
            continue
        at = spec.index(field)
        incoming_wins = ours is None or theirs > ours
        if incoming_wins:
            merged[at] = incoming[at]
            clocks[field] = theirs
            taken.append(field)
        if ours is None or field in CONFLICT_EXEMPT or current[at] == incoming[at]:
            continue
        concurrent = (claims is not None and field in claims and claims[field] != ours) or (
            incoming_wins and (field, ours) in pending
        )
        if not concurrent:
            continue
        if incoming_wins:
            loser, loser_hlc, winner, winner_hlc = current[at], ours, incoming[at], theirs
        else:
            loser, loser_hlc, winner, winner_hlc = incoming[at], theirs, current[at], ours
        conflicts.append(Conflict(spec.name, str(current[0]), field, _json(loser), loser_hlc,
                                  _json(winner), winner_hlc, detected_by))
    if not taken:
        return Merged(None, conflicts)
    merged[fc_at] = dumps_clocks(clocks)
    hlc_at = spec.index("hlc")
    merged[hlc_at] = max(current[hlc_at] or "", incoming[hlc_at] or "")
    return Merged(tuple(merged), conflicts, tuple(taken))
