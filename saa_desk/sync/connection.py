"""Reaching the central PostgreSQL: URL forms, credentials, transport security, pooled engines,
error mapping.

Credentials never sit in a file: a desk stores the URL without its password, and the password
comes from the `SAA_CENTRAL_PASSWORD` environment variable or the OS keyring (service "saa-desk",
the password-less URL as the user name).

Transport: every TCP connection uses TLS with `sslmode=verify-full` (the certificate must be
signed by the CA the desk trusts and name the host it connects to). The CA file comes from
`sslrootcert` in the URL or from the desk's data folder (`desk_url`, stored once by
`saa-desk sync --central URL --ca FILE`). Plaintext needs the desk's explicit
`--insecure-plaintext` setting; any other sslmode in a URL is refused. A Unix-socket URL is the
local machine and needs no TLS (libpq never uses TLS on a socket). `connect_url` applies all of
this; every engine this package makes goes through it.

No error text ever carries a password: URLs are not echoed, and every SyncError detail is
redacted (errors.redact) of the passwords this process connects with.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import psycopg
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from saa_desk.store.database import Store
from saa_desk.sync.errors import SyncError, redact, remember_secret

KEYRING_SERVICE = "saa-desk"
PASSWORD_ENV = "SAA_CENTRAL_PASSWORD"
CONNECT_TIMEOUT_S = 5
DESK_CA_FILE = "central-ca.crt"  # the central's CA certificate, in the desk's data folder
INSECURE_SETTING = "central_insecure_plaintext"  # desk setting: "1" when its user chose plaintext
# Set by desk_url for a desk whose user asked for plaintext (--insecure-plaintext); ours, not libpq's:
# connect_url removes it before connecting.
INSECURE_KEY = "saa_insecure_plaintext"
_TLS_KEYS = ("sslmode", "sslrootcert", INSECURE_KEY)
_DRIVERS = {"postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2", "postgresql+psycopg3"}
_AUTH_STATES = {"28P01", "28000"}
# libpq reports refused credentials at connect time without a SQLSTATE; these are its words.
_AUTH_WORDS = ("authentication failed", "no password supplied", "fe_sendauth", "password is required")
# ... and these for TLS (OpenSSL's and libpq's words; PostgreSQL 18 / libpq 18).
_UNTRUSTED_WORDS = ("certificate verify failed", "does not match host name", "certificate is not yet valid",
                    "certificate has expired", "self-signed certificate", "unable to get local issuer")
_CA_MISSING_WORDS = ("root certificate file",)
_NO_TLS_WORDS = ("server does not support ssl",)
_PLAINTEXT_REFUSED_WORDS = ("no encryption",)  # pg_hba: 'no pg_hba.conf entry for host ..., no encryption'


def normalise_url(url: str | URL) -> URL:
    """Any accepted form (postgresql://, postgres://, postgresql+psycopg://, a Unix-socket
    `?host=/dir`) as the one SQLAlchemy URL this package connects with."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except (ArgumentError, ValueError):
        # The text is not echoed: a URL that failed to parse may hold a password anywhere in it.
        raise SyncError("central_bad_url", _scheme_only(str(url))) from None
    if parsed.password:
        remember_secret(str(parsed.password))
    if parsed.drivername not in _DRIVERS:
        raise SyncError("central_bad_url", _scheme_only(f"{parsed.drivername}://"))
    if parsed.password == "":
        parsed = _without_password(parsed)
    return parsed.set(drivername="postgresql+psycopg")


def _scheme_only(text: str) -> str:
    """What a bad URL may show of itself: its scheme, when it has a plain one."""
    scheme, sep, _rest = text.partition("://")
    shown = scheme if sep and scheme.replace("+", "").isalnum() and len(scheme) <= 30 else "…"
    return f"{shown}://… (the rest is not shown)" if sep else "(not shown)"


def _without_password(url: URL) -> URL:
    return URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)


def public_url(url: str | URL) -> str:
    """The standard `postgresql://` form without a password: what a desk may store and show."""
    return _render(normalise_url(url), drop=(INSECURE_KEY,))


def _render(parsed: URL, drop: tuple[str, ...] = (), *, with_password: bool = False) -> str:
    password = parsed.password if with_password else None
    base = URL.create("postgresql", parsed.username, password, parsed.host, parsed.port, parsed.database)
    text = base.render_as_string(hide_password=False)
    pairs = [(k, v) for k, vs in sorted(parsed.query.items()) if k not in drop
             for v in ((vs,) if isinstance(vs, str) else vs)]
    if pairs:  # keep a socket directory readable: ?host=/run/postgresql, not %2Frun%2F...
        text += "?" + "&".join(f"{quote(k)}={quote(v, safe='/:@,')}" for k, v in pairs)
    return text


def credential_key(url: str | URL) -> str:
    """The keyring's name for a central's password: the public URL without transport settings,
    so moving the CA file or the desk's folder does not lose the password."""
    return _render(normalise_url(url), drop=_TLS_KEYS)


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
    """The URL to connect with: its own password, else the environment's, else the keyring's,
    with the transport rules applied (see `connect_url`, which this is)."""
    return connect_url(url)


def connect_url(url: str | URL) -> URL:
    """The URL every engine connects with: credentials filled in and transport settled.

    Over TCP: `sslmode=verify-full` unless the desk allowed plaintext; an `sslrootcert` from the
    URL (desk_url puts the desk's CA there). Raises SyncError("central_tls_required") for an
    sslmode other than verify-full without the plaintext flag."""
    parsed = normalise_url(url)
    if not parsed.password:
        password = os.environ.get(PASSWORD_ENV) or keyring_password(credential_key(parsed))
        if password:
            remember_secret(password)
            parsed = parsed.set(password=password)
    return parsed.set(query=transport_query(parsed))


def is_local_socket(url: URL) -> bool:
    """True when libpq reaches the server through a Unix socket: a `host=/dir` query (or no host
    at all, libpq's default socket), never a name or an address."""
    given = url.query.get("host") or ()
    hosts = [url.host] if url.host else []
    for value in (given,) if isinstance(given, str) else given:
        hosts += value.split(",")  # libpq's multi-host form: host=a,b
    return all(h.startswith("/") for h in hosts)


def transport_query(url: URL) -> dict[str, str | tuple[str, ...]]:
    """The URL's query as libpq gets it: TLS settings checked and defaulted, our flag removed."""
    query = dict(url.query)
    insecure = query.pop(INSECURE_KEY, None) == "1"
    mode = query.get("sslmode")
    if is_local_socket(url):
        if not url.host and "host" not in query:  # libpq's default socket; PGHOST may still say TCP
            query.setdefault("sslmode", "disable" if insecure else "verify-full")
        return query
    if insecure:
        query.setdefault("sslmode", "disable")
    elif mode is None:
        query["sslmode"] = "verify-full"
    elif mode != "verify-full":
        raise SyncError("central_tls_required", f"sslmode={mode}"[:40])
    return query


def desk_url(url: str, data_dir: Path, *, insecure_plaintext: bool = False) -> str:
    """A desk's central URL as it connects: the CA the desk stored in its data folder as
    `sslrootcert` (unless the URL names one) and its plaintext flag. Keeps the password if the
    URL has one."""
    parsed = normalise_url(url)
    query = dict(parsed.query)
    ca = Path(data_dir) / DESK_CA_FILE
    if "sslrootcert" not in query and ca.exists():
        query["sslrootcert"] = str(ca.resolve())
    if insecure_plaintext:
        query[INSECURE_KEY] = "1"
    else:
        query.pop(INSECURE_KEY, None)
    return _render(parsed.set(query=query), with_password=True)


def desk_connect_url(store: Store, url: str) -> str:
    """`desk_url` with this desk's data folder and its stored plaintext setting."""
    return desk_url(url, store.data_dir, insecure_plaintext=store.setting(INSECURE_SETTING) == "1")


def store_desk_ca(ca_file: Path, data_dir: Path) -> Path:
    """Copy the central's CA certificate into the desk's data folder (checked to be a PEM
    certificate first); returns where it now is."""
    from saa_desk.sync.certs import is_ca_certificate

    try:
        data = Path(ca_file).read_bytes()
    except OSError as exc:
        raise SyncError("central_ca_unreadable", f"{ca_file}: {exc.strerror or exc}") from None
    if not is_ca_certificate(data):
        raise SyncError("central_ca_unreadable", str(ca_file))
    target = Path(data_dir) / DESK_CA_FILE
    tmp = target.with_suffix(".tmp")
    shutil.copyfile(ca_file, tmp)
    tmp.replace(target)
    return target


def desk_ca_fingerprint(data_dir: Path) -> str | None:
    from saa_desk.sync.certs import fingerprint

    ca = Path(data_dir) / DESK_CA_FILE
    return fingerprint(ca) if ca.exists() else None


# ---------------------------------------------------------------------------------------------
# Engines: one pool per central, so a sync with nothing to do costs two queries, not a connect.

_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


def _engine_key(url: str | URL) -> str:
    return _render(normalise_url(url))  # transport settings included: another CA is another engine


def central_engine(url: str | URL) -> Engine:
    key = _engine_key(url)
    with _engines_lock:
        engine = _engines.get(key)
        if engine is None:
            engine = create_engine(
                connect_url(url),
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
        engine = _engines.pop(_engine_key(url), None)
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
    return exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__


def classify(exc: BaseException, *, connected: bool) -> SyncError:
    """`connected` tells a failure to reach the central from one in the middle of a sync."""
    orig = _orig(exc)
    state = getattr(orig, "sqlstate", None)
    message = redact(_first_line(orig))
    text = str(orig).lower()
    if "not permitted to log in" in text:  # central revoke-desk made the desk's role NOLOGIN
        return SyncError("desk_revoked", message)
    for reason, words in (("central_ca_missing", _CA_MISSING_WORDS), ("central_untrusted", _UNTRUSTED_WORDS),
                          ("central_no_tls", _NO_TLS_WORDS), ("central_plaintext_refused", _PLAINTEXT_REFUSED_WORDS)):
        if any(word in text for word in words):
            return SyncError(reason, _tls_detail(orig, message))
    if state in _AUTH_STATES or any(word in text for word in _AUTH_WORDS) or (
            "role" in text and "does not exist" in text):
        return SyncError("central_auth", message)
    if not connected:
        return SyncError("central_unreachable", message)
    return SyncError("sync_interrupted", message)


def _tls_detail(orig: BaseException, first_line: str) -> str:
    """libpq puts the TLS reason on the line after 'connection to server … failed:'."""
    lines = [line.strip() for line in str(orig).strip().splitlines() if line.strip()]
    return redact("; ".join(lines)[:300]) if len(lines) > 1 else first_line


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
            error = SyncError("sync_interrupted", redact(_first_line(_orig(exc))))
        if error.reason == "central_auth":
            forget_engine(url)
        raise error from exc
