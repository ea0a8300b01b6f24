"""A post with two pictures and their alt text goes from the media library to a real Mastodon API server
(mastodon-mock) through the worker, once, each picture described; a file gone from the store is named. A video goes
the same way, with its description."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mastodon_mock_server import MockServer
from sqlalchemy import select

from cocktailparty.db import session_scope
from cocktailparty.media.storage import store_for
from cocktailparty.models import MediaFile, Post
from media_publish import again, picture, post_with_media, publish, video


def test_two_pictures_with_alt_text_are_published_once(app_env: Path, mastodon_server: MockServer,
                                                       new_account: Any, tmp_path: Path) -> None:
    account = new_account("media_brand")
    post_id = post_with_media(
        "New Year at the office 🎉 رأس السنة في المكتب",
        [(picture(tmp_path, "party.jpg", (200, 30, 30)), "The team raising glasses under paper lanterns"),
         (picture(tmp_path, "cake.png", (30, 200, 30)), "كعكة عليها شعار الشركة")],
        network="mastodon", base_url=mastodon_server.base_url, token=account.token)
    outcome = publish(post_id)
    assert outcome.result == "published", outcome.detail
    assert again(post_id).result == "found"  # the retry finds it: still one post on the server
    statuses = account.client.account_statuses(account.client.me(), limit=40)
    assert len(statuses) == 1
    attachments = statuses[0]["media_attachments"]
    assert [item["description"] for item in attachments] == [
        "The team raising glasses under paper lanterns", "كعكة عليها شعار الشركة"]
    assert [item["type"] for item in attachments] == ["image", "image"]


def test_a_file_gone_from_the_store_fails_the_post_naming_it(app_env: Path, mastodon_server: MockServer,
                                                            new_account: Any, tmp_path: Path) -> None:
    account = new_account("media_gone")
    post_id = post_with_media("Prize of the week", [(picture(tmp_path, "prize.jpg", (10, 10, 200)), "A mug")],
                              network="mastodon", base_url=mastodon_server.base_url, token=account.token)
    with session_scope() as session:
        key = session.scalar(select(MediaFile.key))
    store_for().delete(key)
    outcome = publish(post_id)
    assert outcome.result == "failed" and "prize.jpg: the file is no longer in the media store" in outcome.detail
    with session_scope() as session:
        post = session.get(Post, post_id)
        assert post is not None and "prize.jpg" in (post.last_error or "")
    assert account.client.account_statuses(account.client.me(), limit=40) == []


def test_a_video_with_its_description_is_published_once(app_env: Path, mastodon_server: MockServer,
                                                        new_account: Any, tmp_path: Path) -> None:
    account = new_account("media_video")
    post_id = post_with_media("Eid Mubarak from the team 🎬 عيد مبارك",
                              [(video(tmp_path, "eid-clip.mp4"), "الفريق يلوّح أمام الفوانيس")],
                              network="mastodon", base_url=mastodon_server.base_url, token=account.token)
    outcome = publish(post_id)
    assert outcome.result == "published", outcome.detail
    assert again(post_id).result == "found"
    [status] = account.client.account_statuses(account.client.me(), limit=40)
    assert [(item["type"], item["description"]) for item in status["media_attachments"]] == [
        ("video", "الفريق يلوّح أمام الفوانيس")]
