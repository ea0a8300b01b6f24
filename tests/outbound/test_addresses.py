"""Which addresses are the public internet: Python's `is_global` plus the forms it gets wrong or that carry an
IPv4 address inside an IPv6 one; and a host is refused when any of its addresses is not public."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from cocktailparty.outbound import NotPublicAddress, Policy, is_public, resolve
from outbound_fakes import PUBLIC, FakeDns

NOT_PUBLIC = [
    "127.0.0.1", "127.255.255.254", "10.1.2.3", "172.16.0.1", "192.168.1.1",
    "169.254.169.254",  # cloud metadata
    "100.64.0.1",  # shared address space (carrier-grade NAT)
    "0.0.0.0", "0.1.2.3", "255.255.255.255", "224.0.0.1", "239.255.255.250",  # unspecified, broadcast, multicast
    "192.0.0.8", "192.0.2.1", "198.18.0.1", "198.51.100.7", "203.0.113.9", "240.0.0.1",  # reserved, test nets
    "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "fec0::1", "ff02::1", "ff0e::1", "2001:db8::1",
    "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254",  # IPv4-mapped
    "::127.0.0.1",  # IPv4-compatible (deprecated)
    "64:ff9b::7f00:1", "64:ff9b::a00:1", "64:ff9b::a9fe:a9fe",  # NAT64 of loopback, 10/8, the metadata address
    "64:ff9b:1::a00:1",  # local-use NAT64
    "2002:7f00:1::1", "2002:c0a8:101::1", "2002:a00:1::",  # 6to4 of loopback, 192.168/16, 10/8
    "2001:0:4136:e378:8000:63bf:3fff:fdd2",  # Teredo
    "2001:0:7f00:1::1",
]
PUBLIC_ADDRESSES = ["8.8.8.8", "1.1.1.1", "93.184.215.14", "2606:4700:4700::1111", "2a00:1450:4001:80b::200e",
                    "::ffff:8.8.8.8", "64:ff9b::808:808"]


@pytest.mark.parametrize("text", NOT_PUBLIC)
def test_addresses_outside_the_public_internet_are_not_public(text: str) -> None:
    assert not is_public(ipaddress.ip_address(text))


@pytest.mark.parametrize("text", PUBLIC_ADDRESSES)
def test_public_addresses_are_public(text: str) -> None:
    assert is_public(ipaddress.ip_address(text))


def test_a_name_with_one_private_address_among_public_ones_is_refused(fake_dns: FakeDns) -> None:
    fake_dns.answer("mixed.example", [PUBLIC, "10.0.0.5"])
    with pytest.raises(NotPublicAddress, match=r"could not find a public server at mixed\.example"):
        resolve("mixed.example", 443, Policy(allow_private=False))


def test_every_address_of_a_public_name_is_given_in_order(fake_dns: FakeDns) -> None:
    fake_dns.answer("public.example", [PUBLIC, "2606:4700:4700::1111"])
    assert resolve("public.example", 443, Policy(allow_private=False)) == [PUBLIC, "2606:4700:4700::1111"]


@pytest.mark.parametrize("host", ["localhost", "127.1", "2130706433", "0x7f000001", "0177.0.0.1", "::1", "0"])
def test_spellings_of_loopback_are_refused_as_resolved(host: str) -> None:
    # Whatever the spelling, the address the system resolves it to is what is checked.
    try:
        socket.getaddrinfo(host, 80)
    except socket.gaierror:
        pytest.skip(f"this system does not resolve {host!r}")
    with pytest.raises(NotPublicAddress):
        resolve(host, 80, Policy(allow_private=False))


def test_private_addresses_pass_where_allowed() -> None:
    assert resolve("127.0.0.1", 80, Policy(allow_private=True)) == ["127.0.0.1"]
