"""One embedded central on loopback TCP (TLS, SCRAM) shared by the transport tests of a session:
starting PostgreSQL costs seconds. Each test that syncs gets a database of its own on it.

Use it by importing the fixture into a test module: `from tests.sync.tls_central import tls_central`.
"""

from __future__ import annotations

import itertools
import shutil
import socket
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from saa_desk.sync.central import central_init
from saa_desk.sync.connection import forget_engine
from saa_desk.sync.server import EmbeddedCentral, serve

PASSWORD = "tls-Test-pässword-42"  # non-ASCII on purpose: it must survive quoting everywhere
_names = itertools.count(1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class TlsCentral:
    server: EmbeddedCentral
    url: str  # postgresql://postgres@127.0.0.1:PORT/postgres, no password, no TLS settings
    port: int

    @property
    def ca_file(self) -> Path:
        assert self.server.ca_file is not None
        return self.server.ca_file

    def admin(self) -> psycopg.Connection:
        """The server's own socket (it asks for the password too)."""
        return psycopg.connect(self.server.init_url.replace("postgresql+psycopg", "postgresql"), autocommit=True)

    def new_database(self) -> str:
        """A fresh central (schema in place) on this server; its TCP URL without a password."""
        name = f"saa_tls_{next(_names)}"
        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]
        central_init(self.server.init_url.replace("/postgres?", f"/{name}?"))
        url = self.url.rsplit("/", 1)[0] + f"/{name}"
        forget_engine(url)
        return url


@pytest.fixture(scope="session")
def tls_central() -> Iterator[TlsCentral]:
    root = Path(tempfile.mkdtemp(prefix="saa-tls-central-"))
    port = free_port()
    server, url = serve(root / "central", port, password=PASSWORD)
    try:
        yield TlsCentral(server, url, port)
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
