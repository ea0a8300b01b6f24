"""The Facebook importer: the three folder layouts, mojibake repair, links and photo captions."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from importer_helpers import ARCHIVES, read_all, zip_folder

from cocktailparty.audit.importers import detect_importer, iter_posts
from cocktailparty.errors import ArchiveError

FOLDER = ARCHIVES / "facebook" / "facebook-acme-2024"
POSTS_FILE = FOLDER / "your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json"


def test_fixture_really_is_mangled_the_way_facebook_does_it() -> None:
    raw = POSTS_FILE.read_text(encoding="ascii")
    assert "\\u00d8\\u00a7\\u00d9\\u0084" in raw  # "ال" written byte by byte
    assert "النهارده" not in json.loads(raw)[0]["data"][0]["post"]


def test_arabic_comes_back_exactly() -> None:
    texts = [post.text for post in read_all(FOLDER)]
    assert texts[0] == "النهارده عيد ميلاد زميلتنا منى، كل سنة وانتي طيبة يا منى 🎂"
    assert texts[1] == "رمضان كريم! هذا دليلنا لمواعيد العمل خلال الشهر الفضيل\nhttps://example.org/ramadan-guide"
    assert texts[4] == "Five tips for a clear support reply — Café edition"


def test_photo_without_words_uses_its_description_and_a_bare_link_uses_the_title() -> None:
    posts = read_all(FOLDER)
    assert posts[2].text == "الفريق في رحلة نهاية الأسبوع، يا حلو الجمعة 😍"
    assert posts[3].text == "Acme Co shared a link.\nhttps://example.com/news/metro"


def test_dates_ids_and_zero_engagement() -> None:
    posts = read_all(FOLDER)
    assert posts[0].created_at == datetime(2024, 3, 10, 9, 0, tzinfo=UTC)
    assert {post.network for post in posts} == {"facebook"}
    assert all(post.engagement == 0 and post.kind == "post" for post in posts)
    assert len({post.id for post in posts}) == len(posts)
    assert [post.id for post in read_all(FOLDER)] == [post.id for post in posts]  # stable across imports


def test_zip_of_the_export(tmp_path: Path) -> None:
    archive = zip_folder(FOLDER, tmp_path / "facebook-acme-2024.zip")
    assert detect_importer(archive).name == "facebook"
    assert read_all(archive) == read_all(FOLDER)


def test_older_layout_reads_numbered_files_in_order() -> None:
    posts = read_all(ARCHIVES / "facebook_old")
    assert [post.text[:5] for post in posts] == ["النها", "Five "]


def test_page_export_layout() -> None:
    (post,) = read_all(ARCHIVES / "facebook_page")
    assert post.text == "عيدكم مبارك وكل عام وأنتم بخير 🌙"


def test_bare_posts_file_given_directly() -> None:
    assert len(read_all(POSTS_FILE)) == 5


def test_posts_wrapped_in_an_object_are_found(tmp_path: Path) -> None:
    path = tmp_path / "posts" / "your_posts_1.json"
    path.parent.mkdir()
    path.write_text(json.dumps({"status_updates": [{"timestamp": 1, "data": [{"post": "hi"}]}]}))
    (post,) = read_all(tmp_path)
    assert post.text == "hi"


def test_item_without_timestamp_names_the_file_item_and_field(tmp_path: Path) -> None:
    path = tmp_path / "your_posts_1.json"
    path.write_text(json.dumps([{"timestamp": 1, "data": [{"post": "a"}]}, {"data": [{"post": "b"}]}]))
    with pytest.raises(ArchiveError, match=r"your_posts_1\.json: item 2, field timestamp"):
        list(iter_posts(path))


def test_the_posts_folder_given_directly() -> None:
    assert len(read_all(POSTS_FILE.parent)) == 5
