"""Stand-ins for the outside world in the outbound guard's tests, all on 127.0.0.1:

- `FakeDns` answers chosen names with chosen addresses (a different answer per lookup, for DNS rebinding) and
  stands in for the route to the internet: a connection to a "public" address it knows is bridged to a local port,
  any other non-loopback connection is refused, so nothing can leave the machine;
- `Listener` counts the TCP connections it is offered (and closes them), to prove a refused call never connected;
- `OddServer` answers every request with whatever the test sets: a redirect, a huge body, an HTML page, JSON of the
  wrong shape, headers dripped one byte at a time.
"""

from __future__ import annotations

import contextlib
import errno
import gzip
import ipaddress
import socket
import ssl
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

# Global addresses (the guard lets them through) that tests never reach: FakeDns bridges them to local ports.
PUBLIC = "93.184.215.14"
OTHER_PUBLIC = "151.101.65.140"
MARKER = "INTERNAL-ADMIN-PANEL-7f3a"  # text only the target's own answer holds: it must never reach the user


class FakeDns:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._answers: dict[str, list[list[str]]] = {}
        self._bridges: dict[str, int] = {}
        self.lookups: Counter[str] = Counter()
        self.connects: list[tuple[str, int]] = []
        real_getaddrinfo = socket.getaddrinfo
        real_connect = socket.socket.connect

        def getaddrinfo(host: Any, port: Any, family: int = 0, type: int = 0, proto: int = 0,
                        flags: int = 0) -> list[Any]:
            name = (host.decode() if isinstance(host, bytes) else str(host or "")).lower().rstrip(".")
            if name not in self._answers:
                return real_getaddrinfo(host, port, family, type, proto, flags)
            self.lookups[name] += 1
            queue = self._answers[name]
            answer = queue.pop(0) if len(queue) > 1 else queue[0]
            number = int(port or 0)
            found = []
            for address in answer:
                if ":" in address:
                    found.append((socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, number, 0, 0)))
                else:
                    found.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, number)))
            return found

        def connect(sock: socket.socket, address: Any) -> None:
            host, port = str(address[0]), int(address[1])
            self.connects.append((host, port))
            if host in self._bridges:
                return real_connect(sock, ("127.0.0.1", self._bridges[host]))
            if ipaddress.ip_address(host).is_loopback:
                return real_connect(sock, address)
            raise ConnectionRefusedError(errno.ECONNREFUSED, "the tests never reach the internet")

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        monkeypatch.setattr(socket.socket, "connect", connect)

    def answer(self, name: str, *answers: list[str]) -> None:
        """`name` resolves to answers[0] on the first lookup, answers[1] on the second..., the last one after."""
        self._answers[name.lower()] = [list(answer) for answer in answers]

    def bridge(self, public_address: str, port: int) -> None:
        """Connections to `public_address` (on any port) reach 127.0.0.1:`port` instead."""
        self._bridges[public_address] = port


class Listener:
    """A TCP port that accepts connections, counts them and closes them at once."""

    def __init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self.accepted = 0
        self._closed = False
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self._closed:
            try:
                connection, _ = self._socket.accept()
            except OSError:
                return
            self.accepted += 1
            connection.close()

    def close(self) -> None:
        self._closed = True
        self._socket.close()


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients hanging up mid-answer (the size and time limits at work), failed TLS handshakes


@dataclass
class Answer:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b"{}"
    # Instead of `body`: this many bytes, streamed without a Content-Length.
    stream_bytes: int = 0
    # Send the status line and headers one byte every this many seconds (0: at once).
    drip_seconds: float = 0.0


@dataclass
class Seen:
    method: str
    path: str
    host: str


class OddServer:
    """An HTTP server on 127.0.0.1 answering every request with `answer`, and recording what it was asked."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.answer = Answer()
        self.seen: list[Seen] = []
        self.server_names: list[str | None] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                owner.seen.append(Seen(self.command, self.path, self.headers.get("Host", "")))
                answer = owner.answer
                if answer.drip_seconds:
                    head = f"HTTP/1.1 {answer.status} OK\r\n" + "".join(
                        f"X-Filler-{i}: {'x' * 20}\r\n" for i in range(200))
                    try:
                        for byte in head.encode():
                            self.wfile.write(bytes([byte]))
                            self.wfile.flush()
                            time.sleep(answer.drip_seconds)
                    except OSError:
                        pass
                    self.close_connection = True
                    return
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                if answer.stream_bytes:
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.close_connection = True
                    try:
                        for _ in range(0, answer.stream_bytes, 65536):
                            self.wfile.write(b"x" * 65536)
                    except OSError:
                        pass  # the client stopped reading: that is the point
                    return
                if "Content-Length" not in answer.headers:
                    self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                with contextlib.suppress(OSError):
                    self.wfile.write(answer.body)

            do_GET = do_POST = do_PUT = do_DELETE = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        if tls is not None:
            tls.sni_callback = lambda _socket, name, _context: self.server_names.append(name)
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # --- answers ---

    def redirect_to(self, location: str) -> None:
        self.answer = Answer(302, {"Location": location}, b"")

    def json(self, body: bytes, status: int = 200) -> None:
        self.answer = Answer(status, {"Content-Type": "application/json"}, body)

    def html(self, status: int = 200) -> None:
        page = f"<html><body><h1>{MARKER}</h1><p>db password: hunter2</p></body></html>".encode()
        self.answer = Answer(status, {"Content-Type": "text/html"}, page)

    def huge(self, size: int) -> None:
        self.answer = Answer(200, {"Content-Type": "application/json"}, stream_bytes=size)

    def gzip_bomb(self, size: int) -> None:
        self.answer = Answer(200, {"Content-Type": "application/json", "Content-Encoding": "gzip"},
                             gzip.compress(b"0" * size))


def self_signed(host: str) -> tuple[bytes, bytes]:
    """A certificate for `host` and its key, in PEM: the tests' own CA of one."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return certificate.public_bytes(serialization.Encoding.PEM), key_pem


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> FakeDns:
    return FakeDns(monkeypatch)


@pytest.fixture
def listener() -> Iterator[Listener]:
    made = Listener()
    yield made
    made.close()


@pytest.fixture
def other_listener() -> Iterator[Listener]:
    made = Listener()
    yield made
    made.close()


@pytest.fixture
def odd_server() -> Iterator[OddServer]:
    server = OddServer()
    yield server
    server.close()


def no_os_words(message: str) -> bool:
    """True when an error message says nothing of how the target's port behaved."""
    lowered = message.lower()
    return not any(word in lowered for word in ("refused", "errno", "reset", "eof", "ssl", "timed out", "111"))

