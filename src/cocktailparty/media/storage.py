"""Where media files live: a folder in the data directory (the default), or an S3-compatible bucket when
COCKTAIL_MEDIA_S3_BUCKET is set. Both take a finished local file and stream it in pieces (S3: a multipart
upload), so memory stays flat whatever the size; both give a file back as a local path for a connector."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from cocktailparty.config import Settings, get_settings

CHUNK = 1024 * 1024


class Store(Protocol):
    def put(self, key: str, source: Path) -> None:
        """Move or copy the finished file `source` to `key` (the source may be gone afterwards)."""
        ...

    def read(self, key: str) -> Iterator[bytes]:
        """The file's content in pieces."""
        ...

    @contextmanager
    def local(self, key: str) -> Iterator[Path]:
        """The file as a path on this machine for as long as the block runs (a connector uploads it)."""
        ...

    def delete(self, key: str) -> None: ...

    def exists(self, key: str) -> bool: ...


class DiskStore:
    """Files under `root` (the data directory's media/), one folder per workspace."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        path = (self.root / key).resolve()
        if not path.is_relative_to(self.root.resolve()):  # keys are ours, but a bug must not reach outside
            raise ValueError(f"media key {key!r} leaves the store")
        return path

    def put(self, key: str, source: Path) -> None:
        target = self._path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(source, target)  # the same file system as a rule: a rename, no copy
        except OSError:
            shutil.copyfile(source, target)
            source.unlink(missing_ok=True)

    def read(self, key: str) -> Iterator[bytes]:
        with self._path(key).open("rb") as handle:
            while chunk := handle.read(CHUNK):
                yield chunk

    @contextmanager
    def local(self, key: str) -> Iterator[Path]:
        yield self._path(key)

    def delete(self, key: str) -> None:
        path = self._path(key)
        path.unlink(missing_ok=True)
        for folder in (path.parent, path.parent.parent):  # the file's own folder, then the workspace's if empty
            try:
                folder.rmdir()
            except OSError:
                break

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()


class S3Store:
    """Objects in an S3-compatible bucket (AWS, MinIO, Ceph, moto...). The file is uploaded in parts by boto3's
    transfer manager; a connector gets a copy in the data directory's media cache, streamed down, removed after."""

    def __init__(self, bucket: str, client: Any, cache: Path, prefix: str = "") -> None:
        self.bucket, self.client, self.cache, self.prefix = bucket, client, cache, prefix

    def _key(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def put(self, key: str, source: Path) -> None:
        from boto3.s3.transfer import TransferConfig  # boto3 loads only where S3 is configured (see _store)

        config = TransferConfig(multipart_threshold=8 * CHUNK, multipart_chunksize=8 * CHUNK, max_concurrency=2)
        self.client.upload_file(str(source), self.bucket, self._key(key), Config=config)
        source.unlink(missing_ok=True)

    def read(self, key: str) -> Iterator[bytes]:
        body = self.client.get_object(Bucket=self.bucket, Key=self._key(key))["Body"]
        try:
            yield from body.iter_chunks(CHUNK)
        finally:
            body.close()

    @contextmanager
    def local(self, key: str) -> Iterator[Path]:
        folder = self.cache / os.urandom(8).hex()
        folder.mkdir(parents=True)
        target = folder / Path(key).name  # keeps the file's own name: errors name it
        try:
            with target.open("wb") as handle:
                for chunk in self.read(key):
                    handle.write(chunk)
            yield target
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def delete(self, key: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self._key(key))

    def exists(self, key: str) -> bool:
        from botocore.exceptions import ClientError  # boto3 loads only where S3 is configured (see _store)

        try:
            self.client.head_object(Bucket=self.bucket, Key=self._key(key))
        except ClientError:
            return False
        return True


def store_for(settings: Settings | None = None) -> Store:
    settings = settings or get_settings()
    return _store(settings.data_dir, settings.media_s3_bucket, settings.media_s3_endpoint, settings.media_s3_region,
                  settings.media_s3_prefix)


@lru_cache(maxsize=8)
def _store(data_dir: Path, bucket: str | None, endpoint: str | None, region: str | None, prefix: str) -> Store:
    if not bucket:
        return DiskStore(data_dir / "media")
    import boto3  # late on purpose: boto3 is large to load, and most sites keep their media on disk

    # Credentials come the way boto3 finds them (AWS_ACCESS_KEY_ID..., a profile, an instance role).
    client = boto3.client("s3", endpoint_url=endpoint or None, region_name=region or None)
    return S3Store(bucket, client, data_dir / "media-cache", prefix)


def incoming_dir(settings: Settings | None = None) -> Path:
    """Where uploads are written while they arrive (then checked, cleaned and put in the store)."""
    settings = settings or get_settings()
    return settings.data_dir / "media-incoming"


# A file still arriving (or being fitted) is younger than this; an older one was left by a crash (kill -9, a power
# cut): the `finally` that removes it never ran.
STALE_SECONDS = 6 * 3600


def remove_stale_incoming(settings: Settings | None = None, now: float | None = None) -> int:
    """Delete what a crash left in the incoming folder and the S3 store's local copies; returns how many files."""
    settings = settings or get_settings()
    now = now or time.time()
    removed = 0
    for pattern in ("media-incoming/.incoming-*", "media-incoming/.fit-*", "media-cache/*/*"):
        for path in settings.data_dir.glob(pattern):
            try:
                if path.is_file() and now - path.stat().st_mtime > STALE_SECONDS:
                    path.unlink()
                    removed += 1
                    if path.parent.name != "media-incoming" and not any(path.parent.iterdir()):
                        path.parent.rmdir()
            except FileNotFoundError:
                pass
    return removed
