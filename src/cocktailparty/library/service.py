"""The library's rules, shared by the pages and `cocktail library add`: what a draft or an evergreen item
may hold, and its category (set by hand, or classified with the workspace's own classifier)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy.orm import Session

from cocktailparty.classify import Classifier
from cocktailparty.errors import InputError, Message, NotFound, message
from cocktailparty.library import repository
from cocktailparty.models import Channel, LibraryItem, Workspace
from cocktailparty.taxonomy import check_category
from cocktailparty.workspaces.classifier import classifier_for

DEFAULT_MIN_GAP_DAYS = 30


EXPIRY_DATE = message("the expiry date")


def parse_expiry(value: str | None, label: str | Message = EXPIRY_DATE) -> datetime | None:
    """The first day an item may no longer go out, as midnight UTC of that day; blank means never."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return datetime.combine(date.fromisoformat(value), time.min, UTC)
    except ValueError:
        raise InputError("library.bad_date", "%(label)s %(value)s is not a date such as 2027-01-31", label=label,
                         value=repr(value)) from None


def parse_count(value: str | None, label: str | Message, default: int | None) -> int | None:
    """A whole number typed in a form; blank gives the default."""
    value = (value or "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise InputError("library.not_whole_number", "%(label)s must be a whole number, not %(value)s", label=label,
                         value=repr(value)) from None


def _category(workspace: Workspace, text: str, category: str | None, classifier: Classifier | None) -> str:
    if category:
        return check_category(category)
    if classifier is None:
        classifier = classifier_for(workspace.id)
    return classifier.classify(text).category


def _clean(text: str) -> str:
    # A browser's textarea sends CRLF line ends; the networks count "\n".
    return text.replace("\r\n", "\n").strip()


def _check(workspace: Workspace, text: str, channel: Channel | None, min_gap_days: int, max_uses: int | None) -> None:
    if not text:
        raise InputError("library.no_text", "the post has no text")
    if min_gap_days < 0:
        raise InputError("library.negative_gap", "the days between two uses cannot be negative")
    if max_uses is not None and max_uses < 1:
        raise InputError("library.uses_below_one",
                         "the number of uses must be at least 1 (leave it empty for no limit)")
    if channel is not None and channel.workspace_id != workspace.id:
        raise NotFound("channel.not_found", "no such channel in this workspace")


def add(
    session: Session,
    workspace: Workspace,
    *,
    text: str,
    category: str | None = None,
    channel: Channel | None = None,
    evergreen: bool = False,
    min_gap_days: int = DEFAULT_MIN_GAP_DAYS,
    max_uses: int | None = None,
    expires_at: datetime | None = None,
    classifier: Classifier | None = None,
) -> LibraryItem:
    """A draft (used once) or an evergreen item (reused, `min_gap_days` apart, at most `max_uses` times,
    until `expires_at`). Without a category the text is classified."""
    text = _clean(text)
    _check(workspace, text, channel, min_gap_days, max_uses)
    item = LibraryItem(
        workspace_id=workspace.id, channel_id=channel.id if channel else None, text=text,
        category=_category(workspace, text, category, classifier), evergreen=evergreen,
        min_gap_days=min_gap_days, max_uses=max_uses, expires_at=expires_at,
    )
    session.add(item)
    session.flush()
    return item


def update(
    session: Session,
    workspace: Workspace,
    item: LibraryItem,
    *,
    text: str,
    category: str | None = None,
    channel: Channel | None = None,
    evergreen: bool = False,
    min_gap_days: int = DEFAULT_MIN_GAP_DAYS,
    max_uses: int | None = None,
    expires_at: datetime | None = None,
    classifier: Classifier | None = None,
) -> LibraryItem:
    """Change an item; its uses so far are kept. Without a category the new text is classified again."""
    text = _clean(text)
    _check(workspace, text, channel, min_gap_days, max_uses)
    new_category = _category(workspace, text, category, classifier)
    item.text, item.category, item.evergreen = text, new_category, evergreen
    item.channel_id = channel.id if channel else None
    item.min_gap_days, item.max_uses, item.expires_at = min_gap_days, max_uses, expires_at
    session.flush()
    return item


def delete(session: Session, item: LibraryItem) -> None:
    session.delete(item)
    session.flush()


def get_or_raise(session: Session, workspace: Workspace, item_id: int) -> LibraryItem:
    """The item with this id in this workspace; another workspace's item is not found either."""
    item = repository.item_in(session, workspace.id, item_id)
    if item is None:
        raise NotFound("library.not_found", "no such library item in this workspace")
    return item
