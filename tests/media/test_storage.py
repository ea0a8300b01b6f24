"""The two stores hold, give back and delete the same bytes: the data directory's folder and a real S3 API
(moto's server on 127.0.0.1), the latter with a multipart upload for a file over the part size."""

from __future__ import annotations

import hashlib
from pathlib import Path

import boto3
import pytest

from cocktailparty.media.storage import DiskStore, S3Store, Store


def _stores(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> Store:
    if kind == "disk":
        return DiskStore(tmp_path / "media")
    bucket = request.getfixturevalue("s3_bucket")
    client = boto3.client("s3", endpoint_url=request.getfixturevalue("s3_server"), region_name="us-east-1")
    return S3Store(bucket, client, tmp_path / "cache", prefix="test/")


@pytest.mark.parametrize("kind", ["disk", "s3"])
def test_a_file_goes_in_comes_back_and_goes(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    store = _stores(kind, tmp_path, request)
    source = tmp_path / "upload.bin"
    content = bytes(range(256)) * (20 * 4096 + 7)  # ~21 MB: over the 8 MB part size, so S3 takes it in parts
    source.write_bytes(content)
    key = "7/abc123/party.mp4"
    store.put(key, source)
    assert not source.exists() and store.exists(key)
    assert hashlib.sha256(b"".join(store.read(key))).digest() == hashlib.sha256(content).digest()
    with store.local(key) as local:
        assert local.name == "party.mp4" and local.stat().st_size == len(content)
    if kind == "s3":
        assert not local.exists()  # the connector's copy is gone once it is done
    store.delete(key)
    assert not store.exists(key)


def test_the_s3_store_keeps_its_objects_under_the_prefix(tmp_path: Path, s3_server: str, s3_bucket: str) -> None:
    client = boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1")
    store = S3Store(s3_bucket, client, tmp_path / "cache", prefix="acme/")
    source = tmp_path / "a.jpg"
    source.write_bytes(b"x" * 10)
    store.put("1/k/a.jpg", source)
    keys = [item["Key"] for item in client.list_objects_v2(Bucket=s3_bucket)["Contents"]]
    assert keys == ["acme/1/k/a.jpg"]


def test_a_key_cannot_leave_the_disk_store(tmp_path: Path) -> None:
    store = DiskStore(tmp_path / "media")
    with pytest.raises(ValueError, match="leaves the store"):
        store.exists("../../etc/passwd")


def test_what_a_crash_left_half_received_is_removed_when_the_app_starts(app_env: Path) -> None:
    """An upload (or a fit) killed halfway leaves its file behind, the `finally` that removes it never ran: the
    web app removes such files, older than any upload still arriving, when it starts."""
    import os
    import time

    from fastapi.testclient import TestClient

    from cocktailparty.web.app import create_app

    incoming = app_env / "media-incoming"
    incoming.mkdir()
    stale = [incoming / ".incoming-dead", incoming / ".fit-dead", app_env / "media-cache" / "0a1b" / "party.mp4"]
    fresh = incoming / ".incoming-arriving"
    old = time.time() - 7 * 3600
    for path in [*stale, fresh]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half a video")
    for path in stale:
        os.utime(path, (old, old))
    with TestClient(create_app()):
        pass
    assert [path.exists() for path in stale] == [False, False, False] and fresh.exists()
    assert not (app_env / "media-cache" / "0a1b").exists()
