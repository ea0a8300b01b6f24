"""The workspace the token acts in, with its mix policy, its inbox retention and the caller's role."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, Field

from cocktailparty.inbox import service as inbox
from cocktailparty.members.service import Access
from cocktailparty.models import Role
from cocktailparty.web.api import responses
from cocktailparty.web.api.deps import ApiAccess, ApiEditor
from cocktailparty.web.api.schemas import WorkspaceOut
from cocktailparty.workspaces.service import preset_for

router = APIRouter(tags=["workspace"])


def _out(access: Access) -> WorkspaceOut:
    preset = preset_for(access.workspace)
    return WorkspaceOut(id=access.workspace.id, name=access.workspace.name, preset=preset.name, cap=preset.cap,
                        window_posts=preset.window_posts, window_days=preset.window_days, role=access.role.value,
                        inbox_retention_days=access.workspace.inbox_retention_days)


@router.get("/workspace", responses=responses.READ)
def workspace(access: ApiAccess) -> WorkspaceOut:
    """The workspace, its mix policy (preset, cap and rolling windows), its inbox retention, and your role in it."""
    return _out(access)


class RetentionIn(BaseModel):
    # The range is the service's rule (inbox.set_retention); the schema only keeps the number sane.
    days: Annotated[int, Field(ge=1, le=100_000, description="Days fetched inbox items are kept (7 to 3650).")]


@router.put("/workspace/inbox-retention", responses=responses.WRITE)
def set_inbox_retention(body: RetentionIn, access: ApiEditor) -> WorkspaceOut:
    """How long fetched comments, mentions and messages are kept (owners only): older ones are deleted by the
    worker, with their notes; our own posts and replies stay."""
    access.require(Role.OWNER)
    inbox.set_retention(access.workspace, body.days)
    return _out(access)
