"""Liking a post and hiding (and showing again) a reply on X, through Prism's validating proxy in front of the
stateful fake: each request and answer is checked against the official X API v2 OpenAPI description
(likePost, hidePostsReply)."""

from __future__ import annotations

import json

import pytest
from x_fake import ME, FakeX

from cocktailparty.connectors.base import ConnectorError, OutgoingPost, RejectedError
from cocktailparty.connectors.networks import comment_actions
from cocktailparty.connectors.x.connector import XConnector


def test_like_and_hide_a_reply(x: XConnector, fake: FakeX) -> None:
    assert comment_actions("x") == ("like", "hide")
    ours = x.publish(OutgoingPost(key="q", text="Tea or coffee this morning?")).remote_id
    reply = fake.add_mention("sara", "Coffee, always", in_reply_to=ours)
    x.like(reply)
    assert fake.posts[reply]["liked"] is True
    [liked] = [found for found in fake.requests if found.path == f"/2/users/{ME['id']}/likes"]
    assert liked.method == "POST" and json.loads(liked.body) == {"tweet_id": reply}

    x.hide(reply)
    assert fake.posts[reply]["hidden"] is True
    x.hide(reply, hidden=False)
    assert fake.posts[reply]["hidden"] is False
    assert [json.loads(found.body) for found in fake.requests if found.path == f"/2/tweets/{reply}/hidden"] == [
        {"hidden": True}, {"hidden": False}]


def test_x_refuses_to_hide_outside_our_conversations_and_has_no_comment_delete(x: XConnector, fake: FakeX) -> None:
    theirs = fake.add_mention("omar", "@cocktailparty what do you think?")
    with pytest.raises(ConnectorError) as refused:
        x.hide(theirs)
    assert not refused.value.retryable
    with pytest.raises(RejectedError) as unsupported:
        x.delete_comment(theirs)
    assert unsupported.value.code == "connector.action_unsupported"
