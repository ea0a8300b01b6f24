"""A local Mastodon API server (mastodon-mock, installed with the dev tools) on 127.0.0.1, with accounts
made on demand: the demo publishes to it, so posts really go out without a real instance."""

from __future__ import annotations

import ctypes
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from mastodon import Mastodon

from cocktailparty.errors import CocktailError


def available() -> bool:
    try:
        import mastodon_mock  # noqa: F401  (a probe: the local server is a dev extra, maybe not installed)
    except ImportError:
        return False
    return True


@dataclass
class LocalMastodon:
    base_url: str
    process: subprocess.Popen[bytes]
    _app: tuple[str, str] | None = field(default=None, repr=False)

    def create_account(self, username: str, password: str = "a-long-local-password-1") -> str:
        """A new account on the server, and a read/write token for it."""
        if self._app is None:
            self._app = Mastodon.create_app("CocktailParty", scopes=["read", "write"], api_base_url=self.base_url)
        client_id, secret = self._app
        token: str = Mastodon(client_id=client_id, client_secret=secret, api_base_url=self.base_url).create_account(
            username, password, f"{username}@example.com", agreement=True, scopes=["read", "write"]
        )
        return token

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def die_with_parent() -> None:
    """In a child process before it runs (Popen's preexec_fn): on Linux, the kernel stops it when the process that
    started it ends, however that ends (a SIGKILL leaves no chance to clean up). Elsewhere nothing happens."""
    if not sys.platform.startswith("linux"):
        return

    pr_set_pdeathsig = 1
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def start(workdir: Path, port: int) -> LocalMastodon:
    """Start the server with its database in `workdir` (kept between runs) and wait until it answers."""
    workdir.mkdir(parents=True, exist_ok=True)
    config = workdir / "mastodon_mock.toml"
    config.write_text(f'media_storage_path = "{workdir / "media"}"\n[database]\npath = "{workdir / "db.sqlite"}"\n'
                      "[seed]\naccounts = []\n", encoding="utf-8")
    base_url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen([sys.executable, "-m", "mastodon_mock", "serve", "--config", str(config),
                                "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                               preexec_fn=die_with_parent)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise CocktailError("demo.mastodon_failed",
                                "the local Mastodon server did not start (is port %(port)s free?)", port=str(port))
        try:
            if httpx.get(f"{base_url}/api/v1/instance", timeout=1).is_success:
                return LocalMastodon(base_url, process)
        except httpx.TransportError:
            time.sleep(0.1)
    process.terminate()
    raise CocktailError("demo.mastodon_failed",
                        "the local Mastodon server on port %(port)s did not answer within 30 s",
                        port=str(port))  # a port, not a quantity: no thousands separator
