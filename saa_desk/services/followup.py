"""Follow-up: every contact with a beneficiary on one of the eight channels, and satisfaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select

from saa_desk.domain.beneficiary import choice
from saa_desk.domain.dates import parse_date
from saa_desk.domain.enums import Channel, InteractionKind
from saa_desk.domain.errors import ValidationError, ValidationErrors
from saa_desk.domain.permissions import Permission
from saa_desk.domain.text import clean_text
from saa_desk.services.context import Actor, reading, unit
from saa_desk.store.database import Store
from saa_desk.store.models import Beneficiary, Interaction, SatisfactionSurvey, SupportRequest

RATING_FIELDS = ("rating_speed", "rating_respect", "rating_clarity", "rating_overall")


def log_interaction(store: Store, actor: Actor, beneficiary_id: str, channel: str, kind: str,
                    summary: object, request_id: str | None = None,
                    occurred_on: object = None) -> str:
    chan = choice(Channel, channel, "channel", required=True)
    what = choice(InteractionKind, kind, "kind", required=True)
    text = clean_text(summary, "summary", max_length=4000, required=True, multiline=True)
    day = parse_date(occurred_on, "date") if occurred_on else None
    with unit(store, actor, Permission.INTERACTION_WRITE) as u:
        u.get(Beneficiary, beneficiary_id, "beneficiary")
        if request_id:
            u.get(SupportRequest, request_id, "request")
        at = dt.datetime.combine(day, dt.time(12)) if day else u.now_utc
        row = Interaction(beneficiary_id=beneficiary_id, request_id=request_id, channel=chan,
                          kind=what, summary=text, occurred_at=at)
        u.session.add(row)
        u.session.flush()
        u.audit("interaction.log", "interactions", row.id, channel=chan, kind=what)
        return row.id


def _rating(value: object, field: str) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError("required", field)
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValidationError("not_a_number", field)
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError("not_a_number", field) from None
    if not 1 <= number <= 5:
        raise ValidationError("out_of_range", field, min=1, max=5)
    return number


def record_survey(store: Store, actor: Actor, beneficiary_id: str, ratings: Mapping[str, object],
                  comment: object = None, channel: str = "interview", request_id: str | None = None,
                  interaction_id: str | None = None) -> str:
    """Rating the service is the beneficiary's right, a tool to improve, never to blame."""
    errors: list[ValidationError] = []
    clean: dict[str, int] = {}
    for field in RATING_FIELDS:
        try:
            clean[field] = _rating(ratings.get(field), field)
        except ValidationError as exc:
            errors.append(exc)
    if errors:
        raise ValidationErrors(errors)
    chan = choice(Channel, channel, "channel", required=True)
    text = clean_text(comment, "comment", max_length=4000, multiline=True)
    with unit(store, actor, Permission.SURVEY_WRITE) as u:
        u.get(Beneficiary, beneficiary_id, "beneficiary")
        if request_id:
            u.get(SupportRequest, request_id, "request")
        row = SatisfactionSurvey(beneficiary_id=beneficiary_id, request_id=request_id,
                                 interaction_id=interaction_id, channel=chan, comment=text, **clean)
        u.session.add(row)
        u.session.flush()
        u.audit("survey.record", "satisfaction_surveys", row.id, overall=clean["rating_overall"])
        return row.id


@dataclass(frozen=True)
class InteractionView:
    id: str
    channel: str
    kind: str
    summary: str
    occurred_at: dt.datetime
    request_id: str | None
    by: str | None


def history(store: Store, actor: Actor, beneficiary_id: str) -> list[InteractionView]:
    with reading(store, actor) as s:
        rows = s.scalars(select(Interaction).where(Interaction.beneficiary_id == beneficiary_id)
                         .order_by(Interaction.occurred_at.desc()))
        return [InteractionView(r.id, r.channel, r.kind, r.summary, r.occurred_at, r.request_id,
                                r.created_by) for r in rows]


@dataclass(frozen=True)
class SatisfactionSummary:
    surveys: int
    averages: dict[str, float]


def satisfaction_summary(store: Store, actor: Actor) -> SatisfactionSummary:
    with reading(store, actor) as s:
        cols = [func.avg(getattr(SatisfactionSurvey, f)) for f in RATING_FIELDS]
        row = s.execute(select(func.count(SatisfactionSurvey.id), *cols)).one()
        return SatisfactionSummary(int(row[0]), {
            f: round(float(v), 2) for f, v in zip(RATING_FIELDS, row[1:], strict=True) if v is not None})
