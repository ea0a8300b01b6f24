"""The team page: a person added and imported from CSV, a moment that reaches the library only after consent,
consent withdrawn (the draft taken back, who and when shown), a bad CSV named by line; viewers read only."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from PIL import Image
from sqlalchemy import select

from cocktailparty import db
from cocktailparty.media import service as media
from cocktailparty.media.storage import incoming_dir
from cocktailparty.models import LibraryItem
from webclient import post_form, sign_up


def _library() -> list[str]:
    with db.session_scope() as session:
        return [item.text for item in session.scalars(select(LibraryItem).order_by(LibraryItem.id))]


def test_a_moment_reaches_the_library_only_after_consent(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com", name="Sara")
    url = f"/w/{workspace_id}/team"
    soon = (datetime.now(UTC) + timedelta(days=2)).date().replace(year=1992)  # a leap year: any day exists
    added = post_form(client, url, {"name": "Huda", "lang": "en", "birthday": soon.isoformat(), "joined_on": ""},
                      page=url, follow_redirects=True)
    assert "Nothing about them is drafted until they consent." in added.text
    assert "No consented moments in the coming week." in added.text
    post_form(client, f"{url}/drafts", {}, page=url)
    assert _library() == []

    page = client.get(url).text
    member_id = int(page.split('data-member="')[1].split('"')[0])
    consented = post_form(client, f"{url}/{member_id}/consent", {"kind": "birthday", "action": "grant"}, page=url,
                          follow_redirects=True)
    assert "Consent recorded." in consented.text
    assert "given, recorded by Sara &lt;sara@example.com&gt;" in consented.text
    drafted = post_form(client, f"{url}/drafts", {}, page=url, follow_redirects=True)
    assert "1 draft added to the library." in drafted.text
    assert _library() == ["Happy birthday, Huda! The whole team wishes you a wonderful year ahead."]

    withdrawn = post_form(client, f"{url}/{member_id}/consent", {"kind": "birthday", "action": "withdraw"},
                          page=url, follow_redirects=True)
    assert "Consent withdrawn; 1 unused draft taken back." in withdrawn.text
    assert "withdrawn by Sara" in withdrawn.text and _library() == []


def test_csv_import(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    url = f"/w/{workspace_id}/team"
    csv = "name,lang,birthday,wedding\nهدى,ar,1990-04-21,2027-05-01\nTom,en,,\n".encode()
    imported = post_form(client, f"{url}/import", {}, page=url, files={"file": ("team.csv", csv, "text/csv")},
                         follow_redirects=True)
    assert "2 people added." in imported.text and "هدى" in imported.text
    bad = post_form(client, f"{url}/import", {}, page=url,
                    files={"file": ("team.csv", b"name,wedding\nAmal,soon\n", "text/csv")})
    assert bad.status_code == 422 and "line 2: wedding &#39;soon&#39; is not a date" in bad.text
    assert "Amal" not in client.get(url).text


def test_a_drafts_photo_slot(client: TestClient, tmp_path: Path) -> None:
    workspace_id = sign_up(client, "sara@example.com", name="Sara")
    url = f"/w/{workspace_id}/team"
    soon = (datetime.now(UTC) + timedelta(days=2)).date().replace(year=1992)
    post_form(client, url, {"name": "Huda", "lang": "en", "birthday": soon.isoformat(), "joined_on": ""}, page=url)
    member_id = int(client.get(url).text.split('data-member="')[1].split('"')[0])
    post_form(client, f"{url}/{member_id}/consent", {"kind": "birthday", "action": "grant"}, page=url)
    post_form(client, f"{url}/drafts", {}, page=url)
    picture = tmp_path / "cake.png"
    Image.new("RGB", (60, 40), (200, 120, 40)).save(picture, "PNG")
    with db.session_scope(write=True) as session:
        incoming = incoming_dir()
        incoming.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(picture, incoming / ".incoming-cake")
        photo_id = media.ingest(session, workspace_id, incoming / ".incoming-cake", "cake.png").id
        [item_id] = session.scalars(select(LibraryItem.id)).all()
    page = client.get(url).text
    assert "Drafts in the library" in page and f'<option value="{photo_id}"' in page
    saved = post_form(client, f"{url}/drafts/{item_id}/photo", {"media_id": str(photo_id), "alt_text": ""}, page=url,
                      follow_redirects=True)
    assert "Write its alt text: the draft cannot be scheduled without it." in saved.text
    assert "The photo has no alt text yet: the draft cannot be scheduled." in saved.text
    described = post_form(client, f"{url}/drafts/{item_id}/photo",
                          {"media_id": str(photo_id), "alt_text": "Huda <3 cake"}, page=url, follow_redirects=True)
    assert "Photo saved." in described.text and 'alt="Huda &lt;3 cake"' in described.text
    assert "The photo has no alt text yet" not in described.text
