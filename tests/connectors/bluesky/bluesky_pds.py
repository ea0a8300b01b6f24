"""Runs the reference Bluesky PDS and its PLC directory for the tests (Node processes bound to 127.0.0.1), and the
fault-injecting transport that puts error answers under the real atproto client."""

from __future__ import annotations

import itertools
import os
import secrets
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from cocktailparty.outbound import GuardedTransport

PDS_DIR = Path(__file__).parent / "pds"  # package.json, start.js, listen-localhost.js; node_modules after `npm ci`
START_TIMEOUT = 60.0


def missing_requirement() -> str | None:
    """Why the local PDS cannot run here, or None when it can."""
    if shutil.which("node") is None:
        return "Bluesky tests need Node.js 20 (`node` is not on PATH)"
    if not (PDS_DIR / "node_modules" / "@atproto" / "pds").is_dir():
        return f"Bluesky tests need the reference PDS: run `npm ci` in {PDS_DIR}"
    return None


@dataclass(frozen=True)
class Account:
    handle: str
    password: str
    did: str
    access_jwt: str


@dataclass
class LocalPds:
    url: str
    _processes: list[subprocess.Popen[bytes]]
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def create_account(self, name: str) -> Account:
        """A new account on the PDS; `name` gets a number so that tests never share an account by accident."""
        handle = f"{name}{next(self._names)}.test"
        password = secrets.token_urlsafe(12)
        answer = httpx.post(
            f"{self.url}/xrpc/com.atproto.server.createAccount",
            json={"handle": handle, "email": f"{handle}@example.test", "password": password},
            timeout=10,
        )
        answer.raise_for_status()
        body = answer.json()
        return Account(handle=handle, password=password, did=body["did"], access_jwt=body["accessJwt"])

    def stop(self) -> None:
        for process in self._processes:
            process.terminate()
            if process.stdin:
                process.stdin.close()
        for process in self._processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def start_local_pds(home: Path) -> LocalPds:
    """Start the PLC directory and the PDS side by side (the PDS needs the PLC only once accounts are made)."""
    plc_port, pds_port = _free_port(), _free_port()
    inherited = {key: value for key, value in os.environ.items() if not key.startswith(("PDS_", "PLC_"))}
    pds_env = {
        **inherited,
        "PDS_HOSTNAME": "localhost",  # handles end in .test; the PDS's own URL is http://localhost:<port>
        "PDS_PORT": str(pds_port),
        "PDS_DEV_MODE": "true",
        "PDS_DID_PLC_URL": f"http://127.0.0.1:{plc_port}",
        "PDS_DATA_DIRECTORY": str(home / "data"),
        "PDS_BLOBSTORE_DISK_LOCATION": str(home / "blobs"),
        "PDS_JWT_SECRET": secrets.token_hex(16),
        "PDS_ADMIN_PASSWORD": secrets.token_hex(16),
        "PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX": secrets.token_hex(32),
        "PDS_INVITE_REQUIRED": "false",
        # The real per-route limits, so a test can meet a genuine 429 (createSession: 30 per 5 minutes).
        "PDS_RATE_LIMITS_ENABLED": "true",
        # Nothing may leave this machine: no relay to notify, no AppView, moderation, report or mail service.
        "PDS_CRAWLERS": "",
        "PDS_BSKY_APP_VIEW_URL": "",
        "PDS_MOD_SERVICE_URL": "",
        "PDS_REPORT_SERVICE_URL": "",
        "PDS_EMAIL_SMTP_URL": "",
        "LOG_ENABLED": "false",
    }
    (home / "data").mkdir()
    servers = {
        "plc": (_spawn("plc", {**inherited, "PLC_PORT": str(plc_port)}, home), f"http://127.0.0.1:{plc_port}/_health"),
        "pds": (_spawn("pds", pds_env, home), f"http://127.0.0.1:{pds_port}/xrpc/_health"),
    }
    pds = LocalPds(url=f"http://127.0.0.1:{pds_port}", _processes=[process for process, _ in servers.values()])
    try:
        for role, (process, health_url) in servers.items():
            _wait_until_healthy(role, process, health_url, home / f"{role}.log")
    except BaseException:
        pds.stop()
        raise
    return pds


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _spawn(role: str, env: dict[str, str], home: Path) -> subprocess.Popen[bytes]:
    node = shutil.which("node")
    assert node is not None
    with (home / f"{role}.log").open("wb") as log:
        return subprocess.Popen(
            [node, "--require", "./listen-localhost.js", "start.js", role],
            # stdin stays an open pipe: when this process dies, however abruptly, the server sees EOF and exits.
            cwd=PDS_DIR, env=env, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT,
        )


def _wait_until_healthy(role: str, process: subprocess.Popen[bytes], health_url: str, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the test {role.upper()} exited with code {process.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(health_url, timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"the test {role.upper()} did not answer {health_url} in time:\n{log.read_text()}")


class FaultTransport(httpx.BaseTransport):
    """Sits under the atproto client: passes requests to the real PDS, except calls to an XRPC method given a
    fault, which get the fault's canned answer (or raise its exception) instead."""

    def __init__(self) -> None:
        self._real = GuardedTransport()  # what the connector uses without faults: the outbound guard
        self.faults: dict[str, Callable[[httpx.Request], httpx.Response]] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fault = self.faults.get(request.url.path.removeprefix("/xrpc/"))
        return fault(request) if fault else self._real.handle_request(request)

    def close(self) -> None:
        self._real.close()
