"""Every connector calls out through the outbound guard, whichever door (web, API, CLI, worker) asked: a channel at a
private address, a redirect, a rebinding name, an oversized answer, proxies from the environment; and what reaches
the user is our typed error, never the target's own words (an error page, JSON of the wrong shape, the OS's report
on a port). One test per connector, against real local servers on 127.0.0.1 and the connectors' real clients."""

from __future__ import annotations

import socket
from collections.abc import Callable

import pytest

from cocktailparty.connectors.base import AddressRefused, ChannelConfig, Connector, ConnectorError, TransientError
from cocktailparty.connectors.registry import connector_for
from outbound_fakes import MARKER, PUBLIC, FakeDns, Listener, OddServer, no_os_words

# A channel of each network pointed at `base_url` (None: the network's own default address).
CHANNELS: dict[str, Callable[[str | None], ChannelConfig]] = {
    "mastodon": lambda url: ChannelConfig("mastodon", url, token="a-token"),
    "bluesky": lambda url: ChannelConfig("bluesky", url, handle="brand.example", password="app-password"),
    "x": lambda url: ChannelConfig("x", url, token="a-token"),
    "facebook": lambda url: ChannelConfig("facebook", url, token="a-token"),
    "telegram": lambda url: ChannelConfig("telegram", url, token="123:a-token", handle="@brand"),
}
NETWORKS = list(CHANNELS)
DEFAULT_HOSTS = {"bluesky": "bsky.social", "x": "api.x.com", "facebook": "graph.facebook.com",
                 "telegram": "api.telegram.org"}


def connector(network: str, base_url: str | None) -> Connector:
    return connector_for(CHANNELS[network](base_url))


@pytest.mark.parametrize("network", NETWORKS)
@pytest.mark.parametrize("address", ["https://127.0.0.1:{port}", "https://localhost:{port}",
                                     "http://127.0.0.1:{port}", "https://[::ffff:127.0.0.1]:{port}"])
def test_a_channel_at_127_0_0_1_is_refused_with_the_guard_on(
    guard_on: None, listener: Listener, network: str, address: str
) -> None:
    with pytest.raises(AddressRefused) as refused:
        connector(network, address.format(port=listener.port)).verify()
    assert listener.accepted == 0  # refused before any connection was made
    assert no_os_words(refused.value.message)


@pytest.mark.parametrize("network", sorted(DEFAULT_HOSTS))
def test_the_networks_own_address_goes_through_the_guard(guard_on: None, fake_dns: FakeDns, network: str) -> None:
    # Were api.x.com (or graph.facebook.com...) to resolve inside, the call is refused like any other.
    fake_dns.answer(DEFAULT_HOSTS[network], ["127.0.0.1"])
    with pytest.raises(AddressRefused, match=f"public server at {DEFAULT_HOSTS[network]}"):
        connector(network, None).verify()


@pytest.mark.parametrize("network", NETWORKS)
def test_a_rebinding_name_is_connected_at_the_address_checked(
    guard_on: None, fake_dns: FakeDns, listener: Listener, other_listener: Listener, network: str
) -> None:
    # The first lookup answers a public address (bridged to other_listener, which hangs up: no TLS there); any
    # later lookup answers 127.0.0.1, where `listener` plays an internal service on the URL's port.
    fake_dns.answer("rebind.example", [PUBLIC], ["127.0.0.1"])
    fake_dns.bridge(PUBLIC, other_listener.port)

    with pytest.raises(TransientError, match=r"could not reach the server at rebind\.example") as failed:
        connector(network, f"https://rebind.example:{listener.port}").verify()

    assert listener.accepted == 0
    assert other_listener.accepted >= 1
    assert no_os_words(failed.value.message)


@pytest.mark.parametrize("network", NETWORKS)
def test_a_redirect_is_refused_and_not_followed(odd_server: OddServer, listener: Listener, network: str) -> None:
    odd_server.redirect_to(f"http://127.0.0.1:{listener.port}/admin")
    with pytest.raises(AddressRefused, match="redirect"):
        connector(network, odd_server.url).verify()
    assert listener.accepted == 0
    assert len(odd_server.seen) == 1


@pytest.mark.parametrize("network", NETWORKS)
def test_an_oversized_answer_is_not_read(odd_server: OddServer, network: str) -> None:
    odd_server.huge(64 * 2**20)
    with pytest.raises(TransientError, match="more than 5 MB"):
        connector(network, odd_server.url).verify()


@pytest.mark.parametrize("network", NETWORKS)
@pytest.mark.parametrize("body", [f'{{"unexpected": "{MARKER}"}}', f'["{MARKER}", 2]', f'"{MARKER}"', "null",
                                  f'{{"ok": true, "result": {{"unexpected": "{MARKER}"}}, "data": []}}'])
def test_json_of_an_unexpected_shape_is_a_typed_error(odd_server: OddServer, network: str, body: str) -> None:
    # Once a TypeError, KeyError or AttributeError: a 500 in the web app.
    odd_server.json(body.encode())
    with pytest.raises(ConnectorError) as failed:
        connector(network, odd_server.url).verify()
    assert MARKER not in str(failed.value)


@pytest.mark.parametrize("network", NETWORKS)
@pytest.mark.parametrize("status", [200, 400, 404, 500, 503])
def test_a_page_that_is_not_the_api_is_not_repeated(odd_server: OddServer, network: str, status: int) -> None:
    odd_server.html(status)
    with pytest.raises(ConnectorError) as failed:
        connector(network, odd_server.url).verify()
    assert MARKER not in str(failed.value) and "hunter2" not in str(failed.value)


@pytest.mark.parametrize("network", NETWORKS)
def test_an_unreachable_server_says_nothing_of_its_port(network: str) -> None:
    with socket.socket() as closed:  # a port nobody listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    with pytest.raises(TransientError, match=r"could not reach the server at 127\.0\.0\.1") as failed:
        connector(network, f"http://127.0.0.1:{port}").verify()
    assert no_os_words(failed.value.message)


@pytest.mark.parametrize("network", NETWORKS)
def test_proxies_from_the_environment_are_not_used(
    monkeypatch: pytest.MonkeyPatch, odd_server: OddServer, listener: Listener, network: str
) -> None:
    # Through a proxy, the address checked would be the proxy's, not the server's.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.setenv(name, f"http://127.0.0.1:{listener.port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    odd_server.json(b"{}")
    with pytest.raises(ConnectorError):  # the odd server is no API: what matters is who was asked
        connector(network, odd_server.url).verify()
    assert listener.accepted == 0
    assert odd_server.seen
