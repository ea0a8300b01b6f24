"""`cocktail token create`: a token that works on the API, shown once."""

from __future__ import annotations

import json

from api_team import PASSWORD, Team
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from cocktailparty import db
from cocktailparty.cli import app
from cocktailparty.members import service as members

runner = CliRunner()


def test_token_create_prints_a_token_that_works(api: TestClient, team: Team) -> None:
    result = runner.invoke(app, ["token", "create", "--user", "Editor@acme.example", "--name", "ci", "--json"])
    assert result.exit_code == 0, result.output
    created = json.loads(result.output)
    assert created["workspace"] == "Acme" and created["role"] == "editor" and created["token"].startswith("cp_")
    answer = api.get("/workspace", headers={"Authorization": f"Bearer {created['token']}"})
    assert answer.status_code == 200 and answer.json()["role"] == "editor"
    plain = runner.invoke(app, ["token", "create", "--user", "editor@acme.example", "--name", "ci"])
    assert plain.exit_code == 0 and plain.output.strip().splitlines()[-1].startswith("cp_")


def test_token_create_needs_a_known_user_and_one_workspace(api: TestClient, team: Team) -> None:
    unknown = runner.invoke(app, ["token", "create", "--user", "nobody@example.com", "--name", "ci"])
    assert unknown.exit_code == 2 and "nobody@example.com" in unknown.output
    with db.session_scope() as session:
        owner = members.sign_up(session, email="two@example.com", name="Two", password=PASSWORD, workspace_name="One")
        members.create_workspace(session, owner, "Second")
    several = runner.invoke(app, ["token", "create", "--user", "two@example.com", "--name", "ci"])
    assert several.exit_code == 2 and "--workspace" in several.output
    chosen = runner.invoke(app, ["token", "create", "--user", "two@example.com", "--name", "ci", "--workspace",
                                 "Second", "--json"])
    assert chosen.exit_code == 0 and json.loads(chosen.output)["workspace"] == "Second"
    outside = runner.invoke(app, ["token", "create", "--user", "two@example.com", "--name", "ci", "--workspace",
                                  "Acme"])
    assert outside.exit_code == 2 and "One, Second" in outside.output
