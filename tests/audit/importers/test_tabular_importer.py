"""The generic CSV and JSON Lines importers: column aliases, dates, counts, kinds and bad input."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from importer_helpers import ARCHIVES, read_all

from cocktailparty.audit.importers import detect_importer
from cocktailparty.errors import ArchiveError

CSV_FILE = ARCHIVES / "tabular" / "posts.csv"
JSONL_FILE = ARCHIVES / "tabular" / "posts.jsonl"
HEADER = "text,date,likes,kind\n"


def write_csv(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "posts.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_csv_with_bom_aliases_and_every_date_style() -> None:
    assert detect_importer(CSV_FILE).name == "csv"
    posts = read_all(CSV_FILE)
    assert [post.id for post in posts] == ["p1", "p2", "p3", "p4"]
    assert posts[0].text == "عروض نهاية الأسبوع: خصم 30% على كل شي، اطلبوا الحين!"
    assert (posts[0].likes, posts[0].shares, posts[0].comments) == (1234, 56, 7)
    assert [post.created_at for post in posts] == [
        datetime(2024, 3, 10, 9, 0, tzinfo=UTC),
        datetime(2024, 3, 15, 10, 30, tzinfo=UTC),
        datetime(2024, 3, 15, 10, 53, 20, tzinfo=UTC),
        datetime(2024, 3, 16, 18, 0, tzinfo=UTC),
    ]
    assert [post.kind for post in posts] == ["post", "reply", "post", "repost"]
    assert posts[2].text == "Quick tip: keep replies short,\nfriendly and specific."


def test_jsonl_with_aliases_numbers_and_offsets() -> None:
    assert detect_importer(JSONL_FILE).name == "jsonl"
    first, second = read_all(JSONL_FILE)
    assert (first.id, first.text, first.likes, first.comments) == (
        "j1",
        "سؤال اليوم: قهوة ولا شاي؟ ☕🍵",
        40,
        12,
    )
    assert second.created_at == datetime(2024, 3, 11, 5, 0, tzinfo=UTC)
    assert (second.shares, second.network) == (2, "linkedin")


def test_rows_without_id_get_stable_ids(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "hello,2024-01-01,,\nworld,2024-01-02,,\n")
    ids = [post.id for post in read_all(path)]
    assert len(set(ids)) == 2 and ids == [post.id for post in read_all(path)]


def test_ambiguous_day_month_is_settled_by_the_first_unambiguous_date(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "a,12/25/2024,,\nb,03/04/2024,,\n")
    assert [post.created_at.month for post in read_all(path)] == [12, 3]


def test_contradicting_day_month_order_is_an_error_naming_both_lines(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "a,03/04/2024,,\nb,12/25/2024,,\n")
    with pytest.raises(ArchiveError, match=r"line 3, field date: '12/25/2024' contradicts.*\(line 2\)"):
        read_all(path)


def test_missing_text_column_names_the_columns_found(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "x,2024-01-01\n", header="title,when\n")
    with pytest.raises(ArchiveError) as caught:
        read_all(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: no text or created_at column")
    assert message.endswith("found: title, when")


def test_bad_date_names_line_and_field(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "fine,2024-01-01,,\nbroken,someday,,\n")
    with pytest.raises(ArchiveError, match=r"posts\.csv: line 3, field date: unrecognised date 'someday'"):
        read_all(path)


def test_bad_count_and_bad_kind_name_line_and_field(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match=r"line 2, field likes: not a count: 'lots'"):
        read_all(write_csv(tmp_path, "a,2024-01-01,lots,\n"))
    with pytest.raises(ArchiveError, match=r"line 2, field kind: unknown kind 'story'"):
        read_all(write_csv(tmp_path, "a,2024-01-01,1,story\n"))


def test_non_utf8_csv_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    lines = [HEADER, "hello,2024-01-01,,\n", "عرض خاص,2024-01-02,,\n"]
    path.write_bytes(b"".join(line.encode("cp1256") for line in lines))
    with pytest.raises(ArchiveError, match=r"posts\.csv: not UTF-8 \(line 3\); save it as UTF-8"):
        read_all(path)


def test_invalid_json_line_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text(json.dumps({"text": "ok", "date": "2024-01-01"}) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ArchiveError, match=r"posts\.jsonl: line 2: invalid JSON"):
        read_all(path)


def test_jsonl_line_that_is_not_an_object(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text('["a", "b"]\n', encoding="utf-8")
    with pytest.raises(ArchiveError, match=r"line 1: expected a JSON object, found list"):
        read_all(path)


def test_malformed_csv_names_the_line(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "short,2024-01-01,,\n" + "a" * 20 + ",2024-01-01,,\n")
    default_limit = csv.field_size_limit()
    csv.field_size_limit(10)  # a field beyond the limit is one of the errors csv raises
    try:
        with pytest.raises(ArchiveError, match=r"posts\.csv: line 3: malformed CSV \(field larger than field limit"):
            read_all(path)
    finally:
        csv.field_size_limit(default_limit)
