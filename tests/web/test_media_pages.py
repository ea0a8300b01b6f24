"""The media pages keep their doors shut: uploads need an editor and the session's CSRF token, files are judged
by content, a file's address works only signed, for its own workspace and not for long, and another workspace's
file is not there at all."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from PIL import Image
from sqlalchemy import func, select
from test_composer_pages import add_channel, post

from cocktailparty import db
from cocktailparty.media import service as media
from cocktailparty.models import Post
from webclient import csrf, sign_up


def _jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 20), (200, 30, 30)).save(buffer, "JPEG")
    return buffer.getvalue()


def _upload(client: TestClient, workspace: int, body: bytes, name: str, token: str | None = None):  # type: ignore[no-untyped-def]
    headers = {"Content-Type": "application/octet-stream"}
    if token is not False:
        headers["X-CSRF-Token"] = token or csrf(client, f"/w/{workspace}/compose")
    return client.post(f"/w/{workspace}/media/upload", params={"name": name}, content=body, headers=headers)


def test_upload_attach_and_signed_address(client: TestClient, other_client: TestClient) -> None:
    workspace = sign_up(client, "sara@example.com")
    other = sign_up(other_client, "omar@example.com", workspace="Other")
    assert workspace and other
    answer = _upload(client, workspace, _jpeg(), "team.jpg")
    assert answer.status_code == 200 and 'name="media_id"' in answer.text and "team.jpg" in answer.text
    address = re.search(r'src="(/w/\d+/media/\d+/file\?e=\d+&amp;s=[0-9a-f]+)"', answer.text)
    assert address
    url = address.group(1).replace("&amp;", "&")
    served = client.get(url)
    assert served.status_code == 200 and served.headers["content-type"] == "image/jpeg"
    assert served.content[:3] == b"\xff\xd8\xff"
    media_id = re.search(r"/media/(\d+)/file", url).group(1)  # type: ignore[union-attr]
    signature = url.split("?")[1]
    # The signature is the workspace's: the same file under another workspace's address, or unsigned, is not there.
    assert client.get(f"/w/{other}/media/{media_id}/file?{signature}").status_code == 404
    assert client.get(f"/w/{workspace}/media/{media_id}/file").status_code == 404
    expired = re.sub(r"e=\d+", "e=1000", signature)
    assert client.get(f"/w/{workspace}/media/{media_id}/file?{expired}").status_code == 404
    # Another workspace's member cannot reach the file through the pages either.
    assert other_client.get(f"/w/{workspace}/media").status_code in (403, 404)
    assert other_client.get(f"/w/{other}/media/{media_id}/attached").status_code == 404
    library = client.get(f"/w/{workspace}/media?q=team")
    assert library.status_code == 200 and "team.jpg" in library.text


def test_uploads_need_the_token_and_real_media(client: TestClient) -> None:
    workspace = sign_up(client, "sara@example.com")
    assert workspace
    assert _upload(client, workspace, _jpeg(), "a.jpg", token=False).status_code == 403
    refused = _upload(client, workspace, b"<?php system($_GET['c']); ?>", "shell.jpg")
    assert refused.status_code == 422 and "shell.jpg is not a picture or a video" in refused.text
    assert "media-upload-error" in refused.text


def test_a_draft_keeps_its_pictures_through_the_pages(client: TestClient) -> None:
    """The composer's draft keeps the files and their alt text; the post page shows them in its edit form, a save
    that leaves them keeps them, one that removes one removes it, and a duplicate carries them."""
    workspace = sign_up(client, "sara@example.com")
    assert workspace
    channel = add_channel(workspace)
    ids = [re.search(r'name="media_id" value="(\d+)"', _upload(client, workspace, _jpeg(), name).text).group(1)  # type: ignore[union-attr]
           for name in ("party.jpg", "cake.jpg")]
    answer = post(client, f"/w/{workspace}/posts", {
        "text": "Our New Year party 🎉", "channel_id": str(channel), "action": "draft",
        "media_id": ids, "media_alt": ["The team under paper lanterns", "كعكة عليها شعار الشركة"]}, workspace)
    assert answer.status_code == 303

    def files(post_id: int) -> list[tuple[str, str]]:
        with db.session_scope() as session:
            return [(item.name, alt) for item, alt in media.attached_to(session, workspace, post_id)]

    with db.session_scope() as session:
        draft_id = int(session.scalar(select(func.max(Post.id))) or 0)
    described = [("party.jpg", "The team under paper lanterns"), ("cake.jpg", "كعكة عليها شعار الشركة")]
    assert files(draft_id) == described

    page = client.get(f"/w/{workspace}/posts/{draft_id}")
    assert page.status_code == 200 and "party.jpg" in page.text and "كعكة عليها شعار الشركة" in page.text
    soon = datetime.now(UTC) + timedelta(days=3)
    alts = ["The team under paper lanterns", "كعكة عليها شعار الشركة"]
    edit = {"text": "Our New Year party 🎉 2026", "date": soon.strftime("%Y-%m-%d"), "time": "10:00",
            "media_edit": "1", "media_id": ids, "media_alt": alts}
    assert post(client, f"/w/{workspace}/posts/{draft_id}/edit", edit, workspace).status_code == 303
    assert files(draft_id) == described  # scheduled, files kept
    edit |= {"media_id": ids[1:], "media_alt": ["The cake, closer"]}
    assert post(client, f"/w/{workspace}/posts/{draft_id}/edit", edit, workspace).status_code == 303
    assert files(draft_id) == [("cake.jpg", "The cake, closer")]
    copied = post(client, f"/w/{workspace}/posts/{draft_id}/duplicate", {}, workspace)
    assert copied.status_code == 303
    copy_id = int(copied.headers["location"].rsplit("/", 1)[1])
    assert copy_id != draft_id and files(copy_id) == [("cake.jpg", "The cake, closer")]
