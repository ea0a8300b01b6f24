"""The mix now: per channel, the promotional share of its last window against its cap."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter

from cocktailparty.dashboard import service as dashboard
from cocktailparty.web.api import responses
from cocktailparty.web.api.deps import ApiAccess
from cocktailparty.web.api.schemas import MixOut
from cocktailparty.web.deps import DbSession

router = APIRouter(tags=["mix"])


@router.get("/mix", responses=responses.READ)
def mix(access: ApiAccess, session: DbSession) -> list[MixOut]:
    """What the dashboard's gauges show, per channel."""
    board = dashboard.build(session, access.workspace, datetime.now(UTC))
    return [MixOut.of(gauge) for gauge in board.gauges]
