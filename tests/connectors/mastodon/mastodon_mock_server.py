"""Running mastodon-mock (a FastAPI + SQLite implementation of the Mastodon REST API) as a real server
on 127.0.0.1, and the small things the Mastodon connector tests share."""

from __future__ import annotations

import signal
import socket
import struct
import subprocess
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from mastodon import Mastodon

STARTUP_TIMEOUT = 30.0


@dataclass(frozen=True)
class MockServer:
    base_url: str
    log_path: Path

    @property
    def host(self) -> str:
        """The host the server writes into account and status URLs (it names 127.0.0.1 "localhost")."""
        return self.base_url.split("//", 1)[1].replace("127.0.0.1", "localhost")


@dataclass(frozen=True)
class Account:
    username: str
    token: str
    client: Mastodon  # Mastodon.py used directly, to read back and to act as the other side


def start_server(workdir: Path) -> tuple[subprocess.Popen[bytes], MockServer]:
    """Start `python -m mastodon_mock serve` on a free loopback port and wait until it answers."""
    config = workdir / "mastodon_mock.toml"
    # No seeded accounts (the tests sign up their own); uploaded media go to the temp dir.
    config.write_text(
        f'media_storage_path = "{workdir / "media"}"\n[database]\npath = ":memory:"\n[seed]\naccounts = []\n',
        encoding="utf-8",
    )
    port = _free_port()
    server = MockServer(f"http://127.0.0.1:{port}", workdir / "server.log")
    with server.log_path.open("wb") as log:
        # The same interpreter as the tests: installing mastodon-mock into the venv is all it needs.
        process = subprocess.Popen(
            [sys.executable, "-m", "mastodon_mock", "serve", "--config", str(config),
             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
            cwd=workdir, stdout=log, stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_ready(process, server)
    except BaseException:
        stop_server(process)
        raise
    return process, server


def stop_server(process: subprocess.Popen[bytes]) -> None:
    # uvicorn shuts down gracefully on the first SIGINT, waiting for open requests (a test leaves one
    # hanging on purpose), and exits at once on the second.
    for grace in (1, 5):
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=grace)
            return
        except subprocess.TimeoutExpired:
            pass
    process.kill()
    process.wait()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_ready(process: subprocess.Popen[bytes], server: MockServer) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"mastodon-mock exited with {process.returncode}:\n{_log(server)}")
        try:
            if requests.get(f"{server.base_url}/api/v1/instance", timeout=1).ok:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"mastodon-mock did not answer within {STARTUP_TIMEOUT:.0f} s:\n{_log(server)}")


def _log(server: MockServer) -> str:
    return server.log_path.read_text(encoding="utf-8", errors="replace")


def sign_up(server: MockServer, app: tuple[str, str], username: str) -> Account:
    """A new account and its user token, the way a real instance makes them: POST /api/v1/apps (done once),
    an app token from POST /oauth/token, then POST /api/v1/accounts."""
    registrar = Mastodon(client_id=app[0], client_secret=app[1], api_base_url=server.base_url)
    token = registrar.create_account(
        username, "correct-horse-battery-9", f"{username}@example.com", agreement=True, scopes=["read", "write"]
    )
    return Account(username, token, Mastodon(access_token=token, api_base_url=server.base_url))


class Faults:
    """mastodon-mock's fault injection (POST /api/v1/_mock/faults): the next `count` matching requests
    get the answer given here instead of the real one."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    def add(self, method: str, path: str, *, status: int = 500, effect: str = "status",
            headers: dict[str, str] | None = None, body: Any = None, count: int = 1) -> None:
        rule: dict[str, Any] = {
            "match": {"methods": [method], "path": path},
            "effect": {"type": effect, "status": status, "headers": headers or {}, "body": body},
            "count": count,
        }
        requests.post(f"{self.base_url}/api/v1/_mock/faults", json=rule, timeout=5).raise_for_status()

    def clear(self) -> None:
        requests.delete(f"{self.base_url}/api/v1/_mock/faults", timeout=5).raise_for_status()


def write_png(path: Path) -> Path:
    """A valid 1x1 PNG, written without an imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(bytes([0, 200, 30, 60]))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b""))
    return path
