"""Unfinished interviews: kept on this desk (never synced) until they become a beneficiary."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from saa_desk.domain.errors import NotFound, ValidationError
from saa_desk.domain.permissions import Permission
from saa_desk.services.context import Actor
from saa_desk.store.capture import new_id, utcnow
from saa_desk.store.database import Store
from saa_desk.store.models import InterviewDraft

MAX_DRAFT_BYTES = 256 * 1024


@dataclass(frozen=True)
class DraftInfo:
    id: str
    updated_at: dt.datetime
    data: dict[str, Any]


def save_draft(store: Store, actor: Actor, draft_id: str | None, data: dict[str, Any]) -> str:
    actor.require(Permission.BENEFICIARY_WRITE)
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    if len(payload.encode("utf-8")) > MAX_DRAFT_BYTES:
        raise ValidationError("too_long", "notes", max=MAX_DRAFT_BYTES)
    with store.write(actor.user_id) as s:
        draft = s.get(InterviewDraft, draft_id) if draft_id else None
        if draft is None or draft.user_id != actor.user_id:
            draft = InterviewDraft(id=draft_id or new_id(), user_id=actor.user_id)
            s.add(draft)
        draft.updated_at = utcnow()
        draft.data_json = payload
        return draft.id


def list_drafts(store: Store, actor: Actor) -> list[DraftInfo]:
    """This user's drafts, the latest first."""
    with store.read() as s:
        rows = s.scalars(select(InterviewDraft).where(InterviewDraft.user_id == actor.user_id)
                         .order_by(InterviewDraft.updated_at.desc()))
        return [DraftInfo(d.id, d.updated_at, json.loads(d.data_json)) for d in rows]


def load_draft(store: Store, actor: Actor, draft_id: str) -> dict[str, Any]:
    with store.read() as s:
        draft = s.get(InterviewDraft, draft_id)
        if draft is None or draft.user_id != actor.user_id:
            raise NotFound("notes")
        data: dict[str, Any] = json.loads(draft.data_json)
        return data


def delete_draft(store: Store, actor: Actor, draft_id: str) -> None:
    with store.write(actor.user_id) as s:
        draft = s.get(InterviewDraft, draft_id)
        if draft is not None and draft.user_id == actor.user_id:
            s.delete(draft)
