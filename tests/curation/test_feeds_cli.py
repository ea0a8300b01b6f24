"""`cocktail feeds add` and `cocktail feeds fetch`, run as a user runs them, against the local feed server: JSON
output, a bad feed named on one line with exit code 2 (the good ones saved all the same)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from feed_server import Doc, FeedServer, rss


def _cocktail(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COCKTAIL_DATA_DIR": str(tmp_path), "COCKTAIL_LANG": "en", "COCKTAIL_WORKSPACE": "Acme"}
    return subprocess.run([sys.executable, "-m", "cocktailparty", *args], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120)


def test_add_then_fetch(tmp_path: Path, feeds: FeedServer) -> None:
    feeds.docs["/rss"] = Doc(rss("Coffee Weekly", [("A new study on coffee and sleep", "https://n.example/1",
                                                    "Dana Lee", "What the study found about coffee and sleep.")]))
    feeds.docs["/broken"] = Doc(b"<html>not a feed</html>", content_type="text/html")
    added = _cocktail(tmp_path, "feeds", "add", feeds.url("/rss"), "--name", "Coffee", "--json")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["name"] == "Coffee"
    fetched = _cocktail(tmp_path, "feeds", "fetch", "--json")
    assert fetched.returncode == 0, fetched.stderr
    assert json.loads(fetched.stdout) == [{"feed": "Coffee", "url": feeds.url("/rss"), "new_items": 1,
                                           "not_modified": False, "error": None}]
    assert _cocktail(tmp_path, "feeds", "add", feeds.url("/broken"), "--name", "Broken").returncode == 0
    failed = _cocktail(tmp_path, "feeds", "fetch")
    assert failed.returncode == 2
    assert failed.stderr.strip() == f"error: feed Broken ({feeds.url('/broken')}): not an RSS, Atom or JSON feed"
    assert "Coffee: 0 new items" in failed.stdout


def test_a_bad_address_is_refused_on_one_line(tmp_path: Path) -> None:
    result = _cocktail(tmp_path, "feeds", "add", "ftp://files.example/feed")
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert result.returncode == 2 and len(errors) == 1 and "is not a web address" in errors[0]


def test_follow(tmp_path: Path) -> None:
    followed = _cocktail(tmp_path, "feeds", "follow", "#Coffee@mastodon.example", "--news", "--json")
    assert followed.returncode == 0, followed.stderr
    assert json.loads(followed.stdout) == {"id": 1, "kind": "mastodon_tag", "name": "#coffee@mastodon.example",
                                           "url": "https://mastodon.example/tags/coffee", "category": "news"}
    bad = _cocktail(tmp_path, "feeds", "follow", "coffee")
    errors = [line for line in bad.stderr.splitlines() if line.startswith("error:")]
    assert bad.returncode == 2 and len(errors) == 1 and "'coffee' is not an account or hashtag" in errors[0]
