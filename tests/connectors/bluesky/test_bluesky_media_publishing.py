"""A post with two library pictures and their alt text reaches the reference PDS through the worker: each
picture uploaded as a blob (uploadBlob) and embedded with its alt text and its shape, once. A video goes the same way
(uploadBlob, then an app.bsky.embed.video with its alt text), which the PDS validates against the lexicon."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import httpx
import pytest
from bluesky_pds import Account, LocalPds
from test_bluesky_connector import connect, own_posts

from cocktailparty.connectors.base import Media, OutgoingPost
from cocktailparty.db import session_scope
from cocktailparty.models import Post
from media_publish import again, picture, post_with_media, publish, video


@pytest.mark.filterwarnings("ignore:Use 'content=<...>':DeprecationWarning")  # atproto's uploadBlob call to httpx
def test_two_pictures_with_alt_text_are_published_once(app_env: Path, local_pds: LocalPds, tmp_path: Path) -> None:
    account = local_pds.create_account("media")
    post_id = post_with_media(
        "Eid at the office عيد مبارك",
        [(picture(tmp_path, "eid.jpg", (20, 120, 60), (300, 200)), "بطاقة عيد بخط عربي ذهبي"),
         (picture(tmp_path, "sweets.png", (220, 180, 40), (100, 100)), "A tray of maamoul")],
        network="bluesky", base_url=local_pds.url, handle=account.handle, password=account.password)
    assert publish(post_id).result == "published"
    assert again(post_id).result == "found"
    posts = own_posts(local_pds, account)
    assert len(posts) == 1
    images = posts[0]["value"]["embed"]["images"]
    assert [image["alt"] for image in images] == ["بطاقة عيد بخط عربي ذهبي", "A tray of maamoul"]
    shapes = [(image["aspectRatio"]["width"], image["aspectRatio"]["height"]) for image in images]
    assert shapes == [(300, 200), (100, 100)]
    assert [image["image"]["mimeType"] for image in images] == ["image/jpeg", "image/png"]
    with session_scope() as session:
        post = session.get(Post, post_id)
        assert post is not None and post.remote_id == posts[0]["uri"]


@pytest.mark.filterwarnings("ignore:Use 'content=<...>':DeprecationWarning")  # atproto's uploadBlob call to httpx
def test_a_video_with_alt_text_is_published_once_as_a_video_embed(app_env: Path, local_pds: LocalPds,
                                                                   tmp_path: Path) -> None:
    account = local_pds.create_account("video")
    clip = video(tmp_path, "iftar.mp4", data_bytes=256 * 1024)
    post_id = post_with_media("Iftar with the team 🌙 إفطار مع الفريق", [(clip, "الفريق حول مائدة الإفطار")],
                              network="bluesky", base_url=local_pds.url, handle=account.handle,
                              password=account.password)
    outcome = publish(post_id)
    assert outcome.result == "published", outcome.detail
    assert again(post_id).result == "found"
    [post] = own_posts(local_pds, account)
    embed = post["value"]["embed"]
    # The PDS validated the record against app.bsky.embed.video (an MP4 blob of at most 100 MB, alt text).
    assert embed["$type"] == "app.bsky.embed.video" and embed["alt"] == "الفريق حول مائدة الإفطار"
    assert (embed["video"]["mimeType"], embed["video"]["size"]) == ("video/mp4", clip.stat().st_size)
    stored = httpx.get(f"{local_pds.url}/xrpc/com.atproto.sync.getBlob",
                       params={"did": account.did, "cid": embed["video"]["ref"]["$link"]})
    assert stored.status_code == 200 and stored.content == clip.read_bytes()


@pytest.mark.filterwarnings("ignore:Use 'content=<...>':DeprecationWarning")  # atproto's uploadBlob call to httpx
def test_a_video_is_sent_from_disk_as_it_is_read_never_whole_in_memory(local_pds: LocalPds, fresh_account: Account,
                                                                       tmp_path: Path) -> None:
    """The connector's memory through a video's upload stays a fraction of the file (the PDS takes blobs up to 5 MB
    as the tests run it): the file goes out as it is read, and the PDS stores every byte of it. The PDS is a process
    of its own, so what is traced here is the connector's alone."""
    clip = video(tmp_path, "all-hands.mp4", data_bytes=4 * 2**20)
    connector = connect(local_pds, fresh_account)
    connector.verify()  # logged in before memory is measured
    tracemalloc.start()
    try:
        published = connector.publish(OutgoingPost("streamed-video", "All hands 🎬", (Media(clip, "video/mp4"),)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # About 1 MiB whatever the file's size (read whole, the file alone was more than the 4 MiB it weighs).
    assert peak < clip.stat().st_size / 2, f"{peak / 2**20:.1f} MiB held"
    [post] = own_posts(local_pds, fresh_account)
    assert post["uri"] == published.remote_id
    stored = httpx.get(f"{local_pds.url}/xrpc/com.atproto.sync.getBlob",
                       params={"did": fresh_account.did, "cid": post["value"]["embed"]["video"]["ref"]["$link"]})
    assert stored.status_code == 200 and stored.content == clip.read_bytes()
