"""Facebook "Download your information" JSON exports, of a profile or of a Page.

Posts sit in numbered files under a `posts/` folder whose parent changed over the years:
`posts/your_posts_1.json` (older), `your_activity_across_facebook/posts/your_posts__check_ins__photos
_and_videos_1.json`, `your_facebook_activity/posts/...` (2024) and, for Pages and profiles in the
new Pages experience, `this_profile's_activity_across_facebook/posts/profile_posts_1.json`.
Text comes mangled as Latin-1 (see `meta_text`); engagement is not exported, so it is zero.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from cocktailparty.errors import ArchiveError, message

from .archive import Source
from .archive_importer import ArchiveImporter, derived_id
from .base import ImportedPost, ProgressCallback
from .meta_text import as_dict, dicts, first_text, read_meta_items, repair_meta_text, texts
from .timestamps import from_unix

# In a posts/ folder, or at the top when given that folder or one of its files.
_POST_FILES = re.compile(
    r"(?:^|(?:^|/)posts/)(?:your_posts(?:__check_ins__photos_and_videos)?|profile_posts)(?:_\d+)?\.json$"
)


class FacebookImporter(ArchiveImporter):
    name = "facebook"
    network = "facebook"
    looked_for = message("Facebook export (posts/your_posts_1.json or profile_posts_1.json)")

    def find_members(self, source: Source) -> list[str]:
        return source.find(_POST_FILES)

    def read_member(self, source: Source, member: str, progress: ProgressCallback) -> Iterator[ImportedPost]:
        label = source.label(member)
        for number, item in enumerate(read_meta_items(source, member, progress), start=1):
            yield facebook_item_to_post(item, label, number)


def facebook_item_to_post(item: Any, label: str, number: int) -> ImportedPost:
    if not isinstance(item, dict):
        raise ArchiveError(label, "archive.item_not_object", "item %(number)s is not an object", number=number)
    timestamp = item.get("timestamp")
    if not isinstance(timestamp, int | float) or isinstance(timestamp, bool):
        raise ArchiveError(label, "archive.bad_timestamp",
                           "item %(number)s, field timestamp: missing or not a unix time", number=number)
    try:
        created_at = from_unix(timestamp)
    except ValueError as exc:
        raise ArchiveError(label, "archive.bad_timestamp", "item %(number)s, field timestamp: %(exc)s", number=number,
                           exc=exc) from exc
    text = facebook_text(item)
    return ImportedPost(
        id=derived_id("facebook", timestamp, text), text=text, created_at=created_at, network="facebook"
    )


def facebook_text(item: dict[str, Any]) -> str:
    """What the post said, with the link it shared on its own line.

    A photo without words falls back to the photo's description, then to the title Facebook
    writes ("… shared a link."), so that the post still counts and has something to classify.
    """
    attached = list(_attachment_data(item))
    words = "\n".join(texts(entry.get("post") for entry in dicts(item.get("data"))))
    if not words:
        words = first_text(as_dict(entry.get("media")).get("description") for entry in attached)
    if not words:
        words = first_text([item.get("title")])
    text = repair_meta_text(words)
    link = first_text(as_dict(entry.get("external_context")).get("url") for entry in attached)
    if link and link not in text:
        text = f"{text}\n{link}" if text else link
    return text


def _attachment_data(item: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for attachment in dicts(item.get("attachments")):
        yield from dicts(attachment.get("data"))
