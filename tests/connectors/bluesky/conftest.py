"""A real Bluesky PDS for the connector tests: the reference `@atproto/pds` from npm, with an in-memory PLC
directory (`@did-plc/server`), both on 127.0.0.1 and started once per test session (in ../conftest.py).

`make test` installs them (`npm ci` in tests/connectors/bluesky/pds/); without them the tests fail and say why.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bluesky_pds import Account, FaultTransport, LocalPds


@pytest.fixture(scope="session")
def account(local_pds: LocalPds) -> Account:
    """The channel's account, shared by tests that only look at what they themselves publish (under keys and
    texts of their own): making an account costs the PDS a password hash, ~0.3 s."""
    return local_pds.create_account("brand")


@pytest.fixture
def fresh_account(local_pds: LocalPds) -> Account:
    """A channel account of the test's own, for a test that counts or lists everything the account holds."""
    return local_pds.create_account("fresh")


@pytest.fixture
def other_account(local_pds: LocalPds) -> Account:
    """Someone else on the same PDS, who replies to and mentions the channel."""
    return local_pds.create_account("fan")


@pytest.fixture
def faults() -> Iterator[FaultTransport]:
    transport = FaultTransport()
    yield transport
    transport.close()
