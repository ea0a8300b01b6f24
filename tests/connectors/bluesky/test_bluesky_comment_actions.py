"""Liking a reply on the reference Bluesky PDS: an app.bsky.feed.like record in the channel's repository naming
the reply and its version (cid), valid by the lexicon; hiding and deleting another account's record are not
Bluesky's to do."""

from __future__ import annotations

import pytest
from bluesky_pds import Account, LocalPds
from test_bluesky_connector import _ref, write_post, xrpc_get

from cocktailparty.connectors.base import ChannelConfig, RejectedError
from cocktailparty.connectors.bluesky.connector import BlueskyConnector
from cocktailparty.connectors.networks import comment_actions

LIKE = "app.bsky.feed.like"


def test_like_a_reply(local_pds: LocalPds, fresh_account: Account, other_account: Account) -> None:
    assert comment_actions("bluesky") == ("like",)
    connector = BlueskyConnector(ChannelConfig(network="bluesky", base_url=local_pds.url,
                                               handle=fresh_account.handle, password=fresh_account.password))
    ours = write_post(local_pds, fresh_account, {"text": "What should we bake next?"})
    ref = _ref(local_pds, ours["uri"])
    reply = write_post(local_pds, other_account, {"text": "Date cookies!", "reply": {"root": ref, "parent": ref}})
    connector.like(reply["uri"])
    likes = xrpc_get(local_pds, "com.atproto.repo.listRecords", repo=fresh_account.did, collection=LIKE)["records"]
    assert [(like["value"]["subject"]["uri"], like["value"]["subject"]["cid"]) for like in likes] == [
        (reply["uri"], reply["cid"])]
    for action in (lambda: connector.hide(reply["uri"]), lambda: connector.delete_comment(reply["uri"])):
        with pytest.raises(RejectedError):
            action()
