"""The workspace's channels (their credentials are never given back)."""

from __future__ import annotations

from fastapi import APIRouter

from cocktailparty.channels.repository import channels_of
from cocktailparty.web.api import responses
from cocktailparty.web.api.deps import ApiAccess
from cocktailparty.web.api.schemas import ChannelOut
from cocktailparty.web.deps import DbSession

router = APIRouter(tags=["channels"])


@router.get("/channels", responses=responses.READ)
def channels(access: ApiAccess, session: DbSession) -> list[ChannelOut]:
    """Every channel of the workspace, by name."""
    return [ChannelOut.of(channel) for channel in channels_of(session, access.workspace.id)]
