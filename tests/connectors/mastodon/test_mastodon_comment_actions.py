"""Liking (favouriting) someone's reply on a real Mastodon API server (mastodon-mock); hiding and deleting
another account's status are not in Mastodon's API, so the connector says so."""

from __future__ import annotations

import pytest
from mastodon_mock_server import Account

from cocktailparty.connectors.base import RejectedError
from cocktailparty.connectors.mastodon.connector import MastodonConnector
from cocktailparty.connectors.networks import comment_actions


def test_like_a_reply_once(connector: MastodonConnector, alice: Account, bob: Account) -> None:
    assert comment_actions("mastodon") == ("like",)
    ours = alice.client.status_post("Which cake next week?")
    reply = bob.client.status_post("The pistachio one please!", in_reply_to_id=ours.id)
    connector.like(str(reply.id))
    connector.like(str(reply.id))  # favouriting again changes nothing
    likers = [account.username for account in bob.client.status_favourited_by(reply.id)]
    assert likers == ["alice"]
    assert bob.client.status(reply.id).favourites_count == 1


def test_hide_and_delete_are_not_mastodons(connector: MastodonConnector, alice: Account, bob: Account) -> None:
    reply = bob.client.status_post("@alice hello")
    for action in (lambda: connector.hide(str(reply.id)), lambda: connector.delete_comment(str(reply.id))):
        with pytest.raises(RejectedError) as refused:
            action()
        assert refused.value.code == "connector.action_unsupported"
    assert bob.client.status(reply.id).content  # still there
