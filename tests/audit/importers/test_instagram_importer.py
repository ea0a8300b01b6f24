"""The Instagram importer: single photos, carousels, reels, both folder layouts, mojibake."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from importer_helpers import ARCHIVES, read_all, zip_folder

from cocktailparty.audit.importers import detect_importer, json_stream
from cocktailparty.errors import ArchiveError

FOLDER = ARCHIVES / "instagram" / "instagram-acme-2024"


def test_posts_then_reels_with_captions_repaired() -> None:
    posts = read_all(FOLDER)
    assert [post.text for post in posts] == [
        "شو أحلى نصيحة بتعطوها لحدا بلّش شغل جديد؟",
        "Behind the scenes at our Jeddah office ☕ خلف الكواليس",
        "كيف تكتب رد واضح على العميل في ثلاث خطوات",
    ]
    assert posts[1].created_at == datetime(2024, 3, 11, 9, 0, tzinfo=UTC)
    assert {post.network for post in posts} == {"instagram"}
    assert len({post.id for post in posts}) == 3


def test_zip_and_older_content_layout(tmp_path: Path) -> None:
    archive = zip_folder(FOLDER, tmp_path / "instagram.zip")
    assert detect_importer(archive).name == "instagram"
    assert len(read_all(archive)) == 3
    (old,) = read_all(ARCHIVES / "instagram_old")
    assert old.text.startswith("شو أحلى")


def test_reels_file_too_large_to_load_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    media = tmp_path / "media"
    media.mkdir()
    (media / "reels.json").write_text(
        json.dumps({"ig_reels_media": [{"media": [{"uri": "a.mp4", "creation_timestamp": 1, "title": "x" * 500}]}]})
    )
    monkeypatch.setattr(json_stream, "MAX_WHOLE_DOCUMENT_BYTES", 100)
    with pytest.raises(ArchiveError, match=r"reels\.json: file too large to read at once"):
        read_all(tmp_path)
