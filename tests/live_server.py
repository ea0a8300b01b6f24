"""The app served by uvicorn on 127.0.0.1 in a thread of the test process, for tests that need a real
HTTP server (streamed bodies, concurrency, the browser)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import uvicorn
from starlette.types import ASGIApp


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(app: ASGIApp) -> Iterator[str]:
    """Serve `app` on a free port until the block ends; yields its URL once it answers /healthz."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/healthz", timeout=1).is_success:
                break
        except httpx.TransportError:
            time.sleep(0.05)
    else:
        raise RuntimeError("the app did not start")
    try:
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=10)
