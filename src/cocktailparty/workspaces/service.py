"""Finding and creating workspaces, and the mix preset that applies to a workspace or a channel."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cocktailparty.mix import MixPreset, get_preset
from cocktailparty.models import Channel, Workspace


def get_or_create(session: Session, name: str) -> Workspace:
    workspace = session.scalar(select(Workspace).where(Workspace.name == name))
    if workspace is None:
        workspace = Workspace(name=name)
        session.add(workspace)
        session.flush()
    return workspace


def preset_for(workspace: Workspace, channel: Channel | None = None) -> MixPreset:
    """The channel's own policy where it has one, else the workspace's."""
    name = (channel.preset if channel and channel.preset else None) or workspace.preset
    cap = (channel.cap if channel and channel.cap is not None else None) or workspace.cap
    return get_preset(name, cap=cap, window_posts=workspace.window_posts, window_days=workspace.window_days)
