"""The Telegram connector against the fake Bot API server: posting, polls, comments and error translation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fake_bot_api import FakeBotApi
from telegram.constants import MediaGroupLimit, MessageLimit, PollLimit

from cocktailparty.connectors.base import (
    AuthError,
    ChannelConfig,
    Media,
    OutgoingPost,
    Poll,
    RateLimited,
    RejectedError,
    TransientError,
)
from cocktailparty.connectors.registry import connector_for
from cocktailparty.connectors.telegram import LIMITS, count_utf16
from cocktailparty.connectors.telegram import limits as telegram_limits
from cocktailparty.connectors.telegram.bot import BotCaller
from cocktailparty.connectors.telegram.connector import TelegramConnector
from cocktailparty.errors import Message


def english(problems: list[Message]) -> list[str]:
    return [str(problem) for problem in problems]

ARABIC = "رمضان كريم من فريق مقهى دبي! ☕ شاركونا: ما هو مشروبكم المفضل على الإفطار؟"
MakeConnector = Callable[..., TelegramConnector]


def test_publish_text_and_read_it_back(connector: TelegramConnector, bot_api: FakeBotApi) -> None:
    published = connector.publish(OutgoingPost(key="p1", text="Five tips for a better flat white"))

    [stored] = bot_api.channel_posts()
    assert stored["text"] == "Five tips for a better flat white"
    assert published.remote_id == str(stored["message_id"])
    assert published.url == f"https://t.me/dubaicoffee/{stored['message_id']}"
    assert abs(published.published_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert "parse_mode" not in bot_api.calls[-1][1]  # plain text: no Markdown or HTML surprises


def test_arabic_text_round_trips_unchanged(connector: TelegramConnector, bot_api: FakeBotApi) -> None:
    text = ARABIC + "\n\u200fعيد مبارك 🌙👨‍👩‍👧 <b>not bold</b> *not bold*"
    connector.publish(OutgoingPost(key="ar", text=text))

    assert bot_api.channel_posts()[-1]["text"] == text


def test_numeric_channel_id_works_too(make_connector: MakeConnector, bot_api: FakeBotApi) -> None:
    published = make_connector(channel=str(bot_api.channel["id"])).publish(OutgoingPost(key="n", text="hi"))
    assert published.remote_id == "1" and bot_api.channel_posts()[0]["text"] == "hi"


def test_photo_with_caption(connector: TelegramConnector, bot_api: FakeBotApi, make_png: Callable[..., Path]) -> None:
    image = make_png("cup.png", 90)
    published = connector.publish(OutgoingPost(key="ph", text="صورة من حفل المكتب", media=(Media(image, "image/png"),)))

    [stored] = bot_api.channel_posts()
    assert stored["caption"] == "صورة من حفل المكتب" and published.remote_id == str(stored["message_id"])
    assert bot_api.uploads[stored["photo"][0]["file_id"]] == image.read_bytes()  # bytes intact


def test_poll_uses_the_text_as_question(connector: TelegramConnector, bot_api: FakeBotApi) -> None:
    connector.publish(OutgoingPost(key="poll", text="قهوة أم شاي؟", poll=Poll(("قهوة ☕", "شاي 🍵"), 60)))

    poll = bot_api.channel_posts()[-1]["poll"]
    assert poll["question"] == "قهوة أم شاي؟"
    assert [o["text"] for o in poll["options"]] == ["قهوة ☕", "شاي 🍵"]
    # No open_period: the poll stays open until fetch_poll stops it, which answers with the final votes.
    assert "open_period" not in poll and poll["is_anonymous"] is True


def test_the_poll_is_closed_and_its_votes_read(connector: TelegramConnector, bot_api: FakeBotApi) -> None:
    published = connector.publish(OutgoingPost(key="votes", text="قهوة أم شاي؟", poll=Poll(("قهوة", "شاي"), 60)))
    bot_api.vote(int(published.remote_id), 0, voters=2)
    bot_api.vote(int(published.remote_id), 1, voters=5)
    result = connector.fetch_poll(published.remote_id)
    assert result is not None and result.options == (("قهوة", 2), ("شاي", 5))
    assert result.closed and result.voters == 7
    assert bot_api.channel_posts()[-1]["poll"]["is_closed"] is True
    with pytest.raises(RejectedError, match="already been closed"):
        connector.fetch_poll(published.remote_id)  # Telegram answers once: the job reads it once


def test_limits_count_utf16_code_units_as_telegram_does() -> None:
    assert count_utf16("قهوة") == 4  # Arabic letters are in the BMP: one unit each
    assert count_utf16("👍🏽") == 4  # two astral code points, two surrogate pairs
    assert count_utf16("👨‍👩‍👧") == 8  # three astral people and two joiners
    assert english(LIMITS.problems(OutgoingPost(key="k", text="ق" * 4096))) == []
    assert "4,097" in english(LIMITS.problems(OutgoingPost(key="k", text="ق" * 4097)))[0]
    assert english(LIMITS.problems(OutgoingPost(key="k", text="🌙" * 2048))) == []
    assert "4,098" in english(LIMITS.problems(OutgoingPost(key="k", text="🌙" * 2049)))[0]


def test_limits_for_captions_and_polls(make_png: Callable[..., Path]) -> None:
    photo = (Media(make_png("a.png"), "image/png"),)
    assert english(LIMITS.problems(OutgoingPost(key="k", text="🌙" * 512, media=photo))) == []
    assert "caption" in english(LIMITS.problems(OutgoingPost(key="k", text="🌙" * 513, media=photo)))[0]
    assert english(LIMITS.problems(OutgoingPost(key="k", text="?", poll=Poll(tuple("abcdefghijkl"))))) == []
    thirteen = OutgoingPost(key="k", text="?", poll=Poll(tuple("abcdefghijklm")))
    assert "at most 12" in english(LIMITS.problems(thirteen))[0]
    assert "question" in english(LIMITS.problems(OutgoingPost(key="k", text="ق" * 301, poll=Poll(("a", "b")))))[0]
    assert "empty" in english(LIMITS.problems(OutgoingPost(key="k", text="  ")))[0]


def test_too_long_text_is_refused_before_any_request(connector: TelegramConnector, bot_api: FakeBotApi) -> None:
    with pytest.raises(RejectedError, match="4,098 characters"):
        connector.publish(OutgoingPost(key="long", text="🌙" * 2049))
    assert bot_api.calls == []


def test_find_published_cannot_look_telegram_up(connector: TelegramConnector) -> None:
    post = OutgoingPost(key="crash", text="posted just before the crash")
    connector.publish(post)
    # The Bot API cannot read a channel's history: the publisher's pending marker has to decide.
    assert connector.find_published(post, since=datetime.now(UTC) - timedelta(hours=1)) is None


def test_delete_removes_the_post_and_is_safe_to_repeat(connector: TelegramConnector, bot_api: FakeBotApi) -> None:
    remote_id = connector.publish(OutgoingPost(key="d", text="posted by mistake")).remote_id

    connector.delete(remote_id)

    assert bot_api.channel_posts() == []
    connector.delete(remote_id)  # a retried job finds it gone and succeeds


def test_delete_too_late_says_what_to_do(connector: TelegramConnector, bot_api: FakeBotApi) -> None:
    remote_id = connector.publish(OutgoingPost(key="d", text="an old post")).remote_id
    bot_api.undeletable.add(int(remote_id))
    with pytest.raises(RejectedError, match="delete it in the Telegram app"):
        connector.delete(remote_id)


def test_fetch_comments_oldest_first(make_connector: MakeConnector, bot_api: FakeBotApi) -> None:
    connector = make_connector()
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)

    def at(hours: float) -> int:
        return int((start + timedelta(hours=hours)).timestamp())

    post = int(connector.publish(OutgoingPost(key="c", text="Which blend should we bring back?")).remote_id)
    bot_api.add_comment(post, "Old Timer", "too old to count", date=at(-1))
    first = bot_api.add_comment(post, "Layla", "الخلطة الإثيوبية من فضلكم", date=at(1))
    reply = bot_api.add_comment(post, "Omar", "+1 Ethiopian!", date=at(2), reply_to=first)
    group = bot_api.discussion["id"]

    comments = connector.fetch_comments(since=start)

    assert [c.remote_id for c in comments] == [f"{group}:{first}", f"{group}:{reply}"]
    assert [c.in_reply_to for c in comments] == [str(post), f"{group}:{first}"]
    assert comments[0].author == "Layla" and comments[0].text == "الخلطة الإثيوبية من فضلكم"
    assert comments[0].created_at == start + timedelta(hours=1)

    # Not confirmed yet: a connector made after a crash reads them again (at least once, never lost)...
    assert len(make_connector().fetch_comments(since=start)) == 2
    # ...while the next call on the same connector confirms them and sees only what is new.
    later = bot_api.add_comment(post, "Sara", "وأنا أيضاً", date=at(2.5))
    assert [c.remote_id for c in connector.fetch_comments(since=start)] == [f"{group}:{later}"]


def test_reply_to_a_comment_in_the_discussion_group(connector: TelegramConnector, bot_api: FakeBotApi) -> None:
    post = int(connector.publish(OutgoingPost(key="q", text="What do you drink at iftar?")).remote_id)
    comment = bot_api.add_comment(post, "Layla", "تمر وقهوة عربية")
    group = bot_api.discussion["id"]

    published = connector.publish(OutgoingPost(key="r", text="اختيار رائع يا ليلى!", reply_to=f"{group}:{comment}"))

    stored = bot_api.messages[group][-1]
    assert published.remote_id == f"{group}:{stored['message_id']}"
    assert stored["text"] == "اختيار رائع يا ليلى!" and stored["reply_to_message"]["message_id"] == comment


def test_verify_returns_the_channel(connector: TelegramConnector) -> None:
    assert connector.verify() == "@dubaicoffee"


def test_verify_needs_the_right_to_post(connector: TelegramConnector, bot_api: FakeBotApi) -> None:
    bot_api.bot_can_post = False
    with pytest.raises(AuthError, match="'Post messages' right"):
        connector.verify()


def test_registry_builds_the_telegram_connector(bot_api: FakeBotApi, api_url: str) -> None:
    config = ChannelConfig("telegram", api_url, bot_api.token, "@dubaicoffee")
    assert isinstance(connector_for(config), TelegramConnector)


# --- error translation ----------------------------------------------------------------------------------


def test_bad_token_is_an_auth_error(make_connector: MakeConnector) -> None:
    with pytest.raises(AuthError, match="@BotFather"):
        make_connector(token="123456:revoked").publish(OutgoingPost(key="e", text="hello"))


def test_429_with_retry_after(connector: TelegramConnector, bot_api: FakeBotApi) -> None:
    bot_api.fail_next(429, {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 7",
                            "parameters": {"retry_after": 7}}, {"Retry-After": "7"})
    with pytest.raises(RateLimited) as caught:
        connector.publish(OutgoingPost(key="e", text="hello"))
    assert caught.value.retry_after == 7.0 and caught.value.retryable


@pytest.mark.parametrize("status", [500, 502])
def test_server_errors_are_transient(connector: TelegramConnector, bot_api: FakeBotApi, status: int) -> None:
    bot_api.fail_next(status, {"ok": False, "error_code": status, "description": "Internal Server Error"})
    with pytest.raises(TransientError) as caught:
        connector.publish(OutgoingPost(key="e", text="hello"))
    assert type(caught.value) is TransientError


def test_timeout_is_transient(bot_api: FakeBotApi, api_url: str) -> None:
    bot_api.stall_next(1.0)
    impatient = BotCaller(bot_api.token, api_url, "@dubaicoffee", read_timeout=0.2)
    with pytest.raises(TransientError, match="did not answer in time"):
        impatient(lambda bot: bot.get_me())


def test_unreachable_server_is_transient(bot_api: FakeBotApi) -> None:
    closed = TelegramConnector(ChannelConfig("telegram", "http://127.0.0.1:9", bot_api.token, "@dubaicoffee"))
    with pytest.raises(TransientError):
        closed.publish(OutgoingPost(key="e", text="hello"))


def test_unknown_channel_is_rejected_with_a_hint(make_connector: MakeConnector) -> None:
    with pytest.raises(RejectedError, match="cannot find @nosuchchannel: check its @name"):
        make_connector(channel="@nosuchchannel").publish(OutgoingPost(key="e", text="hello"))


@pytest.mark.parametrize("status, can_post", [("administrator", False), ("left", False)])
def test_missing_rights_are_rejected_with_a_hint(
    connector: TelegramConnector, bot_api: FakeBotApi, status: str, can_post: bool
) -> None:
    bot_api.bot_status, bot_api.bot_can_post = status, can_post
    with pytest.raises(RejectedError, match="make it an administrator of the channel with the 'Post messages'"):
        connector.publish(OutgoingPost(key="e", text="hello"))


def test_a_channel_without_token_is_an_auth_error(api_url: str) -> None:
    with pytest.raises(AuthError, match="no bot token"):
        TelegramConnector(ChannelConfig("telegram", api_url, None, "@dubaicoffee"))


def test_the_limits_are_the_bot_apis_as_python_telegram_bot_states_them() -> None:
    """The limits module writes the numbers down (the composer reads them without loading python-telegram-bot): they
    are the library's, so an upgrade to a Bot API version that changes one is noticed here."""
    assert (telegram_limits.TEXT_CHARS, telegram_limits.CAPTION_CHARS) == (MessageLimit.MAX_TEXT_LENGTH,
                                                                           MessageLimit.CAPTION_LENGTH)
    assert telegram_limits.ALBUM_ITEMS == MediaGroupLimit.MAX_MEDIA_LENGTH
    assert (telegram_limits.QUESTION_CHARS, telegram_limits.OPTION_CHARS) == (PollLimit.MAX_QUESTION_LENGTH,
                                                                              PollLimit.MAX_OPTION_LENGTH)
    assert (telegram_limits.MIN_POLL_OPTIONS, telegram_limits.MAX_POLL_OPTIONS) == (PollLimit.MIN_OPTION_NUMBER,
                                                                                    PollLimit.MAX_OPTION_NUMBER)
    assert telegram_limits.MAX_POLL_SECONDS == PollLimit.MAX_OPEN_PERIOD
