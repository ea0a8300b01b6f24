"""Helpers for the importer tests: where the fixtures live, zipping them, collecting posts."""

from __future__ import annotations

import zipfile
from pathlib import Path

from cocktailparty.audit.importers import iter_posts
from cocktailparty.audit.importers.base import ImportedPost

ARCHIVES = Path(__file__).resolve().parents[2] / "fixtures" / "archives"


def zip_folder(folder: Path, target: Path) -> Path:
    """Zip `folder` the way exporters do: paths relative to the folder's parent, deflated."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder.parent).as_posix())
    return target


def read_all(path: Path) -> list[ImportedPost]:
    return list(iter_posts(path))
