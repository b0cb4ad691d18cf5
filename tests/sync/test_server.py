"""The embedded central (`saa-desk central serve`) and central credentials."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest

from saa_desk.services import beneficiaries
from saa_desk.sync import SyncError, register_desk, stored_url, sync_once
from saa_desk.sync.central import CENTRAL_SCHEMA_VERSION
from saa_desk.sync.certs import fingerprint
from saa_desk.sync.connection import PASSWORD_ENV, store_desk_ca
from saa_desk.sync.server import EmbeddedCentral
from tests.conftest import Desk
from tests.factories import beneficiary_data
from tests.sync.tls_central import PASSWORD, TlsCentral, tls_central

__all__ = ["tls_central"]  # the shared TCP server is a fixture imported from tests.sync.tls_central

MakeDesks = Callable[[int], list[Desk]]
ROOT = Path(__file__).resolve().parents[2]


def test_a_tcp_central_with_a_password(tls_central: TlsCentral, make_desks: MakeDesks,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = make_desks(2)
    url = tls_central.new_database()
    assert url.startswith(f"postgresql://postgres@127.0.0.1:{tls_central.port}/")  # no password in it
    for desk in (a, b):  # TCP is TLS: each desk trusts the central's CA
        store_desk_ca(tls_central.ca_file, desk.store.data_dir)
    beneficiaries.register(a.store, a.reception, beneficiary_data())
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.setattr("saa_desk.sync.connection.keyring_password", lambda _url: None)
    with pytest.raises(SyncError) as info:  # no password anywhere: no trust over TCP, not even on loopback
        sync_once(a.store, url)
    assert info.value.reason == "central_auth"
    monkeypatch.setenv(PASSWORD_ENV, "wrong-password")
    with pytest.raises(SyncError) as info:
        sync_once(a.store, url)
    assert info.value.reason == "central_auth"
    assert "wrong" not in info.value.message("en")
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    registration = register_desk(a.store, url)
    assert PASSWORD not in registration.url and stored_url(a.store) == url
    assert sync_once(a.store).pushed > 0
    assert sync_once(b.store, url).pulled > 0
    # a password given in the URL works too, and is not what the desk stores
    monkeypatch.delenv(PASSWORD_ENV)
    with_password = url.replace("postgres@", f"postgres:{quote(PASSWORD, safe='')}@")
    register_desk(b.store, with_password)
    assert stored_url(b.store) == url


def test_a_network_central_needs_a_password(tmp_path: Path) -> None:
    with pytest.raises(SyncError) as info:
        EmbeddedCentral(tmp_path / "central", 5999, host="0.0.0.0")
    assert info.value.reason == "central_serve_needs_password"


def test_serve_prints_its_url_and_runs_until_stopped(tmp_path: Path) -> None:
    script = textwrap.dedent("""
        import sys
        from saa_desk.cli.sync import serve_command
        sys.exit(serve_command(sys.argv[1], None, sys.stdout))
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "central")], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = child.stdout.readline().strip()  # type: ignore[union-attr]
        assert url.startswith("postgresql://postgres@/postgres?host="), child.stderr.read()  # type: ignore[union-attr]
        with psycopg.connect(url) as conn:
            version = conn.execute("SELECT value FROM sync_meta WHERE key = 'schema_version'").fetchone()
            assert version == (str(CENTRAL_SCHEMA_VERSION),)
        child.send_signal(signal.SIGTERM)
        assert child.wait(60) == 0
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(url, connect_timeout=3)
    finally:
        if child.poll() is None:
            child.kill()


def test_serve_on_tcp_prints_the_ca_and_serves_only_tls(tmp_path: Path) -> None:
    from tests.sync.tls_central import free_port

    script = textwrap.dedent("""
        import sys
        from saa_desk.cli.sync import serve_command
        sys.exit(serve_command(sys.argv[1], int(sys.argv[2]), sys.stdout))
    """)
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), PASSWORD_ENV: "serve-Secret-1"}
    child = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "central"), str(port)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = [child.stdout.readline().strip() for _ in range(3)]  # type: ignore[union-attr]
        assert lines[0] == f"postgresql://postgres@127.0.0.1:{port}/postgres", child.stderr.read()  # type: ignore[union-attr]
        ca = tmp_path / "central" / "tls" / "ca.crt"
        assert lines[1] == f"TLS CA certificate: {ca}"
        assert lines[2] == f"CA SHA-256 fingerprint: {fingerprint(ca)}"
        args = {"host": "127.0.0.1", "port": port, "user": "postgres", "dbname": "postgres",
                "password": "serve-Secret-1", "connect_timeout": 5}
        with psycopg.connect(**args, sslmode="verify-full", sslrootcert=str(ca)) as conn:
            assert conn.pgconn.ssl_in_use
            version = conn.execute("SELECT value FROM sync_meta WHERE key = 'schema_version'").fetchone()
            assert version == (str(CENTRAL_SCHEMA_VERSION),)
        with pytest.raises(psycopg.OperationalError, match="no encryption"):
            psycopg.connect(**args, sslmode="disable")
        child.send_signal(signal.SIGTERM)
        assert child.wait(60) == 0
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(**args, sslmode="verify-full", sslrootcert=str(ca))
    finally:
        if child.poll() is None:
            child.kill()
