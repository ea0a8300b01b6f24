"""Giveaways: open one (the seed made and its commitment published), collect the entries from the replies to the
contest post, draw after the deadline (the seed published with the winners), the announcement drafted, the
entries exported. Pages, the API and the command line come through here; the caller owns the transaction."""

from __future__ import annotations

import csv
import io
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from cocktailparty.channels.service import connector_of
from cocktailparty.connectors.base import ConnectorError
from cocktailparty.db import release_connection
from cocktailparty.errors import InputError, Message, NotFound
from cocktailparty.giveaways import draw as fair
from cocktailparty.giveaways import repository
from cocktailparty.giveaways.rules import ENTRY_KINDS, N_, Reply, Rules, entries_of
from cocktailparty.i18n import Lang
from cocktailparty.library import service as library
from cocktailparty.models import Channel, Giveaway, GiveawayEntry, LibraryItem, Workspace
from cocktailparty.names import without_controls
from cocktailparty.secrets import decrypt, encrypt
from cocktailparty.translation import translations

MAX_WINNERS = 100
ANNOUNCEMENT = N_("Congratulations to the winners of %(title)s: %(winners)s! Thank you to everyone who took part. "
                  "Anyone can check the draw: the seed is %(seed)s and its SHA-256, published when the contest "
                  "opened, is %(commitment)s.")


class GiveawayClosed(InputError):
    status_code = 409


@dataclass(frozen=True)
class Collected:
    added: int
    refused: list[tuple[Reply, Message]]


def _staff(text: str | list[str]) -> list[str]:
    lines = text.splitlines() if isinstance(text, str) else text
    return sorted({fair.canonical_account(line) for line in lines if fair.canonical_account(line)})


def open_giveaway(
    session: Session,
    workspace: Workspace,
    *,
    channel: Channel,
    title: str,
    post_remote_id: str,
    deadline: datetime,
    winners: int = 1,
    entry: str = "reply",
    hashtag: str = "",
    tag_count: int = 0,
    staff: str | list[str] = "",
    now: datetime | None = None,
) -> Giveaway:
    """A giveaway on the contest post `post_remote_id` of `channel`: its secret seed made now, its commitment
    ready to publish."""
    if channel.workspace_id != workspace.id:
        raise NotFound("giveaway.channel_unknown", "no such channel in this workspace")
    title, post_remote_id = without_controls(title).strip(), post_remote_id.strip()
    if not title or len(title) > 200:
        raise InputError("giveaway.bad_title", "give the giveaway a title of at most 200 characters")
    if not post_remote_id or len(post_remote_id) > 255:
        raise InputError("giveaway.no_post", "give the contest post's id on the network")
    if not 1 <= winners <= MAX_WINNERS:
        raise InputError("giveaway.bad_winners", "the number of winners must be between 1 and %(max)s",
                         max=MAX_WINNERS)
    if entry not in ENTRY_KINDS:
        raise InputError("giveaway.bad_entry", "an entry is a reply, a hashtag or a tag, not %(kind)s",
                         kind=repr(entry))
    now = now or datetime.now(UTC)
    if deadline.tzinfo is None:
        raise InputError("giveaway.naive_deadline", "the deadline needs a time zone")
    if deadline <= now:
        raise InputError("giveaway.deadline_past", "the deadline must be in the future")
    Rules(deadline=deadline, entry=entry, hashtag=hashtag, tag_count=tag_count)  # checks the rules
    seed = secrets.token_hex(32)
    giveaway = Giveaway(
        workspace_id=workspace.id, channel_id=channel.id, title=title, post_remote_id=post_remote_id,
        entry_kind=entry, hashtag=hashtag.strip().lstrip("#")[:100], tag_count=tag_count,
        staff="\n".join(_staff(staff)), deadline=deadline, winners_count=winners,
        seed_secret=encrypt({"seed": seed}), commitment=fair.commitment_of(seed), created_at=now,
    )
    session.add(giveaway)
    session.flush()
    return giveaway


def get_or_raise(session: Session, workspace: Workspace, giveaway_id: int) -> Giveaway:
    found = repository.giveaway_in(session, workspace.id, giveaway_id)
    if found is None:
        raise NotFound("giveaway.unknown", "no such giveaway in this workspace")
    return found


def rules_of(giveaway: Giveaway, channel: Channel | None) -> Rules:
    return Rules(deadline=giveaway.deadline, entry=giveaway.entry_kind,  # type: ignore[arg-type]
                 hashtag=giveaway.hashtag, tag_count=giveaway.tag_count,
                 staff=frozenset(giveaway.staff.splitlines()), own_account=(channel.handle or "") if channel else "")


def collect_entries(session: Session, workspace: Workspace, giveaway: Giveaway) -> Collected:
    """Read the replies to the contest post from the network and keep those the rules count (each account's
    first). Entries already kept stay; collecting again adds only new accounts."""

    if giveaway.drawn_at is not None:
        raise GiveawayClosed("giveaway.drawn", "the giveaway was drawn: its entries are final")
    channel = session.get(Channel, giveaway.channel_id) if giveaway.channel_id else None
    if channel is None or channel.workspace_id != workspace.id:
        raise InputError("giveaway.no_channel", "the giveaway's channel was removed: its replies cannot be read")
    connector = connector_of(channel)
    # The network may be slow: no database connection (nor SQLite's write lock) is held while it answers.
    release_connection(session)
    try:
        comments = connector.fetch_comments()
    except ConnectorError as error:
        raise InputError("giveaway.fetch_failed", "could not read the replies on %(channel)s: %(problem)s",
                         channel=channel.name, problem=error.message) from None
    session.refresh(giveaway)  # read again: drawn by someone else while the network answered?
    if giveaway.drawn_at is not None:
        raise GiveawayClosed("giveaway.drawn", "the giveaway was drawn: its entries are final")
    # What the network sent is kept as text: a NUL in it, which no PostgreSQL text holds, goes (as in the inbox).
    replies = [Reply(comment.remote_id.replace("\x00", ""), comment.author.replace("\x00", ""),
                     comment.text.replace("\x00", ""), comment.created_at)
               for comment in comments if comment.in_reply_to == giveaway.post_remote_id]
    accepted, refused = entries_of(replies, rules_of(giveaway, channel))
    known = {entry.account for entry in repository.entries_of(session, giveaway.id)}
    added = 0
    for reply in accepted:
        account = fair.canonical_account(reply.account)
        if account not in known:
            session.add(GiveawayEntry(giveaway_id=giveaway.id, account=account, remote_id=reply.remote_id,
                                      text=reply.text[:5000], entered_at=reply.created_at))
            known.add(account)
            added += 1
    giveaway.collected_at = datetime.now(UTC)
    session.flush()
    return Collected(added, refused)


def draw(session: Session, workspace: Workspace, giveaway: Giveaway, now: datetime | None = None) -> fair.Draw:
    """After the deadline: the winners from the seed and the entries, the seed published. Drawing again gives
    the same result (it is kept)."""
    now = now or datetime.now(UTC)
    entries = [entry.account for entry in repository.entries_of(session, giveaway.id)]
    if giveaway.drawn_at is not None and giveaway.seed is not None:
        return fair.draw_winners(giveaway.seed, entries, giveaway.winners_count)
    if now < giveaway.deadline:
        raise GiveawayClosed("giveaway.before_deadline", "the draw comes after the deadline, %(deadline)s",
                             deadline=giveaway.deadline.isoformat(timespec="minutes"))
    if not entries:
        raise InputError("giveaway.no_entries", "the giveaway has no entries yet: collect them first")
    seed = decrypt(giveaway.seed_secret)["seed"]
    result = fair.draw_winners(seed, entries, giveaway.winners_count)
    giveaway.seed, giveaway.winners = seed, "\n".join(result.winners)
    giveaway.entries_sha256, giveaway.drawn_at = result.entries_sha256, now
    session.flush()
    return result


def winners_of(giveaway: Giveaway) -> list[str]:
    return giveaway.winners.splitlines() if giveaway.winners else []


def announcement(giveaway: Giveaway, lang: Lang) -> str:
    if giveaway.seed is None:
        raise InputError("giveaway.not_drawn", "the giveaway is not drawn yet")
    return translations(lang).gettext(ANNOUNCEMENT) % {
        "title": giveaway.title, "winners": " ".join(f"@{winner}" for winner in winners_of(giveaway)),
        "seed": giveaway.seed, "commitment": giveaway.commitment}


def draft_announcement(session: Session, workspace: Workspace, giveaway: Giveaway, lang: Lang) -> LibraryItem:
    """The winners' announcement, in the library as a contest draft."""
    channel = session.get(Channel, giveaway.channel_id) if giveaway.channel_id else None
    return library.add(session, workspace, text=announcement(giveaway, lang), category="contest", channel=channel)


def entries_csv(session: Session, giveaway: Giveaway) -> str:
    """The entries as CSV (account first: `cocktail giveaway verify --entries` reads it as it is)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["account", "reply_id", "entered_at", "text"])
    for entry in repository.entries_of(session, giveaway.id):
        writer.writerow([entry.account, entry.remote_id, entry.entered_at.isoformat(), _safe_cell(entry.text)])
    return buffer.getvalue()


def _safe_cell(text: str) -> str:
    # A reply opened in a spreadsheet must not run as a formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
