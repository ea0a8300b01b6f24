"""Detection and the registry: every fixture finds its importer, bad input fails in one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest
from importer_helpers import ARCHIVES

from cocktailparty.audit.importers import (
    detect_importer,
    get_importer,
    iter_posts,
    register_importer,
    registered_importers,
)
from cocktailparty.audit.importers.x import XImporter
from cocktailparty.errors import ArchiveError, InputError


@pytest.mark.parametrize(
    ("fixture", "name"),
    [
        ("x/twitter-2024-04-20-acme", "x"),
        ("x_legacy/tweet.js", "x"),
        ("facebook/facebook-acme-2024", "facebook"),
        ("facebook_page", "facebook"),
        ("instagram/instagram-acme-2024", "instagram"),
        ("instagram_old", "instagram"),
        ("mastodon", "mastodon"),
        ("mastodon/outbox.json", "mastodon"),
        ("linkedin", "linkedin"),
        ("tabular/posts.csv", "csv"),
        ("tabular/posts.jsonl", "jsonl"),
    ],
)
def test_each_fixture_is_detected(fixture: str, name: str) -> None:
    assert detect_importer(ARCHIVES / fixture).name == name


def test_unknown_format_lists_what_was_looked_for(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(ArchiveError) as caught:
        detect_importer(tmp_path)
    message = str(caught.value)
    assert message.startswith(f"{tmp_path}: unknown format: looked for X archive (data/tweets.js")
    for part in ("Facebook export", "Instagram export", "outbox.json", "Shares.csv", ".csv", ".jsonl"):
        assert part in message


def test_archive_errors_are_input_errors_for_the_cli() -> None:
    assert issubclass(ArchiveError, InputError)
    assert ArchiveError("a.zip", "archive.broken", "broken").exit_code == 2


def test_iter_posts_detects_before_it_is_iterated(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="no such file or folder"):
        iter_posts(tmp_path / "missing.zip")  # raised by the call, not by the first next()


def test_generic_importers_are_tried_last_and_names_are_unique() -> None:
    names = [importer.name for importer in registered_importers()]
    assert names[-2:] == ["csv", "jsonl"]
    assert len(set(names)) == len(names)
    with pytest.raises(ValueError, match="already registered"):
        register_importer(XImporter())
    assert get_importer("mastodon").name == "mastodon"
    with pytest.raises(ValueError, match="no importer named 'myspace'"):
        get_importer("myspace")
