"""Archive importers, one per export format, and how a path finds the importer that reads it.

Built-in importers register through `register_importer`, the same way a third-party one would.
Generic formats (any CSV, any JSON Lines file) are tried last so a specific format always wins.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cocktailparty.errors import ArchiveError

from .archive import open_source
from .base import ImportedPost, Importer, PostKind, ProgressCallback
from .facebook import FacebookImporter
from .instagram import InstagramImporter
from .linkedin import LinkedInImporter
from .mastodon import MastodonImporter
from .tabular import CsvImporter, JsonlImporter
from .x import XImporter

__all__ = [
    "ImportedPost",
    "Importer",
    "PostKind",
    "ProgressCallback",
    "detect_importer",
    "get_importer",
    "iter_posts",
    "register_importer",
    "registered_importers",
]

_SPECIFIC: list[Importer] = []
_GENERIC: list[Importer] = []


def register_importer(importer: Importer, *, generic: bool = False) -> None:
    """Make `importer` available to detection; a `generic` one is only tried after all others."""
    if any(known.name == importer.name for known in registered_importers()):
        raise ValueError(f"an importer named {importer.name!r} is already registered")
    (_GENERIC if generic else _SPECIFIC).append(importer)


def registered_importers() -> tuple[Importer, ...]:
    """Importers in the order detection tries them."""
    return (*_SPECIFIC, *_GENERIC)


def get_importer(name: str) -> Importer:
    """The importer called `name`, for when the user names the format instead of detecting it."""
    for importer in registered_importers():
        if importer.name == name:
            return importer
    known = ", ".join(importer.name for importer in registered_importers())
    raise ValueError(f"no importer named {name!r}; known: {known}")


def detect_importer(path: Path) -> Importer:
    """The importer for a file, folder or zip. Raises ArchiveError when none recognises it."""
    path = Path(path)
    # Opening first gives missing, corrupt and hostile input its own message, not "unknown format".
    with open_source(path):
        pass
    for importer in registered_importers():
        if importer.detect(path):
            return importer
    looked_for = (getattr(importer, "looked_for", importer.name) for importer in registered_importers())
    raise ArchiveError(path, "archive.unknown_format", "unknown format: looked for %(looked_for)s",
                       looked_for=list(looked_for))


def iter_posts(path: Path, progress: ProgressCallback | None = None) -> Iterator[ImportedPost]:
    """Detect the format of `path` now, then stream its posts (ArchiveError on bad input)."""
    importer = detect_importer(Path(path))
    return importer.iter_posts(Path(path), progress)


for _builtin in (XImporter(), FacebookImporter(), InstagramImporter(), MastodonImporter()):
    register_importer(_builtin)
register_importer(LinkedInImporter())
register_importer(CsvImporter(), generic=True)
register_importer(JsonlImporter(), generic=True)
