"""Users, roles and log-in. Passwords are argon2 hashes; users sync to every desk."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from saa_desk.domain.enums import Role
from saa_desk.domain.errors import DeskError, ValidationError
from saa_desk.domain.permissions import Permission
from saa_desk.domain.text import clean_text
from saa_desk.services.context import Actor, reading, unit
from saa_desk.store.database import Store
from saa_desk.store.models import User

MIN_PASSWORD = 8
_USERNAME = re.compile(r"^[a-z0-9._-]{3,32}$")
_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserView:
    id: str
    username: str
    full_name: str
    roles: tuple[Role, ...]
    branch: str | None
    active: bool


def _view(user: User) -> UserView:
    return UserView(user.id, user.username, user.full_name, parse_roles(user.roles, "roles"),
                    user.branch, user.active)


def parse_roles(value: Iterable[str] | str, field: str = "roles") -> tuple[Role, ...]:
    items = value.split(",") if isinstance(value, str) else list(value)
    roles: list[Role] = []
    for item in items:
        item = str(item).strip()
        if not item:
            continue
        try:
            roles.append(Role(item))
        except ValueError:
            raise ValidationError("unknown_choice", field, value=item[:40]) from None
    if not roles:
        raise ValidationError("required", field)
    return tuple(dict.fromkeys(roles))


def validate_username(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError("required", "username")
    name = value.strip().lower()
    if not _USERNAME.match(name):
        raise ValidationError("username_format", "username")
    return name


def validate_password(value: object) -> str:
    if not isinstance(value, str) or not value:
        raise ValidationError("required", "password")
    if len(value) < MIN_PASSWORD:
        raise ValidationError("weak_password", "password", min=MIN_PASSWORD)
    if len(value) > 256:
        raise ValidationError("too_long", "password", max=256)
    return value


def _active_user(session: Session, username: str) -> User | None:
    return session.scalars(
        select(User).where(User.username == username, User.deleted.is_(False)).order_by(User.created_at)
    ).first()


def new_user_row(session: Session, username: object, full_name: object, roles: Iterable[str] | str,
                 password: object, branch: str | None) -> User:
    name = validate_username(username)
    full = clean_text(full_name, "full_name", max_length=120, required=True)
    role_list = parse_roles(roles)
    secret = validate_password(password)
    if _active_user(session, name) is not None:
        raise ValidationError("username_taken", "username")
    user = User(username=name, full_name=full, roles=",".join(role_list), branch=branch,
                password_hash=_hasher.hash(secret), active=True)
    session.add(user)
    session.flush()
    return user


def create_user(store: Store, actor: Actor, username: object, full_name: object,
                roles: Iterable[str] | str, password: object, branch: str | None = None) -> UserView:
    with unit(store, actor, Permission.USERS_MANAGE) as u:
        user = new_user_row(u.session, username, full_name, roles, password, branch or actor.branch)
        u.audit("user.create", "users", user.id, username=user.username, roles=user.roles)
        return _view(user)


def authenticate(store: Store, username: object, password: object) -> Actor:
    """Log in offline against the users this desk holds.

    Each desk's first administrator is created before it ever syncs, so after a sync one username
    may belong to several users; the one whose password matches is the one logging in."""
    if not isinstance(username, str) or not isinstance(password, str):
        raise DeskError("bad_login")
    with store.read() as s:
        candidates = list(s.scalars(select(User).where(
            User.username == username.strip().lower(), User.deleted.is_(False)).order_by(User.created_at, User.id)))
    if not candidates:
        _hasher.hash("timing-equaliser")  # don't reveal which usernames exist
        raise DeskError("bad_login")
    for user in candidates:
        try:
            _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            continue
        if not user.active:
            raise DeskError("user_inactive")
        return Actor(user.id, user.username, user.full_name, frozenset(parse_roles(user.roles)), user.branch)
    raise DeskError("bad_login")


def list_users(store: Store, actor: Actor) -> list[UserView]:
    with reading(store, actor) as s:
        users = s.scalars(select(User).where(User.deleted.is_(False)).order_by(User.username))
        return [_view(u) for u in users]


def users_with_role(store: Store, actor: Actor, role: Role) -> list[UserView]:
    return [u for u in list_users(store, actor) if role in u.roles and u.active]


def set_password(store: Store, actor: Actor, user_id: str, password: object) -> None:
    permission = Permission.READ if user_id == actor.user_id else Permission.USERS_MANAGE
    with unit(store, actor, permission) as u:
        user = u.get(User, user_id, "username")
        user.password_hash = _hasher.hash(validate_password(password))
        u.audit("user.password", "users", user.id)


def _managed_here(store: Store, user: User) -> None:
    """Who may do what is decided by the desk that created the account: the central refuses a role
    or status change pushed by any other desk (sync/central_functions.py), so one desk can never
    raise another's users."""
    if user.origin_desk != store.desk_id:
        raise ValidationError("user_other_desk", "roles")


def set_roles(store: Store, actor: Actor, user_id: str, roles: Iterable[str] | str) -> None:
    with unit(store, actor, Permission.USERS_MANAGE) as u:
        user = u.get(User, user_id, "username")
        _managed_here(store, user)
        user.roles = ",".join(parse_roles(roles))
        u.audit("user.roles", "users", user.id, roles=user.roles)


def set_active(store: Store, actor: Actor, user_id: str, active: bool) -> None:
    with unit(store, actor, Permission.USERS_MANAGE) as u:
        user = u.get(User, user_id, "username")
        _managed_here(store, user)
        user.active = bool(active)
        u.audit("user.active", "users", user.id, active=user.active)
