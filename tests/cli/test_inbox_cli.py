"""`cocktail inbox` as a user (or another tool) runs it, against a real Mastodon server: fetch, list with the
--json contract, reply (scheduled at once, published by `cocktail worker --until-idle`), done."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from mastodon import Mastodon

from cocktailparty.classify import Classifier
from cocktailparty.demo import local_mastodon
from cocktailparty.demo.local_mastodon import LocalMastodon
from live_server import free_port

CONTRACT = {"id", "channel", "network", "author", "text", "label", "state", "remote_id", "created_at"}


@pytest.fixture
def mastodon(tmp_path: Path) -> Iterator[LocalMastodon]:
    server = local_mastodon.start(tmp_path / "mastodon", free_port())
    yield server
    server.stop()


def cocktail(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cocktailparty", *args], capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "200"}, timeout=300)


def test_fetch_list_reply_done(app_env: Path, classifier: Classifier, mastodon: LocalMastodon) -> None:
    token = mastodon.create_account("bakery")
    added = cocktail("channel", "add", "--network", "mastodon", "--name", "bakery", "--base-url", mastodon.base_url,
                     "--token", token)
    assert added.returncode == 0, added.stderr
    soon = (datetime.now(UTC) + timedelta(seconds=1)).isoformat()
    posted = cocktail("post", "add", "--channel", "bakery", "--text", "Which cake next week?", "--at", soon,
                      "--json")
    assert posted.returncode == 0, posted.stderr
    assert cocktail("worker", "--until-idle", "--max-wait", "5").returncode == 0
    ours = Mastodon(access_token=token, api_base_url=mastodon.base_url)
    [status] = ours.account_statuses(ours.me().id)
    fan = Mastodon(access_token=mastodon.create_account("fan"), api_base_url=mastodon.base_url)
    comment = fan.status_post("Do you deliver to Diriyah?", in_reply_to_id=status.id)
    fan.status_post("@bakery the box arrived broken, very disappointed")

    fetched = cocktail("inbox", "fetch", "--channel", "bakery", "--json")
    assert fetched.returncode == 0, fetched.stderr
    report = json.loads(fetched.stdout)
    assert report["channels"] == [{"channel": "bakery", "network": "mastodon", "new": 2, "error": None,
                                   "skipped": False}]
    assert json.loads(cocktail("inbox", "fetch", "--json").stdout)["new"] == []  # nothing twice

    listed = cocktail("inbox", "list", "--state", "open", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [row["label"] for row in rows] == ["complaint", "lead"]  # the most urgent first
    assert all(set(row) >= CONTRACT for row in rows)
    lead = next(row for row in rows if row["remote_id"] == str(comment.id))
    assert (lead["channel"], lead["network"], lead["author"]) == ("bakery", "mastodon", "fan")
    only = json.loads(cocktail("inbox", "list", "--label", "lead", "--channel", "bakery", "--json").stdout)
    assert [row["id"] for row in only] == [lead["id"]]

    replied = cocktail("inbox", "reply", str(lead["id"]), "--text", "Yes, every day before 6pm!", "--json")
    assert replied.returncode == 0, replied.stderr
    answer = json.loads(replied.stdout)
    assert answer["post_id"] and answer["category"] == "reply" and answer["state"] == "scheduled"
    published = cocktail("worker", "--until-idle", "--max-wait", "5")
    assert published.returncode == 0 and "published 1" in published.stdout
    under = [s for s in fan.status_context(comment.id).descendants if s.account.username == "bakery"]
    assert len(under) == 1 and str(under[0].in_reply_to_id) == str(comment.id)

    assert cocktail("inbox", "done", str(lead["id"])).returncode == 0
    done = json.loads(cocktail("inbox", "list", "--state", "done", "--json").stdout)
    assert [row["id"] for row in done] == [lead["id"]]

    unknown = cocktail("inbox", "done", "99999")
    assert unknown.returncode == 2 and "no such item" in unknown.stderr
    bad = cocktail("inbox", "list", "--state", "archived")
    assert bad.returncode == 2 and "unknown state" in bad.stderr
