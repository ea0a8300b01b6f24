"""A server's base address as a user types it, turned into the one form we store and call, or refused with why."""

from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import urlsplit

import httpx

from cocktailparty.outbound.addresses import resolve
from cocktailparty.outbound.errors import NotPublicAddress, UnsafeURL
from cocktailparty.outbound.policy import DEFAULT, Policy

_LABEL = r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?"
_HOSTNAME = re.compile(rf"{_LABEL}(?:\.{_LABEL})*\.?")
_DEFAULT_PORTS = {"https": 443, "http": 80}


def normalise_base_url(text: str, *, keep_path: bool = False, policy: Policy = DEFAULT) -> str:
    """The base address of a server in its stored form: scheme and host in lower case (IDNA for international
    names), no default port, no trailing slash; the path only with `keep_path` (a network whose API lives under a
    prefix, such as Graph's version), else dropped, since the client adds its own. Raises UnsafeURL naming the
    problem: a scheme other than https (http only where private addresses are allowed), a user name or password,
    a query or a fragment (they would let the address pick the exact path called), no host, a bad port."""
    text = text.strip()
    if not text:
        raise UnsafeURL("outbound.empty", "the server address is empty")
    if "://" not in text:
        text = f"https://{text}"  # "mastodon.social" means the instance's https address
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL as error:
        raise UnsafeURL("outbound.invalid_url", "the server address %(text)s is not a valid URL (%(error)s)",
                        text=repr(text), error=error) from None
    schemes = policy.schemes()
    if url.scheme not in schemes:
        raise UnsafeURL("outbound.unsafe_url",
                        "the server address must start with %(join)s, not %(scheme)s://",
                        join=" or ".join(f'{s}://' for s in schemes), scheme=url.scheme)
    if url.userinfo:
        raise UnsafeURL("outbound.unsafe_url",
                        "the server address must not contain a user name or password (user@ or user:password@)")
    if url.query or "?" in text:
        raise UnsafeURL("outbound.unsafe_url",
                        "the server address must not contain a query (?…): give the server's address only")
    if url.fragment or "#" in text:
        raise UnsafeURL("outbound.unsafe_url",
                        "the server address must not contain a fragment (#…): give the server's address only")
    host = check_host(url.raw_host.decode("ascii"))
    port = url.port
    if port is not None and not 0 < port < 65536:
        raise UnsafeURL("outbound.bad_port", "the server address has an impossible port (%(port)s)",
                        port=port)
    # httpx resolves dot segments; the address as typed is checked, so what was meant is not silently changed.
    typed_path = urlsplit(text).path.lower().replace("%2e", ".")
    if any(segment in (".", "..") for segment in typed_path.split("/")):
        raise UnsafeURL("outbound.unsafe_url", "the server address must not contain . or .. in its path")
    path = url.path.rstrip("/") if keep_path else ""
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != _DEFAULT_PORTS[url.scheme]:
        netloc = f"{netloc}:{port}"
    return f"{url.scheme}://{netloc}{path}"


def check_base_url(text: str, *, keep_path: bool = False, policy: Policy = DEFAULT) -> str:
    """normalise_base_url, then the host resolved and every address checked (where private addresses are allowed
    there is nothing to check: the call itself will say if the server cannot be reached). A name that does not
    resolve gets the same answer as a private one, so the check cannot be used to learn which internal names
    exist."""
    normalised = normalise_base_url(text, keep_path=keep_path, policy=policy)
    if policy.private_allowed():
        return normalised
    url = httpx.URL(normalised)
    host = url.raw_host.decode("ascii")
    try:
        resolve(host, url.port or _DEFAULT_PORTS[url.scheme], policy)
    except (socket.gaierror, UnicodeError):
        raise NotPublicAddress(host) from None
    return normalised


def check_host(host: str) -> str:
    """`host` (as a URL carries it: IDNA-encoded, IPv6 without brackets) if it is a host name or an IP address."""
    if not host:
        raise UnsafeURL("outbound.no_host", "the server address has no host name")
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    host = host.lower()
    if not _HOSTNAME.fullmatch(host) or len(host) > 253:
        raise UnsafeURL("outbound.bad_host", "%(host)s is not a valid host name", host=repr(host))
    return host


def check_request(scheme: str, userinfo: str, host: str, policy: Policy) -> None:
    """What every single request must satisfy (the path and query are the client's own business)."""
    if scheme not in policy.schemes():
        raise UnsafeURL("outbound.bad_scheme",
                        "calls to %(scheme)s:// addresses are not allowed: use https://", host=host, scheme=scheme)
    if userinfo:
        raise UnsafeURL("outbound.credentials_in_url", "addresses with a user name or password are not called",
                        host=host)
    check_host(host)
