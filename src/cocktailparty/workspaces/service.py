"""Finding and creating workspaces, the mix preset that applies to a workspace or a channel, and the
workspace's settings: its mix policy and the days without promotion."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from cocktailparty.channels import repository as channels_repository
from cocktailparty.errors import InputError, InvalidValue, NotFound, message
from cocktailparty.members import repository as members_repository
from cocktailparty.members import service as members
from cocktailparty.members.service import Access
from cocktailparty.mix import MixPreset, get_preset
from cocktailparty.models import ApiToken, AvoidDay, Channel, Invitation, Role, User, Workspace
from cocktailparty.workspaces import repository

MAX_REASON = 200  # the column's length


def get_or_create(session: Session, name: str) -> Workspace:
    workspace = members_repository.workspace_named(session, name)
    if workspace is None:
        workspace = Workspace(name=name)
        session.add(workspace)
        session.flush()
    return workspace


def preset_for(workspace: Workspace, channel: Channel | None = None) -> MixPreset:
    """The channel's own policy where it has one, else the workspace's."""
    name = (channel.preset if channel and channel.preset else None) or workspace.preset
    cap = channel.cap if channel and channel.cap is not None else workspace.cap
    return get_preset(name, cap=cap, window_posts=workspace.window_posts, window_days=workspace.window_days)


def set_mix_policy(
    workspace: Workspace,
    preset: str,
    *,
    cap_percent: float | None = None,
    window_posts: int | None = None,
    window_days: int | None = None,
) -> MixPreset:
    """Save the workspace's preset with its overrides (None keeps the preset's own); nothing is changed
    when a value is refused."""
    if cap_percent is not None and not 0.0 <= cap_percent <= 100.0:
        raise InputError("workspace.bad_cap",
                         "the cap is a percentage between 0 and 100, got %(cap)s", cap=cap_percent)
    cap = None if cap_percent is None else cap_percent / 100
    try:
        chosen = get_preset(preset, cap=cap, window_posts=window_posts, window_days=window_days)
    except InvalidValue as exc:
        if exc.code == "mix.custom_needs_cap":
            raise InputError("workspace.custom_needs_cap",
                             "the custom preset needs a cap: give the largest promotional share, in percent") from None
        raise
    workspace.preset = chosen.name
    workspace.cap = cap
    workspace.window_posts = window_posts
    workspace.window_days = window_days
    return chosen


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InputError("workspace.bad_date", "%(text)s is not a date such as 2027-03-20", text=repr(text)) from None


def add_avoid_day(
    session: Session, workspace: Workspace, day: date, *, reason: str = "", channel: Channel | None = None
) -> AvoidDay:
    """A day on which no promotion is planned, for the whole workspace or (with `channel`) one channel."""
    if channel is not None and channel.workspace_id != workspace.id:
        raise NotFound("channel.not_found", "no such channel")
    reason = reason.strip()
    if len(reason) > MAX_REASON:
        raise InputError("workspace.reason_too_long", "keep the reason under %(limit)s characters",
                         limit=MAX_REASON)
    if repository.avoid_day_on(session, workspace.id, day, channel.id if channel else None):
        where = channel.name if channel else message("every channel")
        raise InputError("workspace.day_taken", "%(day)s is already a day without promotion on %(where)s",
                         day=day.isoformat(), where=where)
    avoid = AvoidDay(workspace_id=workspace.id, channel_id=channel.id if channel else None, day=day, reason=reason)
    session.add(avoid)
    session.flush()
    return avoid


def delete_avoid_day(session: Session, workspace: Workspace, avoid_day_id: int) -> None:
    avoid = repository.avoid_day_in(session, workspace.id, avoid_day_id)
    if avoid is None:
        raise NotFound("workspace.day_not_found", "no such day to avoid")
    session.delete(avoid)
    session.flush()


@dataclass(frozen=True)
class SettingsView:
    """Everything the settings page shows a member: only this workspace's rows, and only the tokens the
    member may see."""

    policy: MixPreset
    channels: list[Channel]
    avoid_days: list[AvoidDay]
    members: list[tuple[User, str]]
    invitations: list[Invitation]
    tokens: list[tuple[ApiToken, User]]
    now: datetime

    @property
    def channel_names(self) -> dict[int, str]:
        return {channel.id: channel.name for channel in self.channels}


def settings_view(session: Session, access: Access) -> SettingsView:
    workspace = access.workspace
    return SettingsView(
        policy=preset_for(workspace),
        channels=channels_repository.channels_of(session, workspace.id),
        avoid_days=repository.avoid_days_of(session, workspace.id),
        members=members_repository.members_of(session, workspace.id),
        invitations=members_repository.pending_invitations(session, workspace.id) if access.role == Role.OWNER else [],
        tokens=members.api_tokens_visible(session, access),
        now=datetime.now(UTC),
    )
