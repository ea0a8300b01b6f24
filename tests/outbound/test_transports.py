"""The guard under each real HTTP client the connectors use (httpx, httpx's async client, requests), against real
servers on 127.0.0.1. FakeDns stands in for DNS and for the route to public addresses, so the guard can run as in
production (private addresses refused) while every byte stays on this machine."""

from __future__ import annotations

import asyncio
import ssl
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from cocktailparty.outbound import (
    AnswerRefused,
    AnswerTooLarge,
    AsyncGuardedTransport,
    GuardedTransport,
    NotPublicAddress,
    OutboundRefused,
    Policy,
    RedirectRefused,
    UnsafeURL,
)
from cocktailparty.outbound.requests_adapter import guarded_session
from outbound_fakes import OTHER_PUBLIC, PUBLIC, FakeDns, Listener, OddServer, self_signed

CLIENTS = ["httpx", "httpx-async", "requests"]
# Production's rules, except that plain http is allowed so the local servers need no TLS (one test below has TLS).
GUARDED = Policy(allow_private=False, allow_http=True)


def call(client: str, url: str, policy: Policy, *, verify: Any = True, follow: bool = False,
         timeout: float = 5.0) -> tuple[int, bytes]:
    """GET `url` with `client` over the guard; (status, body)."""
    if client == "httpx":
        with httpx.Client(transport=GuardedTransport(policy, verify=verify), trust_env=False, timeout=timeout,
                          follow_redirects=follow) as http:
            response = http.get(url)
            return response.status_code, response.content
    if client == "httpx-async":
        async def get() -> tuple[int, bytes]:
            async with httpx.AsyncClient(transport=AsyncGuardedTransport(policy, verify=verify), trust_env=False,
                                         timeout=timeout, follow_redirects=follow) as http:
                response = await http.get(url)
                return response.status_code, response.content

        # Its own thread and loop: a session-wide Playwright (tests/e2e) keeps a loop running in the main thread.
        with ThreadPoolExecutor(1) as thread:
            return thread.submit(asyncio.run, get()).result()
    session = guarded_session(policy)
    if isinstance(verify, ssl.SSLContext):
        raise AssertionError("requests takes a CA file")
    session.verify = verify
    with session:
        response = session.get(url, timeout=timeout, allow_redirects=follow)
        return response.status_code, response.content


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "127.1", "[::ffff:127.0.0.1]", "0.0.0.0"])
def test_loopback_is_refused_before_connecting(client: str, host: str, listener: Listener) -> None:
    with pytest.raises(NotPublicAddress):
        call(client, f"http://{host}:{listener.port}/", GUARDED)
    assert listener.accepted == 0


@pytest.mark.parametrize("client", CLIENTS)
def test_a_name_pointing_inside_is_refused(client: str, fake_dns: FakeDns, listener: Listener) -> None:
    fake_dns.answer("intranet.example", ["10.0.0.7"])
    fake_dns.bridge("10.0.0.7", listener.port)  # were it connected, it would land here
    with pytest.raises(NotPublicAddress):
        call(client, "http://intranet.example/", GUARDED)
    assert listener.accepted == 0


@pytest.mark.parametrize("client", CLIENTS)
def test_a_public_name_is_called_with_its_own_host_header(client: str, fake_dns: FakeDns,
                                                           odd_server: OddServer) -> None:
    fake_dns.answer("public.example", [PUBLIC])
    fake_dns.bridge(PUBLIC, odd_server.port)
    odd_server.json(b'{"ok": true}')
    assert call(client, f"http://public.example:{odd_server.port}/api", GUARDED) == (200, b'{"ok": true}')
    assert odd_server.seen[-1].host == f"public.example:{odd_server.port}"


@pytest.mark.parametrize("client", CLIENTS)
def test_the_connection_goes_to_the_checked_address_not_a_second_lookup(
    client: str, fake_dns: FakeDns, odd_server: OddServer, listener: Listener
) -> None:
    # DNS rebinding: the first lookup (the one checked) says public, every later one says 127.0.0.1, where an
    # internal service listens. Checking one lookup and then letting the client connect by name would reach it.
    fake_dns.answer("rebind.example", [PUBLIC], ["127.0.0.1"])
    fake_dns.bridge(PUBLIC, odd_server.port)
    odd_server.json(b'{"from": "the public server"}')

    status, body = call(client, f"http://rebind.example:{listener.port}/", GUARDED)

    assert (status, body) == (200, b'{"from": "the public server"}')
    assert listener.accepted == 0  # the internal service was never reached
    assert fake_dns.lookups["rebind.example"] == 1  # one lookup: the address checked is the address connected to
    assert (PUBLIC, listener.port) in fake_dns.connects


@pytest.mark.parametrize("client", CLIENTS)
def test_a_name_that_turns_private_at_connection_time_is_refused(
    client: str, fake_dns: FakeDns, listener: Listener
) -> None:
    # The channel's address was public when it was connected; now the name answers 127.0.0.1.
    fake_dns.answer("turned.example", ["127.0.0.1"])
    with pytest.raises(NotPublicAddress):
        call(client, f"http://turned.example:{listener.port}/", GUARDED)
    assert listener.accepted == 0


@pytest.mark.parametrize("client", CLIENTS)
def test_https_only_on_the_public_internet(client: str, fake_dns: FakeDns, listener: Listener) -> None:
    fake_dns.answer("public.example", [PUBLIC])
    fake_dns.bridge(PUBLIC, listener.port)
    with pytest.raises(UnsafeURL, match="https://"):
        call(client, "http://public.example/", Policy(allow_private=False))
    assert listener.accepted == 0


@pytest.mark.parametrize("client", CLIENTS)
def test_redirects_are_refused(client: str, odd_server: OddServer, listener: Listener) -> None:
    odd_server.redirect_to(f"http://127.0.0.1:{listener.port}/admin")
    with pytest.raises(RedirectRefused, match="redirect"):
        call(client, odd_server.url, Policy(allow_private=True), follow=True)
    assert listener.accepted == 0


@pytest.mark.parametrize("client", CLIENTS)
def test_followed_redirects_are_checked_at_every_hop(client: str, fake_dns: FakeDns, odd_server: OddServer,
                                                     listener: Listener) -> None:
    fake_dns.answer("public.example", [PUBLIC])
    fake_dns.bridge(PUBLIC, odd_server.port)
    odd_server.redirect_to(f"http://127.0.0.1:{listener.port}/admin")
    following = Policy(allow_private=False, allow_http=True, follow_redirects=True)
    with pytest.raises(NotPublicAddress):
        call(client, "http://public.example/feed", following, follow=True)
    assert listener.accepted == 0
    assert len(odd_server.seen) == 1


@pytest.mark.parametrize("client", CLIENTS)
def test_a_followed_redirect_to_another_public_server_works(client: str, fake_dns: FakeDns) -> None:
    first, second = OddServer(), OddServer()
    try:
        fake_dns.answer("old.example", [PUBLIC])
        fake_dns.answer("new.example", [OTHER_PUBLIC])
        fake_dns.bridge(PUBLIC, first.port)
        fake_dns.bridge(OTHER_PUBLIC, second.port)
        first.redirect_to("http://new.example/feed")
        second.json(b"[]")
        following = Policy(allow_private=False, allow_http=True, follow_redirects=True)
        assert call(client, "http://old.example/feed", following, follow=True) == (200, b"[]")
        assert second.seen[-1].host == "new.example"
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("declared", [True, False])
def test_answers_over_the_size_limit_are_refused(client: str, odd_server: OddServer, declared: bool) -> None:
    limit = 256 * 1024
    if declared:
        odd_server.json(b"x" * (limit + 1))  # with its Content-Length: refused before reading
    else:
        odd_server.huge(50 * 2**20)  # streamed without a length: reading stops at the limit
    started = time.monotonic()
    with pytest.raises(AnswerTooLarge, match="more than"):
        call(client, odd_server.url, Policy(allow_private=True, max_answer_bytes=limit))
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("client", CLIENTS)
def test_a_compressed_answer_cannot_inflate_past_the_limit(client: str, odd_server: OddServer) -> None:
    odd_server.gzip_bomb(20 * 2**20)  # about 20 KB on the wire, 20 MB once inflated
    with pytest.raises(AnswerRefused):
        call(client, odd_server.url, Policy(allow_private=True, max_answer_bytes=2**20))


@pytest.mark.parametrize("client", CLIENTS)
def test_a_server_dripping_its_answer_is_cut_off_at_the_total_time_limit(client: str, odd_server: OddServer) -> None:
    # One byte every 0.2 s: each read succeeds well within the read timeout, so only a total limit ends it.
    odd_server.answer.drip_seconds = 0.2
    started = time.monotonic()
    with pytest.raises(Exception) as raised:
        call(client, odd_server.url, Policy(allow_private=True, total_seconds=1.0), timeout=5.0)
    assert time.monotonic() - started < 3.5
    assert not isinstance(raised.value, OutboundRefused)  # a timeout, as the clients report their own


@pytest.mark.parametrize("client", CLIENTS)
def test_tls_is_verified_against_the_name_while_connecting_to_the_checked_address(
    client: str, fake_dns: FakeDns, tmp_path: Path
) -> None:
    certificate, key = self_signed("public.example")
    (tmp_path / "cert.pem").write_bytes(certificate)
    (tmp_path / "key.pem").write_bytes(key)
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    server = OddServer(tls=tls)
    try:
        server.json(b'{"tls": true}')
        fake_dns.answer("public.example", [PUBLIC])
        fake_dns.answer("impostor.example", [PUBLIC])
        fake_dns.bridge(PUBLIC, server.port)
        trust: Any = str(tmp_path / "cert.pem")
        if client != "requests":
            trust = ssl.create_default_context(cafile=trust)
        production = Policy(allow_private=False)  # https only, private addresses refused

        assert call(client, f"https://public.example:{server.port}/", production, verify=trust) == (200,
                                                                                                 b'{"tls": true}')
        assert server.server_names[-1] == "public.example"  # SNI carries the name, not the address
        assert server.seen[-1].host == f"public.example:{server.port}"
        # The same address under a name the certificate does not cover: verification fails.
        with pytest.raises(Exception, match=r"(?i)certificate|hostname|ssl"):
            call(client, f"https://impostor.example:{server.port}/", production, verify=trust)
    finally:
        server.close()


def test_the_requests_session_ignores_proxies_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, odd_server: OddServer, listener: Listener
) -> None:
    # Through a proxy, the address checked would be the proxy's. (httpx clients are built with trust_env=False by
    # each connector; tests/connectors/test_connectors_guarded.py checks every connector.)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.setenv(name, f"http://127.0.0.1:{listener.port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    odd_server.json(b"{}")
    assert call("requests", odd_server.url, Policy(allow_private=True)) == (200, b"{}")
    assert listener.accepted == 0
