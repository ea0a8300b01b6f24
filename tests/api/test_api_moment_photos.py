"""/api/v1/team/drafts and `cocktail team`: a team moment draft's photo slot listed, set (editors only), shown not
ready while its photo has no alt text, emptied; an unknown draft is a 404, and the command line says what to give."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from api_team import Team
from fastapi.testclient import TestClient
from PIL import Image
from sqlalchemy.orm import Session

from cocktailparty import db
from cocktailparty.media import service as media
from cocktailparty.media.storage import incoming_dir
from cocktailparty.models import LibraryItem, MediaFile, Role, Workspace
from cocktailparty.moments import service

TODAY = datetime.now(UTC).date()


def _picture(session: Session, workspace: Workspace, folder: Path, name: str) -> MediaFile:
    path = folder / name
    Image.new("RGB", (120, 80), (200, 120, 40)).save(path, "PNG")
    incoming = incoming_dir()
    incoming.mkdir(parents=True, exist_ok=True)
    copy = incoming / f".incoming-{name}"
    shutil.copyfile(path, copy)
    return media.ingest(session, workspace.id, copy, name)


def _draft(session: Session, workspace: Workspace) -> LibraryItem:
    huda = service.add_member(session, workspace, name="Huda", lang="en", birthday=TODAY + timedelta(days=2))
    service.grant(session, workspace, huda, "birthday", "Sara <sara@example.com>")
    [item] = service.draft_due(session, workspace, TODAY, TODAY + timedelta(days=7))
    return item


@pytest.mark.commits  # the command runs in another process: it must see the team's moment
def test_photo_slot_through_the_api_and_the_command_line(api: TestClient, team: Team, tmp_path: Path) -> None:
    with db.session_scope(write=True) as session:
        workspace = session.get(Workspace, team.workspace_id)
        assert workspace is not None
        item = _draft(session, workspace)
        photo = _picture(session, workspace, tmp_path, "cake.png")
        item_id, photo_id, name = item.id, photo.id, workspace.name
    editor = team.auth(Role.EDITOR)
    assert api.put(f"/team/drafts/{item_id}/photo", json={"media_id": photo_id},
                   headers=team.auth(Role.VIEWER)).status_code == 403
    set_ = api.put(f"/team/drafts/{item_id}/photo", json={"media_id": photo_id}, headers=editor)
    assert set_.status_code == 200, set_.text
    assert (set_.json()["media_id"], set_.json()["ready"]) == (photo_id, False)
    [listed] = api.get("/team/drafts", headers=team.auth(Role.VIEWER)).json()
    assert (listed["library_item_id"], listed["kind"], listed["ready"]) == (item_id, "birthday", False)
    done = api.put(f"/team/drafts/{item_id}/photo", json={"media_id": photo_id, "alt_text": "A cake"}, headers=editor)
    assert done.json()["ready"] is True and done.json()["alt_text"] == "A cake"
    assert api.put("/team/drafts/99999/photo", json={"media_id": photo_id}, headers=editor).status_code == 404

    env = {**os.environ, "COCKTAIL_DATA_DIR": str(os.environ["COCKTAIL_DATA_DIR"]), "COCKTAIL_LANG": "en",
           "COCKTAIL_WORKSPACE": name}

    def cocktail(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "cocktailparty", "team", *args], capture_output=True, text=True,
                              env=env, timeout=120)

    cleared = cocktail("photo", str(item_id), "--remove", "--json")
    assert cleared.returncode == 0, cleared.stderr
    assert json.loads(cleared.stdout) == {"library_item_id": item_id, "media_id": None, "alt_text": "", "ready": True}
    again = cocktail("photo", str(item_id), "--media", str(photo_id))
    assert again.returncode == 0 and "no alt text yet: it cannot be scheduled" in again.stdout
    listed_cli = cocktail("drafts", "--json")
    assert [(row["media_id"], row["ready"]) for row in json.loads(listed_cli.stdout)] == [(photo_id, False)]
    neither = cocktail("photo", str(item_id))
    assert neither.returncode == 2 and "give --media ID" in neither.stderr
