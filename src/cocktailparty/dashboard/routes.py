"""The dashboard page."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request
from fastapi.responses import Response

from cocktailparty.dashboard import service
from cocktailparty.web.deps import DbSession, WorkspaceAccess
from cocktailparty.web.templating import render_page

router = APIRouter()


@router.get("/w/{workspace_id}")
def dashboard(request: Request, workspace_id: int, access: WorkspaceAccess, session: DbSession) -> Response:
    board = service.build(session, access.workspace, datetime.now(UTC))
    return render_page(request, access, session, "dashboard", "dashboard/dashboard.html", {"board": board})
