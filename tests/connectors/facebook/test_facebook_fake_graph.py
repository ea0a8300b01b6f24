"""The fake Graph server against Meta's spec files: it may use no edge, param or field the specs do not define,
and it must refuse what the specs do not allow, so the connector cannot drift from the real API unnoticed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from fake_graph import FILE_PARTS, GRAPH_WIDE_PARAMS, PARAMS_READ, SERVED, UNSPECIFIED_NODES, FakeGraph, Spec

from cocktailparty.connectors.base import Media, OutgoingPost
from cocktailparty.connectors.facebook import connector as facebook_connector
from cocktailparty.connectors.facebook.connector import FacebookConnector


@pytest.fixture(scope="module")
def spec(graph_server: tuple[FakeGraph, str]) -> Spec:
    return graph_server[0].spec


def test_every_served_edge_is_in_the_spec(spec: Spec) -> None:
    for kind, method, edge in SERVED:
        if kind in UNSPECIFIED_NODES:
            assert edge is None and method in ("GET", "DELETE"), f"{method} {kind}/{edge}: {UNSPECIFIED_NODES[kind]}"
            continue
        assert spec.edge(kind, method, edge) is not None, f"{method} {kind}/{edge} is not in {kind}.json"


def test_every_param_the_fake_reads_is_in_the_spec(spec: Spec) -> None:
    for (kind, method, edge), handler in SERVED.items():
        unknown = PARAMS_READ.get(handler, set()) - set(spec.params(kind, method, edge))
        assert not unknown, f"{handler} reads {unknown}, which {kind}.json does not list for {method} {edge}"
    for kind, method, edge in FILE_PARTS:
        assert spec.edge(kind, method, edge) is not None
    assert set(FILE_PARTS.values()) <= set(spec.fields("Photo"))
    # The Graph-wide params are exactly that: no edge of the spec lists them as its own.
    for kind, method, edge in SERVED:
        assert not GRAPH_WIDE_PARAMS & set(spec.params(kind, method, edge))


def test_the_fields_the_connector_asks_for_are_in_the_spec(spec: Spec) -> None:
    assert set(facebook_connector.POST_FIELDS.split(",")) <= set(spec.fields("PagePost"))
    assert set(facebook_connector.COMMENT_FIELDS.split(",")) <= set(spec.fields("Comment"))
    assert {"id", "name", "username"} <= set(spec.fields("Page"))


def test_every_field_the_fake_stored_is_in_the_spec(
    graph: FakeGraph, make_connector: Callable[..., FacebookConnector], make_png: Callable[..., Path]
) -> None:
    # Exercise every handler that stores something, then look at what was stored.
    page = make_connector()
    photo = Media(make_png("a.png"), "image/png")
    post_id = page.publish(OutgoingPost(key="1", text="hello", media=(photo,))).remote_id
    comment_id = graph.add_comment(post_id, "Layla", "hi")
    page.publish(OutgoingPost(key="2", text="thanks", reply_to=comment_id))
    graph.add_mention("Omar", "@dubaicoffee rocks")
    page.fetch_comments(since=datetime.now(UTC) - timedelta(days=1))

    kinds = {node.kind for node in graph.nodes.values()}
    assert kinds == {"Page", "PagePost", "Photo", "Comment"}
    asked = graph.add_message("555", "Huda", "مرحبا")
    page.publish(OutgoingPost(key="3", text="أهلًا", reply_to=f"messenger:555:{asked}"))
    page.fetch_comments(since=datetime.now(UTC) - timedelta(days=1))
    assert {node.kind for node in graph.nodes.values()} == kinds | {"UnifiedThread", "UnifiedMessage"}
    for node in graph.nodes.values():
        assert set(node.fields) <= set(graph.spec.fields(node.kind)), node.kind


@pytest.mark.parametrize("method, path, params, expected", [
    ("POST", "feed", {"message": "hi", "mesage": "typo"}, "Param mesage is not a parameter"),
    ("GET", "published_posts", {"since": "1700000000"}, "Param since is not a parameter"),
    ("GET", "published_posts", {"fields": "id,likes_count"}, "nonexisting field (likes_count)"),
    ("GET", "published_posts", {"limit": "ten"}, "Param limit must be a unsigned int"),
    ("POST", "photos", {"published": "maybe"}, "Param published must be a bool"),
    ("GET", "conversations", {"platform": "WHATSAPP"}, "Param platform must be one of {INSTAGRAM, MESSENGER}"),
    ("GET", "conversations", {"fields": "id,messages{id,likes}"}, "nonexisting field (likes) on node type "
                                                                 "(UnifiedMessage)"),
    ("GET", "conversations", {"fields": "id,replies{id}"}, "nonexisting field (replies) on node type (UnifiedThread)"),
    ("GET", "conversations", {"since": "1700000000"}, "Param since is not a parameter"),
    ("POST", "messages", {"messaging_type": "PROMOTION"}, "Param messaging_type must be one of"),
])
def test_the_fake_refuses_what_the_spec_does_not_allow(
    graph: FakeGraph, graph_url: str, method: str, path: str, params: dict[str, str], expected: str
) -> None:
    answer = httpx.request(method, f"{graph_url}/{graph.page_id}/{path}", params=params,
                           headers={"Authorization": f"Bearer {graph.token}"})
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["code"] == 100 and expected in error["message"]


def test_the_fake_checks_enum_values_from_the_spec(
    graph: FakeGraph, graph_url: str, make_connector: Callable[..., FacebookConnector]
) -> None:
    post_id = make_connector().publish(OutgoingPost(key="1", text="a post")).remote_id
    answer = httpx.get(f"{graph_url}/{post_id}/comments", params={"order": "newest", "access_token": graph.token})
    assert "chronological, reverse_chronological" in answer.json()["error"]["message"]

