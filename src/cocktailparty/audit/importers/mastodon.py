"""Mastodon account archives: outbox.json, an ActivityStreams OrderedCollection.

`Create` activities carry the post (a Note, or a Question for polls) with HTML `content`;
`Announce` activities are boosts. Mastodon writes `orderedItems` last, after a small header,
so the list is streamed; an outbox laid out otherwise (other servers) is read whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from html.parser import HTMLParser
from typing import Any

from cocktailparty.errors import ArchiveError, message

from .archive import Source
from .archive_importer import ArchiveImporter
from .base import ImportedPost, PostKind, ProgressCallback
from .json_stream import iter_json_array, load_json_document
from .timestamps import parse_iso

_OUTBOX = re.compile(r"(?:^|/)outbox\.json$")
# Everything up to the list, when orderedItems comes after the small header.
_HEADER_THEN_ITEMS = re.compile(r'\s*\{(?:[^\[\]]|\[[^\[\]]*\])*?"orderedItems"\s*:\s*', re.DOTALL)
_HEADER_BYTES = 64 * 1024
_POST_OBJECT_TYPES = {"Note", "Question", "Article", "Page"}
_QUOTE_FIELDS = ("quote", "quoteUri", "quoteUrl", "_misskey_quote")


class MastodonImporter(ArchiveImporter):
    name = "mastodon"
    network = "mastodon"
    looked_for = message("Mastodon archive (outbox.json)")

    def find_members(self, source: Source) -> list[str]:
        return source.find(_OUTBOX)

    def read_member(self, source: Source, member: str, progress: ProgressCallback) -> Iterator[ImportedPost]:
        label = source.label(member)
        for number, activity in enumerate(read_activities(source, member, progress), start=1):
            post = activity_to_post(activity, label, number)
            if post is not None:
                yield post


def read_activities(source: Source, member: str, progress: ProgressCallback) -> Iterator[Any]:
    label = source.label(member)
    head = source.read_head(member, _HEADER_BYTES).decode("utf-8", "ignore").lstrip("\ufeff")
    if _HEADER_THEN_ITEMS.match(head):
        with source.open(member) as stream:
            yield from iter_json_array(
                stream, label, progress, prefix=_HEADER_THEN_ITEMS, expected="an ActivityStreams outbox"
            )
        return
    document = load_json_document(source, member, progress)
    items = document.get("orderedItems") if isinstance(document, dict) else None
    if not isinstance(items, list):
        raise ArchiveError(label, "archive.not_outbox", "not an ActivityStreams outbox: no orderedItems list")
    yield from items


def activity_to_post(activity: Any, label: str, number: int) -> ImportedPost | None:
    """A post for a Create or an Announce; None for activities that publish nothing we audit."""
    if not isinstance(activity, dict):
        raise ArchiveError(label, "archive.item_not_object", "activity %(number)s is not an object", number=number)
    kind = _string(activity.get("type"))
    if kind == "Announce":
        return _boost(activity, label, number)
    note = activity.get("object")
    if kind != "Create" or not isinstance(note, dict) or _string(note.get("type")) not in _POST_OBJECT_TYPES:
        return None
    return ImportedPost(
        id=_string(note.get("id")) or _string(activity.get("id")) or str(number),
        text=_note_text(note),
        created_at=_published(note.get("published") or activity.get("published"), label, number),
        kind=_note_kind(note, _string(activity.get("actor"))),
        likes=_total_items(note.get("likes")),
        shares=_total_items(note.get("shares")),
        comments=_total_items(note.get("replies")),
        network="mastodon",
    )


def _boost(activity: dict[str, Any], label: str, number: int) -> ImportedPost:
    boosted = activity.get("object")
    boosted_url = _string(boosted.get("id") if isinstance(boosted, dict) else boosted)
    # The outbox keeps only the address of a boosted post, not its text; the address still
    # tells the classifier that someone else's content was shared.
    return ImportedPost(
        id=_string(activity.get("id")) or str(number),
        text=boosted_url,
        created_at=_published(activity.get("published"), label, number),
        kind="repost",
        network="mastodon",
    )


def _note_kind(note: dict[str, Any], actor: str) -> PostKind:
    parent = _string(note.get("inReplyTo"))
    # Replying to one's own post continues a thread: a post to the audience, not a conversation.
    if parent and not (actor and parent.startswith(actor.rstrip("/") + "/")):
        return "reply"
    if any(note.get(field) for field in _QUOTE_FIELDS):
        return "quote"
    return "post"


def _note_text(note: dict[str, Any]) -> str:
    """The content warning, the body and, for a poll, its choices: all of it is what readers see."""
    warning = _string(note.get("summary")).strip()
    body = html_to_text(_string(note.get("content")))
    choices = [
        _string(choice.get("name"))
        for choice in [*_list(note.get("oneOf")), *_list(note.get("anyOf"))]
        if isinstance(choice, dict) and _string(choice.get("name"))
    ]
    return "\n\n".join(part for part in (warning, body, "\n".join(choices)) if part)


def _published(value: Any, label: str, number: int) -> datetime:
    if not isinstance(value, str) or not value:
        raise ArchiveError(label, "archive.no_date", "activity %(number)s: no published date", number=number)
    try:
        return parse_iso(value)
    except ValueError as exc:
        raise ArchiveError(label, "archive.bad_date", "activity %(number)s, field published: %(exc)s", number=number,
                           exc=exc) from exc


def _string(value: Any) -> str:
    """A JSON string or number as text; anything else (null, lists, objects) as ''."""
    if isinstance(value, str):
        return value
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else ""


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _total_items(collection: Any) -> int:
    # Recent Mastodon versions count likes and boosts on each post; older ones do not.
    total = collection.get("totalItems") if isinstance(collection, dict) else None
    return total if isinstance(total, int) and total > 0 else 0


class _TextExtractor(HTMLParser):
    """Collects the text of Mastodon's small HTML subset, turning <br> and </p> into line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "p" and self.parts:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of a post's HTML: tags dropped, entities decoded, paragraphs kept apart."""
    if "<" not in markup and "&" not in markup:
        return markup.strip()
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    text = "".join(extractor.parts)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
