"""Transport: the embedded central's CA and TLS, desks on verify-full, plaintext refused, and no
password in any error text (issue 9, point 7). Against one real embedded central on loopback TCP."""

from __future__ import annotations

import io
import socket
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest
from cryptography import x509
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from saa_desk.cli.sync import sync_command
from saa_desk.services import beneficiaries
from saa_desk.store.database import Store
from saa_desk.sync import SyncError, register_desk, sync_once
from saa_desk.sync.certs import ensure_tls, fingerprint, machine_names
from saa_desk.sync.connection import (
    DESK_CA_FILE,
    INSECURE_SETTING,
    PASSWORD_ENV,
    connect_url,
    desk_connect_url,
    desk_url,
    normalise_url,
    public_url,
    store_desk_ca,
    transport_query,
)
from saa_desk.sync.server import EmbeddedCentral
from tests.conftest import Desk
from tests.factories import beneficiary_data
from tests.sync.tls_central import PASSWORD, TlsCentral, free_port, tls_central

__all__ = ["tls_central"]  # the shared server is a fixture imported from tests.sync.tls_central

MakeDesks = Callable[[int], list[Desk]]


@pytest.fixture
def no_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.setattr("saa_desk.sync.connection.keyring_password", lambda _url: None)


@pytest.fixture
def password(monkeypatch: pytest.MonkeyPatch, no_password: None) -> None:
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


def libpq(url: str) -> dict[str, Any]:
    """A desk's URL as psycopg.connect's keywords: what SQLAlchemy hands the driver for it."""
    parsed = connect_url(url)
    return {**parsed.translate_connect_args(username="user", database="dbname"), **parsed.query}


def assert_no_password(error: SyncError, secret: str) -> None:
    texts = [error.message("en"), error.message("ar"), str(error), repr(error), error.detail, *map(str, error.args)]
    for text in texts:
        assert secret not in text, text


# -- the server's certificates -----------------------------------------------------------------


def test_serve_made_a_ca_and_a_server_certificate_with_owner_only_keys(tls_central: TlsCentral) -> None:
    tls = tls_central.server.tls
    assert tls is not None and tls.directory == tls_central.server.data_dir / "tls"
    for key in (tls.ca_key, tls.server_key):
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
    ca = x509.load_pem_x509_certificate(tls.ca_cert.read_bytes())
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    cert = x509.load_pem_x509_certificate(tls.server_cert.read_bytes())
    assert cert.issuer == ca.subject
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    names = set(san.get_values_for_type(x509.DNSName)) | {str(a) for a in san.get_values_for_type(x509.IPAddress)}
    assert {"localhost", "127.0.0.1", "::1"} <= names
    assert tls_central.server.ca_fingerprint == fingerprint(tls.ca_cert)
    assert len(tls_central.server.ca_fingerprint.split(":")) == 32


def test_the_ca_is_made_once_and_the_server_certificate_follows_the_addresses(tmp_path: Path) -> None:
    files = ensure_tls(tmp_path / "tls", machine_names("127.0.0.1"))
    ca, server = files.ca_cert.read_bytes(), files.server_cert.read_bytes()
    again = ensure_tls(tmp_path / "tls", machine_names("127.0.0.1"))  # a restart: nothing changes
    assert (again.ca_cert.read_bytes(), again.server_cert.read_bytes()) == (ca, server)
    moved = ensure_tls(tmp_path / "tls", machine_names("192.0.2.7"))  # served on another address
    assert moved.ca_cert.read_bytes() == ca  # desks keep trusting the same CA
    cert = x509.load_pem_x509_certificate(moved.server_cert.read_bytes())
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "192.0.2.7" in {str(a) for a in san.get_values_for_type(x509.IPAddress)}


def test_a_tcp_central_needs_a_password_even_on_loopback(tmp_path: Path) -> None:
    for host in ("127.0.0.1", "0.0.0.0"):
        with pytest.raises(SyncError) as info:
            EmbeddedCentral(tmp_path / "central", free_port(), host=host)
        assert info.value.reason == "central_serve_needs_password"
        assert "SAA_CENTRAL_PASSWORD" in info.value.message("en")


# -- desks on verify-full ----------------------------------------------------------------------


def test_verify_full_with_the_ca_syncs(tls_central: TlsCentral, make_desks: MakeDesks, password: None) -> None:
    a, b = make_desks(2)
    url = tls_central.new_database()
    beneficiaries.register(a.store, a.reception, beneficiary_data())
    register_desk(a.store, url, ca_file=tls_central.ca_file)
    assert (a.store.data_dir / DESK_CA_FILE).read_bytes() == tls_central.ca_file.read_bytes()
    assert sync_once(a.store).pushed > 0
    register_desk(b.store, url, ca_file=tls_central.ca_file)
    assert sync_once(b.store).pulled > 0
    connect = desk_url(url, a.store.data_dir)
    assert libpq(connect)["sslmode"] == "verify-full"
    with psycopg.connect(**libpq(connect)) as conn:
        assert conn.pgconn.ssl_in_use
        assert conn.info.parameter_status("server_version")


def test_the_cli_stores_the_ca_and_shows_its_fingerprint(tls_central: TlsCentral, make_desks: MakeDesks,
                                                         password: None) -> None:
    (a,) = make_desks(1)
    out = io.StringIO()
    sync_command(a.store, tls_central.new_database(), out, ca_file=tls_central.ca_file)
    assert f"fingerprint {tls_central.server.ca_fingerprint}" in out.getvalue()
    assert "sync done" in out.getvalue()


def test_a_desk_without_the_ca_is_refused(tls_central: TlsCentral, make_desks: MakeDesks, password: None,
                                          monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (a,) = make_desks(1)
    monkeypatch.setenv("PGSSLROOTCERT", str(tmp_path / "none.crt"))  # not ~/.postgresql/root.crt either
    with pytest.raises(SyncError) as info:
        sync_once(a.store, tls_central.url)
    assert info.value.reason == "central_ca_missing"
    assert "--ca FILE" in info.value.message("en")


def test_a_desk_with_another_ca_is_refused(tls_central: TlsCentral, make_desks: MakeDesks, password: None,
                                           tmp_path: Path) -> None:
    (a,) = make_desks(1)
    other = ensure_tls(tmp_path / "other", machine_names("127.0.0.1"))  # a CA that signed nothing here
    store_desk_ca(other.ca_cert, a.store.data_dir)
    with pytest.raises(SyncError) as info:
        sync_once(a.store, tls_central.url)
    assert info.value.reason == "central_untrusted"
    assert "certificate verify failed" in info.value.detail


def test_a_certificate_for_another_name_is_refused(tls_central: TlsCentral, make_desks: MakeDesks,
                                                   password: None) -> None:
    (a,) = make_desks(1)
    store_desk_ca(tls_central.ca_file, a.store.data_dir)
    elsewhere = f"postgresql://postgres@central.invalid:{tls_central.port}/postgres?hostaddr=127.0.0.1"
    with pytest.raises(SyncError) as info:
        sync_once(a.store, elsewhere)
    assert info.value.reason == "central_untrusted"
    assert "does not match host name" in info.value.detail


def test_a_ca_file_that_is_not_a_certificate_is_refused(make_desks: MakeDesks, tmp_path: Path) -> None:
    (a,) = make_desks(1)
    junk = tmp_path / "ca.crt"
    junk.write_text("not a certificate")
    with pytest.raises(SyncError) as info:
        register_desk(a.store, "postgresql://postgres@127.0.0.1:1/postgres", ca_file=junk)
    assert info.value.reason == "central_ca_unreadable"
    assert not (a.store.data_dir / DESK_CA_FILE).exists()


# -- plaintext and weaker modes ----------------------------------------------------------------


def test_plaintext_is_refused_by_the_server(tls_central: TlsCentral) -> None:
    with pytest.raises(psycopg.OperationalError, match="no encryption"):
        psycopg.connect(host="127.0.0.1", port=tls_central.port, user="postgres", dbname="postgres",
                        password=PASSWORD, sslmode="disable", connect_timeout=5)


def test_a_desk_with_the_plaintext_flag_is_still_refused_by_the_central(
        tls_central: TlsCentral, make_desks: MakeDesks, password: None) -> None:
    (a,) = make_desks(1)
    with pytest.raises(SyncError) as info:
        register_desk(a.store, tls_central.url, insecure_plaintext=True)
    assert info.value.reason == "central_plaintext_refused"
    assert libpq(desk_url(tls_central.url, a.store.data_dir, insecure_plaintext=True))["sslmode"] == "disable"


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require", "verify-ca"])
def test_any_sslmode_but_verify_full_needs_the_plaintext_flag(mode: str, make_desks: MakeDesks) -> None:
    (a,) = make_desks(1)
    url = f"postgresql://postgres@127.0.0.1:1/postgres?sslmode={mode}"
    with pytest.raises(SyncError) as info:
        sync_once(a.store, url)
    assert info.value.reason == "central_tls_required"
    assert "--insecure-plaintext" in info.value.message("en")
    # with the desk's explicit flag it is the user's choice
    assert transport_query(normalise_url(desk_url(url, a.store.data_dir, insecure_plaintext=True)))["sslmode"] == mode


def test_a_server_without_tls_is_refused_not_used_in_plaintext(make_desks: MakeDesks, password: None) -> None:
    """A PostgreSQL without TLS answers 'N' to the SSLRequest (as the wheel's does): libpq's old
    default, sslmode=prefer, then carried on in plaintext; a desk stops."""
    (a,) = make_desks(1)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def answer_no() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(8)
            conn.sendall(b"N")

    thread = threading.Thread(target=answer_no, daemon=True)
    thread.start()
    try:
        with pytest.raises(SyncError) as info:
            sync_once(a.store, f"postgresql://postgres@127.0.0.1:{port}/postgres")
        assert info.value.reason == "central_no_tls"
    finally:
        thread.join(10)
        listener.close()


def test_the_plaintext_flag_is_a_stored_desk_setting(central_url: str, make_desks: MakeDesks) -> None:
    (a,) = make_desks(1)
    plain = "postgresql://desk@central.example:5432/saa?sslmode=disable"
    with pytest.raises(SyncError, match="insecure-plaintext"):
        desk_connect_url_checked(a.store, plain)
    register_desk(a.store, central_url, insecure_plaintext=True)  # (a socket central: no TLS there anyway)
    assert a.store.setting(INSECURE_SETTING) == "1"
    assert desk_connect_url_checked(a.store, plain)["sslmode"] == "disable"
    register_desk(a.store, central_url, insecure_plaintext=False)
    with pytest.raises(SyncError, match="insecure-plaintext"):
        desk_connect_url_checked(a.store, plain)


def desk_connect_url_checked(store: Store, url: str) -> dict[str, Any]:
    return transport_query(normalise_url(desk_connect_url(store, url)))


def test_no_password_over_tcp_is_refused(tls_central: TlsCentral, make_desks: MakeDesks, no_password: None) -> None:
    (a,) = make_desks(1)
    store_desk_ca(tls_central.ca_file, a.store.data_dir)
    with pytest.raises(SyncError) as info:  # TLS is fine, but there is no trust: SCRAM wants a password
        sync_once(a.store, tls_central.url)
    assert info.value.reason == "central_auth"
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(host="127.0.0.1", port=tls_central.port, user="postgres", dbname="postgres",
                        sslmode="verify-full", sslrootcert=str(tls_central.ca_file), connect_timeout=5)


def test_a_unix_socket_url_needs_no_tls() -> None:
    url = normalise_url("postgresql://postgres@/postgres?host=/run/postgresql&port=5432")
    assert "sslmode" not in transport_query(url)
    assert transport_query(normalise_url("postgresql://postgres@/postgres?host=/tmp&sslmode=disable"))
    tcp = normalise_url("postgresql://postgres@/postgres?host=central.example")
    assert transport_query(tcp)["sslmode"] == "verify-full"


def test_the_ca_setting_is_not_part_of_the_stored_url(tls_central: TlsCentral, make_desks: MakeDesks,
                                                      password: None) -> None:
    (a,) = make_desks(1)
    url = tls_central.new_database()
    registration = register_desk(a.store, url, ca_file=tls_central.ca_file)
    assert registration.url == url  # the desk's folder may move: the CA is found there at each sync


# -- no password in any error text -------------------------------------------------------------

# Random passwords of any printable characters (URL punctuation too); the guillemets keep a
# shrunk example such as "SyncErro" from matching the message's own words.
SECRETS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=6, max_size=24).map(
    lambda s: f"«{s}»")
MALFORMED = [
    "postgresql://desk:{pw}@central:notaport/saa",
    "postgresql://desk:{pw}@central:99999999/saa",
    "postgresql//desk:{pw}@central/saa",
    "postgresql:/desk:{pw}@central/saa",
    "mysql://desk:{pw}@central/saa",
    "desk:{pw}@central/saa",
    "{pw}",
    "postgresql://desk:{pw}@[::1/saa",
    "postgresql://desk:{pw}",
    " postgresql://desk:{pw}@central/saa",
    "postgresql+nosuchdriver://desk:{pw}@central/saa",
]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(secret=SECRETS, template=st.sampled_from(MALFORMED), junk=st.text(max_size=5))
def test_a_malformed_url_never_shows_its_password(secret: str, template: str, junk: str) -> None:
    url = template.format(pw=secret) + junk
    try:
        shown = public_url(url)
    except SyncError as error:
        assert error.reason == "central_bad_url"
        assert_no_password(error, secret)
    else:  # it parsed after all (junk made it valid): what is shown has no password either
        assert secret not in shown


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(secret=SECRETS)
def test_a_refused_password_never_shows(tls_central: TlsCentral, tmp_path_factory: pytest.TempPathFactory,
                                        secret: str) -> None:
    from urllib.parse import quote

    from saa_desk.sync.central import central_init

    folder = tmp_path_factory.mktemp("ca")
    store_desk_ca(tls_central.ca_file, folder)
    wrong = tls_central.url.replace("postgres@", f"postgres:{quote(secret, safe='')}@", 1)
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(**libpq(desk_url(wrong, folder)))
    with pytest.raises(SyncError) as info:
        central_init(desk_url(wrong, folder))
    assert info.value.reason == "central_auth"
    assert_no_password(info.value, secret)


def test_an_unreachable_central_never_shows_the_password(make_desks: MakeDesks, no_password: None) -> None:
    (a,) = make_desks(1)
    secret = "unreach-Secret-913"
    for url in (f"postgresql://desk:{secret}@127.0.0.1:{free_port()}/saa?sslmode=verify-full",
                f"postgresql://desk:{secret}@127.0.0.1:{free_port()}/saa?sslmode=disable"):
        for call in (lambda u=url: sync_once(a.store, u), lambda u=url: register_desk(a.store, u)):
            with pytest.raises(SyncError) as info:
                call()
            assert info.value.reason in {"central_unreachable", "central_tls_required"}
            assert_no_password(info.value, secret)


def test_a_sync_error_never_carries_a_known_password(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whoever builds a SyncError, from whatever text: the environment's password, a URL's and a
    conninfo's are hidden."""
    monkeypatch.setenv(PASSWORD_ENV, "env-Secret-77")
    error = SyncError("sync_interrupted", "failed: env-Secret-77 postgresql://u:url-Secret@h/db password='x y'")
    assert "env-Secret-77" not in error.message("en")
    assert "url-Secret" not in error.message("ar")
    assert "x y" not in error.detail
