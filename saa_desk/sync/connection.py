"""Reaching the central PostgreSQL: URL forms, credentials, pooled engines, error mapping.

Credentials never sit in a file: a desk stores the URL without its password, and the password
comes from the `SAA_CENTRAL_PASSWORD` environment variable or the OS keyring (service "saa-desk",
the password-less URL as the user name).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote

import psycopg
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from saa_desk.sync.errors import SyncError

KEYRING_SERVICE = "saa-desk"
PASSWORD_ENV = "SAA_CENTRAL_PASSWORD"
CONNECT_TIMEOUT_S = 5
_DRIVERS = {"postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2", "postgresql+psycopg3"}
_AUTH_STATES = {"28P01", "28000"}
# libpq reports refused credentials at connect time without a SQLSTATE; these are its words.
_AUTH_WORDS = ("authentication failed", "no password supplied", "fe_sendauth", "password is required")


def normalise_url(url: str | URL) -> URL:
    """Any accepted form (postgresql://, postgres://, postgresql+psycopg://, a Unix-socket
    `?host=/dir`) as the one SQLAlchemy URL this package connects with."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except ArgumentError:
        raise SyncError("central_bad_url", str(url)[:200]) from None
    if parsed.drivername not in _DRIVERS:
        raise SyncError("central_bad_url", parsed.drivername)
    if parsed.password == "":
        parsed = _without_password(parsed)
    return parsed.set(drivername="postgresql+psycopg")


def _without_password(url: URL) -> URL:
    return URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)


def public_url(url: str | URL) -> str:
    """The standard `postgresql://` form without a password: what a desk may store and show."""
    parsed = normalise_url(url)
    base = URL.create("postgresql", parsed.username, None, parsed.host, parsed.port, parsed.database)
    text = base.render_as_string(hide_password=False)
    if parsed.query:  # keep a socket directory readable: ?host=/run/postgresql, not %2Frun%2F...
        pairs = [(k, v) for k, vs in sorted(parsed.query.items()) for v in ((vs,) if isinstance(vs, str) else vs)]
        text += "?" + "&".join(f"{quote(k)}={quote(v, safe='/:@,')}" for k, v in pairs)
    return text


def url_password(url: str | URL) -> str | None:
    return normalise_url(url).password or None


def keyring_password(public: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, public)
    except Exception:  # no usable keyring backend on this machine: not an error, just no password
        return None


def save_keyring_password(public: str, password: str) -> bool:
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, public, password)
        return True
    except Exception:
        return False


def with_credentials(url: str | URL) -> URL:
    """The URL to connect with: its own password, else the environment's, else the keyring's."""
    parsed = normalise_url(url)
    if parsed.password:
        return parsed
    password = os.environ.get(PASSWORD_ENV) or keyring_password(public_url(parsed))
    return parsed.set(password=password) if password else parsed


# ---------------------------------------------------------------------------------------------
# Engines: one pool per central, so a sync with nothing to do costs two queries, not a connect.

_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


def central_engine(url: str | URL) -> Engine:
    key = public_url(url)
    with _engines_lock:
        engine = _engines.get(key)
        if engine is None:
            engine = create_engine(
                with_credentials(url),
                pool_pre_ping=True,  # a connection killed by the server is replaced, not used
                pool_size=4,
                max_overflow=32,
                connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "saa-desk-sync"},
            )
            _engines[key] = engine
        return engine


def forget_engine(url: str | URL) -> None:
    """Drop a pooled engine (after a credentials failure, so the next try reads them afresh)."""
    with _engines_lock:
        engine = _engines.pop(public_url(url), None)
    if engine is not None:
        engine.dispose()


def dispose_engines() -> None:
    with _engines_lock:
        engines = list(_engines.values())
        _engines.clear()
    for engine in engines:
        engine.dispose()


# ---------------------------------------------------------------------------------------------
# Errors: whatever the driver says becomes one SyncError with a reason.


def _orig(exc: BaseException) -> BaseException:
    return exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc  # type: ignore[return-value]


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__


def classify(exc: BaseException, *, connected: bool) -> SyncError:
    """`connected` tells a failure to reach the central from one in the middle of a sync."""
    orig = _orig(exc)
    state = getattr(orig, "sqlstate", None)
    message = _first_line(orig)
    text = str(orig).lower()
    if "not permitted to log in" in text:  # central revoke-desk made the desk's role NOLOGIN
        return SyncError("desk_revoked", message)
    if state in _AUTH_STATES or any(word in text for word in _AUTH_WORDS) or (
            "role" in text and "does not exist" in text):
        return SyncError("central_auth", message)
    if not connected:
        return SyncError("central_unreachable", message)
    return SyncError("sync_interrupted", message)


def is_connection_error(exc: BaseException) -> bool:
    orig = _orig(exc)
    return isinstance(orig, psycopg.OperationalError | psycopg.InterfaceError) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated
    )


@contextmanager
def mapped_errors(url: str | URL, state: dict[str, bool]) -> Iterator[None]:
    """Map driver errors to SyncError; `state["connected"]` is set once the central answered."""
    try:
        yield
    except SyncError:
        raise
    except (DBAPIError, psycopg.Error) as exc:
        if not isinstance(_orig(exc), psycopg.Error):
            raise  # the desk's own SQLite, not the central
        if is_connection_error(exc):
            error = classify(exc, connected=state.get("connected", False))
        else:  # a server-side error that is not about reaching the server: say what it was
            error = SyncError("sync_interrupted", _first_line(_orig(exc)))
        if error.reason == "central_auth":
            forget_engine(url)
        raise error from exc
