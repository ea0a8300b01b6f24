"""The web process loads no network's client library until a channel of that network is used: the composer counts
every network's characters from its limits module, which imports none. The web process's memory (issue #13: under
150 MB through a 200 MB upload, bench/media_upload.py) depends on it, so a top-level import that drags a client
library back into the app fails here, naming it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cocktailparty.workspaces.classifier import classifier_for

# The networks' client libraries, and what only some requests need: the queue (Huey tries redis, psycopg and gevent
# as it is imported), requests (for Mastodon.py), zxcvbn's dictionaries (a password being checked), scikit-learn
# (training a workspace's classifier), scipy (the same: classifying is numpy alone), Alembic (migrating: a database
# at the newest migration is told so from its alembic_version row).
CLIENT_LIBRARIES = ("atproto", "atproto_client", "mastodon", "telegram", "tweepy", "requests_oauthlib", "huey",
                    "redis", "requests", "zxcvbn", "sklearn", "scipy", "pandas", "alembic")

# In a fresh interpreter: the app as uvicorn builds it, every network's count of an Arabic greeting, a post
# classified by the corpus model (loaded from the cache, as the app's warm-up does), the heavy libraries loaded by
# then; then a Telegram channel's connector, and the libraries loaded after it.
PROBE = """
import json, sys
watched = json.loads(sys.argv[1])
from cocktailparty.web.app import create_app
from cocktailparty.connectors.networks import NETWORKS
create_app()
greeting = "عيد مبارك 🎉 https://example.com/eid"
counts = {network.id: network.limits().count_chars(greeting) for network in NETWORKS.values()}
from cocktailparty.workspaces.classifier import classifier_for
classifier_for().classify(greeting)
loaded = sorted(name for name in watched if name in sys.modules)
from cocktailparty.connectors.base import ChannelConfig
from cocktailparty.connectors.registry import connector_for
connector_for(ChannelConfig("telegram", "https://api.telegram.org", "123:token", "@dubaicoffee"))
print(json.dumps({"counts": counts, "loaded": loaded,
                  "after": sorted(name for name in watched if name in sys.modules)}))
"""


@pytest.mark.commits  # the probe runs in another process
def test_the_web_app_counts_every_network_without_loading_a_client_library(app_env: Path) -> None:
    classifier_for()  # trained here if the tests' model cache has none yet (training needs scikit-learn and scipy)
    answer = subprocess.run([sys.executable, "-c", PROBE, json.dumps(CLIENT_LIBRARIES)], capture_output=True,
                            text=True, timeout=120)
    assert answer.returncode == 0, answer.stderr
    found = json.loads(answer.stdout)
    assert found["loaded"] == []
    # Each network counts in its own way: 35 code points; X weighs the emoji 2 (the link 23, as it is); Telegram
    # counts the emoji as 2 UTF-16 units; Mastodon and Bluesky count graphemes.
    assert found["counts"] == {"x": 36, "mastodon": 35, "bluesky": 35, "telegram": 36, "facebook": 35}
    # A connector brings its library when it is first used.
    assert found["after"] == ["telegram"]
