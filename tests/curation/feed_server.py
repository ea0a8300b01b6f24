"""A local feed server on 127.0.0.1 for the curation tests and bench: RSS, Atom and JSON Feed documents at chosen
paths, ETag and Last-Modified answered with 304, redirects, a 10 MB feed, a page that is not a feed; counts the
requests it gets. (Imported by name from tests and bench/feeds_refresh.py.)"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Doc:
    body: bytes
    content_type: str = "application/rss+xml"
    etag: str = ""
    last_modified: str = ""
    status: int = 200
    location: str = ""


class FeedServer:
    def __init__(self) -> None:
        self.docs: dict[str, Doc] = {}
        self.hits: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        self.on_get: Callable[[], None] | None = None  # called as each request comes in (a look at the caller)
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                server.hits[path] += 1
                if server.on_get is not None:
                    server.on_get()
                doc = server.docs.get(path)
                if doc is None:
                    self._send(404, b"not found", "text/plain")
                    return
                if doc.location:
                    self.send_response(doc.status or 302)
                    self.send_header("Location", doc.location)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if (doc.etag and self.headers.get("If-None-Match") == doc.etag) or (
                        doc.last_modified and self.headers.get("If-Modified-Since") == doc.last_modified):
                    server.not_modified[path] += 1
                    self.send_response(304)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                extra = {"ETag": doc.etag} if doc.etag else {}
                if doc.last_modified:
                    extra["Last-Modified"] = doc.last_modified
                self._send(doc.status, doc.body, doc.content_type, extra)

            def _send(self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in (extra or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def rss(title: str, items: list[tuple[str, str, str, str]]) -> bytes:
    """items: (title, link, author, description)."""
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid><dc:creator>{a}</dc:creator>"
        f"<description>{d}</description><pubDate>Mon, 07 Dec 2026 09:00:00 GMT</pubDate></item>"
        for t, link, a, d in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<channel><title>{title}</title><link>https://example.org/</link>{entries}</channel></rss>").encode()


def atom(title: str, items: list[tuple[str, str, str, str]]) -> bytes:
    entries = "".join(
        f"<entry><title>{t}</title><link href=\"{link}\"/><id>{link}</id><author><name>{a}</name></author>"
        f"<summary>{d}</summary><updated>2026-12-06T10:00:00Z</updated></entry>" for t, link, a, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>'
            f"<id>urn:x</id><updated>2026-12-06T10:00:00Z</updated>{entries}</feed>").encode()
