"""The workspace the token acts in, with its mix policy, its inbox retention and the caller's role."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field

from cocktailparty.inbox import service as inbox
from cocktailparty.members.service import Access
from cocktailparty.models import Role
from cocktailparty.web.api import responses
from cocktailparty.web.api.deps import ApiAccess, ApiEditor
from cocktailparty.web.api.schemas import BusinessHoursOut, ResponsePolicyOut, WorkspaceOut
from cocktailparty.workspaces.service import preset_for

router = APIRouter(tags=["workspace"])


def _out(access: Access) -> WorkspaceOut:
    preset = preset_for(access.workspace)
    return WorkspaceOut(id=access.workspace.id, name=access.workspace.name, preset=preset.name, cap=preset.cap,
                        window_posts=preset.window_posts, window_days=preset.window_days, role=access.role.value,
                        inbox_retention_days=access.workspace.inbox_retention_days,
                        response_policy=policy_out(access.workspace.response_target_minutes,
                                                   access.workspace.business_hours))


def policy_out(target_minutes: int, hours: dict[str, object] | None) -> ResponsePolicyOut:
    return ResponsePolicyOut(target_minutes=target_minutes,
                             business_hours=BusinessHoursOut.model_validate(hours) if hours else None)


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


Weekday = Literal["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


class BusinessHoursIn(BaseModel):
    days: Annotated[list[Weekday], Field(max_length=7, description="The days the team answers.")]
    opens: Annotated[str, Field(max_length=5, description="HH:MM, in each channel's own time zone.")] = "09:00"
    closes: Annotated[str, Field(max_length=5, description="HH:MM; 24:00 is midnight at the day's end.")] = "17:00"


class ResponsePolicyIn(BaseModel):
    # The ranges are the service's rule (inbox.set_response_policy); the schema only keeps the number sane.
    target_minutes: Annotated[int, Field(ge=1, le=1_000_000, description="First-response target in minutes of "
                                         "business time (5 to 10080).")]
    business_hours: BusinessHoursIn | None = Field(default=None, description="When the response clock runs; null "
                                                   "or left out: round the clock.")


@router.put("/workspace/response-policy", responses=responses.WRITE)
def set_response_policy(body: ResponsePolicyIn, access: ApiEditor) -> WorkspaceOut:
    """The inbox's first-response target and the business hours it is counted in (owners only). Hours are read in
    each channel's own time zone; the response times and the items marked late follow at once."""
    access.require(Role.OWNER)
    hours = body.business_hours
    inbox.set_response_policy(access.workspace, body.target_minutes, None if hours is None else list(hours.days),
                              *(() if hours is None else (hours.opens, hours.closes)))
    return _out(access)
