"""Instagram "Download your information" JSON exports: feed posts and reels.

Posts are in `posts_1.json`, `posts_2.json` ... under `your_instagram_activity/media/` (2024),
`your_instagram_activity/content/` or, in older exports, `content/`; reels in `reels.json` next
to them. A single photo keeps its caption in `media[0].title`; a carousel has a top-level `title`
and `creation_timestamp`. Text is mangled like Facebook's; engagement is not exported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from cocktailparty.errors import ArchiveError, message

from .archive import Source
from .archive_importer import ArchiveImporter, derived_id
from .base import ImportedPost, ProgressCallback
from .meta_text import dicts, first_text, read_meta_items, repair_meta_text
from .timestamps import from_unix

# In a content/ or media/ folder, or at the top when given that folder or one of its files.
_POST_FILES = re.compile(r"(?:^|(?:^|/)(?:content|media)/)(?:posts_\d+|reels)\.json$")


class InstagramImporter(ArchiveImporter):
    name = "instagram"
    network = "instagram"
    looked_for = message("Instagram export (your_instagram_activity/media/posts_1.json)")

    def find_members(self, source: Source) -> list[str]:
        return source.find(_POST_FILES)

    def read_member(self, source: Source, member: str, progress: ProgressCallback) -> Iterator[ImportedPost]:
        label = source.label(member)
        items = read_meta_items(source, member, progress, list_key="ig_reels_media")
        for number, item in enumerate(items, start=1):
            yield instagram_item_to_post(item, label, number)


def instagram_item_to_post(item: Any, label: str, number: int) -> ImportedPost:
    if not isinstance(item, dict):
        raise ArchiveError(label, "archive.item_not_object", "item %(number)s is not an object", number=number)
    media = list(dicts(item.get("media")))
    timestamp = item.get("creation_timestamp") or next(
        (entry["creation_timestamp"] for entry in media if "creation_timestamp" in entry), None
    )
    if not isinstance(timestamp, int | float) or isinstance(timestamp, bool):
        raise ArchiveError(label, "archive.bad_timestamp",
                           "item %(number)s, field creation_timestamp: missing or not a unix time", number=number)
    try:
        created_at = from_unix(timestamp)
    except ValueError as exc:
        raise ArchiveError(label, "archive.bad_timestamp", "item %(number)s, field creation_timestamp: %(exc)s",
                           number=number, exc=exc) from exc
    caption = repair_meta_text(first_text([item.get("title"), *(entry.get("title") for entry in media)]))
    # The first media file's path is unique per post, unlike the caption or the second.
    identity = first_text(entry.get("uri") for entry in media) or caption
    return ImportedPost(
        id=derived_id("instagram", timestamp, identity),
        text=caption,
        created_at=created_at,
        network="instagram",
    )
