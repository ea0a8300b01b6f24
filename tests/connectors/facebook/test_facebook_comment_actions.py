"""The Page likes, hides (and shows again) and deletes someone's comment on its post through the Graph API's
Comment node, against the fake built from Meta's Comment spec (every param it accepts is in Comment.json)."""

from __future__ import annotations

import pytest
from fake_graph import FakeGraph

from cocktailparty.connectors.base import AuthError, OutgoingPost, RejectedError
from cocktailparty.connectors.facebook.connector import FacebookConnector
from cocktailparty.connectors.networks import comment_actions


def test_like_hide_show_and_delete_a_comment(connector: FacebookConnector, graph: FakeGraph) -> None:
    assert comment_actions("facebook") == ("like", "hide", "delete_comment")
    post_id = connector.publish(OutgoingPost(key="q", text="Which blend for Ramadan nights?")).remote_id
    kind = graph.add_comment(post_id, "Layla", "الخلطة الإثيوبية!")
    rude = graph.add_comment(post_id, "Troll", "buy followers at spam.example")
    doomed = graph.add_comment(post_id, "Spammer", "free crypto here")

    connector.like(kind)
    connector.like(kind)  # twice: still one like
    assert (graph.nodes[kind].fields["user_likes"], graph.nodes[kind].fields["like_count"]) == (True, 1)
    assert ("POST", f"/v21.0/{kind}/likes") in [(method, path) for method, path, _ in graph.requests]

    connector.hide(rude)
    assert graph.nodes[rude].fields["is_hidden"] is True
    connector.hide(rude, hidden=False)
    assert graph.nodes[rude].fields["is_hidden"] is False
    assert [params.get("is_hidden") for method, path, params in graph.requests
            if method == "POST" and path == f"/v21.0/{rude}"] == ["true", "false"]

    connector.delete_comment(doomed)
    assert doomed not in graph.nodes
    connector.delete_comment(doomed)  # already gone: not an error


def test_a_refusal_and_an_expired_token_are_our_errors(connector: FacebookConnector, graph: FakeGraph) -> None:
    mention = graph.add_mention("Omar", "Visiting @Dubai Coffee today")
    post_id = connector.publish(OutgoingPost(key="p", text="Open late tonight")).remote_id
    reply_on_mention = graph.add_comment(mention, "Omar", "see you there")
    with pytest.raises(RejectedError):  # not under the Page's own post: Graph refuses to hide it
        connector.hide(reply_on_mention)
    comment = graph.add_comment(post_id, "Layla", "yay")
    graph.token_expired = True
    with pytest.raises(AuthError):
        connector.like(comment)
