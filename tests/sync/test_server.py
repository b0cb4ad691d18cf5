"""The embedded central (`saa-desk central serve`) and central credentials."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from saa_desk.services import beneficiaries
from saa_desk.sync import SyncError, register_desk, stored_url, sync_once
from saa_desk.sync.central import CENTRAL_SCHEMA_VERSION
from saa_desk.sync.connection import PASSWORD_ENV
from saa_desk.sync.server import EmbeddedCentral, serve
from tests.conftest import Desk
from tests.factories import beneficiary_data

MakeDesks = Callable[[int], list[Desk]]
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_tcp_central_with_a_password(tmp_path: Path, make_desks: MakeDesks, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = make_desks(2)
    port = free_port()
    server, url = serve(tmp_path / "central", port, password="s3cret-pass")
    try:
        assert url == f"postgresql://postgres@127.0.0.1:{port}/postgres"  # no password in it
        beneficiaries.register(a.store, a.reception, beneficiary_data())
        monkeypatch.delenv(PASSWORD_ENV, raising=False)
        monkeypatch.setattr("saa_desk.sync.connection.keyring_password", lambda _url: None)
        with pytest.raises(SyncError) as info:  # no password anywhere
            sync_once(a.store, url)
        assert info.value.reason == "central_auth"
        monkeypatch.setenv(PASSWORD_ENV, "wrong-password")
        with pytest.raises(SyncError) as info:
            sync_once(a.store, url)
        assert info.value.reason == "central_auth"
        assert "wrong" not in info.value.message("en")
        monkeypatch.setenv(PASSWORD_ENV, "s3cret-pass")
        registration = register_desk(a.store, url)
        assert "s3cret" not in registration.url and stored_url(a.store) == url
        assert sync_once(a.store).pushed > 0
        assert sync_once(b.store, url).pulled > 0
        # a password given in the URL works too, and is not what the desk stores
        monkeypatch.delenv(PASSWORD_ENV)
        with_password = url.replace("postgres@", "postgres:s3cret-pass@")
        register_desk(b.store, with_password)
        assert stored_url(b.store) == url
    finally:
        server.stop()


def test_a_network_central_needs_a_password(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="password"):
        EmbeddedCentral(tmp_path / "central", 5999, host="0.0.0.0")


def test_serve_prints_its_url_and_runs_until_stopped(tmp_path: Path) -> None:
    script = textwrap.dedent("""
        import sys
        from saa_desk.sync.commands import serve_command
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
