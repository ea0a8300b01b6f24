"""A post with a library picture goes to a Telegram channel (the fake Bot API) through the worker, once, with
the post's text as its caption (Telegram keeps no alt text)."""

from __future__ import annotations

from pathlib import Path

from fake_bot_api import FakeBotApi

from media_publish import picture, post_with_media, publish


def test_a_picture_is_published_once_with_its_caption(app_env: Path, bot_api: FakeBotApi, api_url: str,
                                                       tmp_path: Path) -> None:
    photo = picture(tmp_path, "coffee.jpg", (120, 70, 30))
    post_id = post_with_media("قهوة الصباح في المكتب ☕", [(photo, "")], network="telegram", base_url=api_url,
                              token=bot_api.token, handle="@dubaicoffee")
    assert publish(post_id).result == "published"
    posts = bot_api.channel_posts()
    assert len(posts) == 1 and posts[0]["caption"] == "قهوة الصباح في المكتب ☕" and posts[0]["photo"]
    assert next(iter(bot_api.uploads.values()))[:3] == b"\xff\xd8\xff"  # the JPEG itself, cleaned
