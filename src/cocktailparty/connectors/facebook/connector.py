"""Publishes to one Facebook Page with a Page access token: posts, photos, replies, comments and mentions, and the
Page's Messenger conversations (read through the Conversations API, answered through the Send API)."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from cocktailparty.connectors.base import (
    AuthError,
    ChannelConfig,
    Comment,
    Media,
    OutgoingPost,
    PollResult,
    Published,
    RejectedError,
    TransientError,
)
from cocktailparty.connectors.boundary import typed_errors
from cocktailparty.connectors.facebook.graph import (
    DEFAULT_BASE_URL,
    MISSING_OBJECT_SUBCODE,
    NETWORK,
    GraphClient,
    GraphError,
    Params,
)
from cocktailparty.connectors.facebook.limits import LIMITS
from cocktailparty.connectors.registry import register_connector
from cocktailparty.errors import message

POST_FIELDS = "id,message,created_time,permalink_url,status_type"
# A Page post that shows a video uploaded with POST /{page-id}/videos (Graph's PagePost `status_type`).
VIDEO_POST = "added_video"
COMMENT_FIELDS = "id,message,from,created_time,parent"
MESSAGE_FIELDS = "id,message,from,created_time"
# A conversation with its latest messages, in one call per page of conversations (Graph's field expansion).
CONVERSATION_FIELDS = f"id,updated_time,messages{{{MESSAGE_FIELDS}}}"
MESSENGER = "MESSENGER"  # the `platform` of Page conversations, as Meta's spec spells the enum
# A Messenger message in the inbox is "messenger:<the person's page-scoped id>:<message id>": the reply needs the
# person (the Send API's recipient), and message ids may hold colons of their own (the older "mid.123:abc").
MESSENGER_PREFIX = "messenger:"
MESSENGER_MAX_CHARS = 2000  # the Send API's limit on message.text
log = logging.getLogger(__name__)
FIRST_URL = re.compile(r"https?://\S+")
MAX_PAGES = 10  # how far back find_published pages through the feed (100 posts a page)


@typed_errors
class FacebookConnector:
    """One Facebook Page. ChannelConfig: `token` is the Page access token, `extra["page_id"]` (or `handle`)
    the Page id; without either, the Page is the one the token belongs to (GET /me)."""

    network = NETWORK
    limits = LIMITS
    base_url_keeps_path = True  # Graph's version is the base address's path (/v21.0)

    def __init__(self, config: ChannelConfig) -> None:
        if not config.token:
            raise AuthError(NETWORK, "connector.no_token",
                            "the channel has no Page access token: connect the Page again")
        self._graph = GraphClient(config.token, config.base_url or DEFAULT_BASE_URL)
        self._page_id = config.extra.get("page_id") or config.handle or None
        # How many recent posts fetch_comments reads comments from.
        self._comment_posts = int(config.extra.get("comment_posts", "25"))

    def close(self) -> None:
        self._graph.close()

    def verify(self) -> str:
        """The token is this Page's own token (with a Page token, /me is the Page); returns its @username."""
        me = self._graph.get("/me", {"fields": "id,name"})
        if self._page_id and str(me.get("id")) != self._page_id:
            raise AuthError(NETWORK, "connector.wrong_page",
                            "the token belongs to %(value)s, not to Page %(page_id)s: reconnect the channel and "
                            "choose the Page", value=me.get("name") or me.get("id"), page_id=self._page_id)
        self._page_id = str(me["id"])
        page = self._graph.get(f"/{self._page_id}", {"fields": "username,name"})
        return str(page.get("username") or page.get("name") or self._page_id)

    def publish(self, post: OutgoingPost) -> Published:
        problems = self.limits.problems(post)
        problems.extend(message("%(path)s does not exist", path=str(media.path)) for media in post.media
                        if not media.path.is_file())
        if post.reply_to and post.media:
            problems.append(message("a reply to a comment cannot carry photos on Facebook"))
        messenger = _messenger_target(post.reply_to)
        if messenger is not None and len(post.text) > MESSENGER_MAX_CHARS:
            problems.append(message("a Messenger reply may have at most %(limit)s characters; this one has "
                                    "%(length)s", limit=MESSENGER_MAX_CHARS, length=len(post.text)))
        if problems:
            raise RejectedError(NETWORK, "connector.over_limits", "the post cannot go out as it is: %(problems)s",
                                problems=problems)
        if messenger is not None:
            # The Send API, as an answer to the person's message (RESPONSE: within Messenger's 24-hour window).
            sent = self._graph.post(f"/{self._page()}/messages", {
                "recipient": json.dumps({"id": messenger}), "messaging_type": "RESPONSE",
                "message": json.dumps({"text": post.text}, ensure_ascii=False)})
            if "message_id" not in sent:
                raise TransientError(NETWORK, "connector.answer_incomplete", "Facebook's answer carried no id")
            return Published(str(sent["message_id"]), None, _now())
        if post.reply_to:
            answer = self._graph.post(f"/{post.reply_to}/comments", {"message": post.text})
            return Published(_id_of(answer), None, _now())

        if post.media and self.limits.is_video(post.media[0]):
            # A video is a post of its own (POST /{page-id}/videos, the text its description); Graph answers with the
            # video's id, which deletes it with its post. A retry that finds it knows it by its post's id instead.
            video_id = self._upload_video(post.media[0], post.text)
            return Published(video_id, f"https://www.facebook.com/{self._page()}/videos/{video_id}", _now())
        data: Params = {"message": post.text}
        if post.media:
            # Photos go up unpublished first, then one feed post attaches them all: one post, one id.
            photo_ids = [self._upload_photo(media.path.name, media.path.read_bytes(), media.mime_type, media.alt_text)
                         for media in post.media]
            data["attached_media"] = json.dumps([{"media_fbid": photo_id} for photo_id in photo_ids])
        elif link := FIRST_URL.search(post.text):
            data["link"] = link.group(0)  # the first link gets Facebook's preview card
        post_id = _id_of(self._graph.post(f"/{self._page()}/feed", data))
        return Published(post_id, _permalink(post_id), _now())

    def find_published(self, post: OutgoingPost, since: datetime) -> Published | None:
        """The Page's post (or reply) with exactly this text, published since `since`.

        Graph has no idempotency key and no field that could carry our key, so the text decides. The
        publisher passes the time of its first attempt as `since`, so an older post with the same words is
        not taken for this one (Facebook itself refuses an identical consecutive post: error 506)."""
        wanted, since = post.text.strip(), _aware(since)
        messenger = _messenger_target(post.reply_to)
        if messenger is not None:
            for found in self._messages(since, user_id=messenger):
                sender = found.get("from") or {}
                if sender.get("id") == self._page() and (found.get("message") or "").strip() == wanted:
                    return Published(str(found["id"]), None, _parse_time(found["created_time"]))
            return None
        if post.reply_to:
            for comment in self._comments(post.reply_to, since, "reverse_chronological"):
                sender = comment.get("from") or {}
                if sender.get("id") == self._page() and (comment.get("message") or "").strip() == wanted:
                    return Published(str(comment["id"]), None, _parse_time(comment["created_time"]))
            return None
        for found in self._recent_posts(since, POST_FIELDS):
            if (found.get("message") or "").strip() == wanted:
                url = found.get("permalink_url") or _permalink(str(found["id"]))
                return Published(self._our_id(found), url, _parse_time(found["created_time"]))
        return None

    def fetch_poll(self, remote_id: str) -> PollResult | None:
        return None  # a Page's posts carry no polls through the Graph API

    def delete(self, remote_id: str) -> None:
        try:
            self._graph.delete(f"/{remote_id}")
        except GraphError as exc:
            if exc.subcode != MISSING_OBJECT_SUBCODE:
                raise
            # Already gone: a retried delete must not fail the job that asked for it.

    def like(self, remote_id: str) -> None:
        """Like the comment as the Page (POST /{comment-id}/likes)."""
        self._graph.post(f"/{remote_id}/likes", {})

    def hide(self, remote_id: str, hidden: bool = True) -> None:
        """Hide a comment on the Page's post, or show it again (POST /{comment-id} is_hidden)."""
        self._graph.post(f"/{remote_id}", {"is_hidden": "true" if hidden else "false"})

    def delete_comment(self, remote_id: str) -> None:
        """Delete someone's comment on the Page's post (DELETE /{comment-id}); one already gone is not an error."""
        self.delete(remote_id)

    def fetch_comments(self, since: datetime | None = None) -> list[Comment]:
        """Comments and replies on the Page's recent posts, posts that tag the Page, and the messages people sent
        the Page on Messenger (kind "message"), oldest first. The Page's own replies and messages are left out:
        they are our side of the conversation. A token without the Messenger permission (pages_messaging) still
        reads the comments: its messages are left out, and the fact logged."""
        page_id, since = self._page(), _aware(since) if since else None
        found: list[Comment] = []
        recent = self._graph.get(f"/{page_id}/published_posts", {"fields": "id,status_type",
                                                                 "limit": str(self._comment_posts)})
        for page_post in recent.get("data", []):
            ours = None  # the post's id on our side, read only when it has comments (a video post costs a request)
            for comment in self._comments(str(page_post["id"]), since, "chronological"):
                sender = comment.get("from") or {}
                if sender.get("id") == page_id:
                    continue
                parent = comment.get("parent") or {}
                ours = ours or self._our_id(page_post)
                found.append(_comment(comment, in_reply_to=str(parent.get("id") or ours)))
        for mention in self._paged(f"/{page_id}/tagged", {"fields": "id,message,from,created_time"}):
            if since is None or _parse_time(mention["created_time"]) >= since:
                found.append(_comment(mention, in_reply_to=None))
        try:
            for said in self._messages(since):
                sender = said.get("from") or {}
                if sender.get("id") and sender.get("id") != page_id:
                    found.append(replace(_comment(said, in_reply_to=None), kind="message",
                                         remote_id=f"{MESSENGER_PREFIX}{sender['id']}:{said['id']}"))
        except AuthError as error:
            if error.code != "connector.permission_missing":
                raise
            log.warning("Facebook Page %s: no Messenger permission, its messages are not read (%s)", page_id,
                        error.detail)
        return sorted(found, key=lambda comment: comment.created_at)

    # --- helpers -------------------------------------------------------------------------------------

    def _page(self) -> str:
        if self._page_id is None:
            self.verify()
        assert self._page_id is not None
        return self._page_id

    def _upload_photo(self, name: str, content: bytes, mime_type: str, alt_text: str) -> str:
        data: Params = {"published": "false"}
        if alt_text:
            data["alt_text_custom"] = alt_text
        return _id_of(self._graph.post(f"/{self._page()}/photos", data, files={"source": (name, content, mime_type)}))

    def _upload_video(self, media: Media, description: str) -> str:
        """The video sent as the request's `source` (the non-resumable upload, under 1 GB), read from its file as
        the request goes out."""
        with media.path.open("rb") as handle:
            return _id_of(self._graph.post(f"/{self._page()}/videos", {"description": description},
                                           files={"source": (media.path.name, handle, media.mime_type)}))

    def _our_id(self, page_post: dict[str, Any]) -> str:
        """The id a Page post is known by on our side: publishing a video answers with the video's id, not its post's,
        so a video post is known by the video its attachment targets (Graph's StoryAttachment: `media_type` video,
        `target` naming the video by id); any other post by its own id. Comments read from the post and a retry that
        finds it then name the same post as the first attempt did."""
        post_id = str(page_post["id"])
        if page_post.get("status_type") != VIDEO_POST:
            return post_id
        attachments = self._graph.get(f"/{post_id}/attachments", {"fields": "media_type,target"})
        for attachment in attachments.get("data", []):
            target = attachment.get("target") or {}
            if attachment.get("media_type") == "video" and target.get("id"):
                return str(target["id"])
        return post_id

    def _recent_posts(self, since: datetime, fields: str) -> Iterator[dict[str, Any]]:
        """The Page's published posts, newest first, until one is older than `since`."""
        params = {"fields": fields, "limit": "100"}
        for found in self._paged(f"/{self._page()}/published_posts", params, max_pages=MAX_PAGES):
            if _parse_time(found["created_time"]) < since:
                return
            yield found

    def _comments(self, object_id: str, since: datetime | None, order: str) -> Iterator[dict[str, Any]]:
        # filter=stream flattens replies to comments into one list, each with its parent.
        params = {"fields": COMMENT_FIELDS, "filter": "stream", "order": order}
        if since is not None:
            params["since"] = str(int(since.timestamp()))
        yield from self._paged(f"/{object_id}/comments", params)

    def _messages(self, since: datetime | None, user_id: str | None = None) -> Iterator[dict[str, Any]]:
        """Messages of the Page's Messenger conversations (with one person when `user_id` is given) sent since
        `since`. Conversations come most recently active first and cannot be filtered by time, so the reading
        stops at the first one last active before `since`; each comes with its latest messages (Graph returns
        details of the 20 most recent messages of a conversation)."""
        params: Params = {"platform": MESSENGER, "fields": CONVERSATION_FIELDS}
        if user_id is not None:
            params["user_id"] = user_id
        for conversation in self._paged(f"/{self._page()}/conversations", params):
            if since is not None and _parse_time(conversation["updated_time"]) < since:
                return
            for said in (conversation.get("messages") or {}).get("data", []):
                if since is None or _parse_time(said["created_time"]) >= since:
                    yield said

    def _paged(self, path: str, params: Params, max_pages: int = MAX_PAGES) -> Iterator[dict[str, Any]]:
        """Follow Graph's cursor paging (paging.cursors.after while paging.next is present)."""
        params = dict(params)
        for _ in range(max_pages):
            answer = self._graph.get(path, params)
            yield from answer.get("data", [])
            paging = answer.get("paging") or {}
            after = (paging.get("cursors") or {}).get("after")
            if not paging.get("next") or not after:
                return
            params["after"] = after


def _comment(item: dict[str, Any], in_reply_to: str | None) -> Comment:
    sender = item.get("from") or {}
    # Graph leaves `from` out for people who have not allowed apps to see them.
    author = str(sender.get("name") or sender.get("id") or "someone on Facebook")
    return Comment(str(item["id"]), author, item.get("message") or "", _parse_time(item["created_time"]), in_reply_to)


def _messenger_target(reply_to: str | None) -> str | None:
    """The person (page-scoped id) a reply to a Messenger message goes to; None when it answers a post or a
    comment."""
    if not reply_to or not reply_to.startswith(MESSENGER_PREFIX):
        return None
    person, _, _message_id = reply_to.removeprefix(MESSENGER_PREFIX).partition(":")
    return person or None


def _id_of(answer: dict[str, Any]) -> str:
    if "id" not in answer:
        raise TransientError(NETWORK, "connector.answer_incomplete", "Facebook's answer carried no id")
    return str(answer["id"])


def _aware(moment: datetime) -> datetime:
    """Naive datetimes are taken as UTC, so they compare with Graph's times."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _permalink(post_id: str) -> str:
    page_id, _, story_id = post_id.partition("_")
    return f"https://www.facebook.com/{page_id}/posts/{story_id or page_id}"


def _parse_time(value: str) -> datetime:
    # Graph writes times as 2024-05-01T10:00:00+0000, which fromisoformat reads from Python 3.11 on.
    return datetime.fromisoformat(value)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


register_connector(NETWORK, FacebookConnector)
