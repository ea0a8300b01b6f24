"""A post with two library pictures and their alt text goes to X (the fake behind Prism's validating proxy)
through the worker: each uploaded, its alt text set, both attached, once. A video goes up by the chunked upload
(initialize, append in base64 JSON segments, finalize, status until X has processed it), every request checked
against X's OpenAPI description by Prism."""

from __future__ import annotations

from pathlib import Path

import pytest
from x_fake import TOKEN, FakeX
from x_servers import Prism

from cocktailparty.connectors.x import connector as x_connector
from media_publish import again, picture, post_with_media, publish, video


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


def test_a_video_goes_up_in_segments_and_is_attached_once_processed(app_env: Path, prism: Prism, fake: FakeX,
                                                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                     ) -> None:
    # Three segments of 64 KiB for a 150 KiB video: the chunked upload is exercised without megabytes in the test.
    monkeypatch.setattr(x_connector, "VIDEO_SEGMENT_BYTES", 64 * 1024)
    clip = video(tmp_path, "office-tour.mp4", data_bytes=150 * 1024)
    post_id = post_with_media("A tour of our new office 🎥 جولة في مكتبنا الجديد", [(clip, "")], network="x",
                              base_url=prism.proxy, token=TOKEN)
    outcome = publish(post_id)
    assert outcome.result == "published", outcome.detail
    assert again(post_id).result == "found"
    [uploaded] = fake.media.values()
    assert uploaded["bytes"] == clip.read_bytes() and uploaded["segments"] == 3
    assert (uploaded["media_type"], uploaded["category"]) == ("video/mp4", "tweet_video")
    assert uploaded["state"] == "succeeded"
    assert uploaded["status_calls"] >= 1  # finalize said pending: the post waited for X to process it
    ours = [tweet for tweet in fake.posts.values() if tweet["source_text"].startswith("A tour of our new office")]
    assert len(ours) == 1 and ours[0]["media_keys"] == [uploaded["media_key"]]
    paths = [request.path for request in fake.requests if "/media/" in request.path]
    assert paths[0] == "/2/media/upload/initialize" and paths[-1] == "/2/media/upload"
