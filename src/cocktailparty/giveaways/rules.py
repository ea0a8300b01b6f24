"""A giveaway's rules and which replies they count as entries. Pure: the replies come from the network.

One entry per account (the first reply counts), replies after the deadline and from staff (or the channel's own
account) left out, and what makes a reply an entry: any reply, one carrying the hashtag, or one tagging at least
N friends (other accounts mentioned, besides the channel and the author)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from cocktailparty.errors import InputError, Message, message
from cocktailparty.giveaways.draw import canonical_account

EntryKind = Literal["reply", "hashtag", "tag"]
ENTRY_KINDS: tuple[EntryKind, ...] = ("reply", "hashtag", "tag")
_MENTION = re.compile(r"(?<![\w@])@([\w.\-]+(?:@[\w.\-]+)?)", re.UNICODE)
_HASHTAG = re.compile(r"#(\w+)", re.UNICODE)


def N_(text: str) -> str:  # the name Babel's extractor looks for
    return text


@dataclass(frozen=True)
class Rules:
    deadline: datetime
    entry: EntryKind = "reply"
    hashtag: str = ""  # without "#", for entry == "hashtag"
    tag_count: int = 0  # for entry == "tag"
    staff: frozenset[str] = field(default_factory=frozenset)  # canonical accounts that cannot win
    own_account: str = ""  # the channel's account

    def __post_init__(self) -> None:
        if self.entry not in ENTRY_KINDS:
            raise InputError("giveaway.bad_entry", "an entry is a reply, a hashtag or a tag, not %(kind)s",
                             kind=repr(self.entry))
        if self.entry == "hashtag" and not self.hashtag.strip().lstrip("#"):
            raise InputError("giveaway.no_hashtag", "give the hashtag an entry must carry")
        if self.entry == "tag" and not 1 <= self.tag_count <= 20:
            raise InputError("giveaway.bad_tag_count", "the friends to tag must be between 1 and 20")
        if self.deadline.tzinfo is None:
            raise InputError("giveaway.naive_deadline", "the deadline needs a time zone")


@dataclass(frozen=True)
class Reply:
    remote_id: str
    account: str
    text: str
    created_at: datetime


def _mentions(text: str) -> set[str]:
    return {canonical_account(found.split("@")[0]) for found in _MENTION.findall(text)}


def refusal(reply: Reply, rules: Rules) -> Message | None:
    """Why `reply` is not an entry (None when it is one); one entry per account is judged by `entries_of`."""
    account = canonical_account(reply.account)
    if not account:
        return message(N_("no account"))
    if reply.created_at > rules.deadline:
        return message(N_("after the deadline"))
    if account in rules.staff or account == canonical_account(rules.own_account):
        return message(N_("staff accounts cannot enter"))
    if rules.entry == "hashtag":
        wanted = rules.hashtag.strip().lstrip("#").lower()
        if wanted not in {tag.lower() for tag in _HASHTAG.findall(reply.text)}:
            return message(N_("no #%(hashtag)s in the reply"), hashtag=wanted)
    if rules.entry == "tag":
        friends = _mentions(reply.text) - {account, canonical_account(rules.own_account)}
        if len(friends) < rules.tag_count:
            return message(N_("tags %(found)s friends, %(wanted)s needed"), found=len(friends),
                           wanted=rules.tag_count)
    return None


def entries_of(replies: Iterable[Reply], rules: Rules) -> tuple[list[Reply], list[tuple[Reply, Message]]]:
    """The replies that are entries (each account's first valid one), and the others with the reason."""
    accepted: list[Reply] = []
    refused: list[tuple[Reply, Message]] = []
    seen: set[str] = set()
    for reply in sorted(replies, key=lambda found: (found.created_at, found.remote_id)):
        reason = refusal(reply, rules)
        if reason is None and canonical_account(reply.account) in seen:
            reason = message(N_("one entry per account"))
        if reason is None:
            seen.add(canonical_account(reply.account))
            accepted.append(reply)
        else:
            refused.append((reply, reason))
    return accepted, refused
