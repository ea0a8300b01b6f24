"""The composer's service: the live check of a post being written (its category and why, its length
the way each network counts it, where a network would cut it, and the guardrail's verdict for the
chosen channel and time). It only reads: every write of a post is in posts/service.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from cocktailparty.channels import service as channels
from cocktailparty.classify import Classifier
from cocktailparty.connectors.base import Limits
from cocktailparty.connectors.networks import NETWORKS, name_of
from cocktailparty.errors import InputError
from cocktailparty.mix.guardrail import Verdict, check
from cocktailparty.models import Channel, Workspace
from cocktailparty.posts import corrections
from cocktailparty.posts.repository import WorkspacePosts
from cocktailparty.posts.service import PAST_GRACE, check_category
from cocktailparty.taxonomy import PROMOTIONAL, Kind, kind_of
from cocktailparty.workspaces.service import preset_for


def limits_of(channel: Channel) -> Limits | None:
    """The channel's limits. Built-ins come from their module (no client is built, no secret decrypted);
    a plugin network's from its connector, as the scheduler checks them."""
    if (built_in := NETWORKS.get(channel.network)) is not None:
        return built_in.limits()
    try:
        return channels.connector_of(channel).limits
    except Exception:  # a plugin's connector may refuse to build without its settings: no count then
        return None


@dataclass(frozen=True, slots=True)
class NetworkCount:
    """The post's length as one network counts it, and the part the network would keep."""

    network: str
    name: str
    length: int
    limit: int
    kept: str  # the text up to the limit
    cut: str  # what is past the limit ("" when the post fits)

    @property
    def over(self) -> bool:
        return self.length > self.limit


def count_for(network: str, limits: Limits, text: str) -> NetworkCount:
    length = limits.count_chars(text)
    kept = text if length <= limits.max_chars else text[: _cut_at(limits, text)]
    return NetworkCount(network, name_of(network), length, limits.max_chars, kept,
                        text[len(kept):])


def _cut_at(limits: Limits, text: str) -> int:
    """The longest prefix the network accepts (counts only grow as a text grows, so bisect)."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if limits.count_chars(text[:middle]) <= limits.max_chars:
            low = middle
        else:
            high = middle - 1
    return low


@dataclass(frozen=True)
class ComposeCheck:
    """What the composer shows beside the post as it is typed."""

    text: str
    category: str | None = None  # the post's category: the override, or the classifier's
    kind: Kind | None = None
    confidence: float | None = None  # None when the category was chosen by hand
    explanation: str = ""
    suggested: str | None = None  # the classifier's category (differs from `category` under an override)
    manual: bool = False
    channel: Channel | None = None
    channel_count: NetworkCount | None = None
    counts: list[NetworkCount] = field(default_factory=list)
    at: datetime | None = None
    verdict: Verdict | None = None
    past: bool = False  # the time chosen has gone by: scheduling will refuse it
    # The category chosen by hand overrides a confident promotional verdict: it needs a reason, and the post
    # counts as promotional (the guardrail judges it so) until an owner accepts the correction.
    relabel: bool = False

    @property
    def empty(self) -> bool:
        return not self.text.strip()

    @property
    def refused(self) -> bool:
        return self.verdict is not None and not self.verdict.allowed


def check_post(
    session: Session,
    workspace: Workspace,
    channel: Channel | None,
    text: str,
    at: datetime | None,
    classifier: Classifier,
    category: str | None = None,
) -> ComposeCheck:
    """Classify `text`, count it for every network and, with a channel and a time, ask the guardrail."""
    if not text.strip():
        return ComposeCheck(text=text, channel=channel, at=at)
    category = check_category(category)
    result = classifier.classify(text)
    chosen = category or result.category
    relabel = corrections.is_override(result, category)
    counted = PROMOTIONAL if relabel else chosen
    counts = [count_for(network.id, limits, text) for network in NETWORKS.values()
              if (limits := network.limits()) is not None]
    channel_count = None
    verdict = None
    if channel is not None:
        own = next((count for count in counts if count.network == channel.network), None)
        if own is None and (limits := limits_of(channel)) is not None:
            own = count_for(channel.network, limits, text)
            counts.append(own)
        channel_count = own
        if at is not None:
            preset = preset_for(workspace, channel)
            existing = WorkspacePosts(session, workspace.id).mix_around(channel.id, at, preset.window_days * 2,
                                                                        preset.window_posts * 2)
            verdict = check(existing, at, counted, preset)
    return ComposeCheck(
        text=text, category=chosen, kind=kind_of(chosen),
        confidence=None if category else result.confidence,
        explanation=result.explanation, suggested=result.category, manual=bool(category),
        channel=channel, channel_count=channel_count, counts=counts, at=at, verdict=verdict,
        past=at is not None and at < datetime.now(UTC) - PAST_GRACE, relabel=relabel,
    )


def channel_in(session: Session, workspace: Workspace, channel_id: int | str | None) -> Channel:
    """The workspace's channel with this id; another workspace's channel does not exist here."""
    try:
        wanted = int(channel_id) if channel_id not in (None, "") else None
    except (TypeError, ValueError):
        wanted = None
    if wanted is None:
        raise InputError("post.no_channel", "choose a channel")
    return channels.get_by_id_or_raise(session, workspace, wanted)


def local_moment(channel: Channel, day: str, clock: str) -> datetime:
    """The date and time typed in the channel's own time zone, as an aware datetime."""
    if not day or not clock:
        raise InputError("post.no_time", "choose the date and time of the post")
    try:
        moment = datetime.combine(date.fromisoformat(day), time.fromisoformat(clock))
    except ValueError:
        raise InputError("post.bad_time", "%(day)s %(clock)s is not a date and time", day=day, clock=clock) from None
    return moment.replace(tzinfo=ZoneInfo(channel.timezone))


def default_moment(channel: Channel | None, now: datetime) -> datetime:
    """The composer's first suggestion: the top of the next hour but one, in the channel's time zone."""
    zone = ZoneInfo(channel.timezone if channel else "UTC")
    local = now.astimezone(zone).replace(minute=0, second=0, microsecond=0)
    return local + timedelta(hours=2)


def parse_moment(value: str | None, channel: Channel | None) -> datetime | None:
    """An `?at=` value (ISO 8601; without a zone it is the channel's local time), or None if unreadable."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace(" ", "+") if "T" in value else value.strip())
    except ValueError:
        return None
    zone = ZoneInfo(channel.timezone if channel else "UTC")
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment.astimezone(zone)
