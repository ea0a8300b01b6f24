"""A server's base address as a user types it: one stored form, or a clear refusal naming the problem."""

from __future__ import annotations

import pytest

from cocktailparty.errors import InputError
from cocktailparty.outbound import NotPublicAddress, Policy, UnsafeURL, check_base_url, normalise_base_url
from outbound_fakes import PUBLIC, FakeDns

GUARDED = Policy(allow_private=False)
DEVELOPMENT = Policy(allow_private=True)


@pytest.mark.parametrize("typed, stored", [
    ("https://mastodon.social", "https://mastodon.social"),
    ("  HTTPS://Mastodon.Social/  ", "https://mastodon.social"),
    ("mastodon.social", "https://mastodon.social"),
    ("https://mastodon.social/@brand", "https://mastodon.social"),  # a profile link: the server is what counts
    ("https://mastodon.social:443/", "https://mastodon.social"),
    ("https://social.example:8443", "https://social.example:8443"),
    ("https://bücher.example", "https://xn--bcher-kva.example"),
    ("https://[2606:4700::1111]/", "https://[2606:4700::1111]"),
])
def test_base_addresses_are_normalised(typed: str, stored: str) -> None:
    assert normalise_base_url(typed, policy=GUARDED) == stored


def test_the_path_stays_only_where_the_network_needs_it() -> None:
    assert normalise_base_url("https://graph.facebook.com/v21.0/", keep_path=True) == "https://graph.facebook.com/v21.0"
    assert normalise_base_url("https://graph.facebook.com/v21.0/", keep_path=False) == "https://graph.facebook.com"


@pytest.mark.parametrize("typed, problem", [
    ("http://mastodon.social", "must start with https://"),
    ("ftp://mastodon.social", "must start with https://"),
    ("file:///etc/passwd", "must start with https://"),
    ("gopher://127.0.0.1:6379/_FLUSHALL", "must start with https://"),
    ("https://admin:secret@mastodon.social", "user name or password"),
    ("https://mastodon.social@127.0.0.1", "user name or password"),
    ("https://internal.example/admin/delete?user=1", "query"),
    ("https://internal.example/admin/delete#", "fragment"),
    ("https://mastodon.social/#/api", "fragment"),
    ("https://", "no host"),
    ("https://exa mple.com", "not a valid host name"),
    ("https://mastodon.social:99999", "port"),
    ("https://graph.facebook.com/v21.0/../admin", ". or .."),
    ("", "empty"),
])
def test_unusable_addresses_are_refused_with_the_reason(typed: str, problem: str) -> None:
    with pytest.raises(UnsafeURL, match=problem) as refused:
        normalise_base_url(typed, keep_path=True, policy=GUARDED)
    assert isinstance(refused.value, InputError)  # a clear 422 in the web app, exit code 2 in the CLI


def test_plain_http_is_for_development_only() -> None:
    assert normalise_base_url("http://127.0.0.1:8001", policy=DEVELOPMENT) == "http://127.0.0.1:8001"


def test_a_private_and_an_unknown_name_get_the_same_answer(fake_dns: FakeDns) -> None:
    # Two different answers would let anyone learn which internal names exist.
    fake_dns.answer("intranet.corp.example", ["10.20.0.5"])
    with pytest.raises(NotPublicAddress) as private:
        check_base_url("https://intranet.corp.example", policy=GUARDED)
    with pytest.raises(NotPublicAddress) as unknown:
        check_base_url("https://no-such-name.invalid", policy=GUARDED)
    assert private.value.message.replace("intranet.corp.example", "H") == unknown.value.message.replace(
        "no-such-name.invalid", "H")


def test_a_public_name_is_accepted(fake_dns: FakeDns) -> None:
    fake_dns.answer("social.example", [PUBLIC])
    assert check_base_url("https://Social.Example/", policy=GUARDED) == "https://social.example"


@pytest.mark.parametrize("address", ["https://127.0.0.1", "https://localhost:8443", "https://[::1]",
                                     "https://169.254.169.254", "https://[::ffff:7f00:1]"])
def test_loopback_private_and_metadata_addresses_are_refused(address: str) -> None:
    with pytest.raises(NotPublicAddress, match="public"):
        check_base_url(address, policy=GUARDED)
