"""A post with two library pictures and their alt text goes to X (the fake behind Prism's validating proxy)
through the worker: each uploaded, its alt text set, both attached, once."""

from __future__ import annotations

from pathlib import Path

from x_fake import TOKEN, FakeX
from x_servers import Prism

from media_publish import again, picture, post_with_media, publish


def test_two_pictures_with_alt_text_are_published_once(app_env: Path, prism: Prism, fake: FakeX,
                                                       tmp_path: Path) -> None:
    post_id = post_with_media(
        "Our new colleague's first day 👋 أول يوم لزميلتنا",
        [(picture(tmp_path, "welcome.jpg", (90, 90, 200)), "Sara at her desk with a welcome balloon"),
         (picture(tmp_path, "team.png", (200, 90, 90)), "الفريق يرحب بسارة")],
        network="x", base_url=prism.proxy, token=TOKEN)
    assert publish(post_id).result == "published"
    assert again(post_id).result == "found"
    uploads = list(fake.media.values())
    assert [media["alt_text"] for media in uploads] == ["Sara at her desk with a welcome balloon", "الفريق يرحب بسارة"]
    # Ours once (the fake may hold another test's late post: only this post's text is counted).
    ours = [tweet for tweet in fake.posts.values() if tweet["source_text"].startswith("Our new colleague")]
    assert len(ours) == 1
    assert ours[0]["media_keys"] == [media["media_key"] for media in uploads]
