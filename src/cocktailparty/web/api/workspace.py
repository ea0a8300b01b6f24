"""The workspace the token acts in, with its mix policy and the caller's role."""

from __future__ import annotations

from fastapi import APIRouter

from cocktailparty.web.api import responses
from cocktailparty.web.api.deps import ApiAccess
from cocktailparty.web.api.schemas import WorkspaceOut
from cocktailparty.workspaces.service import preset_for

router = APIRouter(tags=["workspace"])


@router.get("/workspace", responses=responses.READ)
def workspace(access: ApiAccess) -> WorkspaceOut:
    """The workspace, its mix policy (preset, cap and rolling windows), and your role in it."""
    preset = preset_for(access.workspace)
    return WorkspaceOut(id=access.workspace.id, name=access.workspace.name, preset=preset.name, cap=preset.cap,
                        window_posts=preset.window_posts, window_days=preset.window_days, role=access.role.value)
