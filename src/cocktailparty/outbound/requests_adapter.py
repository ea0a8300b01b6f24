"""A requests session that goes through the guard, for Mastodon.py (which is built on requests).

urllib3 opens connections in HTTPConnection._new_conn; the pinned connection classes resolve the host there, check
every address and connect to a checked one, so no second lookup happens. TLS verifies the certificate against the
host name (urllib3 passes it as SNI), and the Host header is the URL's. The adapter checks each request's address,
refuses redirects (unless the policy follows them, each hop then coming back through it), caps the answer's size
(counted after decompression, as the client will hold it) and bounds each call's total time at the socket.
"""

from __future__ import annotations

import io
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError
from urllib3.util import connection as urllib3_connection
from urllib3.util import parse_url
from urllib3.util.timeout import Timeout

from cocktailparty.outbound.addresses import resolve
from cocktailparty.outbound.errors import AnswerTooLarge, RedirectRefused, UnsafeURL
from cocktailparty.outbound.policy import DEFAULT, Policy
from cocktailparty.outbound.urls import check_request


def guarded_session(policy: Policy = DEFAULT) -> requests.Session:
    """A requests.Session whose every call goes through the guard. It ignores the environment's proxies and
    .netrc: through a proxy the address checked would be the proxy's."""
    session = requests.Session()
    session.trust_env = False
    adapter = GuardedAdapter(policy)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session


class _DeadlineReader(io.RawIOBase):
    """The response side of a connection (http.client reads headers and body through it), bounded by the deadline."""

    def __init__(self, inner: Any, owner: _DeadlineSocket) -> None:
        super().__init__()
        self._inner, self._owner = inner, owner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        result: int | None = self._owner.bounded(self._inner.readinto, buffer)
        return result

    def fileno(self) -> int:
        return int(self._inner.fileno())

    def close(self) -> None:
        if not self.closed:
            self._inner.close()
        super().close()


class _DeadlineSocket:
    """A connected socket whose reads and writes also end at the connection's current call deadline; everything
    else is the socket's own."""

    def __init__(self, sock: socket.socket, connection: _PinnedConnection) -> None:
        self._sock, self._connection = sock, connection

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)

    def bounded(self, operation: Callable[..., Any], *args: Any) -> Any:
        deadline = self._connection.call_deadline
        if deadline is None:
            return operation(*args)
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the call's total time limit was reached")
        timeout = self._sock.gettimeout()
        if timeout is not None and timeout <= left:
            return operation(*args)
        self._sock.settimeout(left)
        try:
            return operation(*args)
        finally:
            self._sock.settimeout(timeout)

    def recv(self, size: int, flags: int = 0) -> bytes:
        data: bytes = self.bounded(self._sock.recv, size, flags)
        return data

    def recv_into(self, buffer: Any, size: int = 0, flags: int = 0) -> int:
        return int(self.bounded(self._sock.recv_into, buffer, size, flags))

    def send(self, data: Any, flags: int = 0) -> int:
        return int(self.bounded(self._sock.send, data, flags))

    def sendall(self, data: Any, flags: int = 0) -> None:
        self.bounded(self._sock.sendall, data, flags)

    def makefile(self, mode: str = "r", buffering: int | None = None, **kwargs: Any) -> Any:
        if mode != "rb":
            return self._sock.makefile(mode, buffering, **kwargs)  # type: ignore[call-overload]
        # The socket's own unbuffered file keeps the socket open while the response reads (http.client closes the
        # connection before the body of a "Connection: close" answer is read); its reads go through the deadline.
        return io.BufferedReader(_DeadlineReader(self._sock.makefile("rb", buffering=0), self))


class _PinnedConnection(HTTPConnection):
    """Connects to a checked address of the host, and bounds each call by the policy's total time."""

    policy: Policy = DEFAULT
    call_deadline: float | None = None

    def _new_conn(self) -> socket.socket:
        host = self.host
        try:
            addresses = resolve(host, self.port, self.policy)
        except (socket.gaierror, UnicodeError) as error:
            raise NameResolutionError(host, self, socket.gaierror(str(error))) from error
        failure: Exception = NewConnectionError(self, f"{host} has no address")
        for address in addresses:
            try:
                sock = urllib3_connection.create_connection(
                    (address, self.port), self.timeout, source_address=self.source_address,
                    socket_options=self.socket_options,
                )
            except TimeoutError:
                failure = ConnectTimeoutError(self, f"connecting to {host} timed out")
                continue
            except OSError:
                failure = NewConnectionError(self, f"could not connect to {host}")
                continue
            return sock
        raise failure

    def connect(self) -> None:
        super().connect()
        assert self.sock is not None
        self.sock = _DeadlineSocket(self.sock, self)

    def request(self, *args: Any, **kwargs: Any) -> None:
        self.call_deadline = time.monotonic() + self.policy.total_seconds
        super().request(*args, **kwargs)


class _PinnedHTTPSConnection(_PinnedConnection, HTTPSConnection):
    pass


class GuardedAdapter(HTTPAdapter):
    def __init__(self, policy: Policy = DEFAULT, **kwargs: Any) -> None:
        self.policy = policy  # before HTTPAdapter.__init__, which builds the pool manager
        super().__init__(**kwargs)

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any) -> None:
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)
        attributes = {"policy": self.policy}
        http = type("PinnedHTTPConnection", (_PinnedConnection,), attributes)
        https = type("PinnedHTTPSConnection", (_PinnedHTTPSConnection,), attributes)
        self.poolmanager.pool_classes_by_scheme = {
            "http": type("PinnedHTTPConnectionPool", (HTTPConnectionPool,), {"ConnectionCls": http}),
            "https": type("PinnedHTTPSConnectionPool", (HTTPSConnectionPool,), {"ConnectionCls": https}),
        }

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        raise UnsafeURL("outbound.proxy", "outbound calls do not go through proxies")

    def send(
        self, request: requests.PreparedRequest, stream: bool = False, timeout: Any = None, verify: Any = True,
        cert: Any = None, proxies: Any = None,
    ) -> requests.Response:
        url = parse_url(request.url or "")
        host = (url.host or "").strip("[]")
        check_request(url.scheme or "", url.auth or "", host, self.policy)
        response = super().send(request, stream=stream, timeout=self._timeouts(timeout), verify=verify, cert=cert,
                                proxies=proxies)
        try:
            if response.is_redirect and not self.policy.follow_redirects:
                raise RedirectRefused(host)
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > self.policy.max_answer_bytes:
                raise AnswerTooLarge(host, self.policy.max_answer_bytes)
        except BaseException:
            response.close()
            raise
        response.raw = _CappedRaw(response.raw, self.policy.max_answer_bytes, host)
        return response

    def _timeouts(self, timeout: Any) -> Any:
        if isinstance(timeout, Timeout):
            return timeout
        connect, read = timeout if isinstance(timeout, tuple) else (timeout, timeout)
        limit = self.policy.connect_seconds
        return (limit if connect is None else min(connect, limit), read)


class _CappedRaw:
    """The urllib3 response under a requests.Response, counting what it hands out (decompressed) against the limit."""

    def __init__(self, raw: Any, limit: int, host: str) -> None:
        self._raw, self._limit, self._host, self._received = raw, limit, host, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)

    def _count(self, data: bytes) -> bytes:
        self._received += len(data)
        if self._received > self._limit:
            self._raw.close()
            raise AnswerTooLarge(self._host, self._limit)
        return data

    def stream(self, amt: int = 2**16, decode_content: bool | None = None) -> Iterator[bytes]:
        for chunk in self._raw.stream(amt, decode_content=decode_content):
            yield self._count(chunk)

    def read(self, amt: int | None = None, decode_content: bool | None = None, **kwargs: Any) -> bytes:
        if amt is None:
            return b"".join(self.stream(decode_content=decode_content))
        return self._count(self._raw.read(amt, decode_content=decode_content, **kwargs))
