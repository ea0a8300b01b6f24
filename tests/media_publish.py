"""Publishing a post with library media through the real worker path (the attempt, the store, the connector),
for the connector tests of every network: pictures made by Pillow, taken into the library like an upload."""

from __future__ import annotations

import shutil
import struct
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from cocktailparty.channels import service as channels
from cocktailparty.db import session_scope
from cocktailparty.media import service as media
from cocktailparty.media.storage import incoming_dir
from cocktailparty.models import Post, PostState
from cocktailparty.worker.publisher import Outcome
from cocktailparty.worker.tasks import publish_post
from cocktailparty.workspaces.service import get_or_create


def picture(folder: Path, name: str, colour: tuple[int, int, int], size: tuple[int, int] = (120, 80)) -> Path:
    path = folder / name
    Image.new("RGB", size, colour).save(path, "JPEG" if name.endswith(".jpg") else "PNG")
    return path


def video(folder: Path, name: str, seconds: float = 6.0, size: tuple[int, int] = (640, 360),
          data_bytes: int = 64 * 1024) -> Path:
    """An MP4 laid out as encoders write it (ftyp, moov with its movie header and a video track, then mdat), as the
    library's content check reads it; its media data is not a real stream (no network here decodes it)."""
    def box(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", 8 + len(payload)) + kind + payload

    mvhd = box(b"mvhd", b"\x00" * 4 + struct.pack(">IIII", 0, 0, 1000, int(seconds * 1000)) + b"\x00" * 80)
    tkhd = box(b"tkhd", b"\x00\x00\x00\x07" + b"\x00" * 72 + struct.pack(">II", size[0] << 16, size[1] << 16))
    hdlr = box(b"hdlr", b"\x00" * 8 + b"vide" + b"\x00" * 12 + b"VideoHandler\x00")
    head = box(b"ftyp", b"isom\x00\x00\x02\x00isommp41") + box(b"moov", mvhd + box(b"trak", tkhd + box(b"mdia", hdlr)))
    path = folder / name
    path.write_bytes(head + box(b"mdat", bytes(range(256)) * (data_bytes // 256)))
    return path


def post_with_media(text: str, files: list[tuple[Path, str]], *, network: str, base_url: str | None = None,
                    token: str | None = None, handle: str | None = None, password: str | None = None) -> int:
    """A post claimed for publishing (as the dispatcher leaves it), with `files` (path, alt text) from the library."""
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        channel = channels.add(session, workspace, network=network, name=f"brand-{network}", base_url=base_url,
                               token=token, handle=handle, password=password, verify=False)
        chosen = []
        for path, alt in files:
            incoming = incoming_dir()
            incoming.mkdir(parents=True, exist_ok=True)
            copy = incoming / f".incoming-{path.name}"
            shutil.copyfile(path, copy)
            chosen.append((media.ingest(session, workspace.id, copy, path.name), alt))
        media.check_or_raise(network, chosen)
        now = datetime.now(UTC)
        post = Post(workspace_id=workspace.id, channel_id=channel.id, text=text, category="culture",
                    state=PostState.PUBLISHING, due_at=now, next_attempt_at=now, claimed_at=now)
        session.add(post)
        session.flush()
        media.attach(session, workspace.id, post, chosen)
        return post.id


def publish(post_id: int) -> Outcome:
    return publish_post(post_id)


def again(post_id: int) -> Outcome:
    """The job run once more for the same post (a crash after the network answered, before our commit)."""
    with session_scope() as session:
        post = session.get(Post, post_id)
        assert post is not None
        post.state, post.remote_id, post.published_at = PostState.PUBLISHING, None, None
    return publish_post(post_id)
