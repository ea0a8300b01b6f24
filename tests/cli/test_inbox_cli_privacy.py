"""`cocktail inbox list --as EMAIL` shows what that member may see (a viewer: no direct messages), and
`cocktail inbox retention` prints and sets how long fetched items are kept, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from cocktailparty import db
from cocktailparty.channels import service as channels
from cocktailparty.connectors.base import Comment
from cocktailparty.inbox import job
from cocktailparty.members import service as members
from cocktailparty.models import Membership, Role, Workspace
from cocktailparty.workspaces.service import get_or_create
from fake_network import SERVER


def cocktail(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cocktailparty", *args], capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "200", "COCKTAIL_LANG": lang}, timeout=300)


def test_list_as_a_viewer_hides_direct_messages(app_env: Path) -> None:
    with db.session_scope() as session:
        workspace = get_or_create(session, "default")
        for email, role in (("vera@bakery.example", Role.VIEWER), ("eddy@bakery.example", Role.EDITOR)):
            user = members.sign_up(session, email=email, name=email.split("@")[0], password="a long password 1",
                                   workspace_name=None)
            session.add(Membership(user_id=user.id, workspace_id=workspace.id, role=role))
        channel_id = channels.add(session, workspace, network="testnet", name="brand", token="t", verify=False).id
    now = datetime.now(UTC)
    SERVER.comments = [Comment(remote_id="c1", author="sara", text="When do you open?", created_at=now),
                       Comment(remote_id="m1", author="omar", text="my phone is 0500000000", created_at=now,
                               kind="message")]
    job.fetch_channel(channel_id)

    def listed(*extra: str) -> list[str]:
        found = cocktail("inbox", "list", "--json", *extra)
        assert found.returncode == 0, found.stderr
        return sorted(row["remote_id"] for row in json.loads(found.stdout))

    assert listed() == ["c1", "m1"]
    assert listed("--as", "eddy@bakery.example") == ["c1", "m1"]
    assert listed("--as", "Vera@Bakery.example") == ["c1"]
    table = cocktail("inbox", "list", "--as", "vera@bakery.example")
    assert "When do you open?" in table.stdout and "0500000000" not in table.stdout
    stranger = cocktail("inbox", "list", "--as", "nobody@bakery.example")
    assert stranger.returncode == 2 and "--as nobody@bakery.example: no member of default has this e-mail" in (
        stranger.stderr), stranger.stderr


def test_retention_is_printed_and_set(app_env: Path) -> None:
    with db.session_scope() as session:
        get_or_create(session, "default")
    shown = cocktail("inbox", "retention", "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout) == {"workspace": "default", "inbox_retention_days": 365}
    assert cocktail("inbox", "retention", "30").stdout.strip() == "default keeps fetched inbox items 30 days"
    refused = cocktail("inbox", "retention", "3")
    assert refused.returncode == 2 and "between 7 and 3,650 days, not 3" in refused.stderr
    with db.session_scope() as session:
        workspace = session.query(Workspace).filter_by(name="default").one()
        assert workspace.inbox_retention_days == 30
