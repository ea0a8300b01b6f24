"""A fake Telegram Bot API server for the connector tests: one bot, one channel and its discussion group.

It serves the methods the connector uses (getMe, getChatMember, sendMessage, sendPhoto, sendVideo,
sendMediaGroup, sendPoll, stopPoll, deleteMessage, deleteMessages, getUpdates) with the Bot API's answers and error
texts, records every message so tests can read them back, and forwards each channel post into the discussion group
as Telegram does, so comments can be added the way people write them. Stdlib only (http.server on 127.0.0.1).
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import itertools
import json
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from local_fake import LocalFake

# The Bot API's limits (version 10.0), written down here rather than taken from python-telegram-bot,
# so the fake checks the connector instead of agreeing with it.
MAX_TEXT, MAX_CAPTION, MAX_QUESTION, MAX_OPTION = 4096, 1024, 300, 100
MIN_OPTIONS, MAX_OPTIONS = 1, 12
MIN_ALBUM, MAX_ALBUM = 2, 10  # sendMediaGroup: "must include 2-10 items"
MAX_VIDEO_BYTES = 50 * 2**20  # sendVideo: "Bots can currently send video files of up to 50 MB in size"
MAX_DELETED = 100  # deleteMessages: "A JSON-serialized list of 1-100 identifiers of messages to delete"

UploadedFile = tuple[str, str, bytes]  # file name, content type, bytes


class BotApiError(Exception):
    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters

    def body(self) -> dict[str, Any]:
        answer: dict[str, Any] = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            answer["parameters"] = self.parameters
        return answer


def bad_request(description: str) -> BotApiError:
    return BotApiError(400, f"Bad Request: {description}")


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class FakeBotApi(LocalFake):
    token = "123456:TEST-token_for-cocktailparty"

    def __init__(self) -> None:
        super().__init__()
        self.bot: dict[str, Any] = {"id": 123456, "is_bot": True, "first_name": "CocktailParty",
                                    "username": "cocktail_party_bot"}
        self.channel: dict[str, Any] = {"id": -1001234567890, "type": "channel", "title": "مقهى دبي",
                                        "username": "dubaicoffee"}
        self.discussion: dict[str, Any] = {"id": -1009876543210, "type": "supergroup", "title": "مقهى دبي — نقاش"}
        self.reset()

    def reset(self) -> None:
        """A channel with no posts, a bot that may post, no updates and nothing injected (between tests)."""
        self.chats = {chat["id"]: chat for chat in (self.channel, self.discussion)}
        self.messages: dict[int, list[dict[str, Any]]] = {chat_id: [] for chat_id in self.chats}
        self.uploads: dict[str, bytes] = {}  # file_id -> the bytes the bot sent
        self.updates: list[dict[str, Any]] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.bot_status, self.bot_can_post = "administrator", True
        self.undeletable: set[int] = set()  # channel message ids Telegram would refuse to delete
        self._forwards: dict[int, int] = {}  # channel message id -> its automatic forward in the discussion
        self._message_ids = {chat_id: itertools.count(1) for chat_id in self.chats}
        self._update_ids = itertools.count(1000)
        self._people = itertools.count(5000)
        self.clear_injected()

    # --- lifecycle -----------------------------------------------------------------------------------

    def handler(self) -> type[BaseHTTPRequestHandler]:
        return _handler_for(self)

    # --- what tests arrange and read -----------------------------------------------------------------

    def channel_posts(self) -> list[dict[str, Any]]:
        return self.messages[self.channel["id"]]

    def add_comment(self, post_id: int, author: str, text: str, date: int | None = None,
                    reply_to: int | None = None) -> int:
        """Someone comments on a channel post (or, with `reply_to`, answers a comment) in the discussion group."""
        with self._lock:
            answered = self._find(self.discussion["id"], reply_to or self._forwards[post_id])
            person = {"id": next(self._people), "is_bot": False, "first_name": author}
            message = self._record(self.discussion["id"], {"from": person, "text": text,
                                                           "reply_to_message": answered}, date)
            self.updates.append({"update_id": next(self._update_ids), "message": message})
            return int(message["message_id"])

    # --- request handling ----------------------------------------------------------------------------

    def handle(self, token: str, method: str, params: dict[str, Any],
               files: dict[str, UploadedFile]) -> tuple[int, dict[str, Any], dict[str, str]]:
        with self._lock:
            self.calls.append((method, dict(params)))
            if self._injected:
                injected = self._injected.pop(0)
                return injected.status, injected.body, injected.headers
            try:
                if token != self.token:
                    raise BotApiError(401, "Unauthorized")
                handler = getattr(self, f"api_{method}", None)
                if handler is None:
                    raise BotApiError(404, "Not Found")
                return 200, {"ok": True, "result": handler(params, files)}, {}
            except BotApiError as error:
                return error.status, error.body(), {}

    def api_getMe(self, params: dict[str, Any], files: object) -> dict[str, Any]:
        return dict(self.bot)

    def api_getChatMember(self, params: dict[str, Any], files: object) -> dict[str, Any]:
        chat = self._chat(params)
        if int(params["user_id"]) != self.bot["id"] or chat["id"] != self.channel["id"]:
            raise bad_request("user not found")
        if self.bot_status != "administrator":
            return {"status": self.bot_status, "user": self.bot}
        rights = dict.fromkeys(("can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
                                "can_manage_video_chats", "can_restrict_members", "can_promote_members",
                                "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories",
                                "can_delete_stories"), False)
        return {"status": "administrator", "user": self.bot, **rights, "can_post_messages": self.bot_can_post}

    def api_sendMessage(self, params: dict[str, Any], files: object) -> dict[str, Any]:
        chat = self._writable_chat(params)
        text = str(params.get("text", ""))
        if not text.strip():
            raise bad_request("message text is empty")
        if utf16_length(text) > MAX_TEXT:
            raise bad_request("message is too long")
        return self._send(chat, {"text": text}, params)

    def api_sendPhoto(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> dict[str, Any]:
        chat = self._writable_chat(params)
        caption = str(params.get("caption", ""))
        if utf16_length(caption) > MAX_CAPTION:
            raise bad_request("message caption is too long")
        upload = files.get(str(params.get("photo", "")).removeprefix("attach://")) or files.get("photo")
        if upload is None:
            raise bad_request("wrong file identifier/HTTP URL specified")
        file_id = f"AgAC-{len(self.uploads) + 1}"
        self.uploads[file_id] = upload[2]
        photo = [{"file_id": file_id, "file_unique_id": f"u{file_id}", "width": 2, "height": 2,
                  "file_size": len(upload[2])}]
        content: dict[str, Any] = {"photo": photo}
        if caption:
            content["caption"] = caption
        return self._send(chat, content, params)

    def api_sendVideo(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> dict[str, Any]:
        """A video uploaded with the request (multipart): at most 50 MB for a bot; the answer's Video carries its
        width, height and duration, which Telegram reads from the file (here: the sender's, or 0)."""
        chat = self._writable_chat(params)
        caption = str(params.get("caption", ""))
        if utf16_length(caption) > MAX_CAPTION:
            raise bad_request("message caption is too long")
        upload = files.get(str(params.get("video", "")).removeprefix("attach://")) or files.get("video")
        if upload is None:
            raise bad_request("wrong file identifier/HTTP URL specified")
        if len(upload[2]) > MAX_VIDEO_BYTES:
            raise BotApiError(413, "Request Entity Too Large")
        file_id = f"BAAC-{len(self.uploads) + 1}"
        self.uploads[file_id] = upload[2]
        video = {"file_id": file_id, "file_unique_id": f"u{file_id}", "width": int(params.get("width", 0)),
                 "height": int(params.get("height", 0)), "duration": int(params.get("duration", 0)),
                 "file_name": upload[0], "mime_type": upload[1], "file_size": len(upload[2]),
                 "supports_streaming": params.get("supports_streaming") == "true"}
        content: dict[str, Any] = {"video": video}
        if caption:
            content["caption"] = caption
        return self._send(chat, content, params)

    def api_sendMediaGroup(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> list[dict[str, Any]]:
        """An album: 2 to 10 InputMedia, each sent as a message of its own with the album's media_group_id; each
        photo's caption is checked on its own (0-1024 characters), as the Bot API states."""
        chat = self._writable_chat(params)
        items = _json(params.get("media", "[]"))
        if not isinstance(items, list) or not MIN_ALBUM <= len(items) <= MAX_ALBUM:
            raise bad_request("wrong number of media files specified: must include 2-10 items")
        contents = []
        for item in items:
            if not isinstance(item, dict) or item.get("type") != "photo":
                raise bad_request("wrong media type in the album: this fake takes photos only")
            caption = str(item.get("caption", "") or "")
            if utf16_length(caption) > MAX_CAPTION:
                raise bad_request("message caption is too long")
            upload = files.get(str(item.get("media", "")).removeprefix("attach://"))
            if upload is None:
                raise bad_request("wrong file identifier/HTTP URL specified")
            contents.append((caption, upload))
        group = f"album-{len(self.messages[chat['id']]) + 1}"
        sent = []
        for caption, upload in contents:
            file_id = f"AgAC-{len(self.uploads) + 1}"
            self.uploads[file_id] = upload[2]
            content: dict[str, Any] = {"media_group_id": group, "photo": [
                {"file_id": file_id, "file_unique_id": f"u{file_id}", "width": 2, "height": 2,
                 "file_size": len(upload[2])}]}
            if caption:
                content["caption"] = caption
            sent.append(self._send(chat, content, params))
        return sent

    def api_sendPoll(self, params: dict[str, Any], files: object) -> dict[str, Any]:
        chat = self._writable_chat(params)
        question = str(params.get("question", ""))
        options = [o["text"] if isinstance(o, dict) else str(o) for o in _json(params.get("options", "[]"))]
        if not question or utf16_length(question) > MAX_QUESTION:
            raise bad_request("poll question length must not exceed 300")
        if not MIN_OPTIONS <= len(options) <= MAX_OPTIONS:
            raise bad_request(f"poll must have {MIN_OPTIONS}-{MAX_OPTIONS} options")
        if any(not option or utf16_length(option) > MAX_OPTION for option in options):
            raise bad_request("poll options length must not exceed 100")
        poll = {"id": f"poll-{len(self.messages[chat['id']]) + 1}", "question": question,
                "options": [{"text": option, "voter_count": 0, "persistent_id": f"o{n}"}
                            for n, option in enumerate(options)],
                "total_voter_count": 0, "is_closed": False, "type": "regular", "allows_multiple_answers": False,
                "is_anonymous": params.get("is_anonymous", "true") != "false", "allows_revoting": False,
                "members_only": False}
        if "open_period" in params:
            poll["open_period"] = int(params["open_period"])
        return self._send(chat, {"poll": poll}, params)

    def api_stopPoll(self, params: dict[str, Any], files: object) -> dict[str, Any]:
        chat = self._writable_chat(params)
        message = next((m for m in self.messages[chat["id"]] if m["message_id"] == int(params["message_id"])), None)
        if message is None:
            raise bad_request("message to stop poll not found")
        if "poll" not in message:
            raise bad_request("message with poll to stop not found")
        if message["poll"]["is_closed"]:
            raise bad_request("poll has already been closed")
        message["poll"]["is_closed"] = True
        return dict(message["poll"])

    def vote(self, message_id: int, option: int, voters: int = 1) -> None:
        """People in the channel vote for `option` (counted from 0) of the poll in `message_id`."""
        poll = next(m for m in self.messages[self.channel["id"]] if m["message_id"] == message_id)["poll"]
        poll["options"][option]["voter_count"] += voters
        poll["total_voter_count"] += voters

    def api_deleteMessage(self, params: dict[str, Any], files: object) -> bool:
        chat = self._writable_chat(params)
        message_id = int(params["message_id"])
        if chat["id"] == self.channel["id"] and message_id in self.undeletable:
            raise bad_request("message can't be deleted")
        kept = [m for m in self.messages[chat["id"]] if m["message_id"] != message_id]
        if len(kept) == len(self.messages[chat["id"]]):
            raise bad_request("message to delete not found")
        self.messages[chat["id"]] = kept
        return True

    def api_deleteMessages(self, params: dict[str, Any], files: object) -> bool:
        """Several messages at once (1-100 ids, as the Bot API states); those that cannot be found are skipped. One
        that may not be deleted refuses the whole call, with deleteMessage's words."""
        chat = self._writable_chat(params)
        message_ids = _json(params.get("message_ids", "[]"))
        if not isinstance(message_ids, list) or not 1 <= len(message_ids) <= MAX_DELETED:
            raise bad_request("message identifiers list must be non-empty and contain at most 100 identifiers")
        wanted = {int(message_id) for message_id in message_ids}
        if chat["id"] == self.channel["id"] and wanted & self.undeletable:
            raise bad_request("message can't be deleted")
        self.messages[chat["id"]] = [m for m in self.messages[chat["id"]] if m["message_id"] not in wanted]
        return True

    def api_getUpdates(self, params: dict[str, Any], files: object) -> list[dict[str, Any]]:
        offset = int(params.get("offset", 0))
        if offset:  # confirms (forgets) every update before the offset, as Telegram does
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        allowed = _json(params.get("allowed_updates", "[]")) or ["message", "channel_post"]
        wanted = [u for u in self.updates if any(kind in u for kind in allowed)]
        return wanted[:int(params.get("limit", 100))]

    # --- state ---------------------------------------------------------------------------------------

    def _chat(self, params: dict[str, Any]) -> dict[str, Any]:
        wanted = str(params.get("chat_id", ""))
        for chat in self.chats.values():
            if wanted in (str(chat["id"]), f"@{chat.get('username')}"):
                return chat
        raise bad_request("chat not found")

    def _writable_chat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        if chat["id"] == self.channel["id"]:
            if self.bot_status in ("left", "kicked"):
                raise BotApiError(403, "Forbidden: bot is not a member of the channel chat")
            if self.bot_status != "administrator" or not self.bot_can_post:
                raise bad_request("need administrator rights in the channel chat")
        return chat

    def _send(self, chat: dict[str, Any], content: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
        reply = _json(params["reply_parameters"]) if "reply_parameters" in params else None
        if reply:
            content["reply_to_message"] = self._find(chat["id"], int(reply["message_id"]))
        if chat["type"] == "channel":
            content["sender_chat"] = chat
        else:
            content["from"] = self.bot
        message = self._record(chat["id"], content)
        if chat["id"] == self.channel["id"]:
            self._forward_to_discussion(message)
        return message

    def _forward_to_discussion(self, post: dict[str, Any]) -> None:
        """Telegram copies each channel post into the linked discussion group; comments reply to that copy.
        Bots are not sent their own posts, so this makes no update."""
        origin = {"type": "channel", "chat": self.channel, "message_id": post["message_id"], "date": post["date"]}
        content = {key: value for key, value in post.items()
                   if key in ("text", "caption", "photo", "video", "poll", "media_group_id")}
        copy = self._record(self.discussion["id"], {**content, "sender_chat": self.channel,
                                                    "is_automatic_forward": True, "forward_origin": origin})
        self._forwards[post["message_id"]] = copy["message_id"]

    def _record(self, chat_id: int, content: dict[str, Any], date: int | None = None) -> dict[str, Any]:
        message = {"message_id": next(self._message_ids[chat_id]), "date": date or int(time.time()),
                   "chat": self.chats[chat_id], **content}
        self.messages[chat_id].append(message)
        return message

    def _find(self, chat_id: int, message_id: int) -> dict[str, Any]:
        for message in self.messages[chat_id]:
            if message["message_id"] == message_id:
                # Telegram nests only one level of replies.
                return {key: value for key, value in message.items() if key != "reply_to_message"}
        raise bad_request("message to be replied not found")


def _json(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _handler_for(fake: FakeBotApi) -> Callable[..., BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._serve()

        def do_POST(self) -> None:
            self._serve()

        def _serve(self) -> None:
            url = urlsplit(self.path)
            _, _, rest = url.path.partition("/bot")
            token, _, method = rest.partition("/")
            params: dict[str, Any] = dict(parse_qsl(url.query, keep_blank_values=True))
            files: dict[str, UploadedFile] = {}
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            content_type = self.headers.get("Content-Type", "")
            if content_type.startswith("application/x-www-form-urlencoded"):
                params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
            elif content_type.startswith("application/json") and body:
                params.update(json.loads(body))
            elif content_type.startswith("multipart/form-data"):
                form, files = _parse_multipart(content_type, body)
                params.update(form)
            time.sleep(fake.take_stall())
            status, answer, headers = fake.handle(token, method, params, files)
            payload = json.dumps(answer).encode()
            # A client that gave up (a timeout test) is not there to hear the answer.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._reply(status, payload, headers)

        def _reply(self, status: int, payload: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            pass

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
