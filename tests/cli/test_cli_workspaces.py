"""A workspace made on the command line can be opened in the web app once `cocktail user create` gives it
an owner; until then the command line says how."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from cocktailparty.web.app import create_app
from webclient import PASSWORD, log_in


def _cocktail(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COCKTAIL_DATA_DIR": str(data_dir), "COCKTAIL_WORKSPACE": "Nakhla"}
    if os.environ.get("COCKTAIL_TEST_DATABASE_URL"):
        env["DATABASE_URL"] = os.environ["COCKTAIL_TEST_DATABASE_URL"]
    return subprocess.run([sys.executable, "-m", "cocktailparty", *args], capture_output=True, text=True, env=env,
                          timeout=300)


def test_a_workspace_made_on_the_command_line_gets_an_owner_who_opens_it_in_the_browser(app_env: Path) -> None:
    made = _cocktail(app_env, "avoid", "add", "2030-01-01", "--reason", "New Year")
    assert made.returncode == 0, made.stderr
    assert "cocktail user create" in made.stderr  # the hint: the new workspace has no owner yet
    owner = _cocktail(app_env, "user", "create", "--email", "sara@example.com", "--name", "Sara",
                      "--password", PASSWORD)
    assert owner.returncode == 0, owner.stderr
    again = _cocktail(app_env, "user", "create", "--email", "sara@example.com", "--name", "Sara",
                      "--password", PASSWORD)
    assert again.returncode == 2 and "exists already" in again.stderr
    with TestClient(create_app(), base_url="http://testserver") as browser:
        page = log_in(browser, "sara@example.com")
        assert page.status_code == 200 and "Nakhla" in page.text
