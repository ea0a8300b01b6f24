"""The X connector: posts, finds, deletes and reads mentions through the X API v2 with plain httpx.

Requests follow the official OpenAPI description (shared/specs/x-api-v2) and authenticate with an OAuth 2.0
user-context bearer token (scopes tweet.read, tweet.write, users.read, media.write). X has no idempotency key,
so `find_published` recognises a post by its text among the account's own posts since a time.
"""

from __future__ import annotations

import base64
import html
import re
import time
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from cocktailparty.connectors.base import (
    AnswerNotUnderstood,
    AuthError,
    ChannelConfig,
    Comment,
    ConnectorError,
    Limits,
    Media,
    OutgoingPost,
    PollResult,
    Published,
    RateLimited,
    RejectedError,
    TransientError,
    unsupported,
)
from cocktailparty.connectors.boundary import no_answer_in_time, typed_errors, unreachable
from cocktailparty.connectors.registry import register_connector
from cocktailparty.connectors.retry_after import http_date, retry_after
from cocktailparty.connectors.x.limits import POST_ID, X_LIMITS
from cocktailparty.connectors.x.text_length import url_spans
from cocktailparty.errors import Message, message
from cocktailparty.outbound import GuardedTransport

NETWORK = "x"
DEFAULT_BASE_URL = "https://api.x.com"
PAGE_SIZE = 100
# A video goes up in segments (X takes up to 5 MB each, at most 1,000 of them; 3 MB is 4 MB once base64-encoded),
# and X then processes it: the post waits at most this long, checking no less often than X suggests.
VIDEO_SEGMENT_BYTES = 3 * 2**20
VIDEO_PROCESSING_WAIT = 300.0
VIDEO_CHECK_MAX_SECONDS = 10.0
MAX_PAGES = 8  # X serves at most the latest 800 mentions; 800 own posts is far more than a crash window holds

_TCO_LINK = re.compile(r"https?://t\.co/\w+")
_LEADING_MENTIONS = re.compile(r"^(?:@\w+\s+)+")
_LINK = "\ufffc"  # stands for any link when texts are compared: X shows ours as t.co links
# A 403 about the post itself (not about the token): retrying will not help, reconnecting neither.
_REFUSED_CONTENT = ("duplicate", "reply")


@dataclass(frozen=True, slots=True)
class _Account:
    id: str
    username: str


@dataclass(frozen=True, slots=True)
class _Post:
    """A post as X returned it, reduced to what the connector reads."""

    id: str
    text: str  # with &amp; &lt; &gt; decoded
    created_at: datetime | None
    author_id: str | None
    replied_to: str | None
    media_links: tuple[str, ...]  # the t.co links X appends to the text for attached media
    media_count: int
    has_poll: bool


@typed_errors
class XConnector:
    network = NETWORK
    limits: Limits = X_LIMITS

    def __init__(self, config: ChannelConfig, *, timeout: float = 30.0) -> None:
        self._token = config.token
        # Every call goes through the outbound guard, the default api.x.com as much as an address a user gave.
        self._client = httpx.Client(
            base_url=config.base_url or DEFAULT_BASE_URL, timeout=timeout, headers={"User-Agent": "CocktailParty"},
            transport=GuardedTransport(), trust_env=False,
        )
        # A channel that stored its X user id when it was connected saves a /2/users/me call per lookup.
        user_id = config.extra.get("user_id")
        self._account = _Account(user_id, config.handle or "") if user_id else None

    def close(self) -> None:
        self._client.close()

    def verify(self) -> str:
        return self._fetch_account().username

    def publish(self, post: OutgoingPost) -> Published:
        problems = self.limits.problems(post)
        if problems:
            raise RejectedError(NETWORK, "connector.over_limits", "the post cannot go out as it is: %(problems)s",
                                problems=problems)
        request: dict[str, Any] = {"text": post.text}
        if post.media:
            request["media"] = {"media_ids": [self._upload(media) for media in post.media]}
        if post.poll:
            request["poll"] = {"options": list(post.poll.options), "duration_minutes": post.poll.duration_minutes}
        if post.reply_to:
            request["reply"] = {"in_reply_to_tweet_id": post.reply_to}
        body = self._call("POST", "/2/tweets", json=request)
        created = body.get("data")
        if not isinstance(created, dict) or not isinstance(created.get("id"), str):
            raise _refusal(body, fallback=message("X answered without the new post's id"))
        return Published(created["id"], self._url(created["id"]), datetime.now(UTC))

    def find_published(self, post: OutgoingPost, since: datetime) -> Published | None:
        wanted = _comparable(_mask_links(post.text))
        params = {
            "exclude": "retweets",
            "post.fields": "created_at,entities,attachments",
            "expansions": "referenced_posts",
        }
        own_posts, _ = self._timeline("tweets", since, params)
        # The text decides; the media count, the poll and the post answered tell apart posts of equal text
        # (two photos without a caption, say).
        matches = [
            found
            for found in own_posts
            if _comparable(_mask_x_links(found.text, found.media_links)) == wanted
            and found.media_count == len(post.media)
            and found.has_poll == (post.poll is not None)
            and found.replied_to == post.reply_to
        ]
        if not matches:
            return None
        first = min(matches, key=_chronological)  # should X have taken it twice, the original counts
        return Published(first.id, self._url(first.id), first.created_at or datetime.now(UTC))

    def delete(self, remote_id: str) -> None:
        if not POST_ID.fullmatch(remote_id):
            raise RejectedError(NETWORK, "connector.bad_post_id", "%(remote_id)s is not the id of a post on X",
                                remote_id=repr(remote_id))
        body = self._call("DELETE", f"/2/tweets/{remote_id}", missing_ok=True)
        outcome = body.get("data")
        if not body or (isinstance(outcome, dict) and outcome.get("deleted") is True):
            return  # deleted now, or already gone: either way it is what was asked
        raise _refusal(body, fallback=message("X did not delete post %(remote_id)s", remote_id=remote_id))

    def fetch_poll(self, remote_id: str) -> PollResult | None:
        if not POST_ID.fullmatch(remote_id):
            raise RejectedError(NETWORK, "connector.bad_post_id", "%(remote_id)s is not the id of a post on X",
                                remote_id=repr(remote_id))
        body = self._call("GET", f"/2/tweets/{remote_id}", params={
            "expansions": "attachments.poll_ids", "poll.fields": "options,voting_status,end_datetime"})
        found = body.get("includes", {}).get("polls") if isinstance(body.get("includes"), dict) else None
        if not isinstance(found, list) or not found or not isinstance(found[0], dict):
            return None
        poll = found[0]
        options = sorted((option for option in _list(poll.get("options")) if isinstance(option, dict)),
                         key=lambda option: int(option.get("position") or 0))
        return PollResult(tuple((str(option.get("label", "")), int(option.get("votes") or 0)) for option in options),
                          closed=poll.get("voting_status") == "closed")

    def like(self, remote_id: str) -> None:
        """Like the post as the account (POST /2/users/{id}/likes)."""
        self._call("POST", f"/2/users/{self._me().id}/likes", json={"tweet_id": remote_id})

    def hide(self, remote_id: str, hidden: bool = True) -> None:
        """Hide a reply in a conversation the account started, or show it again (PUT /2/tweets/{id}/hidden)."""
        self._call("PUT", f"/2/tweets/{remote_id}/hidden", json={"hidden": hidden})

    def delete_comment(self, remote_id: str) -> None:
        raise unsupported(self.network, "delete_comment")  # X deletes only the account's own posts

    def fetch_comments(self, since: datetime | None = None) -> list[Comment]:
        # Replies to the account's posts carry its @handle, so the mentions timeline holds them too.
        params = {"post.fields": "created_at", "expansions": "author_id,referenced_posts", "user.fields": "username"}
        mentions, usernames = self._timeline("mentions", since, params)
        me = self._me()
        return [
            Comment(
                remote_id=found.id,
                author=usernames.get(found.author_id or "", found.author_id or ""),
                text=found.text,
                created_at=found.created_at,
                in_reply_to=found.replied_to,
            )
            for found in sorted(mentions, key=_chronological)
            if found.author_id != me.id and found.created_at is not None
        ]

    # --- the API -------------------------------------------------------------------------------------------

    def _me(self) -> _Account:
        return self._account or self._fetch_account()

    def _fetch_account(self) -> _Account:
        body = self._call("GET", "/2/users/me", params={"user.fields": "username"})
        user = body.get("data")
        if not isinstance(user, dict) or not isinstance(user.get("id"), str):
            raise _refusal(body, fallback=message("X answered without the account"))
        self._account = _Account(user["id"], str(user.get("username") or ""))
        return self._account

    def _url(self, post_id: str) -> str:
        # X redirects /i/status/<id> to the author's URL, so no lookup is spent when the handle is unknown.
        username = self._account.username if self._account else ""
        return f"https://x.com/{username or 'i'}/status/{post_id}"

    def _upload(self, media: Media) -> str:
        if self.limits.is_video(media):
            return self._upload_video(media)
        try:
            content = media.path.read_bytes()
        except OSError as exc:
            raise RejectedError(NETWORK, "connector.media_unreadable", "%(name)s: cannot read the file (%(strerror)s)",
                                name=media.path.name, strerror=exc.strerror) from exc
        category = "tweet_gif" if media.mime_type == "image/gif" else "tweet_image"
        body = self._call(
            "POST",
            "/2/media/upload",
            files={"media": (media.path.name, content, media.mime_type)},
            data={"media_category": category},
        )
        uploaded = body.get("data")
        if not isinstance(uploaded, dict) or not isinstance(uploaded.get("id"), str):
            raise _refusal(body, fallback=message("X answered the upload of %(name)s without a media id",
                                                   name=media.path.name))
        processing = uploaded.get("processing_info")
        if isinstance(processing, dict) and processing.get("state") == "failed":
            raise RejectedError(NETWORK, "connector.media_failed", "X could not process %(name)s",
                                name=media.path.name)
        if media.alt_text:
            self._call(
                "POST",
                "/2/media/metadata",
                json={"id": uploaded["id"], "metadata": {"alt_text": {"text": media.alt_text}}},
            )
        return str(uploaded["id"])

    def _upload_video(self, media: Media) -> str:
        """A video goes up in pieces (X's chunked upload: initialize, append each segment, finalize), then X
        processes it; the post waits until X says it succeeded (status), as X asks before attaching a video."""
        try:
            size = media.path.stat().st_size
            handle = media.path.open("rb")
        except OSError as exc:
            raise RejectedError(NETWORK, "connector.media_unreadable", "%(name)s: cannot read the file (%(strerror)s)",
                                name=media.path.name, strerror=exc.strerror) from exc
        with handle:
            body = self._call("POST", "/2/media/upload/initialize", json={
                "media_type": media.mime_type, "total_bytes": size, "media_category": "tweet_video"})
            media_id = _media_id(body, media)
            segment = 0
            while chunk := handle.read(VIDEO_SEGMENT_BYTES):
                # The JSON form of the request (the media base64-encoded), which the OpenAPI description gives
                # beside multipart: a validating proxy passes it byte for byte, where it re-encodes binary parts.
                self._call("POST", f"/2/media/upload/{media_id}/append", json={
                    "media": base64.b64encode(chunk).decode("ascii"), "segment_index": segment})
                segment += 1
        uploaded = self._call("POST", f"/2/media/upload/{media_id}/finalize").get("data")
        deadline = time.monotonic() + VIDEO_PROCESSING_WAIT
        while True:
            processing = uploaded.get("processing_info") if isinstance(uploaded, dict) else None
            state = processing.get("state") if isinstance(processing, dict) else "succeeded"
            if state == "succeeded":
                return media_id
            if state == "failed":
                raise RejectedError(NETWORK, "connector.media_failed", "X could not process %(name)s",
                                    name=media.path.name)
            wait = processing.get("check_after_secs") if isinstance(processing, dict) else None
            wait = min(float(wait) if isinstance(wait, int | float) else 1.0, VIDEO_CHECK_MAX_SECONDS)
            if time.monotonic() + wait > deadline:
                raise TransientError(NETWORK, "connector.media_processing",
                                     "%(name)s is still being processed; try again shortly", name=media.path.name)
            time.sleep(wait)
            uploaded = self._call("GET", "/2/media/upload", params={"command": "STATUS", "media_id": media_id}
                                  ).get("data")

    def _timeline(
        self, kind: str, since: datetime | None, params: dict[str, str]
    ) -> tuple[list[_Post], dict[str, str]]:
        """The account's own posts ("tweets") or the posts mentioning it ("mentions") since `since`, newest first,
        with the usernames (by user id) of the authors X included."""
        query: dict[str, str | int] = {"max_results": PAGE_SIZE, **params}
        if since is not None:
            query["start_time"] = _timestamp(since)
        posts: list[_Post] = []
        usernames: dict[str, str] = {}
        for _ in range(MAX_PAGES):
            body = self._call("GET", f"/2/users/{self._me().id}/{kind}", params=query)
            posts.extend(post for post in map(_parse_post, _list(body.get("data"))) if post)
            includes = body.get("includes")
            for user in _list(includes.get("users") if isinstance(includes, dict) else None):
                if isinstance(user, dict) and isinstance(user.get("id"), str) and isinstance(user.get("username"), str):
                    usernames[user["id"]] = user["username"]
            meta = body.get("meta")
            next_token = meta.get("next_token") if isinstance(meta, dict) else None
            if not isinstance(next_token, str) or not next_token:
                break
            query["pagination_token"] = next_token
        return posts, usernames

    def _call(self, method: str, path: str, *, missing_ok: bool = False, **request: Any) -> dict[str, Any]:
        """One request to X: its JSON answer ({} for a 404 when `missing_ok`), or one of our errors.
        No httpx exception leaves this method."""
        if not self._token:
            raise AuthError(NETWORK, "connector.no_token",
                            "the channel has no access token: reconnect the X account")
        try:
            response = self._client.request(method, path, headers={"Authorization": f"Bearer {self._token}"}, **request)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise unreachable(NETWORK, self._client.base_url.host) from exc
        except httpx.TimeoutException as exc:
            raise no_answer_in_time(NETWORK, self._client.base_url.host) from exc
        except httpx.HTTPError as exc:
            raise unreachable(NETWORK, self._client.base_url.host) from exc
        if response.status_code == 404 and missing_ok:
            return {}
        if not response.is_success:
            raise _error_for(response)
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise AnswerNotUnderstood(NETWORK, "connector.answer_not_understood",
                                      "X answered %(method)s %(path)s with something that is not a JSON object",
                                      method=method, path=path)
        return body


def _media_id(body: dict[str, Any], media: Media) -> str:
    uploaded = body.get("data")
    if not isinstance(uploaded, dict) or not isinstance(uploaded.get("id"), str):
        raise _refusal(body, fallback=message("X answered the upload of %(name)s without a media id",
                                               name=media.path.name))
    return str(uploaded["id"])


def _error_for(response: httpx.Response) -> ConnectorError:
    status, detail = response.status_code, _detail(response)
    if status == 429:
        return RateLimited(NETWORK, "connector.rate_limited", "X's rate limit was reached: %(detail)s",
                           retry_after=_retry_after(response.headers), detail=detail)
    if status == 401:
        return AuthError(NETWORK, "connector.token_revoked",
                         "the token was revoked or expired: reconnect the X channel (%(detail)s)", detail=detail)
    if status == 403 and not any(word in detail.lower() for word in _REFUSED_CONTENT):
        return AuthError(NETWORK, "connector.permission_missing",
                         "X refused access (%(detail)s): the app may lack a permission (tweet.write, media.write, "
                         "users.read) or the account is locked; reconnect the X channel", detail=detail)
    if status >= 500 or status == 408:
        return TransientError(NETWORK, "connector.network_failed",
                              "X had a problem (HTTP %(status)s: %(detail)s); try again later", status=status,
                              detail=detail)
    return RejectedError(NETWORK, "connector.refused", "X refused the request (HTTP %(status)s): %(detail)s",
                         status=status, detail=detail)


def _detail(response: httpx.Response) -> str:
    """X's own words for an error, from whichever shape it used (problem, {code, message}, errors[])."""
    try:
        body = response.json()
    except ValueError:
        body = None
    candidates = [body, *_list(body.get("errors"))] if isinstance(body, dict) else []
    for item in candidates:
        for key in ("detail", "message", "title"):
            value = item.get(key) if isinstance(item, dict) else None
            if isinstance(value, str) and value.strip():
                return value.strip()
    # Not the body itself: an answer that is not X's JSON (a proxy's or another server's page) is not repeated back.
    return response.reason_phrase or f"HTTP {response.status_code}"


def _refusal(body: dict[str, Any], fallback: Message) -> ConnectorError:
    """A 2xx answer without the data asked for: X explains why in `errors` (a refusal), or it misbehaved."""
    for problem in _list(body.get("errors")):
        if isinstance(problem, dict) and isinstance(problem.get("detail") or problem.get("message"), str):
            return RejectedError(NETWORK, "connector.x_refused", "%(fallback)s: %(said)s", fallback=fallback,
                                 said=problem.get("detail") or problem.get("message"))
    return TransientError(NETWORK, "connector.x_incomplete_answer", "%(fallback)s", fallback=fallback)


def _retry_after(headers: httpx.Headers) -> float | None:
    """Seconds to wait: Retry-After when X sends it, else the latest reset among the exhausted rate-limit windows."""
    said = retry_after(headers)
    if said is not None:
        return said
    # The resets are Unix times on X's clock: measured from its Date header, not from ours.
    server_now = http_date(headers.get("date", ""))
    now = server_now.timestamp() if server_now else time.time()
    resets = []
    for window in ("x-rate-limit", "x-user-limit-24hour", "x-app-limit-24hour"):
        reset = headers.get(f"{window}-reset")
        # The 15-minute window's reset applies to any 429; a 24-hour window's only when it is the one used up.
        if reset and (window == "x-rate-limit" or headers.get(f"{window}-remaining") == "0"):
            try:
                resets.append(float(reset))
            except ValueError:
                continue
    return max(0.0, max(resets) - now) if resets else None


def _parse_post(item: object) -> _Post | None:
    if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not isinstance(item.get("text"), str):
        return None
    # The spec names the list referenced_posts; X's documentation, referenced_tweets. Either will do.
    references = _list(item.get("referenced_posts") or item.get("referenced_tweets"))
    replied_to = next(
        (str(ref.get("id")) for ref in references if isinstance(ref, dict) and ref.get("type") == "replied_to"), None
    )
    entities = item.get("entities")
    links = _list(entities.get("urls")) if isinstance(entities, dict) else []
    media_links = tuple(
        str(link["url"])
        for link in links
        if isinstance(link, dict)
        and isinstance(link.get("url"), str)
        and (link.get("media_key") or str(link.get("display_url", "")).startswith(("pic.x.com", "pic.twitter.com")))
    )
    attachments = item.get("attachments")
    if not isinstance(attachments, dict):
        attachments = {}
    author_id = item.get("author_id")
    return _Post(
        id=item["id"],
        text=html.unescape(item["text"]),  # X escapes &, < and > in v2 texts
        created_at=_parse_time(item.get("created_at")),
        author_id=author_id if isinstance(author_id, str) else None,
        replied_to=replied_to,
        media_links=media_links,
        media_count=len(_list(attachments.get("media_keys"))),
        has_poll=bool(_list(attachments.get("poll_ids"))),
    )


def _mask_links(text: str) -> str:
    """Our text with each link, as X finds them, replaced by one mark: X shows every link as a t.co link."""
    text = unicodedata.normalize("NFC", text)
    for start, end in reversed(url_spans(text)):
        text = text[:start] + _LINK + text[end:]
    return text


def _mask_x_links(text: str, media_links: tuple[str, ...]) -> str:
    """X's text with each t.co link replaced by the same mark, less the links X appended for attached media."""
    for link in media_links:
        text = text.replace(link, "")
    return _TCO_LINK.sub(_LINK, text)


def _comparable(text: str) -> str:
    # X normalises to NFC, trims, and puts the @handles of a reply's audience in front of its text.
    text = unicodedata.normalize("NFC", text)
    return " ".join(_LEADING_MENTIONS.sub("", text.strip()).split())


def _chronological(post: _Post) -> tuple[datetime, int]:
    return (post.created_at or datetime.max.replace(tzinfo=UTC), int(post.id) if post.id.isdigit() else 0)


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _timestamp(moment: datetime) -> str:
    # X wants YYYY-MM-DDTHH:mm:ssZ, not in the future; a naive datetime is taken as UTC, as the app stores them.
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return min(moment, datetime.now(UTC) - timedelta(seconds=10)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


register_connector(NETWORK, XConnector)
