"""The shared skeleton of the built-in importers: find the members that hold posts, read them.

Opening the source, summing sizes for progress, offsetting progress across members and refusing
an archive without posts are the same for every format, so each importer only says where its
posts live (`find_members`) and how to read one member (`read_member`).
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path

from cocktailparty.errors import ArchiveError, Message

from .archive import Source, open_source
from .base import ImportedPost, ProgressCallback


class ArchiveImporter(ABC):
    """Implements the `Importer` protocol on top of `find_members` and `read_member`."""

    # Plain attributes rather than ClassVars, which the `Importer` protocol would not accept.
    name: str
    network: str
    # What `detect_importer` lists when nothing matches, e.g. "X archive (data/tweets.js)".
    looked_for: Message

    @abstractmethod
    def find_members(self, source: Source) -> list[str]:
        """The members holding posts, in reading order; empty when the source is not this format."""

    @abstractmethod
    def read_member(self, source: Source, member: str, progress: ProgressCallback) -> Iterator[ImportedPost]:
        """Posts of one member; `progress` takes bytes read within that member."""

    def detect(self, source: Path) -> bool:
        with open_source(source) as opened:
            return bool(self.find_members(opened))

    def size_hint(self, source: Path) -> int:
        with open_source(source) as opened:
            return sum(opened.size(member) for member in self.find_members(opened))

    def iter_posts(self, source: Path, progress: ProgressCallback | None = None) -> Iterator[ImportedPost]:
        with open_source(source) as opened:
            members = self.find_members(opened)
            if not members:
                raise ArchiveError(source, "archive.wrong_format", "not in this format: found no %(looked_for)s",
                                   looked_for=self.looked_for)
            found = 0
            done = 0
            for member in members:
                report = _offset_progress(progress, done)
                for post in self.read_member(opened, member, report):
                    found += 1
                    yield post
                done += opened.size(member)
                if progress is not None:
                    progress(done)
            if not found:
                raise ArchiveError(source, "archive.no_posts", "no posts found in %(join)s", join=", ".join(members))


def _offset_progress(progress: ProgressCallback | None, offset: int) -> ProgressCallback:
    if progress is None:
        return _ignore_progress
    return lambda consumed: progress(offset + consumed)


def _ignore_progress(consumed: int) -> None:
    """Progress sink for callers that did not ask for progress."""


def derived_id(network: str, *parts: object) -> str:
    """A stable id for formats whose posts carry none, so importing twice yields the same ids."""
    digest = hashlib.sha256("\x1f".join(map(str, (network, *parts))).encode("utf-8"))
    return digest.hexdigest()[:20]
