"""Which IP addresses count as the public internet, and a host resolved with every one of its addresses checked."""

from __future__ import annotations

import ipaddress
import socket

from cocktailparty.outbound.errors import NotPublicAddress
from cocktailparty.outbound.policy import Policy

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # RFC 6052: the last 32 bits are an IPv4 address
# Special-purpose ranges some Python versions still call global (the IANA registries say otherwise).
_NOT_GLOBAL = tuple(ipaddress.ip_network(network) for network in (
    "192.0.0.0/24",  # IETF protocol assignments
    "64:ff9b:1::/48",  # local-use NAT64
    "100::/64", "2001::/23", "2001:db8::/32", "3fff::/20",  # discard, IETF protocols, documentation (two)
    "5f00::/16",  # segment routing identifiers
))


def is_public(address: IPAddress) -> bool:
    """True for an address on the public internet. Python's `is_global` alone is not enough: it calls multicast,
    site-local and some reserved ranges global, and IPv6 forms that carry an IPv4 address inside (mapped, 6to4,
    Teredo, NAT64) must be judged by that IPv4 address."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return is_public(address.ipv4_mapped)
        if address in _NAT64:  # checked before the flags: the prefix is in ::/8, which Python calls reserved
            return is_public(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
        if address.sixtofour is not None and not is_public(address.sixtofour):
            return False
        if address.teredo is not None and not all(is_public(inner) for inner in address.teredo):
            return False
        if address.scope_id or address.is_site_local:
            return False
    if any(address in network for network in _NOT_GLOBAL):
        return False
    return address.is_global and not (
        address.is_private or address.is_loopback or address.is_link_local or address.is_multicast
        or address.is_reserved or address.is_unspecified
    )


def resolve(host: str, port: int, policy: Policy) -> list[str]:
    """The addresses to connect to for `host`, in the resolver's order. Every address is checked, and one that is
    not public refuses the host as a whole (a name answering both a public and a private address is not trusted).
    Raises NotPublicAddress, or socket.gaierror when the name does not resolve.

    Callers connect to these addresses themselves, never to the name again: a second lookup could answer
    differently (DNS rebinding)."""
    found: list[str] = []
    for _family, _type, _proto, _name, sockaddr in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
        text = str(sockaddr[0])
        if text not in found:
            found.append(text)
    if not policy.private_allowed():
        for text in found:
            try:
                address = ipaddress.ip_address(text)
            except ValueError:
                raise NotPublicAddress(host) from None
            if not is_public(address):
                raise NotPublicAddress(host)
    return found
