"""The content library: drafts and evergreen posts the planner draws from."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from cocktailparty.library import repository
from cocktailparty.library import service as library
from cocktailparty.posts import compose
from cocktailparty.web.api import responses
from cocktailparty.web.api.deps import ApiAccess, ApiEditor
from cocktailparty.web.api.schemas import MAX_ID, LibraryIn, LibraryItemOut
from cocktailparty.web.deps import DbSession

router = APIRouter(tags=["library"])


@router.get("/library", responses=responses.READ)
def list_library(
    access: ApiAccess,
    session: DbSession,
    limit: Annotated[int, Query(ge=1, le=200, description="Items per page.")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_ID, description="Items to skip.")] = 0,
) -> list[LibraryItemOut]:
    """The library's items, oldest first."""
    return [LibraryItemOut.of(item) for item in repository.page_of(session, access.workspace.id, offset, limit)]


@router.post("/library", status_code=201, responses=responses.WRITE_ONE)
def add_to_library(body: LibraryIn, access: ApiEditor, session: DbSession) -> LibraryItemOut:
    """Add a draft (used once) or an evergreen item (reused `min_gap_days` apart, up to `max_uses`
    times, until `expires`). Without a category the text is classified."""
    channel = compose.channel_in(session, access.workspace, body.channel_id) if body.channel_id else None
    expires_at = library.parse_expiry(body.expires.isoformat() if body.expires else None, "expires")
    item = library.add(session, access.workspace, text=body.text, category=body.category, channel=channel,
                       evergreen=body.evergreen, min_gap_days=body.min_gap_days, max_uses=body.max_uses,
                       expires_at=expires_at)
    return LibraryItemOut.of(item)
