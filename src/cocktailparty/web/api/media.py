"""The media library through the API: upload a picture or video as the request body (streamed to storage, judged
by its content), list and search the library, attach files to a post with their alt text, remove what no post
uses. The same service functions as the pages (media/service.py, posts/service.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response
from sqlalchemy.orm import Session

from cocktailparty.media import service as library
from cocktailparty.media.repository import WorkspaceMedia
from cocktailparty.models import MediaFile
from cocktailparty.posts import service as posts
from cocktailparty.web.api import responses
from cocktailparty.web.api.deps import ApiAccess, ApiEditor
from cocktailparty.web.api.posts import attachments_of
from cocktailparty.web.api.schemas import MAX_ID, AttachmentIn, AttachmentOut, Error, MediaOut, RemovedOut
from cocktailparty.web.deps import DbSession
from cocktailparty.web.media_upload import receive_media
from cocktailparty.workspaces.classifier import classifier_for

router = APIRouter(tags=["media"])

MediaId = Annotated[int, Path(ge=1, le=MAX_ID)]
PostId = Annotated[int, Path(ge=1, le=MAX_ID)]
UPLOAD_BODY = {"requestBody": {"required": True, "description": "The file itself, as the request's whole body.",
                               "content": {"application/octet-stream": {"schema": {"type": "string",
                                                                                   "format": "binary"}}}}}


def _out(session: Session, media: MediaFile) -> MediaOut:
    used = WorkspaceMedia(session, media.workspace_id).used_in([media.id])
    return MediaOut.of(media, library.sign(media.workspace_id, media.id), [post.id for post in used.get(media.id, [])])


@router.post("/media", status_code=201, openapi_extra=UPLOAD_BODY,
             responses={**responses.WRITE, 413: {"model": Error, "description":
                        "Larger than COCKTAIL_MEDIA_MAX_MB, or past the workspace's quota."}})
async def upload_media(
    request: Request, access: ApiEditor, session: DbSession,
    name: Annotated[str, Query(min_length=1, max_length=255, description="The file's name (shown, searched).")],
    tags: Annotated[str, Query(max_length=500, description="Words to find it by, separated by spaces.")] = "",
) -> MediaOut:
    """Add a picture (JPEG, PNG, WebP, GIF) or an MP4 video to the library: send the file as the body
    (`Content-Type: application/octet-stream`). It is written as it arrives, judged by its content (a script named
    .jpg is refused, 422), and pictures lose their location and camera data."""
    media = await receive_media(request, session, access.workspace.id, access.user.id, name, tags)
    return _out(session, media)


@router.get("/media", responses=responses.READ)
def list_media(
    access: ApiAccess, session: DbSession,
    q: Annotated[str, Query(max_length=200, description="Words found in the name or the tags.")] = "",
    since: Annotated[date | None, Query(description="Uploaded on or after this day (UTC).")] = None,
    until: Annotated[date | None, Query(description="Uploaded on or before this day (UTC).")] = None,
    limit: Annotated[int, Query(ge=1, le=200, description="Files to return, newest first.")] = 60,
) -> list[MediaOut]:
    """The library, newest first, searched by name and tag and by day."""
    start = datetime.combine(since, time.min, UTC) if since else None
    end = datetime.combine(until, time.min, UTC) + timedelta(days=1) if until else None
    repository = WorkspaceMedia(session, access.workspace.id)
    found = repository.search(q, start, end, limit=limit)
    used = repository.used_in([media.id for media in found])
    return [MediaOut.of(media, library.sign(media.workspace_id, media.id), [post.id for post in used.get(media.id, [])])
            for media in found]


@router.get("/media/{media_id}", responses=responses.ONE)
def get_media(media_id: MediaId, access: ApiAccess, session: DbSession) -> MediaOut:
    return _out(session, library.get_or_raise(session, access.workspace.id, media_id))


@router.delete("/media/{media_id}", status_code=204, responses=responses.WRITE_ONE)
def delete_media(media_id: MediaId, access: ApiEditor, session: DbSession) -> Response:
    """Remove a file no post uses; a file a post uses stays (422: remove it from the post first)."""
    library.remove(session, access.workspace.id, media_id)
    return Response(status_code=204)


@router.post("/media/remove-unused", responses=responses.WRITE)
def remove_unused_media(access: ApiEditor, session: DbSession) -> RemovedOut:
    """Remove every file no post uses."""
    return RemovedOut(removed=library.remove_unused(session, access.workspace.id))


@router.get("/posts/{post_id}/media", responses=responses.ONE)
def post_media(post_id: PostId, access: ApiAccess, session: DbSession) -> list[AttachmentOut]:
    """A post's files in order, with their alt text."""
    post = posts.get_or_raise(session, access.workspace, post_id)
    return [AttachmentOut(media=_out(session, media), alt_text=alt)
            for media, alt in library.attached_to(session, access.workspace.id, post.id)]


@router.put("/posts/{post_id}/media", responses=responses.GUARDED)
def attach_media(post_id: PostId, body: list[AttachmentIn], access: ApiEditor,
                 session: DbSession) -> list[AttachmentOut]:
    """Give a draft or a scheduled post these files, in order, with their alt text (an empty list removes them).
    A scheduled post's network judges them with its text (422 naming the file and why); a post going out or
    gone cannot change (422)."""
    posts.edit(session, access.workspace, post_id, classifier_for(access.workspace.id),
               attachments=attachments_of(body), by=access.user.id)
    return post_media(post_id, access, session)
