"""httpx transports that go through the guard (X, Facebook Graph, Bluesky's atproto client, python-telegram-bot).

The check sits in httpcore's network backend, the one place a connection is opened: it resolves the host, checks
every address and connects to a checked address itself, so there is no second lookup an attacker's DNS could answer
differently. TLS still verifies the certificate against the host name (httpcore passes the URL's host as SNI), and
the Host header is the URL's. The transport refuses redirects (or, if the policy follows them, every hop comes back
through it), caps the answer's size and the call's total time, and asks for an uncompressed answer so the size it
counts is the size the client will hold.
"""

from __future__ import annotations

import socket
import ssl
import time
import typing
from collections.abc import AsyncIterator, Iterable, Iterator
from contextvars import ContextVar

import anyio.to_thread
import httpcore
import httpx

from cocktailparty.outbound.addresses import resolve
from cocktailparty.outbound.errors import AnswerRefused, AnswerTooLarge, RedirectRefused
from cocktailparty.outbound.policy import DEFAULT, Policy
from cocktailparty.outbound.urls import check_request

# The end of the call being made (time.monotonic()), seen by every read and write on its connection. A context
# variable because the pool, not the transport, picks the connection that serves a request.
_deadline: ContextVar[float | None] = ContextVar("cocktailparty_outbound_deadline", default=None)

REDIRECTS = frozenset({301, 302, 303, 307, 308})
POOL = httpx.Limits(max_connections=20, max_keepalive_connections=10)


def _time_left(timeout: float | None, expired: type[Exception]) -> float | None:
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the call's total time limit was reached")
    return left if timeout is None else min(timeout, left)


def _connect_timeout(timeout: float | None, policy: Policy) -> float | None:
    limit = policy.connect_seconds if timeout is None else min(timeout, policy.connect_seconds)
    return _time_left(limit, httpcore.ConnectTimeout)


# --- sync ---------------------------------------------------------------------------------------------------------


class _Stream(httpcore.NetworkStream):
    """A connection whose reads and writes also end at the call's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _time_left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, _time_left(timeout,
                                                                                     httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    """Resolve, check, and connect to the checked address, in one step."""

    def __init__(self, policy: Policy) -> None:
        self._policy = policy
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            addresses = resolve(host, port, self._policy)
        except (socket.gaierror, UnicodeError) as error:
            raise httpcore.ConnectError(f"could not resolve {host}") from error
        failure: Exception = httpcore.ConnectError(f"{host} has no address")
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(
                    address, port, _connect_timeout(timeout, self._policy), local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                failure = error
                continue
            return _Stream(stream)
        raise failure

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("outbound calls do not use local sockets")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _CappedBody(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, deadline: float, limit: int, host: str) -> None:
        self._inner, self._deadline, self._limit, self._host = inner, deadline, limit, host

    def __iter__(self) -> Iterator[bytes]:
        received = 0
        chunks = iter(self._inner)
        while True:
            token = _deadline.set(self._deadline)
            try:
                chunk = next(chunks, None)
            finally:
                _deadline.reset(token)
            if chunk is None:
                return
            received += len(chunk)
            if received > self._limit:
                raise AnswerTooLarge(self._host, self._limit)
            yield chunk

    def close(self) -> None:
        self._inner.close()


class GuardedTransport(httpx.HTTPTransport):
    """httpx's own transport with the guard's network backend and checks. Never reads proxy settings from the
    environment: through a proxy, the address checked would be the proxy's."""

    def __init__(self, policy: Policy = DEFAULT, *, verify: ssl.SSLContext | bool = True,
                 limits: httpx.Limits = POOL) -> None:
        ssl_context = httpx.create_ssl_context(verify=verify, trust_env=False)
        super().__init__(verify=ssl_context, trust_env=False, limits=limits)
        self.policy = policy
        # httpx does not take a network backend; the pool it built is replaced by the same pool with ours.
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_Backend(policy),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        host = _prepare(request, self.policy)
        deadline = time.monotonic() + self.policy.total_seconds
        token = _deadline.set(deadline)
        try:
            response = super().handle_request(request)
        finally:
            _deadline.reset(token)
        try:
            _check_answer(response, host, self.policy)
        except BaseException:
            response.close()
            raise
        assert isinstance(response.stream, httpx.SyncByteStream)
        return httpx.Response(
            status_code=response.status_code, headers=response.headers, extensions=response.extensions,
            stream=_CappedBody(response.stream, deadline, self.policy.max_answer_bytes, host),
        )


# --- async (python-telegram-bot) -----------------------------------------------------------------------------------


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _time_left(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _time_left(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        inner = await self._inner.start_tls(ssl_context, server_hostname,
                                            _time_left(timeout, httpcore.ConnectTimeout))
        return _AsyncStream(inner)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, policy: Policy) -> None:
        self._policy = policy
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            addresses = await anyio.to_thread.run_sync(resolve, host, port, self._policy)
        except (socket.gaierror, UnicodeError) as error:
            raise httpcore.ConnectError(f"could not resolve {host}") from error
        failure: Exception = httpcore.ConnectError(f"{host} has no address")
        for address in addresses:
            try:
                stream = await self._inner.connect_tcp(
                    address, port, _connect_timeout(timeout, self._policy), local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                failure = error
                continue
            return _AsyncStream(stream)
        raise failure

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("outbound calls do not use local sockets")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class _AsyncCappedBody(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, deadline: float, limit: int, host: str) -> None:
        self._inner, self._deadline, self._limit, self._host = inner, deadline, limit, host

    async def __aiter__(self) -> AsyncIterator[bytes]:
        received = 0
        chunks = self._inner.__aiter__()
        while True:
            token = _deadline.set(self._deadline)
            try:
                chunk = await anext(chunks, None)
            finally:
                _deadline.reset(token)
            if chunk is None:
                return
            received += len(chunk)
            if received > self._limit:
                raise AnswerTooLarge(self._host, self._limit)
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


class AsyncGuardedTransport(httpx.AsyncHTTPTransport):
    """The async twin of GuardedTransport, for clients built on httpx.AsyncClient."""

    def __init__(self, policy: Policy = DEFAULT, *, verify: ssl.SSLContext | bool = True,
                 limits: httpx.Limits = POOL) -> None:
        ssl_context = httpx.create_ssl_context(verify=verify, trust_env=False)
        super().__init__(verify=ssl_context, trust_env=False, limits=limits)
        self.policy = policy
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_AsyncBackend(policy),
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = _prepare(request, self.policy)
        deadline = time.monotonic() + self.policy.total_seconds
        token = _deadline.set(deadline)
        try:
            response = await super().handle_async_request(request)
        finally:
            _deadline.reset(token)
        try:
            _check_answer(response, host, self.policy)
        except BaseException:
            await response.aclose()
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        return httpx.Response(
            status_code=response.status_code, headers=response.headers, extensions=response.extensions,
            stream=_AsyncCappedBody(response.stream, deadline, self.policy.max_answer_bytes, host),
        )


# --- both ---------------------------------------------------------------------------------------------------------


def _prepare(request: httpx.Request, policy: Policy) -> str:
    """Check the request's address; returns its host for messages."""
    url = request.url
    host = url.raw_host.decode("ascii")
    check_request(url.scheme, url.userinfo.decode("ascii", "replace"), host, policy)
    # An uncompressed answer: the bytes counted against the limit are then the bytes the client keeps (a small
    # compressed answer can inflate a thousandfold).
    request.headers["Accept-Encoding"] = "identity"
    return host


def _check_answer(response: httpx.Response, host: str, policy: Policy) -> None:
    if response.status_code in REDIRECTS and "location" in response.headers and not policy.follow_redirects:
        raise RedirectRefused(host)
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("", "identity"):
        # Asked for identity and sent something else: the size it would inflate to is unknown until it is too late.
        raise AnswerRefused("outbound.compressed_answer",
                            "the server at %(host)s sent a compressed answer when an uncompressed one was asked for",
                            host=host)
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > policy.max_answer_bytes:
        raise AnswerTooLarge(host, policy.max_answer_bytes)
