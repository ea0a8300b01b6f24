"""What the dashboard shows: per channel, the promotional share of its last window against the cap,
and the alerts a social media manager should act on."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from cocktailparty.channels import repository as channels_repository
from cocktailparty.dashboard import repository
from cocktailparty.models import Channel, Post, Workspace
from cocktailparty.posts.repository import WorkspaceCorrections
from cocktailparty.taxonomy import PROMOTIONAL
from cocktailparty.workspaces.service import preset_for

UPCOMING = 10
FAILED = 10
QUIET_DAYS = 7  # a channel with nothing scheduled this far ahead gets an alert


@dataclass(frozen=True)
class Gauge:
    channel: Channel
    preset_name: str
    cap: float
    window_posts: int
    posts: int  # counted posts in the last window (fewer than window_posts for a new channel)
    promotional: int
    next_due: datetime | None
    replies: int = 0  # answers to comments in the window: they count on the give side


    @property
    def share(self) -> float | None:
        return self.promotional / self.posts if self.posts else None

    @property
    def level(self) -> str:
        """"over" the cap, "near" it (the next promotion would pass it), or "ok"."""
        if self.share is None:
            return "ok"
        if self.share > self.cap + 1e-9:
            return "over"
        if (self.promotional + 1) / (self.posts + 1) > self.cap + 1e-9:
            return "near"
        return "ok"


@dataclass(frozen=True)
class Alert:
    kind: str  # "over-cap", "failed", "quiet", "no-channels"
    channel: Channel | None = None
    count: int = 0


@dataclass
class Dashboard:
    gauges: list[Gauge]
    upcoming: list[Post]
    failed: list[Post]
    published: list[Post]
    alerts: list[Alert] = field(default_factory=list)
    channels_by_id: dict[int, Channel] = field(default_factory=dict)
    changes_at: datetime | None = None  # when the board changes with time alone, no post written
    # Posts people relabelled against a confident promotional verdict, and of them those waiting for an owner.
    relabelled: tuple[int, int] = (0, 0)


def build(session: Session, workspace: Workspace, now: datetime) -> Dashboard:
    """The board, in as many queries whatever the number of posts or channels."""
    channels = channels_repository.channels_of(session, workspace.id)
    presets = {channel.id: preset_for(workspace, channel) for channel in channels}
    latest = repository.last_categories(session, {cid: preset.window_posts for cid, preset in presets.items()}, now)
    next_due = repository.next_due(session, list(presets), now)
    gauges = []
    for channel in channels:
        preset, categories = presets[channel.id], latest[channel.id]
        gauges.append(Gauge(
            channel=channel, preset_name=preset.name, cap=preset.cap, window_posts=preset.window_posts,
            posts=len(categories), promotional=sum(1 for category in categories if category == PROMOTIONAL),
            replies=sum(1 for category in categories if category == "reply"),
            next_due=next_due.get(channel.id),
        ))
    board = Dashboard(
        gauges=gauges,
        upcoming=repository.upcoming(session, workspace.id, now, UPCOMING),
        failed=repository.failed(session, workspace.id, FAILED),
        published=repository.recently_published(session, workspace.id, 5),
        channels_by_id={channel.id: channel for channel in channels},
        relabelled=WorkspaceCorrections(session, workspace.id).relabelled(),
    )
    if not channels:
        board.alerts.append(Alert("no-channels"))
    for gauge in gauges:
        if gauge.level == "over":
            board.alerts.append(Alert("over-cap", gauge.channel))
        if gauge.next_due is None or gauge.next_due > now + timedelta(days=QUIET_DAYS):
            board.alerts.append(Alert("quiet", gauge.channel))
    # With time alone the board changes when the next scheduled post falls due (it leaves "next posts" and
    # joins its channel's window) and when a quiet channel's next post comes within QUIET_DAYS.
    changes = [due - timedelta(days=QUIET_DAYS) for due in next_due.values() if due - timedelta(days=QUIET_DAYS) > now]
    board.changes_at = min([*next_due.values(), *changes], default=None)
    if board.failed:
        board.alerts.append(Alert("failed", count=len(board.failed)))
    return board
