"""What every importer returns, and the contract an importer fulfils."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal, Protocol

PostKind = Literal["post", "reply", "repost", "quote"]

# Called with the number of bytes consumed so far, so long imports can drive a progress bar.
ProgressCallback = Callable[[int], None]


@dataclass(slots=True)  # not frozen: freezing costs a second per million posts
class ImportedPost:
    """One post from an account's history, as the archive recorded it."""

    id: str
    text: str
    created_at: datetime  # timezone-aware, UTC
    kind: PostKind = "post"
    likes: int = 0
    shares: int = 0  # retweets, reposts, boosts, shares
    comments: int = 0
    network: str = "unknown"

    @property
    def engagement(self) -> int:
        return self.likes + self.shares + self.comments


class Importer(Protocol):
    """One archive format. Importers are registered in `importers/__init__.py`."""

    name: str  # "x", "facebook", "instagram", "mastodon", "linkedin", "csv", "jsonl"

    def detect(self, source: Path) -> bool:
        """True when `source` (a file or a folder or a zip) is in this format. Must be cheap."""
        ...

    def size_hint(self, source: Path) -> int:
        """Total bytes `iter_posts` will report through its progress callback (0 if unknown)."""
        ...

    def iter_posts(self, source: Path, progress: ProgressCallback | None = None) -> Iterator[ImportedPost]:
        """Stream the posts, oldest or newest first as stored. Raises ArchiveError on bad input."""
        ...
