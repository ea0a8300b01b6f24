"""Where the X test servers come from and how they start: Prism from ./prism/node_modules (or COCKTAIL_PRISM),
X's OpenAPI description from tests/fixtures/specs (or COCKTAIL_X_SPEC)."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SPEC = Path(os.environ.get("COCKTAIL_X_SPEC", HERE.parents[1] / "fixtures/specs/x-api-v2/openapi.json"))
PRISM = Path(os.environ.get("COCKTAIL_PRISM", HERE / "prism/node_modules/.bin/prism"))
INSTALL = "npm ci --prefix tests/connectors/x/prism"


@dataclass(frozen=True)
class Prism:
    """The two Prism servers of a test session."""

    mock: str  # base URL of `prism mock`: answers generated from the spec
    proxy: str  # base URL of `prism proxy` in front of the fake
    logs: Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(command: list[str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as output:
        return subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)


def wait_for(port: int, process: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"Prism exited with {process.returncode}: {process.args!r}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    pytest.fail(f"Prism did not listen on port {port} within {timeout:.0f} s")
