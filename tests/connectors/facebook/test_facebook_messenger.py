"""The Page's Messenger conversations, against the Graph fake (Meta's UnifiedThread spec, the Message reference and
the Send API): people's messages come into the inbox as direct messages once each, on the fetch's time cursor,
without the Page's own; a reply goes out through the Send API exactly once (found again after a crash); a reply
more than 24 hours after the person's last message is refused by the inbox before it is written, and by Facebook if
it were sent; a token without the Messenger permission still reads the comments."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fake_graph import DOC_NODES, FakeGraph

from cocktailparty.channels import service as channels
from cocktailparty.classify import Classifier
from cocktailparty.connectors.base import OutgoingPost, RejectedError
from cocktailparty.connectors.facebook import connector as facebook_connector
from cocktailparty.connectors.facebook.connector import FacebookConnector
from cocktailparty.db import session_scope
from cocktailparty.errors import InputError
from cocktailparty.inbox import job, service
from cocktailparty.inbox.repository import InboxFilter
from cocktailparty.models import Role
from cocktailparty.worker import runner
from cocktailparty.workspaces.service import get_or_create

LEASE = timedelta(seconds=60)
NOURA, JAMES = "24681357", "13572468"  # page-scoped ids


def test_the_connector_reads_only_the_fields_the_references_define(graph: FakeGraph) -> None:
    assert set(facebook_connector.MESSAGE_FIELDS.split(",")) <= set(DOC_NODES["UnifiedMessage"])
    thread_fields = graph.spec.fields("UnifiedThread")
    assert {"id", "updated_time"} <= set(thread_fields)
    assert graph.spec.edge("UnifiedThread", "GET", "messages") is not None
    assert set(graph.spec.params("Page", "GET", "conversations")) >= {"platform", "user_id"}
    assert facebook_connector.MESSENGER in graph.spec.enums["pageconversations_platform_enum_param"]


def test_messages_are_fetched_as_direct_messages_without_the_pages_own(
        connector: FacebookConnector, graph: FakeGraph) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    first = graph.add_message(NOURA, "Noura", "السلام عليكم، عندكم كيكة بدون سكر؟", now - timedelta(hours=3))
    graph.add_message(JAMES, "James", "Do you cater for 40 people on Friday?", now - timedelta(hours=2))
    connector.publish(OutgoingPost(key="r", text="وعليكم السلام، نعم عندنا!", reply_to=f"messenger:{NOURA}:{first}"))
    found = connector.fetch_comments(since=now - timedelta(days=1))
    assert [(c.kind, c.author, c.text) for c in found] == [
        ("message", "Noura", "السلام عليكم، عندكم كيكة بدون سكر؟"),
        ("message", "James", "Do you cater for 40 people on Friday?")]
    assert found[0].remote_id == f"messenger:{NOURA}:{first}"
    # The time cursor: a conversation last active before `since` is not read at all.
    assert [c.author for c in connector.fetch_comments(since=now - timedelta(hours=1, minutes=30))] == []
    graph.add_message(JAMES, "James", "And is there parking?", now)
    assert [c.text for c in connector.fetch_comments(since=now - timedelta(minutes=1))] == ["And is there parking?"]


def test_a_reply_goes_through_the_send_api_and_is_found_after_a_crash(
        make_connector: Callable[..., FacebookConnector], graph: FakeGraph) -> None:
    asked = graph.add_message(NOURA, "Noura", "متى توصلون الطلب؟")
    before = datetime.now(UTC) - timedelta(seconds=5)
    reply = OutgoingPost(key="7", text="خلال ساعة إن شاء الله", reply_to=f"messenger:{NOURA}:{asked}")
    first = make_connector()
    assert first.find_published(reply, before) is None
    sent = first.publish(reply)
    ours = graph.messages_with(NOURA)[-1]
    assert (ours["id"], ours["message"], ours["from"]["id"]) == (sent.remote_id, "خلال ساعة إن شاء الله",
                                                                graph.page_id)
    posted = [params for method, path, params in graph.requests if method == "POST" and path.endswith("/messages")]
    assert len(posted) == 1 and posted[0]["messaging_type"] == "RESPONSE"
    assert '"id": "24681357"' in posted[0]["recipient"]
    found = make_connector().find_published(reply, before)  # a worker that crashed before recording it
    assert found is not None and found.remote_id == sent.remote_id


def test_too_long_and_too_late_replies_are_refused(connector: FacebookConnector, graph: FakeGraph) -> None:
    asked = graph.add_message(NOURA, "Noura", "hello?")
    with pytest.raises(RejectedError, match="at most 2,000 characters; this one has 2,001"):
        connector.publish(OutgoingPost(key="1", text="ك" * 2001, reply_to=f"messenger:{NOURA}:{asked}"))
    assert not any(path.endswith("/messages") for _method, path, _params in graph.requests)
    old = graph.add_message(JAMES, "James", "Are you open?", datetime.now(UTC) - timedelta(hours=30))
    with pytest.raises(RejectedError) as refused:
        connector.publish(OutgoingPost(key="2", text="Yes!", reply_to=f"messenger:{JAMES}:{old}"))
    assert refused.value.code == "connector.messenger_window" and not refused.value.retryable


def test_without_the_messenger_permission_comments_still_come(connector: FacebookConnector, graph: FakeGraph) -> None:
    post_id = connector.publish(OutgoingPost(key="p", text="كنافة اليوم بالقشطة")).remote_id
    graph.add_comment(post_id, "Sara", "بكم الكيلو؟")
    graph.add_message(NOURA, "Noura", "hello")
    graph.messaging_allowed = False
    assert [c.text for c in connector.fetch_comments(since=datetime.now(UTC) - timedelta(days=1))] == ["بكم الكيلو؟"]


def test_the_inbox_journey_on_messenger(app_env: Path, graph: FakeGraph, graph_url: str,
                                       classifier: Classifier) -> None:
    now = datetime.now(UTC)
    asked = graph.add_message(NOURA, "Noura", "عندكم توصيل للعليا؟", now - timedelta(minutes=5))
    graph.add_message(JAMES, "James", "Can I still get a refund for my order?", now - timedelta(hours=30))
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        channel_id = channels.add(session, workspace, network="facebook", name="page", base_url=graph_url,
                                  token=graph.token, handle=graph.page_id, verify=False).id
    fetched = job.fetch_channel(channel_id).new
    assert sorted((item.kind, item.author) for item in fetched) == [("message", "James"), ("message", "Noura")]
    assert job.fetch_channel(channel_id).new == []  # read again with the cursor's overlap: dropped as seen
    fresh = next(item for item in fetched if item.author == "Noura")
    stale = next(item for item in fetched if item.author == "James")
    assert fresh.remote_id == f"messenger:{NOURA}:{asked}" and fresh.language == "ar"
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        assert len(service.inbox_for(session, workspace, Role.VIEWER).page(InboxFilter())) == 0  # private
        with pytest.raises(InputError) as closed:
            service.reply(session, workspace, service.get_or_raise(session, workspace, stale.id, Role.OWNER),
                          "Yes, within 14 days", classifier)
        assert closed.value.code == "inbox.messenger_window"
        post = service.reply(session, workspace, service.get_or_raise(session, workspace, fresh.id, Role.OWNER),
                             "أكيد، التوصيل للعليا خلال ساعة", classifier)
        assert post.category == "reply"
    assert runner.run_until_idle(LEASE, max_wait=5)["published"] == 1
    assert runner.run_until_idle(LEASE, max_wait=1)["published"] == 0
    answers = [m for m in graph.messages_with(NOURA) if m["from"]["id"] == graph.page_id]
    assert [m["message"] for m in answers] == ["أكيد، التوصيل للعليا خلال ساعة"]
    assert not [m for m in graph.messages_with(JAMES) if m["from"]["id"] == graph.page_id]
    assert job.fetch_channel(channel_id).new == []  # our own answer never comes back as an item
