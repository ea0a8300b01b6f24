"""The library page: add (classified, or with the category set by hand), edit, delete, compose from an item,
draft posts listed; text escaped and Arabic kept as typed; viewers read only; other workspaces' ids not found."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import quote

from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import select

import factories
from cocktailparty import db
from cocktailparty.models import Channel, LibraryItem, PostState, Role, Workspace
from cocktailparty.workspaces.classifier import classifier_for
from webclient import post_form, sign_up

PROMO_EN = "Flash sale: 30% off every cake this weekend only. Order now on our app, free delivery over 100 SAR!"
QUESTION_AR = "ما هي حلوى العيد المفضلة عندكم؟ شاركونا في التعليقات 👇"


def library_url(workspace_id: int | None) -> str:
    return f"/w/{workspace_id}/library"


def add_item(client: TestClient, workspace_id: int | None, **fields: str) -> Response:
    data = {"text": PROMO_EN, "category": "", "min_gap_days": "", "max_uses": "", "expires": "", **fields}
    return post_form(client, library_url(workspace_id), data, page=library_url(workspace_id), follow_redirects=True)


def items() -> list[LibraryItem]:
    with db.session_scope() as session:
        found = list(session.scalars(select(LibraryItem).order_by(LibraryItem.id)))
        session.expunge_all()
        return found


def add_channel(workspace_id: int | None, name: str = "brand") -> int:
    assert workspace_id is not None
    with db.session_scope() as session:
        return factories.channel(session, session.get_one(Workspace, workspace_id), name, handle="@brand").id


def test_adding_classifies_when_no_category_is_given(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com", "Riyadh Bakery")
    page = add_item(client, workspace_id)
    assert page.status_code == 200, page.text
    [item] = items()
    expected = classifier_for().classify(PROMO_EN).category
    assert item.category == expected == "promotional"
    assert item.evergreen is False and item.min_gap_days == 30 and item.max_uses is None and item.expires_at is None
    assert "Added to the library as Promotional." in page.text
    assert 'class="badge promotional"' in page.text
    assert f'href="/w/{workspace_id}/compose?text={quote(PROMO_EN, safe="/")}"' in page.text


def test_adding_with_a_category_and_the_evergreen_rules(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    channel_id = add_channel(workspace_id)
    page = add_item(client, workspace_id, category="educational", evergreen="1", min_gap_days="14", max_uses="3",
                    expires="2027-01-31", channel_id=str(channel_id))
    assert page.status_code == 200, page.text
    [item] = items()
    assert item.category == "educational"  # set by hand, though the text reads as a promotion
    assert item.evergreen and item.min_gap_days == 14 and item.max_uses == 3 and item.channel_id == channel_id
    assert item.expires_at == datetime(2027, 1, 31, tzinfo=UTC)
    assert "evergreen" in page.text and "0 of 3" in page.text


def test_bad_values_name_the_problem_and_keep_what_was_typed(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    for fields, problem in [({"expires": "31/01/2027"}, "is not a date such as 2027-01-31"),
                            ({"max_uses": "0"}, "at least 1"), ({"min_gap_days": "soon"}, "whole number"),
                            ({"category": "spam"}, "unknown category"), ({"text": "   "}, "no text")]:
        page = add_item(client, workspace_id, **fields)
        assert page.status_code == 422 and problem in page.text, fields
    page = add_item(client, workspace_id, text=QUESTION_AR, max_uses="0")
    assert QUESTION_AR in page.text  # back in the textarea
    assert items() == []


def test_post_text_is_escaped_and_arabic_round_trips(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
    add_item(client, workspace_id, text=hostile, category="news")
    page = add_item(client, workspace_id, text=f"{QUESTION_AR}\r\nسطر ثانٍ", category="question")
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page.text
    assert f"{QUESTION_AR}\nسطر ثانٍ" in page.text and 'dir="auto"' in page.text
    assert [item.text for item in items()] == [hostile, f"{QUESTION_AR}\nسطر ثانٍ"]


def test_editing_and_deleting_an_item(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    add_item(client, workspace_id, category="news", text="Our new branch opens in Jeddah on Sunday.")
    [item] = items()
    url = f"{library_url(workspace_id)}/{item.id}"
    page = post_form(client, url, {"text": QUESTION_AR, "category": "", "evergreen": "1", "min_gap_days": "7",
                                   "max_uses": "", "expires": ""}, page=library_url(workspace_id),
                     follow_redirects=True)
    assert page.status_code == 200 and "Library item saved." in page.text
    [edited] = items()
    assert edited.text == QUESTION_AR and edited.evergreen and edited.min_gap_days == 7
    assert edited.category == classifier_for().classify(QUESTION_AR).category  # blank: classified again
    refused = post_form(client, url, {"text": "still here?", "category": "", "min_gap_days": "-1"},
                        page=library_url(workspace_id))
    assert refused.status_code == 422 and "cannot be negative" in refused.text and "still here?" in refused.text
    assert items()[0].text == QUESTION_AR  # untouched
    page = post_form(client, f"{url}/delete", {}, page=library_url(workspace_id), follow_redirects=True)
    assert page.status_code == 200 and "Library item deleted." in page.text and items() == []
    assert post_form(client, f"{url}/delete", {}, page=library_url(workspace_id)).status_code == 404


def test_draft_posts_are_listed(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    channel_id = add_channel(workspace_id)
    assert "Draft posts" not in client.get(library_url(workspace_id)).text
    assert workspace_id is not None
    with db.session_scope() as session:
        workspace, channel = session.get_one(Workspace, workspace_id), session.get_one(Channel, channel_id)
        factories.post(session, workspace, channel, "<b>unfinished</b> draft", category="news",
                       state=PostState.DRAFT, at=None)
        factories.post(session, workspace, channel, "already scheduled", category="news",
                       at=datetime(2030, 1, 1, tzinfo=UTC))
    page = client.get(library_url(workspace_id)).text
    assert "Draft posts" in page and "&lt;b&gt;unfinished&lt;/b&gt; draft" in page
    assert "already scheduled" not in page


def test_a_viewer_reads_the_library_but_cannot_change_it(client: TestClient, other_client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    add_item(client, workspace_id, category="news", text="Opening hours for the holiday")
    [item] = items()
    sign_up(other_client, "victor@example.com", "Victor's")
    assert workspace_id is not None
    with db.session_scope() as session:
        factories.joined(session, "victor@example.com", workspace_id, Role.VIEWER)
    page = other_client.get(library_url(workspace_id))
    assert page.status_code == 200 and "Opening hours for the holiday" in page.text
    assert "Add to the library" not in page.text and "/delete" not in page.text
    for path, data in [(library_url(workspace_id), {"text": "mine", "category": "news"}),
                       (f"{library_url(workspace_id)}/{item.id}", {"text": "changed", "category": "news"}),
                       (f"{library_url(workspace_id)}/{item.id}/delete", {})]:
        assert post_form(other_client, path, data, page=library_url(workspace_id)).status_code == 403, path
    assert [found.text for found in items()] == ["Opening hours for the holiday"]


def test_another_workspaces_items_and_channels_answer_not_found(client: TestClient,
                                                               other_client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    channel_id = add_channel(workspace_id)
    add_item(client, workspace_id, category="news", text="Sara's item")
    [item] = items()
    other_id = sign_up(other_client, "omar@example.com", "Omar's")
    assert other_client.get(library_url(workspace_id)).status_code == 404
    page = other_client.get(library_url(other_id))
    assert page.status_code == 200 and "Sara's item" not in page.text and "Sara&#39;s item" not in page.text
    base = library_url(other_id)
    assert post_form(other_client, f"{base}/{item.id}", {"text": "stolen", "category": "news"},
                     page=base).status_code == 404
    assert post_form(other_client, f"{base}/{item.id}/delete", {}, page=base).status_code == 404
    answer = add_item(other_client, other_id, category="news", text="on her channel", channel_id=str(channel_id))
    assert answer.status_code == 404
    assert [found.text for found in items()] == ["Sara's item"]
