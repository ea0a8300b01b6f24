"""The LinkedIn importer: Shares.csv with quoted newlines, urn ids, reshares; Comments.csv as replies."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from importer_helpers import ARCHIVES, read_all, zip_folder

from cocktailparty.audit.importers import detect_importer
from cocktailparty.errors import ArchiveError

FOLDER = ARCHIVES / "linkedin"


def test_shares_then_comments() -> None:
    posts = read_all(FOLDER)
    assert [post.kind for post in posts] == ["post", "post", "repost", "quote", "post", "reply"]
    assert posts[0].id == "urn:li:share:7171000000000000001"
    assert posts[0].text == "We are hiring! Join our support team in Dubai.\nApply by the end of the month."
    assert posts[0].created_at == datetime(2024, 3, 5, 9, 15, 42, tzinfo=UTC)
    assert posts[1].text == 'يسعدنا نرحب بزميلتنا الجديدة ريم في فريق التصميم "أهلاً ريم"'
    assert posts[2].text == "https://www.linkedin.com/feed/update/urn:li:activity:7170000000000000009/"
    assert posts[5].text == "شكراً على كلامك الجميل!"
    assert {post.network for post in posts} == {"linkedin"}


def test_zip_and_bare_shares_csv(tmp_path: Path) -> None:
    archive = zip_folder(FOLDER, tmp_path / "Basic_LinkedInDataExport.zip")
    assert detect_importer(archive).name == "linkedin"
    assert len(read_all(archive)) == 6
    assert detect_importer(FOLDER / "Shares.csv").name == "linkedin"
    assert len(read_all(FOLDER / "Shares.csv")) == 5


def test_bad_date_names_line_and_field(tmp_path: Path) -> None:
    (tmp_path / "Shares.csv").write_text(
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
        '2024-03-05 09:15:42,,"two\nlines",,,MEMBERS\n'
        "05 March,,hello,,,MEMBERS\n",
        encoding="utf-8",
    )
    with pytest.raises(ArchiveError, match=r"Shares\.csv: line 4, field Date: not an ISO 8601 date: '05 March'"):
        read_all(tmp_path)
