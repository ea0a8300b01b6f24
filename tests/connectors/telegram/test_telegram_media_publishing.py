"""A post with library pictures goes to a Telegram channel (the fake Bot API) through the worker, once: one picture
with sendPhoto and the post's text as its caption; two or more as one album (sendMediaGroup), captioned as the Bot
API states (each photo up to 1,024 characters; the text on the first photo only, so apps show it under the album;
with no text, each photo's alt text as its own caption). An album keeps every message's id: deleting it deletes every
photo (deleteMessages), and a comment on any of its photos is about the post."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fake_bot_api import FakeBotApi
from sqlalchemy import select

from cocktailparty.connectors.base import ChannelConfig
from cocktailparty.connectors.telegram.connector import TelegramConnector
from cocktailparty.db import session_scope
from cocktailparty.inbox import job
from cocktailparty.media.service import MediaProblems
from cocktailparty.models import Post, PostState
from media_publish import picture, post_with_media, publish, video


def _telegram_post(text: str, files: list[tuple[Path, str]], bot_api: FakeBotApi, api_url: str) -> int:
    return post_with_media(text, files, network="telegram", base_url=api_url, token=bot_api.token,
                           handle="@dubaicoffee")


def _sent(bot_api: FakeBotApi, method: str) -> int:
    return sum(1 for called, _ in bot_api.calls if called == method)


def test_a_picture_is_published_once_with_its_caption(app_env: Path, bot_api: FakeBotApi, api_url: str,
                                                       tmp_path: Path) -> None:
    photo = picture(tmp_path, "coffee.jpg", (120, 70, 30))
    post_id = _telegram_post("قهوة الصباح في المكتب ☕", [(photo, "")], bot_api, api_url)
    assert publish(post_id).result == "published"
    posts = bot_api.channel_posts()
    assert len(posts) == 1 and posts[0]["caption"] == "قهوة الصباح في المكتب ☕" and posts[0]["photo"]
    assert next(iter(bot_api.uploads.values()))[:3] == b"\xff\xd8\xff"  # the JPEG itself, cleaned


def test_two_pictures_go_out_as_one_album_with_the_text_under_it(app_env: Path, bot_api: FakeBotApi, api_url: str,
                                                                  tmp_path: Path) -> None:
    files = [(picture(tmp_path, "party.jpg", (200, 30, 30)), "The team raising glasses"),
             (picture(tmp_path, "cake.png", (30, 200, 30)), "كعكة عليها شعار الشركة")]
    post_id = _telegram_post("رأس السنة في المكتب 🎉", files, bot_api, api_url)
    outcome = publish(post_id)
    assert outcome.result == "published", outcome.detail
    assert publish(post_id).result == "skipped"  # the job run again after the record: nothing sent twice
    assert _sent(bot_api, "sendMediaGroup") == 1 and _sent(bot_api, "sendPhoto") == 0
    posts = bot_api.channel_posts()
    assert len(posts) == 2 and len({post["media_group_id"] for post in posts}) == 1
    # Only the first photo has a caption: Telegram's apps then show it under the whole album.
    assert [post.get("caption") for post in posts] == ["رأس السنة في المكتب 🎉", None]
    uploads = list(bot_api.uploads.values())
    assert uploads[0][:3] == b"\xff\xd8\xff" and uploads[1][:8] == b"\x89PNG\r\n\x1a\n"  # in the post's order
    with session_scope() as session:
        post = session.get(Post, post_id)
        assert post is not None and post.remote_id == ",".join(str(post["message_id"]) for post in posts)


def test_an_album_without_text_gives_each_photo_its_alt_text(app_env: Path, bot_api: FakeBotApi, api_url: str,
                                                              tmp_path: Path) -> None:
    files = [(picture(tmp_path, "a.jpg", (10, 10, 10)), "The prize: a copper coffee pot"),
             (picture(tmp_path, "b.jpg", (90, 90, 90)), ""),
             (picture(tmp_path, "c.jpg", (160, 160, 160)), "الفائزة تحمل الجائزة")]
    assert publish(_telegram_post("", files, bot_api, api_url)).result == "published"
    assert [post.get("caption") for post in bot_api.channel_posts()] == [
        "The prize: a copper coffee pot", None, "الفائزة تحمل الجائزة"]


def test_a_rate_limited_album_is_sent_whole_once_later(app_env: Path, bot_api: FakeBotApi, api_url: str,
                                                        tmp_path: Path) -> None:
    files = [(picture(tmp_path, "one.jpg", (200, 0, 0)), "one"), (picture(tmp_path, "two.jpg", (0, 0, 200)), "two")]
    post_id = _telegram_post("Behind the scenes", files, bot_api, api_url)
    bot_api.fail_next(429, {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 3",
                            "parameters": {"retry_after": 3}})
    assert publish(post_id).result == "retry"
    assert bot_api.channel_posts() == []
    with session_scope(write=True) as session:
        post = session.get(Post, post_id)
        assert post is not None and post.state == PostState.SCHEDULED
        post.state = PostState.PUBLISHING  # the dispatcher claims it again after Retry-After
    assert publish(post_id).result == "published"
    assert [post.get("caption") for post in bot_api.channel_posts()] == ["Behind the scenes", None]


def test_eleven_pictures_are_refused_before_scheduling(app_env: Path, bot_api: FakeBotApi, api_url: str,
                                                        tmp_path: Path) -> None:
    files = [(picture(tmp_path, f"p{number}.jpg", (number * 20, 0, 0)), "") for number in range(11)]
    with pytest.raises(MediaProblems) as refused:
        _telegram_post("Too many", files, bot_api, api_url)
    assert "Telegram takes at most 10 pictures in a post" in str(refused.value.detail)


def test_deleting_an_album_deletes_every_photo_once(app_env: Path, bot_api: FakeBotApi, api_url: str,
                                                     tmp_path: Path) -> None:
    files = [(picture(tmp_path, f"eid{number}.jpg", (40 * number, 90, 60)), "") for number in range(3)]
    post_id = _telegram_post("عيد مبارك من فريقنا 🌙", files, bot_api, api_url)
    assert publish(post_id).result == "published"
    sent = [message["message_id"] for message in bot_api.channel_posts()]
    with session_scope() as session:
        post = session.get(Post, post_id)
        assert post is not None and post.remote_id == ",".join(map(str, sent)) and len(sent) == 3
        remote_id = post.remote_id
    connector = TelegramConnector(ChannelConfig("telegram", api_url, bot_api.token, "@dubaicoffee"))

    connector.delete(remote_id)
    assert bot_api.channel_posts() == []
    assert [params["message_ids"] for method, params in bot_api.calls if method == "deleteMessages"] == [
        json.dumps(sent)]
    connector.delete(remote_id)  # a retried job: the photos are gone, deleteMessages skips them
    assert _sent(bot_api, "deleteMessages") == 2 and _sent(bot_api, "deleteMessage") == 0


def test_a_comment_on_any_photo_of_an_album_is_about_the_post(app_env: Path, bot_api: FakeBotApi, api_url: str,
                                                               tmp_path: Path) -> None:
    files = [(picture(tmp_path, "one.jpg", (200, 0, 0)), ""), (picture(tmp_path, "two.jpg", (0, 0, 200)), "")]
    post_id = _telegram_post("Behind the scenes of our Ramadan shoot", files, bot_api, api_url)
    assert publish(post_id).result == "published"
    first, second = (message["message_id"] for message in bot_api.channel_posts())
    bot_api.add_comment(first, "Huda", "ما أجمل الإضاءة!")
    bot_api.add_comment(second, "Karim", "Who made the lanterns?")
    with session_scope() as session:
        channel_id = session.scalars(select(Post.channel_id).where(Post.id == post_id)).one()
    fetched = job.fetch_channel(channel_id).new
    assert [(item.text, item.post_id) for item in fetched] == [
        ("ما أجمل الإضاءة!", post_id), ("Who made the lanterns?", post_id)]


def test_a_video_goes_out_once_with_send_video_and_the_text_as_its_caption(
        app_env: Path, bot_api: FakeBotApi, api_url: str, tmp_path: Path) -> None:
    clip = video(tmp_path, "eid-greeting.mp4")
    post_id = _telegram_post("تهنئة العيد من فريقنا 🎬 Eid greetings from the team", [(clip, "")], bot_api, api_url)
    outcome = publish(post_id)
    assert outcome.result == "published", outcome.detail
    assert publish(post_id).result == "skipped"
    [sent] = bot_api.channel_posts()
    assert sent["caption"] == "تهنئة العيد من فريقنا 🎬 Eid greetings from the team"
    assert sent["video"]["mime_type"] == "video/mp4" and sent["video"]["supports_streaming"]
    assert bot_api.uploads[sent["video"]["file_id"]] == clip.read_bytes()
    assert (_sent(bot_api, "sendVideo"), _sent(bot_api, "sendPhoto")) == (1, 0)


# The connector in a process of its own (the fake Bot API runs in the tests' process and holds what it is sent), its
# Python memory traced through one publish: a video and the caption given on the command line; prints the peak.
STREAM_PROBE = """
import sys, tracemalloc
from pathlib import Path
from cocktailparty.connectors.base import ChannelConfig, Media, OutgoingPost
from cocktailparty.connectors.telegram.connector import TelegramConnector
api_url, token, clip = sys.argv[1:4]
connector = TelegramConnector(ChannelConfig("telegram", api_url, token, "@dubaicoffee"))
connector.verify()
tracemalloc.start()
connector.publish(OutgoingPost("streamed-video", "All hands 🎬", (Media(Path(clip), "video/mp4"),)))
print(tracemalloc.get_traced_memory()[1])
"""


def test_a_video_is_sent_from_disk_as_it_is_read_never_whole_in_memory(bot_api: FakeBotApi, api_url: str,
                                                                       tmp_path: Path) -> None:
    clip = video(tmp_path, "all-hands.mp4", data_bytes=20 * 2**20)
    answer = subprocess.run([sys.executable, "-c", STREAM_PROBE, api_url, bot_api.token, str(clip)],
                            capture_output=True, text=True, timeout=120)
    assert answer.returncode == 0, answer.stderr
    peak = int(answer.stdout)
    # Under 1 MiB whatever the file's size (read whole, 53 MiB for this 20 MiB file).
    assert peak < clip.stat().st_size / 4, f"{peak / 2**20:.1f} MiB held"
    [sent] = bot_api.channel_posts()
    assert sent["caption"] == "All hands 🎬" and bot_api.uploads[sent["video"]["file_id"]] == clip.read_bytes()


def test_a_video_over_telegrams_50_mb_is_refused_before_scheduling(app_env: Path, bot_api: FakeBotApi, api_url: str,
                                                                   tmp_path: Path) -> None:
    clip = video(tmp_path, "whole-party.mp4", data_bytes=51 * 2**20)
    with pytest.raises(MediaProblems) as refused:
        _telegram_post("The whole party", [(clip, "")], bot_api, api_url)
    assert "whole-party.mp4 is 51 MB; Telegram takes videos up to 50 MB" in str(refused.value.detail)
