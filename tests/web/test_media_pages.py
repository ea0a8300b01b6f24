"""The media pages keep their doors shut: uploads need an editor and the session's CSRF token, files are judged
by content, a file's address works only signed, for its own workspace and not for long, and another workspace's
file is not there at all."""

from __future__ import annotations

import io
import re

from fastapi.testclient import TestClient
from PIL import Image

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
