"""Request body limits, applied before anything reads a body: a request announcing more than its route's
limit is answered 413 at once, and one that sends more than it announced (or announces nothing) is cut
off at the limit. Archive uploads have the audit's own limit; everything else is small forms and JSON."""

from __future__ import annotations

import re

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Paths that take an uploaded file (the audit page's archive; the media library's pictures and videos, whose own
# smaller limit the media route applies as the file streams in).
UPLOAD_PATHS = (re.compile(r"^/w/\d+/audit/?$"), re.compile(r"^/w/\d+/media/upload$"), re.compile(r"^/api/v1/media$"))
# The multipart envelope around an uploaded file: part headers and the form's small fields.
UPLOAD_ENVELOPE = 64 * 1024


class BodyTooLarge(Exception):
    pass


class BodyLimit:
    def __init__(self, app: ASGIApp, max_body: int, max_upload: int) -> None:
        self.app = app
        self.max_body = max_body
        self.max_upload = max_upload + UPLOAD_ENVELOPE

    def limit_for(self, path: str) -> int:
        return self.max_upload if any(pattern.match(path) for pattern in UPLOAD_PATHS) else self.max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _too_large(send, limit)
            return
        received = 0
        exceeded = replaced = False
        finished = declared == 0 or not _has_body(scope)

        async def limited_receive() -> Message:
            nonlocal received, exceeded, finished
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                finished = not message.get("more_body", False)
                if received > limit:
                    exceeded = True
                    raise BodyTooLarge
            return message

        async def checked_send(message: Message) -> None:
            # A framework may turn the reading error into an answer of its own (FastAPI: 400): the client
            # is told what happened instead.
            nonlocal replaced
            if exceeded:
                if not replaced and message["type"] == "http.response.start":
                    replaced = True
                    await _too_large(send, limit)
                return
            if message["type"] == "http.response.start" and not finished:
                # Answered before its body was read (refused, as a rule): close the connection rather than let
                # the server read the rest of the body to keep it.
                message = {**message, "headers": [*message.get("headers", []), (b"connection", b"close")]}
            await send(message)

        try:
            await self.app(scope, limited_receive, checked_send)
        except BodyTooLarge:
            if not replaced:
                await _too_large(send, limit)


def _has_body(scope: Scope) -> bool:
    return any(name in (b"content-length", b"transfer-encoding") for name, _ in scope["headers"])


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _too_large(send: Send, limit: int) -> None:
    body = f"The request is larger than this address accepts ({limit // 1024:,} KB).\n".encode()
    await send({"type": "http.response.start", "status": 413, "headers": [
        (b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]})
    await send({"type": "http.response.body", "body": body})
