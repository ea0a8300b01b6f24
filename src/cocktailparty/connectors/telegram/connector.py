"""Publishes to one Telegram channel through a bot that administers it: text, a photo, an album of photos, a
video, polls, comments."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from telegram import Bot, InputFile, InputMediaPhoto, Message, MessageOriginChannel, Poll, ReplyParameters
from telegram import Chat as TelegramChat
from telegram.constants import ChatMemberStatus

from cocktailparty.connectors.base import (
    AuthError,
    ChannelConfig,
    Comment,
    Limits,
    NoCommentActions,
    OutgoingPost,
    PollResult,
    Published,
    RejectedError,
)
from cocktailparty.connectors.boundary import typed_errors
from cocktailparty.connectors.registry import register_connector
from cocktailparty.connectors.telegram.bot import DEFAULT_API_URL, NETWORK, BotCaller
from cocktailparty.connectors.telegram.limits import LIMITS

# deleteMessages takes 1 to 100 message ids (an album has at most 10).
MAX_DELETED_AT_ONCE = 100


@typed_errors
class TelegramConnector(NoCommentActions):
    """One Telegram channel. ChannelConfig: `token` is the bot's token, `handle` (or `extra["chat_id"]`) the
    channel's @name or numeric id, `base_url` a Bot API server other than api.telegram.org (tests, or a
    self-hosted telegram-bot-api), `extra["discussion_chat_id"]` the channel's discussion group, if known."""

    network = NETWORK
    limits: Limits = LIMITS  # typed as the protocol's: its attribute is invariant

    def __init__(self, config: ChannelConfig) -> None:
        if not config.token:
            raise AuthError(NETWORK, "connector.no_token",
                            "the channel has no bot token: connect it again with the token from @BotFather")
        channel = (config.extra.get("chat_id") or config.handle or "").strip()
        if not channel:
            raise AuthError(NETWORK, "connector.no_chat", "the channel has no @name or id: connect it again")
        self._channel: int | str = _chat_id(channel)
        self._call = BotCaller(config.token, config.base_url or DEFAULT_API_URL, channel)
        # Discussion groups found so far: a reply to a comment counts only where we have seen our posts.
        discussion = config.extra.get("discussion_chat_id")
        self._discussions: set[int | str] = {_chat_id(discussion)} if discussion else set()
        self._next_update: int | None = None

    def verify(self) -> str:
        """The bot's token works and the bot may post in the channel; returns the channel's @name or id."""

        async def check(bot: Bot) -> tuple[str, str, bool]:
            me = await bot.get_me()
            member = await bot.get_chat_member(self._channel, me.id)
            return me.username or str(me.id), member.status, bool(getattr(member, "can_post_messages", False))

        username, status, can_post = self._call(check)
        if status != ChatMemberStatus.OWNER and not (status == ChatMemberStatus.ADMINISTRATOR and can_post):
            raise AuthError(NETWORK, "connector.bot_not_admin",
                            "the bot @%(username)s is not an administrator of %(channel)s with the 'Post messages' "
                            "right: add it in the channel's administrators", username=username, channel=self._channel)
        return str(self._channel)

    def publish(self, post: OutgoingPost) -> Published:
        problems = self.limits.problems(post)
        if problems:
            raise RejectedError(NETWORK, "connector.over_limits", "the post cannot go out as it is: %(problems)s",
                                problems=problems)
        chat, answered = self._target(post.reply_to) if post.reply_to else (self._channel, None)
        reply = ReplyParameters(answered) if answered else None

        async def send(bot: Bot) -> tuple[Message, ...]:
            if post.poll:
                # No open_period: fetch_poll closes it when its time is up (stopPoll answers with the final votes).
                return (await bot.send_poll(chat, post.text, list(post.poll.options), reply_parameters=reply),)
            if len(post.media) > 1:
                return await bot.send_media_group(chat, album_of(post), reply_parameters=reply)
            if post.media and self.limits.is_video(post.media[0]):
                with post.media[0].path.open("rb") as handle:
                    # The handle itself goes to httpx, which reads and sends it a piece at a time: a video of up to
                    # 50 MB is never whole in the worker's memory (python-telegram-bot would read it all first).
                    video = InputFile(handle, filename=post.media[0].path.name, read_file_handle=False)
                    return (await bot.send_video(chat, video, caption=post.text or None, supports_streaming=True,
                                                 reply_parameters=reply),)
            if post.media:
                photo = InputFile(post.media[0].path.read_bytes(), filename=post.media[0].path.name)
                return (await bot.send_photo(chat, photo, caption=post.text or None, reply_parameters=reply),)
            return (await bot.send_message(chat, post.text, reply_parameters=reply),)

        # An album is one request with one answer: a retry sends it whole again, never photo by photo. It is one
        # message per photo: its id lists them all, the first first (it carries the caption, and its link is the
        # album's), so deleting the post deletes every photo.
        messages = self._call(send)
        first = messages[0]
        ids = ",".join(str(message.message_id) for message in messages)
        remote_id = ids if chat == self._channel else f"{first.chat_id}:{ids}"
        return Published(remote_id, first.link, first.date)

    def find_published(self, post: OutgoingPost, since: datetime) -> Published | None:
        """Always None: the Bot API cannot read a channel's history, has no idempotency key, and a bot is
        not sent its own posts as updates, so nothing can tell whether an earlier attempt went out.

        The publisher has to carry exactly-once for Telegram: record an "attempting" marker before
        publish(), and treat a crash or a timeout after that marker as "outcome unknown" (ask a person, or
        accept the rare duplicate) rather than retrying blindly."""
        return None

    def delete(self, remote_id: str) -> None:
        """Delete the post: its one message, or every message of an album (deleteMessages, which skips those
        already gone)."""
        chat, message_ids = self._messages(remote_id)

        async def remove(bot: Bot) -> bool:
            if len(message_ids) == 1:
                return await bot.delete_message(chat, message_ids[0])
            return await bot.delete_messages(chat, message_ids)

        try:
            self._call(remove)
        except RejectedError as exc:
            reason = exc.message.lower()
            if "message to delete not found" in reason:
                return  # already gone: a retried delete must not fail
            if "can't be deleted" in reason:
                raise RejectedError(NETWORK, "connector.too_old_to_delete",
                                    "Telegram no longer lets the bot delete this message (bots may delete only "
                                    "recent messages): delete it in the Telegram app") from exc
            raise

    def fetch_poll(self, remote_id: str) -> PollResult | None:
        """Close the poll (stopPoll) and read its final votes. A message that is not a poll is refused by Telegram."""
        chat, message_id = self._target(remote_id)

        async def stop(bot: Bot) -> Poll:
            return await bot.stop_poll(chat, message_id)

        poll = self._call(stop)
        return PollResult(tuple((option.text, option.voter_count) for option in poll.options), closed=True,
                          voters=poll.total_voter_count)

    def fetch_comments(self, since: datetime | None = None) -> list[Comment]:
        """Comments on the channel's posts (messages in its discussion group), oldest first.

        They come from getUpdates. An update is confirmed (offset) only by the next call on the same
        connector, so a crash before the caller saves them means they are read again, never lost;
        callers deduplicate by remote_id. Telegram keeps unconfirmed updates for 24 hours."""
        since = since if since is None or since.tzinfo else since.replace(tzinfo=UTC)

        async def read(bot: Bot) -> list[Message]:
            updates = await bot.get_updates(offset=self._next_update, timeout=0, allowed_updates=["message"])
            if updates:
                self._next_update = updates[-1].update_id + 1
            return [update.message for update in updates if update.message]

        found = []
        for message in self._call(read):
            in_reply_to = self._answers(message)
            if in_reply_to is not None and (since is None or message.date >= since):
                found.append(Comment(f"{message.chat_id}:{message.message_id}", _author(message),
                                     message.text or message.caption or "", message.date, in_reply_to))
        return sorted(found, key=lambda comment: comment.created_at)

    # --- helpers -------------------------------------------------------------------------------------

    def _answers(self, message: Message) -> str | None:
        """What a discussion-group message comments on: a channel post's id, or "chat:message" for a
        reply to another comment. None for messages that are not about our channel."""
        answered = message.reply_to_message
        if answered is None:
            return None
        origin = answered.forward_origin
        if answered.is_automatic_forward and isinstance(origin, MessageOriginChannel) and self._is_ours(origin.chat):
            self._discussions.add(message.chat_id)
            return str(origin.message_id)
        if message.chat_id in self._discussions:
            return f"{message.chat_id}:{answered.message_id}"
        return None

    def _is_ours(self, chat: TelegramChat) -> bool:
        if isinstance(self._channel, int):
            return chat.id == self._channel
        return f"@{chat.username or ''}".lower() == self._channel.lower()

    def _target(self, remote_id: str) -> tuple[int | str, int]:
        """The chat and the message a post or comment id names (an album's first message, which has its caption)."""
        chat, message_ids = self._messages(remote_id)
        return chat, message_ids[0]

    def _messages(self, remote_id: str) -> tuple[int | str, list[int]]:
        """A channel post is "<message id>", an album "<id>,<id>,..." (one message per photo, in order); a message
        elsewhere (a discussion group) has "<chat id>:" in front."""
        chat, _, messages = remote_id.rpartition(":")
        ids = messages.split(",")
        if not all(found.isdigit() for found in ids) or len(ids) > MAX_DELETED_AT_ONCE:
            raise RejectedError(NETWORK, "connector.bad_post_id",
                                "%(remote_id)s is not a Telegram message id", remote_id=repr(remote_id))
        return (_chat_id(chat) if chat else self._channel), [int(found) for found in ids]


def album_of(post: OutgoingPost) -> list[InputMediaPhoto]:
    """The post's photos as one album (sendMediaGroup), in order, with the captions as the Bot API states them:
    each photo may have a caption of up to 1,024 characters, and Telegram's apps show a caption under the whole
    album only when exactly one photo has one. So the post's text is the first photo's caption and the others
    have none; a post without text gives each photo its alt text as its caption instead (Telegram keeps no alt
    text; a caption is what people see when they open the photo)."""
    text = post.text.strip()
    album = []
    for number, media in enumerate(post.media):
        caption = (post.text if number == 0 else None) if text else (media.alt_text.strip() or None)
        album.append(InputMediaPhoto(InputFile(media.path.read_bytes(), filename=media.path.name, attach=True),
                                     caption=caption))
    return album


def _chat_id(value: Any) -> int | str:
    text = str(value).strip()
    return int(text) if text.lstrip("-").isdigit() else text


def _author(message: Message) -> str:
    if message.sender_chat is not None:  # someone writing as a channel or an anonymous admin
        return message.sender_chat.title or message.sender_chat.username or str(message.sender_chat.id)
    if message.from_user is not None:
        return message.from_user.full_name or message.from_user.username or str(message.from_user.id)
    return "someone on Telegram"


register_connector(NETWORK, TelegramConnector)
