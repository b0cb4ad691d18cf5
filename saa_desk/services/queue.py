"""The committee queue: submitted and under-review requests, longest waiting first.

Pages are keyset pages on (submitted_at, number), walked along the partial index
ix_requests_queue: a page costs the same at the end of 50,000 queued requests as at the start,
where OFFSET would walk every row before it. The state (on time, due soon, overdue) is computed
in SQL from the same integer rule as saa_desk.domain.promise, so a state filter and the state
shown on a row cannot disagree.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple, TypeVarTuple

from sqlalchemy import (
    ColumnElement,
    Label,
    Select,
    TextClause,
    and_,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from saa_desk.domain.dates import local_date
from saa_desk.domain.enums import QueueState
from saa_desk.domain.errors import ValidationError
from saa_desk.domain.promise import QUARTERS, days_left, days_waited, queue_state
from saa_desk.domain.text import ascii_digits, clean_text
from saa_desk.domain.workflow import RequestStatus
from saa_desk.services.context import Actor, reading, today
from saa_desk.store import search as fts
from saa_desk.store.database import Store
from saa_desk.store.models import Beneficiary, SupportRequest

PAGE = 200
MAX_QUERY = 200
# A search inside the queue looks among this many matching beneficiaries: a common name part
# (محمد) matches tens of thousands, and nobody reads past the first few hundred requests.
MAX_PEOPLE = 2000
QUEUED = (RequestStatus.SUBMITTED, RequestStatus.UNDER_REVIEW)

# Spelled with literals, exactly as the partial index ix_requests_queue: SQLite matches a partial
# index's condition only against the same constant terms, never against bound parameters.
IN_QUEUE = text("requests.status IN ('submitted', 'under_review') AND requests.deleted = 0")
_BRANCH = re.compile(r"^[A-Z0-9]{1,10}$")

R = SupportRequest
STORED_AT: Label[str] = literal_column("requests.submitted_at").label("stored_at")  # the text, unparsed
_Ts = TypeVarTuple("_Ts")


class QueueKey(NamedTuple):
    """Where a row sits in the queue's order; a page starts after one. `submitted_at` is the text
    as stored: read without parsing (50,000 keys parsed into datetimes took half a second) and
    compared by SQLite exactly as the index orders it."""

    submitted_at: str
    number: str


@dataclass(frozen=True)
class QueueFilter:
    """What the queue is narrowed to; None (or "") leaves a criterion out. Raw input: `clean()` checks it."""

    branch: str | None = None  # the first segment of the request number
    support_type: str | None = None
    channel: str | None = None
    status: str | None = None
    state: str | None = None
    text: str | None = None  # a request number, ID number, phone or a part of the name

    def clean(self) -> QueueFilter:
        branch = clean_text(self.branch, "branch", max_length=10)
        branch = branch.upper() if branch else None
        if branch is not None and not _BRANCH.match(branch):
            raise ValidationError("unknown_choice", "branch", value=branch[:20])
        status = clean_text(self.status, "status", max_length=24)
        if status is not None and status not in {s.value for s in QUEUED}:
            raise ValidationError("unknown_choice", "status", value=status[:20])
        state = clean_text(self.state, "queue_state", max_length=12)
        if state is not None and state not in {s.value for s in QueueState}:
            raise ValidationError("unknown_choice", "queue_state", value=state[:20])
        query = clean_text(self.text, "query", max_length=MAX_QUERY)
        return QueueFilter(branch, clean_text(self.support_type, "support_type", max_length=40),
                           clean_text(self.channel, "channel", max_length=24), status, state,
                           ascii_digits(query) if query else None)

    def without_state(self) -> QueueFilter:
        return QueueFilter(self.branch, self.support_type, self.channel, self.status, None, self.text)


EVERYTHING = QueueFilter()


@dataclass(frozen=True)
class QueueRow:
    request_id: str
    beneficiary_id: str
    number: str
    beneficiary_name: str
    support_type: str
    channel: str
    branch: str
    status: str
    submitted_at: dt.datetime
    expected_answer_date: dt.date | None
    days_waited: int
    days_left: int | None  # None: no date was promised
    state: QueueState
    key: QueueKey


@dataclass(frozen=True)
class QueuePage:
    rows: tuple[QueueRow, ...]
    more: bool  # another page follows the last row

    @property
    def last(self) -> QueueKey | None:
        return self.rows[-1].key if self.rows else None


# -- the state in SQL ---------------------------------------------------------------------------


def _state_terms(on: dt.date) -> tuple[ColumnElement[bool], ColumnElement[bool], ColumnElement[bool]]:
    """(overdue, due soon, on time) as SQL, the rule of domain.promise.queue_state on Riyadh dates.
    The plain comparison of dates comes first: SQLite skips the arithmetic of rows it rules out."""
    day = on.isoformat()
    expected = func.julianday(R.expected_answer_date)
    left = expected - func.julianday(literal(day))
    promised = expected - func.julianday(func.date(R.submitted_at, "+3 hours"))  # the Riyadh day
    overdue = and_(R.expected_answer_date.is_not(None), R.expected_answer_date < day)
    due_soon = and_(R.expected_answer_date >= day, left * QUARTERS < promised)
    on_time = or_(R.expected_answer_date.is_(None),
                  and_(R.expected_answer_date >= day, left * QUARTERS >= promised))
    return overdue, due_soon, on_time


def _conditions(s: Session, f: QueueFilter, on: dt.date) -> list[ColumnElement[bool]] | None:
    """The WHERE terms of a filter beside IN_QUEUE; None when the search matches nobody."""
    terms: list[ColumnElement[bool]] = []
    if f.branch:
        terms.append(R.number.like(f"{f.branch}-%"))
    if f.support_type:
        terms.append(R.support_type == f.support_type)
    if f.channel:
        terms.append(R.channel == f.channel)
    if f.status:
        terms.append(R.status == f.status)
    if f.state:
        overdue, due_soon, on_time = _state_terms(on)
        terms.append({QueueState.OVERDUE: overdue, QueueState.DUE_SOON: due_soon,
                      QueueState.ON_TIME: on_time}[QueueState(f.state)])
    if f.text:
        found = _search(s, f.text)
        if found is None:
            return None
        terms.append(found)
    return terms


def _search(s: Session, query: str) -> ColumnElement[bool] | None:
    """A request number finds that request; anything else finds the requests of the people it
    matches (ID number, phone, a part of the name: the beneficiaries' search index)."""
    number = query.strip().upper()
    if s.scalar(select(R.id).where(R.number == number)) is not None:
        return R.number == number
    people = fts.matching_ids(s.connection(), query, MAX_PEOPLE)
    return R.beneficiary_id.in_(people) if people else None


def _after(key: QueueKey | None) -> list[ColumnElement[bool] | TextClause]:
    # A row value: SQLite seeks the index to the key instead of filtering every row before it.
    if key is None:
        return []
    return [text("(requests.submitted_at, requests.number) > (:after_at, :after_number)")
            .bindparams(after_at=key.submitted_at, after_number=key.number)]


def _queued(query: Select[*_Ts], terms: Sequence[ColumnElement[bool] | TextClause]) -> Select[*_Ts]:
    return query.where(IN_QUEUE, R.submitted_at.is_not(None), *terms)


# -- reading --------------------------------------------------------------------------------------


def page(store: Store, actor: Actor, filter: QueueFilter = EVERYTHING, after: QueueKey | None = None,
         limit: int = PAGE) -> QueuePage:
    """The `limit` queued requests after `after` (from the start when None), longest waiting first."""
    f, on = filter.clean(), today(store)
    limit = max(1, min(limit, 1000))
    with reading(store, actor) as s:
        terms = _conditions(s, f, on)
        if terms is None:
            return QueuePage((), False)
        # One statement, the queue's index as the outer loop: the rows come in its order, no sort.
        rows = s.execute(
            _queued(select(R.id, R.beneficiary_id, R.number, R.support_type, R.channel, R.status, R.submitted_at,
                           R.expected_answer_date, STORED_AT, Beneficiary.first_name, Beneficiary.father_name,
                           Beneficiary.grandfather_name, Beneficiary.family_name)
                    .join(Beneficiary, Beneficiary.id == R.beneficiary_id), [*terms, *_after(after)])
            .order_by(R.submitted_at, R.number).limit(limit + 1)).all()
    views = tuple(_view(r, on) for r in rows[:limit])
    return QueuePage(views, len(rows) > limit)


def _view(r: object, on: dt.date) -> QueueRow:
    submitted: dt.datetime = r.submitted_at  # type: ignore[attr-defined]
    expected: dt.date | None = r.expected_answer_date  # type: ignore[attr-defined]
    day = local_date(submitted)
    return QueueRow(
        r.id, r.beneficiary_id, r.number,  # type: ignore[attr-defined]
        f"{r.first_name} {r.father_name} {r.grandfather_name} {r.family_name}",  # type: ignore[attr-defined]
        r.support_type, r.channel, r.number.split("-", 1)[0], r.status,  # type: ignore[attr-defined]
        submitted, expected, days_waited(day, on),
        None if expected is None else days_left(expected, on),
        QueueState.ON_TIME if expected is None else queue_state(day, expected, on),
        QueueKey(r.stored_at, r.number))  # type: ignore[attr-defined]


def keys(store: Store, actor: Actor, filter: QueueFilter = EVERYTHING, after: QueueKey | None = None,
         limit: int = 5000) -> list[QueueKey]:
    """Only the keys, in order (read from the index alone when the filter allows): the lazy table
    holds these and fetches the rows of what is on screen."""
    f, on = filter.clean(), today(store)
    with reading(store, actor) as s:
        terms = _conditions(s, f, on)
        if terms is None:
            return []
        query = (_queued(select(STORED_AT, R.number), [*terms, *_after(after)])
                 .order_by(R.submitted_at, R.number).limit(limit))
        return list(map(QueueKey._make, _raw_rows(s, query)))


def _raw_rows(s: Session, query: Select[*_Ts]) -> list[tuple[object, ...]]:
    """Run on the driver's cursor: SQLAlchemy's per-row work was most of reading 50,000 keys."""
    compiled = query.compile(bind=s.get_bind(), compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    cursor = s.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        rows: list[tuple[object, ...]] = cursor.execute(
            str(compiled), [params[name] for name in compiled.positiontup or ()]).fetchall()
        return rows
    finally:
        cursor.close()


def counts(store: Store, actor: Actor, filter: QueueFilter = EVERYTHING) -> dict[QueueState, int]:
    """Requests per state under the filter (its own state left out: the header shows all three).

    Counted per (hour submitted, date promised) in SQL and classified here by domain.promise: the
    state's date arithmetic on each of 50,000 rows cost SQLite over 100 ms; the groups are a few
    hundred."""
    f, on = filter.clean().without_state(), today(store)
    found = dict.fromkeys(QueueState, 0)
    with reading(store, actor) as s:
        terms = _conditions(s, f, on)
        if terms is None:
            return found
        hour = func.substr(STORED_AT, 1, 13)  # "YYYY-MM-DD HH": enough for the Riyadh date
        groups = _raw_rows(s, _queued(select(hour, R.expected_answer_date, func.count()).select_from(R), terms)
                           .group_by(hour, R.expected_answer_date))
    for stored_hour, expected, count in groups:
        state = QueueState.ON_TIME
        if expected is not None:
            submitted_on = local_date(dt.datetime.strptime(str(stored_hour), "%Y-%m-%d %H"))
            state = queue_state(submitted_on, dt.date.fromisoformat(str(expected)), on)
        found[state] += int(str(count))
    return found


def touched(store: Store, actor: Actor, request_ids: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The numbers of these requests, and those of them in the queue now: a screen that holds the
    queue's keys (numbers) asks after a change set named requests whether the queue moved."""
    wanted = sorted(set(request_ids))
    numbers: set[str] = set()
    queued: set[str] = set()
    with reading(store, actor) as s:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            in_queue = and_(IN_QUEUE, R.submitted_at.is_not(None))
            for number, now in s.execute(select(R.number, case((in_queue, True), else_=False))
                                         .where(R.id.in_(chunk))):
                numbers.add(number)
                if now:
                    queued.add(number)
    return frozenset(numbers), frozenset(queued)


def branches(store: Store, actor: Actor) -> tuple[str, ...]:
    """The branches requests were numbered at (the number's first segment), for the filter's list:
    one seek of the numbers' unique index per branch, not a scan."""
    found: list[str] = []
    with reading(store, actor) as s:
        after = ""
        while (number := s.scalar(select(R.number).where(R.number > after).order_by(R.number).limit(1))):
            found.append(number.split("-", 1)[0])
            after = found[-1] + "-\uffff"
    return tuple(found)
