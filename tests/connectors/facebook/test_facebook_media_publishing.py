"""A post with a library video goes to a Facebook Page (the fake Graph server) through the worker, once: the file as
the `source` of POST /{page-id}/videos with the post's text as its description, which Facebook publishes on the
Page as a post of its own; a run after a crash finds that post by its text; deleting the video deletes its post.
Graph answers the upload with the video's id, and the Page lists the post under an id of its own: comments read
from the post, and the retry's find, name our post by the video its attachment targets."""

from __future__ import annotations

from pathlib import Path

from fake_graph import FakeGraph

from cocktailparty.connectors.base import ChannelConfig
from cocktailparty.connectors.facebook.connector import FacebookConnector
from cocktailparty.db import session_scope
from cocktailparty.inbox import job
from cocktailparty.models import Post
from media_publish import again, post_with_media, publish, video

TEXT = "Behind the scenes of our Eid shoot 🎬 كواليس تصوير العيد"


def test_a_video_is_published_once_as_a_page_video(app_env: Path, graph: FakeGraph, graph_url: str,
                                                   tmp_path: Path) -> None:
    clip = video(tmp_path, "eid-shoot.mp4", data_bytes=200 * 1024)
    post_id = post_with_media(TEXT, [(clip, "")], network="facebook", base_url=graph_url, token=graph.token,
                              handle=graph.page_id)
    outcome = publish(post_id)
    assert outcome.result == "published", outcome.detail
    [uploaded] = [node for node in graph.nodes.values() if node.kind == "Video"]
    assert uploaded.content == clip.read_bytes() and uploaded.fields["description"] == TEXT
    [story] = graph.posts()
    assert story["message"] == TEXT and story["status_type"] == "added_video"
    with session_scope() as session:
        post = session.get(Post, post_id)
        assert post is not None and post.remote_id == uploaded.fields["id"]
        remote_id, channel_id = post.remote_id, post.channel_id
    assert story["id"] != remote_id  # the Page's post has an id of its own

    # A comment on the Page's post, and a reply to it, thread to our post.
    comment = graph.add_comment(story["id"], "Huda", "ما أجمل التصوير!")
    graph.add_comment(comment, "Karim", "Agreed, lovely light")
    fetched = job.fetch_channel(channel_id).new
    assert [(item.text, item.post_id) for item in fetched] == [
        ("ما أجمل التصوير!", post_id), ("Agreed, lovely light", post_id)]

    assert again(post_id).result == "found"  # a crash before our record: the retry finds the post, no second video
    assert len([node for node in graph.nodes.values() if node.kind == "Video"]) == 1
    with session_scope() as session:
        post = session.get(Post, post_id)
        assert post is not None and post.remote_id == remote_id  # found, it is known by the same id

    page = FacebookConnector(ChannelConfig("facebook", graph_url, graph.token, extra={"page_id": graph.page_id}))
    page.delete(remote_id)
    assert graph.posts() == [] and not any(node.kind == "Video" for node in graph.nodes.values())
    page.close()
