"""A fake Facebook Graph API for the connector tests, written from Meta's object specs.

The specs (tests/fixtures/specs/facebook-graph/, from facebook-business-sdk-codegen) list each node's fields and
each edge's params. The fake serves only edges named in SERVED, accepts exactly the params the spec lists
for that edge (plus the Graph-wide ones below), checks their types and enum values against the spec,
refuses anything else with a Graph error object, and stores and returns only fields the spec defines.
Stdlib only (http.server on 127.0.0.1), so CI needs no extra package for it.
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from local_fake import LocalFake

SPEC_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "specs" / "facebook-graph"
NODE_TYPES = ("Page", "PagePost", "Photo", "Comment", "UnifiedThread")
# The SDK specs name UnifiedMessage (what UnifiedThread's `messages` edge returns) but have no file for it: its fields
# are those of Meta's Graph API reference page for Message (/{message-id}). The Send API's answer is that page's
# "recipient_id" and "message_id"; a RESPONSE outside the 24-hour window is refused with code 10, subcode 2018278
# (Meta's Messenger error reference), a text over 2,000 characters with code 100.
DOC_NODES = {"UnifiedMessage": {"id": "string", "created_time": "datetime", "from": "Object", "to": "Object",
                                "message": "string", "attachments": "Object", "shares": "Object",
                                "sticker": "string", "tags": "Object"},
             # What a PagePost's `attachments` edge returns: the fields of Meta's Graph API reference page for Story
             # Attachment; `target` is a Story Attachment Target (its `id` and `url`), for a video the Video itself.
             "StoryAttachment": {"description": "string", "media": "Object", "media_type": "string",
                                 "target": "Object", "title": "string", "type": "string", "url": "string"}}
MESSENGER_WINDOW_SECONDS = 24 * 3600
MAX_MESSENGER_TEXT = 2000

# Params Graph takes on every node and edge. The SDK specs leave them out because the SDK adds them itself:
# the token (the fake also takes it as an Authorization header), the field list, and the paging cursor
# that the fake's own paging links hand out.
GRAPH_WIDE_PARAMS = {"access_token", "fields", "after"}
# Files travel as multipart parts beside the params; the SDK sends a photo's bytes as `source`,
# the name of the Photo field that later holds the image.
FILE_PARTS: dict[tuple[str, str, str | None], str] = {("Page", "POST", "photos"): "source",
                                                      ("Page", "POST", "videos"): "source"}

# Node types the copied SDK specs have no file for, and why the fake serves them all the same.
UNSPECIFIED_NODES = {"Video": "POST /{page-id}/videos (in Page.json) makes one; its own file, AdVideo.json, was not "
                              "copied, so the fake serves only reading and deleting it by id"}

# (node type, method, edge or None for the node itself) -> name of the handler method below.
SERVED: dict[tuple[str, str, str | None], str] = {
    ("Page", "GET", None): "get_node",
    ("Page", "GET", "published_posts"): "list_published_posts",
    ("Page", "GET", "posts"): "list_published_posts",
    ("Page", "GET", "tagged"): "list_tagged",
    ("Page", "POST", "feed"): "post_feed",
    ("Page", "POST", "photos"): "post_photo",
    ("Page", "POST", "videos"): "post_video",
    ("Video", "GET", None): "get_node",
    ("Video", "DELETE", None): "delete_node",
    ("PagePost", "GET", None): "get_node",
    ("PagePost", "DELETE", None): "delete_node",
    ("PagePost", "GET", "comments"): "list_comments",
    ("PagePost", "GET", "attachments"): "list_attachments",
    ("PagePost", "POST", "comments"): "post_comment",
    ("Photo", "GET", None): "get_node",
    ("Photo", "DELETE", None): "delete_node",
    ("Comment", "GET", None): "get_node",
    ("Comment", "DELETE", None): "delete_node",
    ("Comment", "POST", None): "update_comment",
    ("Comment", "POST", "likes"): "like_comment",
    ("Comment", "GET", "comments"): "list_comments",
    ("Comment", "POST", "comments"): "post_comment",
    ("Page", "GET", "conversations"): "list_conversations",
    ("Page", "POST", "messages"): "send_message",
    ("UnifiedThread", "GET", None): "get_node",
    ("UnifiedThread", "GET", "messages"): "list_messages",
}
# The params each handler reads; test_fake_graph checks them (and every stored field) against the specs.
PARAMS_READ: dict[str, set[str]] = {
    "list_published_posts": {"limit"},
    "post_feed": {"message", "link", "attached_media"},
    "post_photo": {"caption", "message", "url", "published", "alt_text_custom"},
    "post_video": {"description", "title", "published"},
    "list_comments": {"filter", "order", "since"},
    "list_attachments": set(),
    "post_comment": {"message"},
    "update_comment": {"is_hidden", "message"},
    "like_comment": set(),
    "list_conversations": {"platform", "user_id"},
    "send_message": {"recipient", "messaging_type", "message"},
    "list_messages": set(),
}

UploadedFile = tuple[str, str, bytes]  # file name, content type, bytes
MAX_MESSAGE = 63_206
PNG, JPEG, GIF = b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF8"
MAX_VIDEO_BYTES = 2**30  # the non-resumable upload takes videos under 1 GB


class GraphFailure(Exception):
    """Becomes a Graph error object: {"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}."""

    def __init__(self, status: int, code: int, message: str, subcode: int | None = None,
                 kind: str = "OAuthException", headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.subcode, self.kind = status, code, message, subcode, kind
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"message": self.message, "type": self.kind, "code": self.code, "fbtrace_id": "Fake"}
        if self.subcode is not None:
            error["error_subcode"] = self.subcode
        return {"error": error}


def bad_param(message: str) -> GraphFailure:
    return GraphFailure(400, 100, f"(#100) {message}")


class Spec:
    """Fields and edges of the node types the fake serves, read from Meta's spec files."""

    def __init__(self, spec_dir: Path = SPEC_DIR) -> None:
        self.nodes = {name: json.loads((spec_dir / f"{name}.json").read_text()) for name in NODE_TYPES}
        enums = json.loads((spec_dir / "enum_types.json").read_text())
        self.enums: dict[str, list[str]] = {enum["name"]: enum["values"] for enum in enums}

    def fields(self, node: str) -> dict[str, str]:
        if node in DOC_NODES:
            return dict(DOC_NODES[node])
        return {f["name"]: f["type"] for f in self.nodes[node]["fields"]}

    def edge(self, node: str, method: str, edge: str | None) -> dict[str, Any] | None:
        for api in self.nodes[node]["apis"] if node in self.nodes else []:  # no spec file for videos: no params
            if api["method"] == method and api.get("endpoint") == edge:
                return dict(api)
        return None

    def params(self, node: str, method: str, edge: str | None) -> dict[str, str]:
        api = self.edge(node, method, edge)
        return {p["name"]: p["type"] for p in api["params"]} if api else {}


@dataclass
class Node:
    """A stored Graph object: its spec type, its spec fields, and what only the fake needs to know."""

    kind: str
    fields: dict[str, Any]
    parent: str | None = None  # the post or comment a comment answers, the post a photo belongs to
    published: bool = True
    content: bytes = b""
    video: str | None = None  # the video a Page post shows (deleting the video deletes the post)


class FakeGraph(LocalFake):
    """The Graph state of one Page, and the HTTP server in front of it."""

    version = "v21.0"

    def __init__(self, spec: Spec | None = None) -> None:
        super().__init__()
        self.spec = spec or Spec()
        self.page_id = "100200300400500"
        self.token = "page-token-ok"
        self.token_expired = False
        self.messaging_allowed = True  # False: the token lacks pages_messaging
        self.nodes: dict[str, Node] = {}
        self.requests: list[tuple[str, str, dict[str, str]]] = []  # (method, path, params) as received
        self._ids = itertools.count(1)
        self.reset()

    def reset(self) -> None:
        """Back to a Page with no posts, a valid token and nothing injected (between tests)."""
        with self._lock:
            self.nodes.clear()
            self.requests.clear()
            self.clear_injected()
            self.token_expired = False
            self.messaging_allowed = True
            self._store("Page", {"id": self.page_id, "name": "مقهى دبي Dubai Coffee", "username": "dubaicoffee",
                                 "link": f"https://www.facebook.com/{self.page_id}"})

    # --- lifecycle -----------------------------------------------------------------------------------

    def handler(self) -> type[BaseHTTPRequestHandler]:
        return _handler_for(self)

    def start(self) -> str:
        return f"{super().start()}/{self.version}"

    # --- what tests arrange --------------------------------------------------------------------------

    def add_comment(self, on: str, author: str, message: str, created: datetime | None = None) -> str:
        """A comment by someone else on a post, or a reply to a comment when `on` is a comment id."""
        return self._add_comment(on, {"id": f"9{next(self._ids)}", "name": author}, message, created)

    def add_mention(self, author: str, message: str, created: datetime | None = None) -> str:
        """A post by someone else that tags the Page (the Page's `tagged` edge)."""
        post_id = f"7{next(self._ids)}_{next(self._ids)}"
        fields = {"id": post_id, "message": message, "created_time": _graph_time(created),
                  "from": {"id": f"9{next(self._ids)}", "name": author},
                  "permalink_url": f"https://www.facebook.com/{post_id}"}
        self._store("PagePost", fields, published=False, parent=f"tagged:{self.page_id}")
        return post_id

    def add_message(self, psid: str, name: str, text: str, created: datetime | None = None) -> str:
        """Someone (their page-scoped id and name) writes to the Page on Messenger: the message joins their
        conversation with the Page, which is then the most recently active."""
        return self._add_message(psid, {"id": psid, "name": name}, text, created)

    def messages_with(self, psid: str) -> list[dict[str, Any]]:
        """The messages of the conversation with this person, oldest first."""
        thread = f"t_{psid}"
        return sorted((n.fields for n in self.nodes.values() if n.kind == "UnifiedMessage" and n.parent == thread),
                      key=lambda f: (f["created_time"], f["id"]))

    def posts(self) -> list[dict[str, Any]]:
        """The Page's published posts, newest first."""
        return [node.fields for node in self._page_posts()]

    # --- request handling ----------------------------------------------------------------------------

    def handle(self, method: str, path: str, params: dict[str, str],
               files: dict[str, UploadedFile]) -> tuple[int, dict[str, Any], dict[str, str]]:
        with self._lock:
            self.requests.append((method, path, dict(params)))
            if self._injected:
                injected = self._injected.pop(0)
                return injected.status, injected.body, injected.headers
            try:
                return 200, self._route(method, path, params, files), {}
            except GraphFailure as failure:
                return failure.status, failure.body(), failure.headers

    def _route(self, method: str, path: str, params: dict[str, str],
               files: dict[str, UploadedFile]) -> dict[str, Any]:
        self._authorise(params.pop("access_token", None))
        match = re.fullmatch(r"/(v\d+\.\d+)/([^/]+)(?:/([^/]+))?", path)
        if not match:
            raise GraphFailure(400, 2500, "Unknown path components: " + path)
        object_id = self.page_id if match[2] == "me" else match[2]
        edge = match[3]
        node = self.nodes.get(object_id)
        if node is None:
            raise GraphFailure(400, 100, f"Unsupported {method.lower()} request. Object with ID '{object_id}' does "
                               "not exist, cannot be loaded due to missing permissions, or does not support this "
                               "operation.", subcode=33, kind="GraphMethodException")
        handler = SERVED.get((node.kind, method, edge))
        if handler is None:
            raise GraphFailure(400, 100, f"(#100) Tried accessing nonexisting field ({edge}) on node type "
                               f"({node.kind})" if method == "GET" else f"Unsupported {method.lower()} request.")
        self._check_params(node.kind, method, edge, params, files)
        result: dict[str, Any] = getattr(self, handler)(node, params, files)
        return result

    def _authorise(self, token: str | None) -> None:
        if not token:
            raise GraphFailure(400, 104, "An access token is required to request this resource.")
        if token != self.token:
            raise GraphFailure(400, 190, "Invalid OAuth access token - Cannot parse access token")
        if self.token_expired:
            raise GraphFailure(400, 190, "Error validating access token: Session has expired.", subcode=463)

    def _check_params(self, kind: str, method: str, edge: str | None, params: dict[str, str],
                      files: dict[str, UploadedFile]) -> None:
        allowed = self.spec.params(kind, method, edge)
        where = f"{method} /{{{kind.lower()}-id}}" + (f"/{edge}" if edge else "")
        for name, value in params.items():
            if name == "fields":
                self._check_fields(kind if method != "GET" or edge is None else self._returns(kind, edge), value)
            elif name not in GRAPH_WIDE_PARAMS:
                if name not in allowed:
                    raise bad_param(f"Param {name} is not a parameter of {where} (not in {kind}.json)")
                self._check_type(name, value, allowed[name])
        for part in files:
            if FILE_PARTS.get((kind, method, edge)) != part:
                raise bad_param(f"{where} takes no file part named {part}")

    def _returns(self, kind: str, edge: str) -> str:
        api = self.spec.edge(kind, "GET", edge)
        assert api is not None
        return str(api["return"])

    def _check_fields(self, kind: str, requested: str) -> None:
        """Fields of `kind`, or an edge expanded as edge{fields} (Graph's field expansion), checked against the
        fields of the type the edge returns."""
        known = self.spec.fields(kind)
        for name, inner in _expansions(requested):
            if inner is not None and kind not in DOC_NODES:
                api = self.spec.edge(kind, "GET", name)
                if api is None:
                    raise bad_param(f"Tried accessing nonexisting field ({name}) on node type ({kind})")
                self._check_fields(str(api["return"]), inner)
            elif name not in known:
                raise bad_param(f"Tried accessing nonexisting field ({name}) on node type ({kind})")

    def _check_type(self, name: str, value: str, kind: str) -> None:
        ok = True
        if kind == "bool":
            ok = value in ("true", "false", "1", "0")
        elif kind in ("unsigned int", "int"):
            ok = value.isdigit()
        elif kind == "datetime":
            ok = value.isdigit() or _parse_time(value) is not None
        elif kind.startswith("list"):
            ok = isinstance(_json(value), list)
        elif kind in self.spec.enums:
            ok = value in self.spec.enums[kind]
            if not ok:
                raise bad_param(f"Param {name} must be one of {{{', '.join(self.spec.enums[kind])}}} - got {value}")
        if not ok:
            raise bad_param(f"Param {name} must be a {kind}")

    # --- handlers (names listed in SERVED) -----------------------------------------------------------

    def get_node(self, node: Node, params: dict[str, str], files: object) -> dict[str, Any]:
        return _select(node.fields, params.get("fields", "id,name" if node.kind == "Page" else "id"))

    def delete_node(self, node: Node, params: dict[str, str], files: object) -> dict[str, Any]:
        doomed = [node.fields["id"]]
        while doomed:  # a post takes its comments with it
            object_id = doomed.pop()
            self.nodes.pop(object_id, None)
            doomed.extend(key for key, child in self.nodes.items()
                          if child.parent == object_id or child.video == object_id)
        return {"success": True}

    def list_published_posts(self, node: Node, params: dict[str, str], files: object) -> dict[str, Any]:
        limit = min(int(params.get("limit", "25")), 100)
        return self._paged([n.fields for n in self._page_posts()], params, limit)

    def list_tagged(self, node: Node, params: dict[str, str], files: object) -> dict[str, Any]:
        tagged = [n.fields for n in self.nodes.values() if n.parent == f"tagged:{self.page_id}"]
        return self._paged(sorted(tagged, key=lambda f: f["created_time"], reverse=True), params, 25)

    def post_feed(self, node: Node, params: dict[str, str], files: object) -> dict[str, Any]:
        message = params.get("message", "")
        media = _json(params["attached_media"]) if "attached_media" in params else []
        if not message and not media and "link" not in params:
            raise bad_param("Missing message or attachment")
        if len(message) > MAX_MESSAGE:
            raise bad_param(f"Param message must be at most {MAX_MESSAGE} characters long")
        photos = [self._unpublished_photo(item) for item in media]
        latest = next(iter(self._page_posts()), None)
        if message and not photos and latest is not None and latest.fields.get("message") == message:
            raise GraphFailure(400, 506, "(#506) Duplicate status message", kind="OAuthException")
        post_id = self._new_post(message, photos, link=params.get("link"))
        return {"id": post_id}

    def post_photo(self, node: Node, params: dict[str, str], files: dict[str, UploadedFile]) -> dict[str, Any]:
        if "source" in files:
            content = files["source"][2]
            if not content.startswith((PNG, JPEG, GIF)):
                raise GraphFailure(400, 324, "(#324) Requires upload file", subcode=2069019)
        elif "url" in params:
            content = b""  # the fake never fetches a URL: nothing leaves 127.0.0.1
        else:
            raise GraphFailure(400, 324, "(#324) Requires upload file")
        photo_id = str(next(self._ids))
        caption = params.get("caption") or params.get("message") or ""
        fields = {"id": photo_id, "created_time": _graph_time(), "name": caption,
                  "link": f"https://www.facebook.com/photo/?fbid={photo_id}"}
        if "alt_text_custom" in params:
            fields["alt_text_custom"] = params["alt_text_custom"]
        photo = self._store("Photo", fields, published=False, content=content)
        if params.get("published", "true") in ("false", "0"):
            return {"id": photo_id}
        post_id = self._new_post(caption, [photo])
        return {"id": photo_id, "post_id": post_id}

    def post_video(self, node: Node, params: dict[str, str], files: dict[str, UploadedFile]) -> dict[str, Any]:
        """A video uploaded with the request (`source`, the non-resumable upload): published on the Page as a post
        with the description as its message. Graph answers with the video's id only. The copied SDK specs have no
        node file for videos (AdVideo.json), so the Video node keeps the fields its own edge names."""
        if "source" not in files:
            raise GraphFailure(400, 324, "(#324) Requires upload file")
        content = files["source"][2]
        if content[4:8] != b"ftyp":
            raise GraphFailure(400, 352, "(#352) Sorry, the video file you selected is in a format that we don't "
                               "support.")
        if len(content) > MAX_VIDEO_BYTES:
            raise GraphFailure(400, 6000, "There was a problem uploading your video file. Please try again with "
                               "another file.")
        video_id = str(next(self._ids))
        description = params.get("description", "")
        fields = {"id": video_id, "description": description, "title": params.get("title", ""),
                  "created_time": _graph_time(), "permalink_url": f"/{self.page_id}/videos/{video_id}"}
        self.nodes[video_id] = Node("Video", fields, parent=self.page_id, content=content)
        if params.get("published", "true") not in ("false", "0"):
            post_id = self._new_post(description, [], status_type="added_video")
            self.nodes[post_id].video = video_id
        return {"id": video_id}

    def list_attachments(self, node: Node, params: dict[str, str], files: object) -> dict[str, Any]:
        """A video post's attachment: the video, named by its id as the target. Only video posts are asked for their
        attachments, so the fake gives other posts none (Facebook lists a photo post's photos)."""
        found = []
        if node.video is not None:
            url = f"https://www.facebook.com/{self.page_id}/videos/{node.video}"
            found.append({"media_type": "video", "type": "video_inline", "url": url,
                          "target": {"id": node.video, "url": url}})
        requested = params.get("fields", "media_type,target,type,url")
        return {"data": [_select(item, requested) for item in found]}

    def list_comments(self, node: Node, params: dict[str, str], files: object) -> dict[str, Any]:
        stream = params.get("filter", "toplevel") == "stream"
        since = params.get("since")
        since_time = (datetime.fromtimestamp(int(since), UTC) if since.isdigit() else _parse_time(since)) \
            if since else None
        found = []
        for comment in self._comments_under(node.fields["id"], deep=stream):
            created = _parse_time(comment.fields["created_time"])
            if since_time is None or (created is not None and created >= since_time):
                fields = dict(comment.fields)
                if not stream or comment.parent == node.fields["id"]:
                    fields.pop("parent", None)  # Graph shows `parent` only for replies in a stream
                found.append(fields)
        found.sort(key=lambda f: f["created_time"], reverse=params.get("order") == "reverse_chronological")
        return self._paged(found, params, 25)

    def post_comment(self, node: Node, params: dict[str, str], files: object) -> dict[str, Any]:
        if not params.get("message"):
            raise bad_param("Missing message or attachment")
        author = {"id": self.page_id, "name": self.nodes[self.page_id].fields["name"]}
        return {"id": self._add_comment(node.fields["id"], author, params["message"], None)}

    def update_comment(self, node: Node, params: dict[str, str], files: object) -> dict[str, Any]:
        """A Page hides a comment on its post (or shows it again), or edits its own comment's message."""
        if "is_hidden" in params:
            if node.parent is None or not self._under_page_post(node):
                raise GraphFailure(400, 100, "(#100) Only comments on the Page's own posts can be hidden")
            node.fields["is_hidden"] = params["is_hidden"] in ("true", "1")
        if "message" in params:
            if (node.fields.get("from") or {}).get("id") != self.page_id:
                raise GraphFailure(400, 200, "(#200) Permissions error", kind="OAuthException")
            node.fields["message"] = params["message"]
        return {"success": True}

    def like_comment(self, node: Node, params: dict[str, str], files: object) -> dict[str, Any]:
        """The Page likes a comment (liking twice keeps one like)."""
        if not node.fields.get("user_likes"):
            node.fields["user_likes"] = True
            node.fields["like_count"] = int(node.fields.get("like_count", 0)) + 1
        return {"success": True}

    def list_conversations(self, node: Node, params: dict[str, str], files: object) -> dict[str, Any]:
        """The Page's Messenger conversations, most recently active first (no time filter: Meta's reference says
        time-based pagination is not available here); `user_id` finds the one with that person."""
        if not self.messaging_allowed:
            raise GraphFailure(400, 230, "(#230) Requires pages_messaging permission to manage the object")
        threads = [n for n in self.nodes.values() if n.kind == "UnifiedThread" and n.parent == self.page_id]
        if params.get("platform", "MESSENGER") != "MESSENGER":
            threads = []  # the fake Page has no Instagram account
        if "user_id" in params:
            threads = [n for n in threads if n.fields["id"] == f"t_{params['user_id']}"]
        threads.sort(key=lambda n: n.fields["updated_time"], reverse=True)
        requested = params.get("fields", "id,updated_time")
        data = [self._thread_fields(n, requested) for n in threads]
        start = int(params.get("after", "0") or 0)
        chosen = data[start:start + 25]
        answer: dict[str, Any] = {"data": chosen}
        if chosen:
            answer["paging"] = {"cursors": {"before": str(start), "after": str(start + len(chosen))}}
            if start + len(chosen) < len(data):
                answer["paging"]["next"] = f"https://graph.facebook.com/next?after={start + len(chosen)}"
        return answer

    def list_messages(self, node: Node, params: dict[str, str], files: object) -> dict[str, Any]:
        found = self._thread_messages(node.fields["id"])
        return self._paged(found, params, 25)

    def send_message(self, node: Node, params: dict[str, str], files: object) -> dict[str, Any]:
        """The Send API: a text message to a person who wrote to the Page (messaging_type RESPONSE, within 24 hours
        of their last message)."""
        recipient, content = _json(params.get("recipient", "")), _json(params.get("message", ""))
        if not isinstance(recipient, dict) or not recipient.get("id"):
            raise bad_param("Param recipient must be an object with an id")
        if not isinstance(content, dict) or not isinstance(content.get("text"), str) or not content["text"]:
            raise bad_param("Param message must be an object with a text")
        if len(content["text"]) > MAX_MESSENGER_TEXT:
            raise bad_param(f"Length of param message[text] must be less than or equal to {MAX_MESSENGER_TEXT}")
        if "messaging_type" not in params:
            raise bad_param("Param messaging_type is required")
        psid = str(recipient["id"])
        theirs = [f for f in self.messages_with(psid) if (f.get("from") or {}).get("id") == psid]
        if not theirs:
            raise GraphFailure(400, 100, "(#100) No matching user found", subcode=2018001)
        last = _parse_time(theirs[-1]["created_time"])
        if params["messaging_type"] == "RESPONSE" and last is not None and (
                datetime.now(UTC) - last).total_seconds() > MESSENGER_WINDOW_SECONDS:
            raise GraphFailure(400, 10, "(#10) This message is sent outside of allowed window.", subcode=2018278)
        page = {"id": self.page_id, "name": self.nodes[self.page_id].fields["name"]}
        message_id = self._add_message(psid, page, content["text"], None)
        return {"recipient_id": psid, "message_id": message_id}

    def _add_message(self, psid: str, sender: dict[str, str], text: str, created: datetime | None) -> str:
        thread_id = f"t_{psid}"
        when = _graph_time(created)
        thread = self.nodes.get(thread_id)
        if thread is None:
            thread = self._store("UnifiedThread", {"id": thread_id, "updated_time": when, "can_reply": True,
                                                   "participants": {"data": [{"id": psid}, {"id": self.page_id}]}},
                                 parent=self.page_id)
        thread.fields["updated_time"] = max(thread.fields["updated_time"], when)
        message_id = f"m_{next(self._ids)}"
        to = self.page_id if sender["id"] == psid else psid
        self._store("UnifiedMessage", {"id": message_id, "created_time": when, "from": sender, "message": text,
                                       "to": {"data": [{"id": to}]}}, parent=thread_id)
        return message_id

    def _thread_messages(self, thread_id: str) -> list[dict[str, Any]]:
        """Newest first, as Graph lists a conversation's messages."""
        return sorted((n.fields for n in self.nodes.values() if n.kind == "UnifiedMessage" and n.parent == thread_id),
                      key=lambda f: (f["created_time"], int(f["id"][2:])), reverse=True)

    def _thread_fields(self, node: Node, requested: str) -> dict[str, Any]:
        found: dict[str, Any] = {"id": node.fields["id"]}
        for name, inner in _expansions(requested):
            if inner is not None:  # messages{...}: the latest messages, Graph's default page of them
                found[name] = {"data": [_select(f, inner) for f in self._thread_messages(node.fields["id"])[:25]]}
            elif name in node.fields:
                found[name] = node.fields[name]
        return found

    def _under_page_post(self, node: Node) -> bool:
        parent = self.nodes.get(node.parent or "")
        while parent is not None and parent.kind == "Comment":
            parent = self.nodes.get(parent.parent or "")
        return parent is not None and parent.kind == "PagePost" and parent.parent == self.page_id

    # --- storage -------------------------------------------------------------------------------------

    def _store(self, kind: str, fields: dict[str, Any], **extra: Any) -> Node:
        unknown = set(fields) - set(self.spec.fields(kind))
        assert not unknown, f"the fake stores fields {unknown} that {kind}.json does not define"
        node = Node(kind, fields, **extra)
        self.nodes[str(fields["id"])] = node
        return node

    def _new_post(self, message: str, photos: list[Node], link: str | None = None, status_type: str = "") -> str:
        post_id = f"{self.page_id}_{next(self._ids)}"
        fields: dict[str, Any] = {"id": post_id, "created_time": _graph_time(), "is_published": True,
                                  "from": {"id": self.page_id, "name": self.nodes[self.page_id].fields["name"]},
                                  "permalink_url": f"https://www.facebook.com/{self.page_id}/posts/{post_id[-6:]}",
                                  "status_type": status_type or ("added_photos" if photos else "mobile_status_update")}
        if message:
            fields["message"] = message
        if photos:
            fields["full_picture"] = f"https://scontent.example/{photos[0].fields['id']}.jpg"
        if link:
            fields["properties"] = [{"name": "link", "text": link}]
        self._store("PagePost", fields, parent=self.page_id)
        for photo in photos:
            photo.parent, photo.published = post_id, True
            photo.fields["page_story_id"] = post_id
        return post_id

    def _unpublished_photo(self, item: Any) -> Node:
        photo_id = str(item.get("media_fbid")) if isinstance(item, dict) else ""
        photo = self.nodes.get(photo_id)
        if photo is None or photo.kind != "Photo" or photo.published:
            raise bad_param(f"attached_media: {photo_id or item!r} is not an unpublished photo of this Page")
        return photo

    def _add_comment(self, on: str, author: dict[str, str], message: str, created: datetime | None) -> str:
        target = self.nodes[on]
        comment_id = f"{on.split('_')[-1]}_{next(self._ids)}"
        fields: dict[str, Any] = {"id": comment_id, "message": message, "from": author,
                                  "created_time": _graph_time(created), "can_comment": True}
        if target.kind == "Comment":
            fields["parent"] = {"id": on}
        self._store("Comment", fields, parent=on)
        return comment_id

    def _page_posts(self) -> list[Node]:
        posts = [n for n in self.nodes.values() if n.kind == "PagePost" and n.parent == self.page_id]
        # Newest first; the id breaks ties between posts made in the same second.
        return sorted(posts, key=lambda n: (n.fields["created_time"], int(n.fields["id"].split("_")[1])),
                      reverse=True)

    def _comments_under(self, object_id: str, deep: bool) -> list[Node]:
        direct = [n for n in self.nodes.values() if n.kind == "Comment" and n.parent == object_id]
        if not deep:
            return direct
        return direct + [c for d in direct for c in self._comments_under(d.fields["id"], deep=True)]

    def _paged(self, items: list[dict[str, Any]], params: dict[str, str], limit: int) -> dict[str, Any]:
        start = int(params.get("after", "0") or 0)
        chosen = items[start:start + limit]
        fields = params.get("fields", "id")
        answer: dict[str, Any] = {"data": [_select(item, fields) for item in chosen]}
        if chosen:
            answer["paging"] = {"cursors": {"before": str(start), "after": str(start + len(chosen))}}
            if start + len(chosen) < len(items):
                answer["paging"]["next"] = f"https://graph.facebook.com/next?after={start + len(chosen)}"
        return answer


def _select(fields: dict[str, Any], requested: str) -> dict[str, Any]:
    """Only the requested fields, always with the id; Graph leaves out fields that have no value."""
    names = ["id", *filter(None, requested.split(","))]
    return {name: fields[name] for name in names if name in fields}


def _expansions(requested: str) -> list[tuple[str, str | None]]:
    """Split a `fields` value at its top-level commas: ("name", None), or ("edge", "inner fields") for edge{...}."""
    found: list[tuple[str, str | None]] = []
    depth, start = 0, 0
    for index, char in enumerate(requested + ","):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == "," and depth == 0:
            part = requested[start:index].strip()
            start = index + 1
            if part:
                name, brace, inner = part.partition("{")
                found.append((name, inner.removesuffix("}") if brace else None))
    return found


def _graph_time(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def _parse_time(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _json(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return None


def _handler_for(fake: FakeGraph) -> Callable[..., BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._serve("GET")

        def do_POST(self) -> None:
            self._serve("POST")

        def do_DELETE(self) -> None:
            self._serve("DELETE")

        def _serve(self, method: str) -> None:
            url = urlsplit(self.path)
            params = dict(parse_qsl(url.query, keep_blank_values=True))
            files: dict[str, UploadedFile] = {}
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            content_type = self.headers.get("Content-Type", "")
            if content_type.startswith("application/x-www-form-urlencoded"):
                params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
            elif content_type.startswith("multipart/form-data"):
                form, files = _parse_multipart(content_type, body)
                params.update(form)
            authorization = self.headers.get("Authorization", "")
            if authorization.startswith(("Bearer ", "OAuth ")):
                params.setdefault("access_token", authorization.split(" ", 1)[1])
            time.sleep(fake.take_stall())
            status, answer, headers = fake.handle(method, url.path, params, files)
            payload = json.dumps(answer).encode()
            # A client that gave up (a timeout test) is not there to hear the answer.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._reply(status, payload, headers)

        def _reply(self, status: int, payload: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(payload)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep pytest's output for failures

    return Handler


def _parse_multipart(content_type: str, body: bytes) -> tuple[dict[str, str], dict[str, UploadedFile]]:
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    form: dict[str, str] = {}
    files: dict[str, UploadedFile] = {}
    for part in message.walk():
        if part.is_multipart():
            continue
        name = str(part.get_param("name", header="content-disposition"))
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is None:
            form[name] = content.decode("utf-8")
        else:
            files[name] = (filename, part.get_content_type(), content)
    return form, files
