"""`cocktail inbox response-policy` prints and sets the response target and business hours through the inbox
service's one check, and `cocktail inbox response-times` reports them, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cocktailparty import db
from cocktailparty.channels import service as channels
from cocktailparty.connectors.base import Comment
from cocktailparty.inbox import job
from cocktailparty.workspaces.service import get_or_create
from fake_network import SERVER


def cocktail(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cocktailparty", *args], capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "200", "COCKTAIL_LANG": "en"}, timeout=300)


def policy(*args: str) -> dict[str, object]:
    found = cocktail("inbox", "response-policy", *args, "--json")
    assert found.returncode == 0, found.stderr
    return json.loads(found.stdout)  # type: ignore[no-any-return]


def test_the_policy_is_printed_set_and_refused(app_env: Path) -> None:
    with db.session_scope() as session:
        get_or_create(session, "default")
    assert policy() == {"workspace": "default", "target_minutes": 60, "business_hours": None}
    gulf = {"days": ["Mon", "Tue", "Wed", "Thu", "Sun"], "opens": "09:00", "closes": "17:00"}
    assert policy("--target-minutes", "120", "--days", "Sun,Mon,Tue,Wed,Thu") == {
        "workspace": "default", "target_minutes": 120, "business_hours": gulf}
    # The target alone keeps the hours; new hours keep the target.
    assert policy("--target-minutes", "30")["business_hours"] == gulf
    evenings = policy("--days", "Sat,Sun", "--hours", "16:00-24:00")
    assert evenings["target_minutes"] == 30 and evenings["business_hours"] == {
        "days": ["Sat", "Sun"], "opens": "16:00", "closes": "24:00"}
    shown = cocktail("inbox", "response-policy")
    assert shown.returncode == 0 and "a first answer within 30 minutes, on Sat, Sun from 16:00 to 24:00" in (
        shown.stdout), shown.stdout
    backwards = cocktail("inbox", "response-policy", "--days", "Fri", "--hours", "17:00-09:00")
    assert backwards.returncode == 2 and "business hours close after they open, not 17:00-09:00" in backwards.stderr
    both = cocktail("inbox", "response-policy", "--days", "Fri", "--round-the-clock")
    assert both.returncode == 2 and "not both" in both.stderr
    assert policy("--round-the-clock")["business_hours"] is None


def test_response_times_per_channel(app_env: Path) -> None:
    with db.session_scope() as session:
        workspace = get_or_create(session, "default")
        channel_id = channels.add(session, workspace, network="testnet", name="souq", token="t", verify=False,
                                  timezone="Asia/Dubai").id
    now = datetime.now(UTC)
    SERVER.comments = [Comment(remote_id="q1", author="hamad", text="كم سعر التوصيل لدبي مارينا؟",
                               created_at=now - timedelta(hours=2))]
    job.fetch_channel(channel_id)
    found = cocktail("inbox", "response-times", "--json")
    assert found.returncode == 0, found.stderr
    report = json.loads(found.stdout)
    assert report["overall"]["items"] == 1 and report["overall"]["late"] == 1
    assert report["channels"] == [{"channel": "souq", "items": 1, "answered": 0,
                                   "median_first_response_seconds": None, "within_target": 0.0, "late": 1}]
    policy("--target-minutes", "180")
    assert json.loads(cocktail("inbox", "response-times", "--json").stdout)["overall"]["late"] == 0
