"""A fast local endpoint speaking the few calls the publisher makes to Mastodon (verify, post a status)
and to X (who am I, create a post), for the publishing benchmark: it answers in microseconds, so the
figures measure CocktailParty (dispatcher, queue, database, connector), not a server.

    python bench/fast_endpoint.py --port 8765
"""

from __future__ import annotations

import argparse
import itertools
import json
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

ACCOUNT = {"id": "1", "username": "bench", "acct": "bench", "display_name": "bench", "url": "http://bench/@bench",
           "statuses_count": 0, "created_at": "2026-01-01T00:00:00.000Z", "note": "", "avatar": "", "header": "",
           "followers_count": 0, "following_count": 0, "locked": False, "bot": False, "emojis": [], "fields": []}


class Store:
    def __init__(self) -> None:
        self.ids = itertools.count(1)
        self.by_key: dict[str, dict[str, object]] = {}
        self.lock = threading.Lock()
        self.count = 0


STORE = Store()


def status(number: int, text: str) -> dict[str, object]:
    return {"id": str(number), "uri": f"http://bench/s/{number}", "url": f"http://bench/s/{number}",
            "created_at": datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "content": f"<p>{text}</p>", "account": ACCOUNT, "visibility": "public", "sensitive": False,
            "spoiler_text": "", "media_attachments": [], "mentions": [], "tags": [], "emojis": [],
            "reblogs_count": 0, "favourites_count": 0, "replies_count": 0, "in_reply_to_id": None,
            "reblog": None, "poll": None, "card": None, "language": None, "edited_at": None}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, body: object, code: int = 200) -> None:
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        if self.path.startswith("/2/users/me"):
            self._send({"data": {"id": "1", "name": "bench", "username": "bench"}})
        elif self.path.startswith("/api/v1/accounts/verify_credentials"):
            self._send(ACCOUNT)
        elif self.path.startswith("/api/v1/instance"):
            self._send({"uri": "bench", "version": "4.3.0", "title": "bench"})
        else:
            self._send([])

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode()
        if self.path.startswith("/2/tweets"):
            with STORE.lock:
                number = next(STORE.ids)
                STORE.count += 1
            self._send({"data": {"id": str(10**15 + number), "text": json.loads(raw)["text"]}}, 201)
            return
        form = parse_qs(raw) if "json" not in (self.headers.get("Content-Type") or "") else json.loads(raw or "{}")
        text = form.get("status", [""])[0] if isinstance(form.get("status"), list) else form.get("status", "")
        key = self.headers.get("Idempotency-Key") or ""
        with STORE.lock:
            if key and key in STORE.by_key:
                body = STORE.by_key[key]
            else:
                body = status(next(STORE.ids), str(text))
                STORE.count += 1
                if key:
                    STORE.by_key[key] = body
        self._send(body)


def serve(port: int) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    serve(args.port)
    threading.Event().wait()


if __name__ == "__main__":
    main()
