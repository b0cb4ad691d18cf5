"""A PostgreSQL login role for each desk: `central add-desk` and `central revoke-desk`.

A desk's role may read the central's tables and call the sync functions (central_functions.py),
nothing else. Its name is derived from the central's database and the desk's code, so the
centrals of one PostgreSQL server never share a role; its password is generated here and shown
once, inside the URL the desk then syncs with (`saa-desk sync --central URL` keeps the password
in the desk's keyring, never in a file). Revoking a desk (a stolen PC) stops its role from logging
in and ends its sessions; everything it pushed before stays.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg
from psycopg import sql
from sqlalchemy.engine import URL

from saa_desk.sync.central import DESK_ROLE_TABLE
from saa_desk.sync.central_functions import DESKS_ROLE, OWNER_ROLE
from saa_desk.sync.connection import mapped_errors, normalise_url, with_credentials
from saa_desk.sync.errors import SyncError

# A desk's code is its branch and desk codes, as the desk was initialised: "RYD-D1".
_CODE = re.compile(r"^[A-Za-z0-9_]{1,16}-[A-Za-z0-9_]{1,16}$")
_MAX_IDENTIFIER = 63
# A desk's pool holds up to 36 connections (connection.central_engine); a few spare for a CLI run.
CONNECTION_LIMIT = 40


@dataclass(frozen=True)
class DeskRole:
    code: str
    role: str
    url: str  # what the desk syncs with: the role and its password


def check_code(code: str) -> str:
    if not _CODE.match(code):
        raise SyncError("desk_code_invalid", code[:40])
    return code


def role_name(database: str, code: str) -> str:
    """`saa_<database>_<code>` in lower case; a long one is shortened with a hash, so it stays unique."""
    name = re.sub(r"[^a-z0-9_]", "_", f"saa_{database}_{code}".lower())
    if len(name) > _MAX_IDENTIFIER:
        digest = hashlib.sha256(name.encode()).hexdigest()[:10]
        name = f"{name[:_MAX_IDENTIFIER - 11]}_{digest}"
    return name


@contextmanager
def _admin(admin_url: str) -> Iterator[tuple[psycopg.Connection[tuple[object, ...]], URL]]:
    """An administrator's connection to the central, its errors one clear SyncError each."""
    normalise_url(admin_url)
    state: dict[str, bool] = {}
    with mapped_errors(admin_url, state):
        parsed = with_credentials(admin_url)
        dsn = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(dsn, connect_timeout=5, application_name="saa-desk-admin") as conn:
            state["connected"] = True
            yield conn, parsed


def _desk_url(admin: URL, role: str, password: str) -> str:
    """The admin's address with the desk's login. TLS settings are the admin's own (paths on the
    server); the desk brings the central's CA with `sync --ca FILE`."""
    query = {k: v for k, v in admin.query.items() if not k.startswith("ssl")}
    url = URL.create("postgresql", role, password, admin.host, admin.port, admin.database, query)
    return url.render_as_string(hide_password=False)


def add_desk(admin_url: str, code: str) -> DeskRole:
    """Create the login role of desk `code` with a fresh password; refused while the desk has a
    role that is not revoked (revoke it first: a desk has one key at a time)."""
    check_code(code)
    with _admin(admin_url) as (conn, admin):
        with conn.transaction():
            database = str(conn.info.dbname)
            role = role_name(database, code)
            active = conn.execute(sql.SQL("SELECT role_name FROM {} WHERE desk_code = %s AND revoked_at IS NULL")
                                  .format(sql.Identifier(DESK_ROLE_TABLE)), (code,)).fetchone()
            if active:
                raise SyncError("desk_exists", code)
            password = secrets.token_urlsafe(24)
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
            verb = "ALTER" if exists else "CREATE"  # a revoked desk added again gets a new password
            conn.execute(sql.SQL(verb + " ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                                 "CONNECTION LIMIT {} PASSWORD {}").format(
                sql.Identifier(role), sql.Literal(CONNECTION_LIMIT), sql.Literal(password)))
            conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(DESKS_ROLE), sql.Identifier(role)))
            conn.execute(sql.SQL("REVOKE CONNECT, TEMPORARY ON DATABASE {} FROM PUBLIC").format(
                sql.Identifier(database)))
            conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                sql.Identifier(database), sql.Identifier(role)))
            # the sync functions stage a push in temporary tables they create as the owner
            conn.execute(sql.SQL("GRANT TEMPORARY ON DATABASE {} TO {}").format(
                sql.Identifier(database), sql.Identifier(OWNER_ROLE)))
            conn.execute(sql.SQL("DELETE FROM {} WHERE role_name = %s").format(sql.Identifier(DESK_ROLE_TABLE)),
                         (role,))
            conn.execute(sql.SQL("INSERT INTO {} (role_name, desk_code) VALUES (%s, %s)").format(
                sql.Identifier(DESK_ROLE_TABLE)), (role, code))
        return DeskRole(code, role, _desk_url(admin, role, password))


def revoke_desk(admin_url: str, code: str) -> list[str]:
    """Disable desk `code`: its role can no longer log in, its open sessions end. Returns the
    revoked roles (empty when the desk had none)."""
    check_code(code)
    with _admin(admin_url) as (conn, _url):
        with conn.transaction():
            rows = conn.execute(sql.SQL(
                "UPDATE {} SET revoked_at = now() WHERE desk_code = %s AND revoked_at IS NULL "
                "RETURNING role_name").format(sql.Identifier(DESK_ROLE_TABLE)), (code,)).fetchall()
            roles = [str(r[0]) for r in rows]
            for role in roles:
                conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(role)))
        for role in roles:  # after the commit, so a session that reconnects finds NOLOGIN
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (role,))
        return roles


def desk_roles(admin_url: str) -> list[tuple[str, str, str | None, bool]]:
    """(code, role, desk id, revoked) of every desk role this central ever had."""
    with _admin(admin_url) as (conn, _url):
        rows = conn.execute(sql.SQL("SELECT desk_code, role_name, desk_id, revoked_at IS NOT NULL FROM {} "
                                    "ORDER BY desk_code, created_at").format(
            sql.Identifier(DESK_ROLE_TABLE))).fetchall()
        return [(str(r[0]), str(r[1]), r[2] if r[2] is None else str(r[2]), bool(r[3])) for r in rows]
