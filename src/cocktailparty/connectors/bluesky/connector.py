"""The Bluesky connector: app.bsky.feed.post records written to the account's PDS through the atproto client.

ChannelConfig: `handle` and `password` (an app password); `base_url` is the account's PDS or an entryway
(default https://bsky.social: the client then follows the PDS named in the account's DID document).
Posts are created under a record key derived from our post key (see rkey.py), so a second attempt at the same
post is refused by the PDS and answered with the post the first attempt made: exactly once, even after a crash.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import httpx
from atproto import Client, models
from atproto_client.client.base import is_method_not_served
from atproto_client.client.session import Session, SessionEvent
from atproto_client.exceptions import BadRequestError, RequestErrorBase
from atproto_client.models.blob_ref import BlobRef
from atproto_client.request import Request
from atproto_core.exceptions import InvalidAtUriError
from atproto_core.uri import AtUri
from PIL import Image

from cocktailparty.connectors.base import (
    AuthError,
    ChannelConfig,
    Comment,
    Media,
    OutgoingPost,
    PollResult,
    Published,
    RejectedError,
    unsupported,
)
from cocktailparty.connectors.bluesky.errors import NETWORK, RECONNECT, translated, xrpc_error
from cocktailparty.connectors.bluesky.limits import LIMITS, MAX_IMAGE_BYTES, MAX_TEXT_BYTES
from cocktailparty.connectors.bluesky.rkey import rkey_for
from cocktailparty.connectors.boundary import typed_errors
from cocktailparty.connectors.registry import register_connector
from cocktailparty.errors import Message, message
from cocktailparty.outbound import GuardedTransport

DEFAULT_SERVICE = "https://bsky.social"
POST = "app.bsky.feed.post"
WEB = "https://bsky.app"
PAGE = 100
MAX_PAGES = 20  # how far back a listing goes (2,000 records): bounded, whatever the account's history
COMMENT_REASONS = ("reply", "mention")
# A file goes to the PDS in pieces of this size, each read from disk as the last one is sent.
UPLOAD_CHUNK = 64 * 1024


@typed_errors
class BlueskyConnector:
    """One Bluesky account, logged in with its handle and an app password on first use."""

    network = NETWORK
    limits = LIMITS

    def __init__(
        self, config: ChannelConfig, *, transport: httpx.BaseTransport | None = None, timeout: float = 30.0
    ) -> None:
        # `transport` lets tests put a fault-injecting layer under the real client (over the guarded transport).
        # Every call goes through the outbound guard, including those to the PDS an entryway's DID document names.
        self._handle = (config.handle or "").lstrip("@")
        self._password = config.password or ""
        request = Request(transport=transport or GuardedTransport(), timeout=timeout, trust_env=False)
        self._client = Client(config.base_url or DEFAULT_SERVICE, request=request)
        self._session: Session | None = None
        self._client.on_session_change(self._remember_session)

    def _remember_session(self, event: SessionEvent, session: Session) -> None:
        self._session = session

    def _did(self) -> str:
        """The account's DID, logging in first if needed."""
        if self._session is None:
            if not self._handle or not self._password:
                raise AuthError(NETWORK, "connector.no_credentials",
                                "the channel has no handle or app password: %(fix)s", fix=RECONNECT)
            # The profile lookup needs an AppView, which a self-hosted PDS may not have; the session is enough.
            self._client.login(self._handle, self._password, fetch_bsky_profile=False)
        if self._session is None:  # login calls _remember_session; this would be a change in the client
            raise AuthError(NETWORK, "connector.no_session", "logging in gave no session: %(fix)s",
                            fix=RECONNECT)
        did: str = self._session.did
        return did

    def verify(self) -> str:
        with translated(message("checking the account")):
            self._did()
            handle: str = self._client.com.atproto.server.get_session().handle  # also proves the token works
            return handle

    def publish(self, post: OutgoingPost) -> Published:
        problems = self.limits.problems(post) + _bluesky_problems(post)
        if problems:
            raise RejectedError(NETWORK, "connector.over_limits", "the post cannot go out as it is: %(problems)s",
                                problems=problems)
        with translated(message("publishing")):
            did = self._did()
            rkey = rkey_for(post.key)
            created_at = datetime.now(UTC)
            record = models.AppBskyFeedPost.Record(
                text=post.text,
                created_at=created_at.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                facets=self._client.detect_facets(post.text) or None,  # links, #tags, resolvable @mentions
                embed=self._embed(post.media),
                reply=self._reply_ref(post.reply_to) if post.reply_to else None,
            )
            data = models.ComAtprotoRepoCreateRecord.Data(repo=did, collection=POST, rkey=rkey, record=record)
            try:
                created = self._client.com.atproto.repo.create_record(data)
            except RequestErrorBase as error:
                # No answer, or a 5xx: the post may be there all the same. The PDS also answers 500 to a second
                # record under the same rkey, so an earlier attempt whose answer was lost shows up here too.
                if error.response is not None and error.response.status_code < 500:
                    raise
                existing = self._own_record(did, rkey)
                if existing is None:
                    raise
                return existing
            return Published(remote_id=created.uri, url=_web_url(created.uri), published_at=created_at)

    def find_published(self, post: OutgoingPost, since: datetime) -> Published | None:
        with translated(message("looking for an earlier publication")):
            did = self._did()
            # Our own posts sit under the rkey their key gives; the text search finds one published otherwise.
            found = self._own_record(did, rkey_for(post.key))
            if found is not None:
                return found
            for uri, record in self._posts_since(did, _utc(since)):
                if record.text == post.text:
                    return Published(remote_id=uri, url=_web_url(uri), published_at=_parse_time(record.created_at))
            return None

    def fetch_poll(self, remote_id: str) -> PollResult | None:
        return None  # Bluesky has no polls

    def delete(self, remote_id: str) -> None:
        uri = _parse_uri(remote_id)
        with translated(message("deleting")):
            did = self._did()
            if uri.host != did:
                raise RejectedError(NETWORK, "connector.not_own_post",
                                    "%(remote_id)s is another account's post: a channel deletes only its own",
                                    remote_id=remote_id)
            data = models.ComAtprotoRepoDeleteRecord.Data(repo=did, collection=uri.collection, rkey=uri.rkey)
            self._client.com.atproto.repo.delete_record(data)

    def fetch_comments(self, since: datetime | None = None) -> list[Comment]:
        cutoff = _utc(since) if since else None
        with translated(message("fetching comments")):
            did = self._did()
            try:
                comments = list(self._comments_from_notifications(cutoff))
            except BadRequestError as error:
                if not _no_app_view(error):
                    raise
                comments = list(self._comments_from_pds(did, cutoff))
        unique = {comment.remote_id: comment for comment in comments}
        return sorted(unique.values(), key=lambda comment: comment.created_at)

    # -- publishing ------------------------------------------------------------------------------------

    def _embed(self, media: tuple[Media, ...]) -> models.AppBskyEmbedImages.Main | models.AppBskyEmbedVideo.Main | None:
        """The post's pictures as an images embed, or its video (alone) as a video embed. Each file goes to the PDS
        with uploadBlob; a video is then processed by Bluesky's video service once the post is out (docs.bsky.app,
        "Uploading Video", the simple method)."""
        if not media:
            return None
        if self.limits.is_video(media[0]):
            blob = self._upload_blob(media[0])
            return models.AppBskyEmbedVideo.Main(video=blob, alt=media[0].alt_text or None)
        images = [models.AppBskyEmbedImages.Image(alt=item.alt_text, image=self._upload_blob(item),
                                                  aspect_ratio=_aspect_ratio(item.path)) for item in media]
        return models.AppBskyEmbedImages.Main(images=images)

    def _upload_blob(self, item: Media) -> BlobRef:
        """The file sent with uploadBlob as it is read from disk, UPLOAD_CHUNK at a time (a video of up to 100 MB is
        never whole in the worker's memory), its length said up front (else httpx would send it chunked)."""
        try:
            handle = item.path.open("rb")
        except OSError as error:
            raise RejectedError(NETWORK, "connector.media_unreadable", "%(name)s: cannot be read (%(strerror)s)",
                                name=item.path.name, strerror=error.strerror) from error
        with handle:
            pieces = iter(partial(handle.read, UPLOAD_CHUNK), b"")
            # The PDS sniffs the type too, but says what we meant so a mislabelled file fails here, not later.
            # atproto passes the body to httpx as it is, and httpx sends an iterator of bytes as it yields them.
            blob: BlobRef = self._client.com.atproto.repo.upload_blob(
                pieces,
                headers={"Content-Type": item.mime_type, "Content-Length": str(os.fstat(handle.fileno()).st_size)},
            ).blob
        return blob

    def like(self, remote_id: str) -> None:
        """An app.bsky.feed.like record naming the post and its version (cid) in the account's repository."""
        uri = _parse_uri(remote_id)
        with translated(message("liking")):
            found = self._client.com.atproto.repo.get_record(
                models.ComAtprotoRepoGetRecord.Params(repo=uri.host, collection=uri.collection, rkey=uri.rkey))
            if found.cid is None:
                raise RejectedError(NETWORK, "connector.like_without_cid",
                                    "cannot like %(remote_id)s: the server did not give its version (cid)",
                                    remote_id=remote_id)
            subject = models.ComAtprotoRepoStrongRef.Main(uri=found.uri, cid=found.cid)
            created_at = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
            self._client.com.atproto.repo.create_record(models.ComAtprotoRepoCreateRecord.Data(
                repo=self._did(), collection="app.bsky.feed.like",
                record=models.AppBskyFeedLike.Record(subject=subject, created_at=created_at)))

    def hide(self, remote_id: str, hidden: bool = True) -> None:
        raise unsupported(self.network, "hide")

    def delete_comment(self, remote_id: str) -> None:
        raise unsupported(self.network, "delete_comment")

    def _reply_ref(self, parent_id: str) -> models.AppBskyFeedPost.ReplyRef:
        uri = _parse_uri(parent_id)
        parent = self._client.com.atproto.repo.get_record(
            models.ComAtprotoRepoGetRecord.Params(repo=uri.host, collection=uri.collection, rkey=uri.rkey)
        )
        if parent.cid is None:
            raise RejectedError(NETWORK, "connector.reply_without_cid",
                                "cannot reply to %(parent_id)s: the server did not give its version (cid)",
                                parent_id=parent_id)
        parent_ref = models.ComAtprotoRepoStrongRef.Main(uri=parent.uri, cid=parent.cid)
        # A reply names both the post it answers and the thread's first post.
        thread = parent.value.reply if isinstance(parent.value, models.AppBskyFeedPost.Record) else None
        root = thread.root if thread else parent_ref
        return models.AppBskyFeedPost.ReplyRef(parent=parent_ref, root=root)

    def _own_record(self, did: str, rkey: str) -> Published | None:
        try:
            found = self._client.com.atproto.repo.get_record(
                models.ComAtprotoRepoGetRecord.Params(repo=did, collection=POST, rkey=rkey)
            )
        except BadRequestError as error:
            if xrpc_error(error)[0] == "RecordNotFound":
                return None
            raise
        created = found.value.created_at if isinstance(found.value, models.AppBskyFeedPost.Record) else None
        return Published(remote_id=found.uri, url=_web_url(found.uri), published_at=_parse_time(created))

    # -- reading ---------------------------------------------------------------------------------------

    def _posts_since(
        self, repo: str, since: datetime | None
    ) -> Iterator[tuple[str, models.AppBskyFeedPost.Record]]:
        """A repo's posts, newest first (by record key, which is creation time for the TIDs apps mint), back
        to `since` and at most MAX_PAGES pages."""
        cursor = None
        for _ in range(MAX_PAGES):
            page = self._client.com.atproto.repo.list_records(
                models.ComAtprotoRepoListRecords.Params(repo=repo, collection=POST, limit=PAGE, cursor=cursor)
            )
            for item in page.records:
                if not isinstance(item.value, models.AppBskyFeedPost.Record):
                    continue  # not a post this client can read
                if since and _parse_time(item.value.created_at) < since:
                    return
                yield item.uri, item.value
            cursor = page.cursor
            if not cursor or not page.records:
                return

    def _comments_from_notifications(self, since: datetime | None) -> Iterator[Comment]:
        """Replies and mentions as the AppView reports them (bsky.social and any PDS with an AppView)."""
        cursor = None
        for _ in range(MAX_PAGES):
            page = self._client.app.bsky.notification.list_notifications(
                models.AppBskyNotificationListNotifications.Params(
                    limit=PAGE, cursor=cursor, reasons=list(COMMENT_REASONS)
                )
            )
            for notification in page.notifications:
                if since and _parse_time(notification.indexed_at) < since:
                    return  # notifications come newest first
                record = notification.record
                if notification.reason in COMMENT_REASONS and isinstance(record, models.AppBskyFeedPost.Record):
                    yield _comment(notification.uri, notification.author.handle, record)
            cursor = page.cursor
            if not cursor or not page.notifications:
                return

    def _comments_from_pds(self, did: str, since: datetime | None) -> Iterator[Comment]:
        """Without an AppView (a self-hosted PDS), read the posts of every account the PDS hosts and keep those
        that answer or mention ours. Meant for small servers: each listing is bounded by MAX_PAGES."""
        own_prefix = f"at://{did}/"
        cursor = None
        for _ in range(MAX_PAGES):
            page = self._client.com.atproto.sync.list_repos(
                models.ComAtprotoSyncListRepos.Params(limit=PAGE, cursor=cursor)
            )
            for repo in page.repos:
                if repo.did == did or repo.active is False:
                    continue
                handle = None
                for uri, record in self._posts_since(repo.did, since):
                    if _answers(record, own_prefix) or _mentions(record, did):
                        handle = handle or self._handle_of(repo.did)
                        yield _comment(uri, handle, record)
            cursor = page.cursor
            if not cursor or not page.repos:
                return

    def _handle_of(self, did: str) -> str:
        described = self._client.com.atproto.repo.describe_repo(models.ComAtprotoRepoDescribeRepo.Params(repo=did))
        return described.handle if described.handle_is_correct else did


def _bluesky_problems(post: OutgoingPost) -> list[Message]:
    """What Limits.problems cannot say: the lexicon's byte caps."""
    found = []
    size = len(post.text.encode())
    if size > MAX_TEXT_BYTES:
        found.append(message("text is %(size)s bytes in UTF-8; Bluesky accepts at most %(limit)s", size=size,
                             limit=MAX_TEXT_BYTES))
    for media in post.media:
        if not LIMITS.is_video(media) and media.path.exists() and media.path.stat().st_size > MAX_IMAGE_BYTES:
            found.append(message("%(name)s is %(size)s bytes; the limit is %(limit)s", name=media.path.name,
                                 size=media.path.stat().st_size, limit=MAX_IMAGE_BYTES))
    return found


def _no_app_view(error: BadRequestError) -> bool:
    # A PDS without an AppView has nowhere to send app.bsky.* queries and says so with a 400.
    code, message = xrpc_error(error)
    return is_method_not_served(error) or (code == "InvalidRequest" and message.startswith("No service configured"))


def _answers(record: models.AppBskyFeedPost.Record, own_prefix: str) -> bool:
    reply = record.reply
    return reply is not None and (reply.parent.uri.startswith(own_prefix) or reply.root.uri.startswith(own_prefix))


def _mentions(record: models.AppBskyFeedPost.Record, did: str) -> bool:
    return any(
        isinstance(feature, models.AppBskyRichtextFacet.Mention) and feature.did == did
        for facet in record.facets or ()
        for feature in facet.features
    )


def _comment(uri: str, author: str, record: models.AppBskyFeedPost.Record) -> Comment:
    return Comment(
        remote_id=uri,
        author=author,
        text=record.text,
        created_at=_parse_time(record.created_at),
        in_reply_to=record.reply.parent.uri if record.reply else None,
    )


def _parse_uri(remote_id: str) -> AtUri:
    not_an_id = RejectedError(NETWORK, "connector.bad_post_id",
                              "%(remote_id)s is not a Bluesky post id (at://did/collection/rkey)",
                              remote_id=repr(remote_id))
    try:
        uri = AtUri.from_str(remote_id)
    except InvalidAtUriError as error:
        raise not_an_id from error
    if not remote_id.startswith("at://") or not uri.collection or not uri.rkey:
        raise not_an_id
    return uri


def _parse_time(value: str | None) -> datetime:
    # Lexicon datetimes are RFC 3339; one we cannot read counts as the epoch, i.e. "old", never "new".
    try:
        return _utc(datetime.fromisoformat(value or ""))
    except ValueError:
        return datetime.fromtimestamp(0, UTC)


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _web_url(uri: str) -> str:
    at_uri = AtUri.from_str(uri)
    return f"{WEB}/profile/{at_uri.host}/post/{at_uri.rkey}"


def _aspect_ratio(path: Path) -> models.AppBskyEmbedDefs.AspectRatio | None:
    """The picture's width and height (read from its header), so the apps crop it as it is rather than square."""
    try:
        with Image.open(path) as image:
            width, height = image.size
    except (OSError, ValueError):
        return None
    return models.AppBskyEmbedDefs.AspectRatio(width=width, height=height) if width and height else None


register_connector(NETWORK, BlueskyConnector)
