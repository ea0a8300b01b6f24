"""A giveaway end to end against a real Mastodon API (mastodon-mock on 127.0.0.1), through the web app's pages:
opened on a contest post (the commitment shown), entries collected from the replies by the rules, drawn after
the deadline (the seed shown), the entries exported, and `cocktail giveaway verify` finding the same winners
from the published data alone (exit code 4 with a wrong seed)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient
from mastodon import Mastodon
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).parents[1] / "connectors" / "mastodon"))
from mastodon_mock_server import Account, MockServer, sign_up, start_server, stop_server

from cocktailparty import db
from cocktailparty.channels import service as channels
from cocktailparty.giveaways.draw import commitment_of
from cocktailparty.models import Giveaway, LibraryItem, Workspace
from cocktailparty.web.app import create_app
from webclient import post_form
from webclient import sign_up as web_sign_up


@pytest.fixture(scope="module")
def mastodon(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[MockServer, dict[str, Account]]]:
    process, server = start_server(tmp_path_factory.mktemp("mastodon_mock"))
    try:
        app = Mastodon.create_app("giveaway tests", scopes=["read", "write"], api_base_url=server.base_url)
        yield server, {name: sign_up(server, app, name) for name in ("brand", "bob", "carol", "dave", "eve")}
    finally:
        stop_server(process)


def test_a_giveaway_from_replies_to_a_verified_draw(rollback_env: Path, mastodon, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, people = mastodon
    contest = people["brand"].client.status_post("Eid giveaway! Reply with #EidGift and tag a friend to enter.")
    other = people["brand"].client.status_post("Another post")
    people["bob"].client.status_post("@brand count me in #EidGift @carol", in_reply_to_id=contest.id)
    people["carol"].client.status_post("@brand me too! #eidgift @bob", in_reply_to_id=contest.id)
    people["carol"].client.status_post("@brand and again #EidGift @dave", in_reply_to_id=contest.id)
    people["dave"].client.status_post("@brand no hashtag here @bob", in_reply_to_id=contest.id)
    people["eve"].client.status_post("@brand staff trying #EidGift @bob", in_reply_to_id=contest.id)
    people["dave"].client.status_post("@brand wrong post #EidGift @bob", in_reply_to_id=other.id)

    with TestClient(create_app(), base_url="http://testserver") as client:
        workspace_id = web_sign_up(client, "sara@example.com")
        with db.session_scope(write=True) as session:
            workspace = session.get(Workspace, workspace_id)
            assert workspace is not None
            channel = channels.add(session, workspace, network="mastodon", name="brand", base_url=server.base_url,
                                   token=people["brand"].token, timezone="Asia/Riyadh")
            channel_id = channel.id
        url = f"/w/{workspace_id}/giveaways"
        deadline = datetime.now(ZoneInfo("Asia/Riyadh")) + timedelta(hours=1)  # the channel's time
        opened = post_form(client, url, {
            "channel_id": str(channel_id), "title": "Eid gift", "post_remote_id": str(contest.id),
            "deadline": deadline.strftime("%Y-%m-%dT%H:%M"), "winners": "1", "entry": "hashtag",
            "hashtag": "#EidGift", "tag_count": "0", "staff": "@Eve\n"}, page=url, follow_redirects=True)
        assert opened.status_code == 200, opened.text
        giveaway_url = str(opened.url).removeprefix("http://testserver")
        commitment = re.search(r'<code class="commitment" dir="ltr">([0-9a-f]{64})</code>', opened.text)
        assert commitment

        collected = post_form(client, f"{giveaway_url}/collect", {}, page=giveaway_url)
        assert collected.status_code == 200
        assert "2 new entries." in collected.text
        assert "one entry per account" in collected.text and "staff accounts cannot enter" in collected.text
        assert "no #eidgift in the reply" in collected.text and "wrong post" not in collected.text

        early = post_form(client, f"{giveaway_url}/draw", {}, page=giveaway_url, follow_redirects=True)
        assert "the draw comes after the deadline" in early.text and "seed" not in early.text.split("Draw")[-1]

        with db.session_scope(write=True) as session:  # the deadline passes
            giveaway = session.scalar(select(Giveaway))
            assert giveaway is not None
            giveaway.deadline = datetime.now(UTC) - timedelta(minutes=1)
        drawn = post_form(client, f"{giveaway_url}/draw", {}, page=giveaway_url, follow_redirects=True)
        seed = re.search(r'<code class="seed" dir="ltr">([0-9a-f]+)</code>', drawn.text)
        assert seed and commitment_of(seed.group(1)) == commitment.group(1)
        winners = re.findall(r'<li dir="ltr">@(\w+)</li>', drawn.text)
        assert len(winners) == 1 and winners[0] in ("bob", "carol")

        exported = client.get(f"{giveaway_url}/entries.csv")
        assert exported.status_code == 200 and exported.text.splitlines()[0] == "account,reply_id,entered_at,text"
        post_form(client, f"{giveaway_url}/announcement", {"lang": "ar"}, page=giveaway_url)
        with db.session_scope() as session:
            [item] = session.scalars(select(LibraryItem)).all()
            assert item.category == "contest" and f"@{winners[0]}" in item.text and "مبروك" in item.text

    entries = tmp_path / "entries.csv"
    entries.write_text(exported.text, encoding="utf-8")

    def verify(seed_text: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "cocktailparty", "giveaway", "verify", "--entries", str(entries), "--seed",
             seed_text, "--commitment", commitment.group(1), "--winners", "1", "--json"],
            capture_output=True, text=True, timeout=120, env={**os.environ, "COCKTAIL_LANG": "en"})

    checked = verify(seed.group(1))
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout)["winners"] == winners
    wrong = verify("0" * 64)
    assert wrong.returncode == 4 and "does not match the commitment" in wrong.stderr
