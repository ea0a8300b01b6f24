"""Ideas for an empty slot: the day's occasion greeting first for a celebration, a consented team moment for
culture, a feed's suggestion for curated, an unused library draft, then templates; three at most, no repeats;
in `cocktail plan --json` for every empty slot, and at /api/v1/ideas."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from cocktailparty import db
from cocktailparty.ideas.service import Ideas
from cocktailparty.ideas.templates import TEMPLATES
from cocktailparty.library import service as library
from cocktailparty.models import Feed, FeedItem
from cocktailparty.moments import service as moments
from cocktailparty.workspaces.service import get_or_create

EID = date(2027, 3, 9)


def test_sources_in_order_three_at_most(rollback_env: Path) -> None:
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        sami = moments.add_member(session, workspace, name="Sami", lang="en")
        moments.add_moment(session, workspace, sami, "new_joiner", EID)
        feed = Feed(workspace_id=workspace.id, url="https://f.example/rss", name="F", category="curated")
        session.add(feed)
        session.flush()
        session.add(FeedItem(workspace_id=workspace.id, feed_id=feed.id, key="k", link="https://f.example/1",
                             title="A study worth reading", summary="", author="@dana", author_url="", lang="en",
                             category="curated", state="suggested"))
        library.add(session, workspace, text="What is your favourite cake?", category="question")
        ideas = Ideas(session, workspace)  # Saudi Arabia, Arabic first: the defaults

        celebration = ideas.for_slot("celebration", EID)
        assert [(i.source, i.lang) for i in celebration] == [("occasion", "ar"), ("occasion", "en"), ("template", "ar")]
        assert celebration[0].text.startswith("عيد مبارك!")
        assert [i.source for i in ideas.for_slot("culture", EID)] == ["template"] * 3  # no consent yet
        moments.grant(session, workspace, sami, "new_joiner", "tests")
        culture = Ideas(session, workspace).for_slot("culture", EID)
        assert culture[0] == culture[0].__class__("Please welcome Sami, who joins our team today!", "moment", "en")
        assert [i.source for i in ideas.for_slot("curated", EID)] == ["feed", "template", "template"]
        assert ideas.for_slot("curated", EID)[0].text == "A study worth reading\n\n@dana https://f.example/1"
        question = ideas.for_slot("question", EID)
        assert [i.source for i in question] == ["library", "template", "template"]
        assert len({i.text for i in question}) == 3
        assert ideas.for_slot("promotional", EID) == []  # nothing sells from here
        english = Ideas(session, workspace, "en").for_slot("educational", date(2027, 3, 10))
        assert {i.text for i in english} == set(TEMPLATES["educational"])
        assert session.scalars(select(FeedItem)).one().state == "suggested"  # reading changes nothing


def test_plan_json_offers_ideas_for_every_empty_slot(tmp_path: Path, model_cache: Path) -> None:
    env = {**os.environ, "COCKTAIL_DATA_DIR": str(tmp_path), "COCKTAIL_WORKSPACE": "Acme", "COCKTAIL_LANG": "en"}
    (tmp_path / "models").symlink_to(model_cache, target_is_directory=True)

    def cocktail(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "cocktailparty", *args], capture_output=True, text=True,
                              env=env, cwd=tmp_path, timeout=300)

    added = cocktail("channel", "add", "--network", "mastodon", "--name", "brand", "--base-url",
                     "https://mastodon.example", "--token", "t", "--no-verify", "--timezone", "Asia/Riyadh",
                     "--slot", "Tue 09:00", "--slot", "Thu 12:00")
    assert added.returncode == 0, added.stderr
    planned = cocktail("plan", "--channel", "brand", "--from", "2027-03-08", "--to", "2027-03-21", "--json")
    assert planned.returncode == 0, planned.stderr
    entries = json.loads(planned.stdout)
    empty = [e for e in entries if e["source"] == "empty"]
    assert empty and all(1 <= len(e["ideas"]) <= 3 for e in empty)
    assert all({"text", "source", "lang"} == set(i) for e in empty for i in e["ideas"])
    assert all("ideas" not in e for e in entries if e["source"] != "empty")


@pytest.mark.commits  # the web app answers on its own threads
def test_the_calendar_and_the_api_offer_ideas(app_env: Path) -> None:
    from datetime import UTC, datetime

    from fastapi.testclient import TestClient

    from cocktailparty.members import service as members
    from cocktailparty.models import Channel, Role, User
    from cocktailparty.web.app import create_app
    from webclient import sign_up

    with TestClient(create_app(), base_url="http://testserver") as client:
        workspace_id = sign_up(client, "sara@example.com")
        with db.session_scope(write=True) as session:
            session.add(Channel(workspace_id=workspace_id, name="brand", network="testnet", handle="@b",
                                timezone="UTC", slots=["Mon 09:00", "Wed 09:00", "Fri 09:00"]))
            user = session.scalar(select(User))
            workspace = get_or_create(session, "Acme")
            assert user is not None and workspace.id == workspace_id
            token = members.create_api_token(session, members.Access(user, workspace, Role.OWNER), "t")[1]
        today = datetime.now(UTC).date()
        page = client.get(f"/w/{workspace_id}/calendar", params={"view": "week", "date": today.isoformat(),
                                                                 "suggest": "true"}).text
        assert 'class="slot-ideas"' in page and 'data-idea-source="template"' in page and "Use it" in page
        answer = client.get("/api/v1/ideas", params={"category": "question", "date": "2027-03-09", "lang": "en"},
                            headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 200
        assert [i["source"] for i in answer.json()] == ["template"] * 3
        assert {i["text"] for i in answer.json()} == set(TEMPLATES["question"])
