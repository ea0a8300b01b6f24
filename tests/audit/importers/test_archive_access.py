"""Safe archive access: hostile, broken and unreadable input each get one clear ArchiveError."""

from __future__ import annotations

import gzip
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from cocktailparty.audit.importers import archive, iter_posts
from cocktailparty.audit.importers.archive import _ByteBudget, _GuardedEntry, natural_key, open_source
from cocktailparty.errors import ArchiveError

MakeZip = Callable[..., Path]
TWEETS = (
    'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", "full_text": "hi", '
    '"created_at": "Wed Oct 10 20:19:24 +0000 2018"}}]'
)


def set_zip_flag(path: Path, bit: int) -> None:
    """Set a general-purpose flag bit in every local and central header, as an encrypting tool would."""
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = data.find(signature)
        while start != -1:
            data[start + offset] |= bit
            start = data.find(signature, start + 4)
    path.write_bytes(bytes(data))


def error_of(path: Path) -> str:
    """The message of the ArchiveError reading `path` raises, checked to be one line."""
    with pytest.raises(ArchiveError) as caught:
        list(iter_posts(path))
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_good_zip_reads(make_zip: MakeZip) -> None:
    assert [post.id for post in iter_posts(make_zip({"data/tweets.js": TWEETS}))] == ["1"]


@pytest.mark.parametrize("entry", ["../data/tweets.js", "/etc/data/tweets.js", "a/../../x.js", "C:/x.js", "..\\x.js"])
def test_path_traversal_entry_is_refused(make_zip: MakeZip, entry: str) -> None:
    path = make_zip({"data/tweets.js": TWEETS, entry: "x"})
    assert error_of(path) == f"{path}: unsafe entry path {entry!r} (path traversal) refused"


def test_zip_bomb_with_a_high_ratio_is_refused(make_zip: MakeZip) -> None:
    path = make_zip({"data/tweets.js": TWEETS, "data/padding.js": b"\0" * (2 * 1024**2)})
    message = error_of(path)
    assert message.startswith(f"{path}/data/padding.js: zip bomb refused: compression ratio ")
    assert message.endswith(f"is above the {archive.MAX_COMPRESSION_RATIO}:1 limit")


def test_zip_whose_entries_expand_beyond_the_total_limit(make_zip: MakeZip, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_zip({"data/tweets.js": TWEETS, "data/other.js": "y" * 5000})
    monkeypatch.setattr(archive, "MAX_TOTAL_UNCOMPRESSED_BYTES", 4096)
    assert error_of(path).startswith(f"{path}: zip bomb refused: entries expand to ")


def test_header_that_understates_the_size_is_caught_while_reading(make_zip: MakeZip) -> None:
    path = make_zip({"data/tweets.js": TWEETS})
    data = bytearray(path.read_bytes())
    declared = len(TWEETS).to_bytes(4, "little")
    smaller = (len(TWEETS) // 2).to_bytes(4, "little")
    path.write_bytes(bytes(data).replace(declared, smaller))  # local and central headers both lie
    assert error_of(path).startswith(f"{path}/data/tweets.js: truncated or corrupt zip (")


def test_guard_stops_an_entry_that_outgrows_its_declared_size() -> None:
    budget = _ByteBudget(Path("a.zip"), 10**6)
    guarded = io.BufferedReader(_GuardedEntry(io.BytesIO(b"x" * 100), "a.zip/e", 10, budget))
    with pytest.raises(ArchiveError, match=r"^a\.zip/e: zip bomb refused: the entry expands beyond"):
        guarded.read()


def test_guard_stops_a_zip_that_outgrows_its_total_budget() -> None:
    budget = _ByteBudget(Path("a.zip"), 50)
    guarded = io.BufferedReader(_GuardedEntry(io.BytesIO(b"x" * 100), "a.zip/e", 100, budget))
    with pytest.raises(ArchiveError, match=r"^a\.zip: zip bomb refused: more than"):
        guarded.read()


def test_encrypted_zip(make_zip: MakeZip) -> None:
    path = make_zip({"data/tweets.js": TWEETS})
    set_zip_flag(path, 0x1)
    assert error_of(path) == f"{path}: encrypted zip: not supported, export it again without a password"


def test_truncated_zip(make_zip: MakeZip) -> None:
    path = make_zip({"data/tweets.js": TWEETS * 50, "data/account.js": "x" * 100})
    path.write_bytes(path.read_bytes()[:-120])
    assert error_of(path) == f"{path}: truncated or corrupt zip"


def test_corrupt_entry_data(make_zip: MakeZip) -> None:
    path = make_zip({"data/tweets.js": TWEETS})
    data = bytearray(path.read_bytes())
    start = 30 + len("data/tweets.js")  # the local header, then the compressed data
    data[start + 5 : start + 25] = bytes(20)
    path.write_bytes(bytes(data))
    assert error_of(path).startswith(f"{path}/data/tweets.js: truncated or corrupt zip (")


def test_entry_with_unsupported_compression(tmp_path: Path) -> None:
    path = tmp_path / "bz.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_BZIP2) as zipped:
        zipped.writestr("data/tweets.js", TWEETS)
    assert error_of(path).startswith(f"{path}/data/tweets.js: uses bzip2 compression, which is not supported")


def test_empty_zip_folder_and_file(tmp_path: Path) -> None:
    empty_zip = tmp_path / "empty.zip"
    zipfile.ZipFile(empty_zip, "w").close()
    assert error_of(empty_zip) == f"{empty_zip}: no posts found: the archive is empty"
    folder = tmp_path / "folder"
    folder.mkdir()
    assert error_of(folder) == f"{folder}: no posts found: the folder is empty"
    empty_file = tmp_path / "tweets.js"
    empty_file.touch()
    assert error_of(empty_file) == f"{empty_file}: no posts found: the file is empty"


def test_not_a_zip_despite_the_name(tmp_path: Path) -> None:
    path = tmp_path / "archive.zip"
    path.write_text("this is not a zip")
    assert error_of(path) == f"{path}: truncated or corrupt zip"


def test_tar_gz_asks_for_the_unpacked_folder(tmp_path: Path) -> None:
    path = tmp_path / "archive-20220101.tar.gz"
    path.write_bytes(gzip.compress(b"outbox.json"))
    assert "a .tar.gz archive: unpack it and give the folder" in error_of(path)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.zip"
    assert error_of(path) == f"{path}: no such file or folder"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "tweets.js"
    path.write_text(TWEETS)

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)  # running as root, chmod alone would not refuse
    assert error_of(path) == f"{path}: permission denied"


def test_folder_symlinks_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("secret")
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "notes.txt").write_text("x")
    (folder / "link.txt").symlink_to(outside)
    with open_source(folder) as source:
        assert source.members() == ("notes.txt",)


def test_members_sort_naturally() -> None:
    names = ["posts_10.json", "posts_2.json", "posts_1.json"]
    assert sorted(names, key=natural_key) == ["posts_1.json", "posts_2.json", "posts_10.json"]


def test_invalid_json_in_a_zipped_export_names_the_entry_and_item(make_zip: MakeZip) -> None:
    path = make_zip({"posts/your_posts_1.json": '[{"timestamp": 1, "data": []}, {"timestamp": 2,, }]'})
    assert error_of(path) == (
        f"{path}/posts/your_posts_1.json: invalid JSON in element 2 (about byte 47): "
        "Expecting property name enclosed in double quotes"
    )


def test_invalid_json_document_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "outbox.json"
    path.write_text('{"@context": [["nested"]],\n "orderedItems": [}')  # not streamable: read whole
    assert error_of(path) == f"{path}: invalid JSON at line 2, column 19: Expecting value"
