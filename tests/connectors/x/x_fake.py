"""A small stateful X API v2 on 127.0.0.1 for round trips Prism cannot do (publish, then find or delete).

It keeps X's habits that a connector must cope with: links come back as t.co links, &, < and > come back
escaped, a post with media gets a trailing media link, a reply's text starts with the @handle it answers, fields
come back only when asked for, and the same text twice is refused as duplicate content. Its answers follow the
spec's shapes (errors as application/json {code, message}, the one error shape Prism accepts for them); the tests
run it behind `prism proxy --errors`, which checks every request and answer against the spec. `inject` queues an
answer for the next request: an error shaped as X really sends it (problem+json), a delay, a broken body.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import re
import threading
import time
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

TOKEN = "good-token"
ME = {"id": "1500000000000000001", "name": "CocktailParty Café", "username": "cocktailparty"}
_LINK = re.compile(r"https?://\S+")


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes


@dataclass
class Injected:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"
    delay: float = 0.0  # seconds to wait first; with status 0 the request then goes on as usual


class FakeX:
    def __init__(self) -> None:
        self.posts: dict[str, dict[str, Any]] = {}  # id -> post as X stores it, newest last
        self.media: dict[str, dict[str, Any]] = {}
        self.uploads: dict[str, dict[str, Any]] = {}  # chunked uploads not yet finalized
        self.users = {ME["id"]: ME}
        self.requests: list[Recorded] = []
        self.injected: list[Injected] = []
        self._ids = itertools.count(1_800_000_000_000_000_000)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> None:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def reset(self) -> None:
        with self._lock:
            self.posts.clear()
            self.media.clear()
            self.uploads.clear()
            self.requests.clear()
            self.injected.clear()

    def inject(self, answer: Injected) -> None:
        self.injected.append(answer)

    def add_own_post(self, text: str, at: datetime | None = None) -> str:
        """A post the account made elsewhere (another app, the X website)."""
        return self._store(ME["id"], text, at=at)

    def add_mention(self, author: str, text: str, in_reply_to: str | None = None, at: datetime | None = None) -> str:
        """Someone else's post mentioning the account (or replying to one of its posts)."""
        author_id = str(next(self._ids))
        self.users[author_id] = {"id": author_id, "name": author, "username": author}
        return self._store(author_id, text, in_reply_to=in_reply_to, at=at)

    def vote(self, post_id: str, position: int, votes: int = 1) -> None:
        """People vote on the poll of `post_id` (`position` counts from 1, as X numbers options)."""
        with self._lock:
            self.posts[post_id]["votes"][position - 1] += votes

    def close_poll(self, post_id: str) -> None:
        with self._lock:
            self.posts[post_id]["poll_closed"] = True

    # --- what the endpoints do ---------------------------------------------------------------------------

    def answer(self, method: str, path: str, query: dict[str, str], body: bytes, headers: dict[str, str]) -> Injected:
        if headers.get("authorization") != f"Bearer {TOKEN}":
            return _error(401, 89, "Invalid or expired token.")
        route = (method, *path.strip("/").split("/"))
        match route:
            case ("GET", "2", "users", "me"):
                return Injected(200, {"data": ME})
            case ("POST", "2", "tweets"):
                return self._create(json.loads(body))
            case ("GET", "2", "tweets", post_id) if post_id in self.posts:
                answer = {"data": self._view(self.posts[post_id], query)}
                if "attachments.poll_ids" in query.get("expansions", "") and self.posts[post_id]["poll"]:
                    answer["includes"] = {"polls": [self._poll_view(self.posts[post_id], query)]}
                return Injected(200, answer)
            case ("DELETE", "2", "tweets", post_id):
                if self.posts.get(post_id, {}).get("author_id") != ME["id"]:
                    return _not_found(post_id)
                del self.posts[post_id]
                return Injected(200, {"data": {"deleted": True}})
            case ("POST", "2", "media", "upload"):
                return self._upload(body, headers.get("content-type", ""))
            case ("POST", "2", "media", "upload", "initialize"):
                return self._initialize(json.loads(body))
            case ("POST", "2", "media", "upload", media_id, "append") if media_id in self.uploads:
                return self._append(self.uploads[media_id], body, headers.get("content-type", ""))
            case ("POST", "2", "media", "upload", media_id, "finalize") if media_id in self.uploads:
                return self._finalize(media_id)
            case ("GET", "2", "media", "upload") if query.get("media_id") in self.media:
                return self._status(query["media_id"])
            case ("POST", "2", "media", "metadata"):
                request = json.loads(body)
                self.media[request["id"]]["alt_text"] = request["metadata"]["alt_text"]["text"]
                return Injected(200, {"data": {"id": request["id"], "associated_metadata": request["metadata"]}})
            case ("GET", "2", "users", user_id, "tweets" | "mentions" as kind) if user_id == ME["id"]:
                return self._timeline(kind, query)
            case ("POST", "2", "users", user_id, "likes") if user_id == ME["id"]:
                liked = self.posts.get(json.loads(body)["tweet_id"])
                if liked is None:
                    return _not_found(path)
                liked["liked"] = True
                return Injected(200, {"data": {"liked": True}})
            case ("PUT", "2", "tweets", post_id, "hidden") if post_id in self.posts:
                return self._hide(self.posts[post_id], bool(json.loads(body)["hidden"]))
        return _not_found(path)

    def _create(self, request: dict[str, Any]) -> Injected:
        text = request.get("text", "")
        if text and any(post["source_text"] == text and post["author_id"] == ME["id"] for post in self.posts.values()):
            return _error(403, 187, "You are not allowed to create a Tweet with duplicate content.")
        media_ids = request.get("media", {}).get("media_ids", [])
        if unknown := [media_id for media_id in media_ids if media_id not in self.media]:
            return _error(400, 324, f"Media id {unknown[0]} was not found.")
        if pending := [media_id for media_id in media_ids if self.media[media_id].get("state") == "pending"]:
            return _error(400, 324, f"Media id {pending[0]} is still being processed.")
        reply_to = request.get("reply", {}).get("in_reply_to_tweet_id")
        if reply_to and reply_to not in self.posts:
            return _error(400, 385, "You attempted to reply to a Tweet that is deleted or not visible to you.")
        post_id = self._store(ME["id"], text, in_reply_to=reply_to, media_ids=media_ids, poll=request.get("poll"))
        return Injected(201, {"data": {"id": post_id, "text": self.posts[post_id]["text"]}})

    def _store(self, author_id: str, text: str, *, in_reply_to: str | None = None, media_ids: list[str] | None = None,
               poll: dict[str, Any] | None = None, at: datetime | None = None) -> str:
        post_id = str(next(self._ids))
        shown, urls = _as_x_shows(text)
        if in_reply_to and (replied := self.posts[in_reply_to])["author_id"] != author_id:
            shown = f"@{self.users[replied['author_id']]['username']} {shown}"
        for media_id in media_ids or []:
            slug = f"m{media_id[-6:]}"
            start = len(shown) + 1
            shown += f" https://t.co/{slug}"
            urls.append({"start": start, "end": len(shown), "url": f"https://t.co/{slug}",
                         "expanded_url": f"https://x.com/{ME['username']}/status/{post_id}/photo/1",
                         "display_url": f"pic.x.com/{slug}", "media_key": self.media[media_id]["media_key"]})
        self.posts[post_id] = {
            "id": post_id, "source_text": text, "text": shown, "author_id": author_id,
            "created_at": (at or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "entities": {"urls": urls} if urls else None,
            "referenced_posts": [{"type": "replied_to", "id": in_reply_to}] if in_reply_to else None,
            "media_keys": [self.media[media_id]["media_key"] for media_id in media_ids or []],
            "poll": poll, "mentions_me": author_id != ME["id"],
            "votes": [0] * len(poll["options"]) if poll else [], "poll_closed": False,
        }
        return post_id

    def _hide(self, post: dict[str, Any], hidden: bool) -> Injected:
        """X hides only replies in a conversation the account started."""
        replied = post["referenced_posts"][0]["id"] if post.get("referenced_posts") else None
        root = replied
        while root is not None and self.posts[root].get("referenced_posts"):
            root = self.posts[root]["referenced_posts"][0]["id"]
        if root is None or self.posts[root]["author_id"] != ME["id"]:
            return _error(403, 403, "You cannot hide or unhide a reply to a conversation you did not start.")
        post["hidden"] = hidden
        return Injected(200, {"data": {"hidden": hidden}})

    def _upload(self, body: bytes, content_type: str) -> Injected:
        form = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
        parts = {part.get_param("name", header="content-disposition"): part for part in form.iter_parts()}
        content = parts["media"].get_payload(decode=True)
        media_id = str(next(self._ids))
        self.media[media_id] = {"media_key": f"3_{media_id}", "bytes": content,
                                "category": parts["media_category"].get_content(), "alt_text": None}
        return Injected(200, {"data": {"id": media_id, "media_key": f"3_{media_id}", "size": len(content),
                                       "expires_after_secs": 86400}})

    # The chunked upload of a video: initialize (its type, size and category), append each segment (multipart: the
    # bytes and their segment_index), finalize (the segments must add up to the size announced; X then processes the
    # video: pending, then succeeded on a later status call), status. The post may attach it only once it succeeded.

    def _initialize(self, request: dict[str, Any]) -> Injected:
        media_id = str(next(self._ids))
        self.uploads[media_id] = {"media_type": request["media_type"], "total_bytes": request["total_bytes"],
                                  "category": request.get("media_category"), "segments": {}}
        return Injected(200, {"data": {"id": media_id, "media_key": f"7_{media_id}", "expires_after_secs": 86400}})

    def _append(self, upload: dict[str, Any], body: bytes, content_type: str) -> Injected:
        if content_type.startswith("application/json"):  # the media base64-encoded ("format": "byte")
            request = json.loads(body)
            upload["segments"][int(request["segment_index"])] = base64.b64decode(request["media"], validate=True)
        else:
            form = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
            parts = {part.get_param("name", header="content-disposition"): part for part in form.iter_parts()}
            upload["segments"][int(parts["segment_index"].get_content())] = parts["media"].get_payload(decode=True)
        return Injected(200, {"data": {"expires_at": int(time.time()) + 86400}})

    def _finalize(self, media_id: str) -> Injected:
        upload = self.uploads.pop(media_id)
        segments = upload["segments"]
        content = b"".join(segments[index] for index in sorted(segments))
        if sorted(segments) != list(range(len(segments))) or len(content) != upload["total_bytes"]:
            return _error(400, 324, "File size does not match the total_bytes announced.")
        self.media[media_id] = {"media_key": f"7_{media_id}", "bytes": content, "category": upload["category"],
                                "media_type": upload["media_type"], "segments": len(segments), "alt_text": None,
                                "state": "pending"}
        return Injected(200, {"data": {"id": media_id, "media_key": f"7_{media_id}", "size": len(content),
                                       "expires_after_secs": 86400,
                                       "processing_info": {"state": "pending", "check_after_secs": 1}}})

    def _status(self, media_id: str) -> Injected:
        media = self.media[media_id]
        media["status_calls"] = media.get("status_calls", 0) + 1
        media["state"] = "succeeded"  # processed by the time it is asked about
        return Injected(200, {"data": {"id": media_id, "media_key": media["media_key"],
                                       "processing_info": {"state": "succeeded", "progress_percent": 100}}})

    def _timeline(self, kind: str, query: dict[str, str]) -> Injected:
        mine = kind == "tweets"
        chosen = [post for post in reversed(self.posts.values()) if post["mentions_me"] != mine]
        if "start_time" in query:
            chosen = [post for post in chosen if post["created_at"] >= query["start_time"].replace("Z", ".000Z")]
        size, offset = int(query.get("max_results", 10)), int(query.get("pagination_token", 0))
        page = chosen[offset : offset + size]
        meta: dict[str, Any] = {"result_count": len(page)}
        if page:
            meta |= {"newest_id": page[0]["id"], "oldest_id": page[-1]["id"]}
        if offset + size < len(chosen):
            meta["next_token"] = str(offset + size)
        answer: dict[str, Any] = {"meta": meta}
        if page:
            answer["data"] = [self._view(post, query) for post in page]
        if page and "author_id" in query.get("expansions", ""):
            authors = {post["author_id"] for post in page}
            answer["includes"] = {"users": [self.users[user_id] for user_id in sorted(authors)]}
        return Injected(200, answer)

    def _view(self, post: dict[str, Any], query: dict[str, str]) -> dict[str, Any]:
        """The post as X returns it: id and text, plus only the fields and expansions asked for."""
        wanted = set(query.get("post.fields", "").split(",")) | set(query.get("expansions", "").split(","))
        view = {"id": post["id"], "text": post["text"], "edit_history_post_ids": [post["id"]]}
        for name in ("created_at", "author_id", "entities", "referenced_posts"):
            if name in wanted and post[name] is not None:
                view[name] = post[name]
        if ("attachments" in wanted or "attachments.poll_ids" in wanted) and (post["media_keys"] or post["poll"]):
            view["attachments"] = {"media_keys": post["media_keys"]} if post["media_keys"] else {}
            if post["poll"]:
                view["attachments"]["poll_ids"] = [_poll_id(post)]
        return view

    def _poll_view(self, post: dict[str, Any], query: dict[str, str]) -> dict[str, Any]:
        """The poll as X includes it: its id, plus the poll.fields asked for."""
        wanted = set(query.get("poll.fields", "").split(","))
        poll = post["poll"]
        ends = datetime.strptime(post["created_at"], "%Y-%m-%dT%H:%M:%S.000Z").replace(tzinfo=UTC).timestamp()
        ends += poll["duration_minutes"] * 60
        full = {
            "id": _poll_id(post), "duration_minutes": poll["duration_minutes"],
            "end_datetime": datetime.fromtimestamp(ends, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "voting_status": "closed" if post["poll_closed"] else "open",
            "options": [{"position": number, "label": label, "votes": votes}
                        for number, (label, votes) in enumerate(zip(poll["options"], post["votes"], strict=True), 1)],
        }
        return {name: value for name, value in full.items() if name == "id" or name in wanted}


def _poll_id(post: dict[str, Any]) -> str:
    return f"9{post['id'][1:]}"


def _as_x_shows(text: str) -> tuple[str, list[dict[str, Any]]]:
    """X's copy of a text: links wrapped in t.co (with url entities), then &, < and > escaped."""
    shown, urls = "", []
    position = 0
    for number, link in enumerate(_LINK.finditer(text)):
        shown += _escape(text[position : link.start()])
        tco = f"https://t.co/l{number}{zlib.crc32(link[0].encode()):x}"
        urls.append({"start": len(shown), "end": len(shown) + len(tco), "url": tco, "expanded_url": link[0],
                     "display_url": link[0].split("://", 1)[1][:25]})
        shown += tco
        position = link.end()
    return shown + _escape(text[position:]), urls


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _error(status: int, code: int, message: str) -> Injected:
    return Injected(status, {"code": code, "message": message})


def _not_found(what: str) -> Injected:
    return _error(404, 144, f"Could not find {what}.")


def _handler_for(fake: FakeX) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._serve()

        do_POST = do_DELETE = do_PUT = do_GET

        def _serve(self) -> None:
            url = urlsplit(self.path)
            query = {key: values[-1] for key, values in parse_qs(url.query).items()}
            headers = {key.lower(): value for key, value in self.headers.items()}
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with fake._lock:
                fake.requests.append(Recorded(self.command, url.path, query, headers, body))
                injected = fake.injected.pop(0) if fake.injected else None
            if injected and injected.delay:
                time.sleep(injected.delay)
            if injected is None or injected.status == 0:
                with fake._lock:
                    injected = fake.answer(self.command, url.path, query, body, headers)
            payload = injected.body if isinstance(injected.body, bytes) else json.dumps(injected.body).encode()
            self.send_response(injected.status)
            self.send_header("Content-Type", injected.content_type)
            self.send_header("Content-Length", str(len(payload)))
            for name, value in injected.headers.items():
                self.send_header(name, value)
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up waiting
                self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:  # keep the test output quiet
            pass

    return Handler
