"""A picture or video sent as a request's body (the composer's script, or an API client), written to the incoming
folder as it arrives and handed to the media library: one door's code for the pages and the API, so the file is
streamed the same way whichever door it comes through (memory stays flat: no form parsing, no spooling copy)."""

from __future__ import annotations

import secrets

import anyio
from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy.orm import Session

from cocktailparty import db
from cocktailparty.config import get_settings
from cocktailparty.errors import InputError
from cocktailparty.media import service as library
from cocktailparty.media.storage import incoming_dir
from cocktailparty.models import MediaFile


class UploadTooLarge(InputError):
    status_code = 413


async def receive_media(request: Request, session: Session, workspace_id: int, user_id: int | None, name: str,
                        tags: str = "") -> MediaFile:
    """Stream the body to a file of ours, then take it into the workspace's library (checked by its content,
    cleaned, within the quota). Raises an InputError naming the file; nothing is left behind when it does."""
    settings = get_settings()
    limit = settings.media_max_mb * 2**20
    await run_in_threadpool(db.release_connection, session)  # an upload takes the sender's time, not a connection
    folder = incoming_dir(settings)
    await anyio.to_thread.run_sync(lambda: folder.mkdir(parents=True, exist_ok=True))
    target = folder / f".incoming-{secrets.token_hex(8)}"
    size = 0
    try:
        async with await anyio.open_file(target, "wb") as handle:
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise UploadTooLarge("media.file_too_large", "%(file)s is larger than %(limit)s MB, the largest "
                                         "file the library takes", file=library.safe_name(name),
                                         limit=settings.media_max_mb)
                await handle.write(chunk)
        return await run_in_threadpool(library.ingest, session, workspace_id, target, name or "media",
                                       uploaded_by=user_id, tags=tags)
    finally:
        target.unlink(missing_ok=True)  # ingest moved it to the store, or it failed: either way it goes
