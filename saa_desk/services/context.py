"""Who is acting, and the one transaction each service call runs in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from saa_desk.domain.dates import ASSOCIATION_TZ
from saa_desk.domain.enums import Role
from saa_desk.domain.errors import DeskError, NotFound, PermissionDenied
from saa_desk.domain.permissions import Permission, permissions_of
from saa_desk.store import audit
from saa_desk.store.database import Store

# "today" at the desk is the association's (Riyadh) date.
RIYADH = ASSOCIATION_TZ


@dataclass(frozen=True)
class Actor:
    user_id: str
    username: str
    full_name: str
    roles: frozenset[Role]
    branch: str | None = None

    def can(self, permission: Permission) -> bool:
        return permission in permissions_of(self.roles)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(permission.value)


def today(store: Store) -> dt.date:
    return now_local(store).date()


def now_local(store: Store) -> dt.datetime:
    override: dt.datetime | None = getattr(store, "frozen_now", None)  # tests and demos freeze time
    if override is not None:
        return override
    return dt.datetime.now(RIYADH).replace(tzinfo=None)


def live(session: Session, model: type, key: str, field: str) -> Any:
    """The row with this key; NotFound (naming `field`) when it is missing or tombstoned."""
    obj = session.get(model, key) if isinstance(key, str) and key else None
    if obj is None or getattr(obj, "deleted", False):
        raise NotFound(field)
    return obj


class Unit:
    """A service call's transaction: the session, the actor, and the audit trail."""

    def __init__(self, session: Session, actor: Actor, store: Store) -> None:
        self.session = session
        self.actor = actor
        self.store = store

    def audit(self, action: str, entity: str | None = None, entity_id: str | None = None,
              **details: Any) -> None:
        audit.append(self.session, self.actor.user_id, action, entity, entity_id, details)

    def get(self, model: type, key: str, field: str) -> Any:
        return live(self.session, model, key, field)

    @property
    def today(self) -> dt.date:
        return today(self.store)

    @property
    def now_utc(self) -> dt.datetime:
        """Stored timestamps are UTC without a zone, like created_at."""
        return now_local(self.store) - RIYADH.utcoffset(None)


@contextmanager
def unit(store: Store, actor: Actor, permission: Permission) -> Iterator[Unit]:
    """Check the role first, then run the body in one write transaction (all or nothing)."""
    actor.require(permission)
    if not store.initialised:
        raise DeskError("not_initialised")
    with store.write(actor.user_id) as session:
        yield Unit(session, actor, store)


@contextmanager
def reading(store: Store, actor: Actor, permission: Permission = Permission.READ) -> Iterator[Session]:
    actor.require(permission)
    with store.read() as session:
        yield session
