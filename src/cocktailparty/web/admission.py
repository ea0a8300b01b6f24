"""Admission: how many requests one app process serves at once.

Every admitted request may hold a database connection from its first query to its last, across several
steps on the thread pool. Unbounded, 60 concurrent requests took every thread while holding every
connection, and waited on one another until the pool timed out (30 s, then 500s). Admitting at most
`COCKTAIL_WEB_CONCURRENCY` requests, with a pool that large plus spares and more threads than that, a
request that starts always finishes; the rest wait here, holding nothing, and are answered 503 with
Retry-After if their turn does not come within `QUEUE_SECONDS`. /healthz and static files skip the queue.
"""

from __future__ import annotations

import anyio
from starlette.types import ASGIApp, Receive, Scope, Send

QUEUE_SECONDS = 30.0
EXEMPT_PREFIXES = ("/healthz", "/static/")


class Admission:
    def __init__(self, app: ASGIApp, concurrency: int, queue_seconds: float = QUEUE_SECONDS) -> None:
        self.app = app
        self.concurrency = concurrency
        self.queue_seconds = queue_seconds
        self._slots: anyio.CapacityLimiter | None = None  # made inside the event loop, on first use

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(EXEMPT_PREFIXES):
            await self.app(scope, receive, send)
            return
        if self._slots is None:
            self._slots = anyio.CapacityLimiter(self.concurrency)
        slots = self._slots
        with anyio.move_on_after(self.queue_seconds) as waited:
            await slots.acquire_on_behalf_of(scope_token := object())
        if waited.cancelled_caught:
            await _busy(send)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            slots.release_on_behalf_of(scope_token)


async def _busy(send: Send) -> None:
    body = b"The server is busy: try again in a moment.\n"
    await send({"type": "http.response.start", "status": 503, "headers": [
        (b"content-type", b"text/plain; charset=utf-8"), (b"retry-after", b"1"),
        (b"content-length", str(len(body)).encode()), (b"cache-control", b"no-store"),
    ]})
    await send({"type": "http.response.body", "body": body})
