"""A post's poll: the rules a poll must keep before it is scheduled (two to four distinct options, each within
the network's length, a duration the network accepts, and a network that has polls at all), and how a poll and
its votes are kept on the post. The networks' facts come from connectors/networks.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from cocktailparty.connectors.base import Poll, PollResult
from cocktailparty.connectors.networks import NETWORKS, name_of
from cocktailparty.errors import InputError, plural
from cocktailparty.models import Post

MIN_OPTIONS, MAX_OPTIONS = 2, 4
DEFAULT_MINUTES = 24 * 60


def check_poll(network: str, options: Sequence[str] | None, minutes: int | None = None) -> Poll | None:
    """The poll a post on `network` may carry (None when no option is given), or the first rule it breaks."""
    chosen = [option.strip() for option in options or () if option and option.strip()]
    if not chosen:
        return None
    described = NETWORKS.get(network)
    if described is None or not described.polls:
        raise InputError("post.poll_not_supported",
                         "%(network)s has no polls: ask it as a question post instead, and read the answers in the "
                         "inbox", network=name_of(network))
    if not MIN_OPTIONS <= len(chosen) <= MAX_OPTIONS:
        raise InputError("post.poll_options", plural("a poll needs 2 to 4 options; this one has %(num)s option",
                                                     "a poll needs 2 to 4 options; this one has %(num)s options",
                                                     len(chosen)))
    seen: set[str] = set()
    for option in chosen:
        if option.casefold() in seen:
            raise InputError("post.poll_option_twice", "the option %(option)s is in the poll twice", option=option)
        seen.add(option.casefold())
        if len(option) > described.poll_option_chars:
            raise InputError("post.poll_option_too_long",
                             "the option %(option)s has %(length)s characters; %(network)s takes at most %(limit)s",
                             option=option, length=len(option), network=described.name,
                             limit=described.poll_option_chars)
    minutes = DEFAULT_MINUTES if minutes is None else minutes
    shortest, longest = described.poll_minutes
    if not shortest <= minutes <= longest:
        raise InputError("post.poll_duration",
                         "a poll on %(network)s runs from %(shortest)s to %(longest)s minutes; %(minutes)s was asked",
                         network=described.name, shortest=shortest, longest=longest, minutes=minutes)
    return Poll(tuple(chosen), minutes)


def poll_from(options: Sequence[str] | None, minutes: int | str | None = None) -> Poll | None:
    """A poll as a door received it (a form's fields, the command line's options), before any network judges it;
    None when no option is filled in. The minutes must be a whole number."""
    chosen = tuple(option.strip() for option in options or () if option and option.strip())
    if not chosen:
        return None
    if minutes in (None, ""):
        return Poll(chosen, DEFAULT_MINUTES)
    try:
        return Poll(chosen, int(minutes))
    except (TypeError, ValueError):
        raise InputError("post.poll_duration_number", "the poll's duration %(minutes)s is not a number of minutes",
                         minutes=str(minutes)) from None


def problem(network: str, poll: Poll | None) -> InputError | None:
    """The first rule the poll breaks on `network`, for a page to show as it is written (None: it may go)."""
    try:
        check_poll(network, poll.options if poll else None, poll.duration_minutes if poll else None)
    except InputError as error:
        return error
    return None


def recorded(poll: Poll | None) -> dict[str, Any] | None:
    """The poll as the post keeps it."""
    return None if poll is None else {"options": list(poll.options), "minutes": poll.duration_minutes}


def poll_of(post: Post) -> Poll | None:
    """The poll the post carries, as connectors take it."""
    if not post.poll:
        return None
    return Poll(tuple(str(option) for option in post.poll["options"]), int(post.poll["minutes"]))


def ends_at(post: Post, published_at: datetime) -> datetime | None:
    """When the post's poll closes, counted from when it went out."""
    poll = poll_of(post)
    return None if poll is None else published_at + timedelta(minutes=poll.duration_minutes)


@dataclass(frozen=True, slots=True)
class Votes:
    """A poll's votes as kept on the post."""

    options: tuple[tuple[str, int], ...]
    voters: int | None
    read_at: datetime
    follow_up: int | None = None  # the library draft that tells the audience the result

    @property
    def total(self) -> int:
        return sum(votes for _, votes in self.options)

    def shares(self) -> list[tuple[str, int, float]]:
        """Each option with its votes and its share of all votes (0 when nobody voted)."""
        return [(title, votes, votes / self.total if self.total else 0.0) for title, votes in self.options]

    def winners(self) -> list[str]:
        most = max((votes for _, votes in self.options), default=0)
        return [title for title, votes in self.options if votes == most and most > 0]


def votes_record(result: PollResult, read_at: datetime, follow_up: int | None) -> dict[str, Any]:
    return {"options": [[title, votes] for title, votes in result.options], "voters": result.voters,
            "read_at": read_at.isoformat(), "follow_up": follow_up}


def votes_of(post: Post) -> Votes | None:
    """The votes read when the poll closed (None before)."""
    found = post.poll_results
    if not found or "options" not in found:
        return None
    return Votes(tuple((str(title), int(votes)) for title, votes in found["options"]), found.get("voters"),
                 datetime.fromisoformat(found["read_at"]), found.get("follow_up"))
