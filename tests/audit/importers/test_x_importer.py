"""The X archive importer: zip, folder, multi-part and bare files; kinds, counts and dates."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from importer_helpers import ARCHIVES, read_all, zip_folder

from cocktailparty.audit.importers import detect_importer
from cocktailparty.audit.importers.x import XImporter
from cocktailparty.errors import ArchiveError

X_FOLDER = ARCHIVES / "x" / "twitter-2024-04-20-acme"

YTD_HEAD = "window.YTD.tweets.part0 = ["


def tweet_js(*bodies: str) -> str:
    return YTD_HEAD + ",".join(bodies) + "]"


def tweet(id_: str, text: str = "hello", **fields: str) -> str:
    extra = "".join(f', "{key}": "{value}"' for key, value in fields.items())
    return (
        f'{{"tweet": {{"id_str": "{id_}", "full_text": "{text}", '
        f'"created_at": "Wed Oct 10 20:19:24 +0000 2018"{extra}}}}}'
    )


def test_folder_reads_every_tweet_with_kind_counts_and_dates() -> None:
    posts = read_all(X_FOLDER)

    assert [post.id[-1] for post in posts] == ["1", "2", "3", "4", "5", "6"]
    assert [post.kind for post in posts] == ["post", "reply", "repost", "quote", "post", "post"]
    first = posts[0]
    assert first.text == "وش رايكم بالشعار الجديد؟ 👀 قولوا لنا بصراحة"
    assert (first.likes, first.shares, first.comments, first.network) == (12, 3, 0, "x")
    assert first.created_at == datetime(2024, 3, 10, 9, 0, tzinfo=UTC)
    assert posts[5].likes == 150 and posts[5].shares == 20


def test_deleted_tweets_file_is_not_read() -> None:
    assert all(post.text != "deleted" for post in read_all(X_FOLDER))


def test_quote_text_is_unescaped_and_offset_converted_to_utc() -> None:
    quote = read_all(X_FOLDER)[3]
    assert quote.text.startswith("This is exactly how we think about support & care")
    assert quote.created_at == datetime(2024, 3, 10, 8, 15, tzinfo=UTC)  # 11:15 at +0300


def test_reply_to_own_tweet_is_a_thread_post_not_a_reply() -> None:
    thread = read_all(X_FOLDER)[4]
    assert thread.text.startswith("٢/")
    assert thread.kind == "post"


def test_zip_with_a_top_level_folder_reads_like_the_folder(tmp_path: Path) -> None:
    archive = zip_folder(X_FOLDER, tmp_path / "twitter-2024-04-20-acme.zip")
    assert read_all(archive) == read_all(X_FOLDER)
    assert detect_importer(archive).name == "x"


def test_multi_part_files_are_read_in_part_order(tmp_path: Path) -> None:
    folder = ARCHIVES / "x_multipart"
    assert [post.id for post in read_all(folder)] == ["1", "2", "3", "4"]
    archive = zip_folder(folder, tmp_path / "parts.zip")
    assert [post.id for post in read_all(archive)] == ["1", "2", "3", "4"]


def test_bare_legacy_tweet_js_without_the_tweet_wrapper() -> None:
    (post,) = read_all(ARCHIVES / "x_legacy" / "tweet.js")
    assert (post.id, post.text, post.likes, post.shares) == ("900", "Hello from 2019 <3", 5, 1)
    assert post.created_at == datetime(2019, 3, 15, 14, 0, tzinfo=UTC)


def test_renamed_bare_file_is_recognised_by_its_content(tmp_path: Path) -> None:
    renamed = tmp_path / "my export.js"
    renamed.write_text(tweet_js(tweet("7")), encoding="utf-8")
    assert detect_importer(renamed).name == "x"
    assert [post.id for post in read_all(renamed)] == ["7"]


def test_is_quote_status_marks_a_quote_and_retweet_wins_over_reply(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    path.write_text(
        tweet_js(
            tweet("1", is_quote_status="true"),
            tweet("2", text="RT @a: hi", in_reply_to_screen_name="a"),
            tweet("3", in_reply_to_screen_name="someone"),
        ),
        encoding="utf-8",
    )
    assert [post.kind for post in read_all(path)] == ["quote", "repost", "reply"]


def test_progress_reports_bytes_up_to_the_size_hint() -> None:
    seen: list[int] = []
    importer = XImporter()
    list(importer.iter_posts(X_FOLDER, seen.append))
    assert seen == sorted(seen)
    assert seen[-1] == importer.size_hint(X_FOLDER) == (X_FOLDER / "data" / "tweets.js").stat().st_size


def test_bad_count_names_the_element_and_field(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    path.write_text(tweet_js(tweet("1"), tweet("2", favorite_count="many")), encoding="utf-8")
    with pytest.raises(ArchiveError, match=r"tweets\.js: element 2, field favorite_count: not a count: 'many'"):
        read_all(path)


def test_bad_date_names_the_element_and_field(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    body = '{"tweet": {"id_str": "1", "full_text": "x", "created_at": "yesterday"}}'
    path.write_text(tweet_js(body), encoding="utf-8")
    with pytest.raises(ArchiveError, match=r"element 1, field created_at"):
        read_all(path)


def test_truncated_tweets_file_fails_after_the_complete_tweets(tmp_path: Path) -> None:
    whole = tweet_js(tweet("1"), tweet("2"), tweet("3"))
    path = tmp_path / "tweets.js"
    path.write_text(whole[: whole.index('"3"') + 10], encoding="utf-8")
    seen: list[str] = []
    with pytest.raises(ArchiveError) as caught:
        for post in XImporter().iter_posts(path):
            seen.append(post.id)
    assert seen == ["1", "2"]
    assert str(caught.value).startswith(f"{path}: truncated")
    assert "after 2 complete elements" in str(caught.value)


def test_empty_tweets_list_is_no_posts_found(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    path.write_text(YTD_HEAD + " ]", encoding="utf-8")
    with pytest.raises(ArchiveError, match=r"tweets\.js: no posts found in tweets\.js"):
        read_all(path)


def test_part_ten_comes_after_part_two(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for part, id_ in ((0, "a"), (10, "c"), (2, "b")):
        name = "tweets.js" if part == 0 else f"tweets-part{part}.js"
        head = YTD_HEAD.replace("part0", f"part{part}")
        (data / name).write_text(head + tweet(id_) + "]", encoding="utf-8")
    assert [post.id for post in read_all(tmp_path)] == ["a", "b", "c"]


def test_the_data_folder_given_directly() -> None:
    assert [post.id[-1] for post in read_all(X_FOLDER / "data")] == ["1", "2", "3", "4", "5", "6"]
