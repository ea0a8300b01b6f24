"""What the fake network servers share: a threaded HTTP server on 127.0.0.1 and a free port, and
answers injected for the next requests (a failure, or a stall so a client's timeout can fire)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Injected:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


class LocalFake:
    """Base of a fake server: subclasses give `handler()`, the request handler class serving them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._injected: list[Injected] = []
        self._stalls: list[float] = []

    def handler(self) -> type[BaseHTTPRequestHandler]:
        raise NotImplementedError

    def start(self) -> str:
        """Serve in a daemon thread; returns the server's root URL."""
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self.handler())
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def clear_injected(self) -> None:
        self._injected.clear()
        self._stalls.clear()

    def stall_next(self, seconds: float) -> None:
        """Answer the next request only after `seconds`, so a client's timeout can fire."""
        self._stalls.append(seconds)

    def take_stall(self) -> float:
        with self._lock:
            return self._stalls.pop(0) if self._stalls else 0.0

    def fail_next(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        """Answer the next request with this status, body and headers instead of serving it."""
        self._injected.append(Injected(status, body, headers or {}))
