"""Any CSV or JSON Lines file of posts, from a spreadsheet or another tool's export.

Columns (CSV) or keys (JSONL) are matched by common names: the text (text, content, message,
post, body), the date (created_at, date, time, timestamp, published), and optionally id, likes,
shares/retweets/reposts, comments/replies, kind and network.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import PurePosixPath
from typing import Any, get_args

from cocktailparty.errors import ArchiveError, Message, message

from .archive import Source
from .archive_importer import ArchiveImporter, derived_id
from .base import ImportedPost, PostKind, ProgressCallback
from .csv_table import CsvTable
from .timestamps import FlexibleDateParser, from_unix

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "message", "post", "body", "full_text", "caption"),
    "created_at": (
        "created_at",
        "date",
        "time",
        "timestamp",
        "published",
        "published_at",
        "created",
        "datetime",
    ),
    "id": ("id", "post_id", "id_str"),
    "likes": ("likes", "like_count", "favorites", "favorite_count", "reactions"),
    "shares": ("shares", "share_count", "retweets", "retweet_count", "reposts", "repost_count", "boosts"),
    "comments": ("comments", "comment_count", "replies", "reply_count"),
    "kind": ("kind", "type"),
    "network": ("network", "platform"),
}
_REQUIRED = ("text", "created_at")
_KINDS: dict[str, PostKind] = {kind: kind for kind in get_args(PostKind)} | {
    "": "post",
    "tweet": "post",
    "status": "post",
    "original": "post",
    "retweet": "repost",
    "share": "repost",
    "boost": "repost",
    "reshare": "repost",
    "comment": "reply",
    "quote_tweet": "quote",
}
# Thousands separators people type in counts: comma, space, no-break space, Arabic comma.
_THOUSANDS = re.compile(r"[,\s\u00a0\u066c_]")


def normalise_name(name: str) -> str:
    """`Created At`, `created-at` and `CREATED_AT` are the same column."""
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def match_fields(names: list[str]) -> dict[str, str]:
    """Which column (as written) holds each field; the first alias present wins."""
    by_normal = {normalise_name(name): name for name in reversed(names)}
    found = {}
    for field, aliases in FIELD_NAMES.items():
        column = next((by_normal[alias] for alias in aliases if alias in by_normal), None)
        if column is not None:
            found[field] = column
    return found


def missing_fields(columns: dict[str, str], names: list[str]) -> dict[str, str | Message] | None:
    """The parameters of a "no text or date column" error (field and column names, shown as given), or None."""
    missing = [field for field in _REQUIRED if field not in columns]
    if not missing:
        return None
    looked_for = "; ".join(f"{field}: {', '.join(FIELD_NAMES[field])}" for field in missing)
    fields: str | Message = missing[0]
    if len(missing) == 2:
        fields = message("%(first)s or %(second)s", first=missing[0], second=missing[1])
    return {"fields": fields, "looked_for": looked_for, "found": ", ".join(names) or "-"}


class CsvImporter(ArchiveImporter):
    name = "csv"
    network = "unknown"
    looked_for = message("CSV file with a text and a date column (.csv)")

    def find_members(self, source: Source) -> list[str]:
        return _single_file_with_suffix(source, (".csv",))

    def read_member(self, source: Source, member: str, progress: ProgressCallback) -> Iterator[ImportedPost]:
        label = source.label(member)
        with source.open(member) as stream:
            table = CsvTable(stream, label, progress)
            columns = match_fields(table.header)
            missing = missing_fields(columns, table.header)
            if missing:
                raise ArchiveError(label, "archive.missing_columns",
                                   "no %(fields)s column (looked for %(looked_for)s); found: %(found)s", **missing)
            dates = FlexibleDateParser()
            for line, row in table.rows():
                yield record_to_post(row, columns, dates, label, line)


class JsonlImporter(ArchiveImporter):
    name = "jsonl"
    network = "unknown"
    looked_for = message("JSON Lines file, one post object a line (.jsonl)")

    def find_members(self, source: Source) -> list[str]:
        return _single_file_with_suffix(source, (".jsonl", ".ndjson"))

    def read_member(self, source: Source, member: str, progress: ProgressCallback) -> Iterator[ImportedPost]:
        label = source.label(member)
        dates = FlexibleDateParser()
        consumed = 0
        with source.open(member) as stream:
            for line, raw in enumerate(stream, start=1):
                consumed += len(raw)
                record = _json_line(raw, label, line)
                if record is None:
                    continue
                columns = match_fields(list(record))
                missing = missing_fields(columns, list(record))
                if missing:
                    raise ArchiveError(label, "archive.missing_keys",
                                       "line %(line)s: no %(fields)s key (looked for %(looked_for)s); found: %(found)s",
                                       line=line, **missing)
                yield record_to_post(record, columns, dates, label, line)
                if line % 2048 == 0:
                    progress(consumed)


def _single_file_with_suffix(source: Source, suffixes: tuple[str, ...]) -> list[str]:
    if not source.is_single_file:
        return []
    member = source.members()[0]
    return [member] if PurePosixPath(member).suffix.lower() in suffixes else []


def _json_line(raw: bytes, label: str, line: int) -> dict[str, Any] | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArchiveError(label, "archive.not_utf8", "not UTF-8 (line %(line)s); save it as UTF-8", line=line) from exc
    text = text.removeprefix("\ufeff").strip()
    if not text:
        return None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArchiveError(label, "archive.invalid_json", "line %(line)s: invalid JSON (%(msg)s, column %(colno)s)",
                           line=line, msg=exc.msg, colno=exc.colno) from exc
    except RecursionError as exc:
        raise ArchiveError(label, "archive.invalid_json", "line %(line)s: invalid JSON (nested too deeply)",
                           line=line) from exc
    if not isinstance(record, dict):
        raise ArchiveError(label, "archive.not_object", "line %(line)s: expected a JSON object, found %(kind)s",
                           line=line, kind=type(record).__name__)
    return record


def record_to_post(
    record: Mapping[str, Any], columns: dict[str, str], dates: FlexibleDateParser, label: str, line: int
) -> ImportedPost:
    """One CSV row or JSON object as a post; errors name the line and the column as written."""
    row = _Row(record, columns, label, line)
    text = row.text()
    created_at = row.created_at(dates)
    return ImportedPost(
        id=row.string("id") or derived_id("tabular", created_at.isoformat(), text),
        text=text,
        created_at=created_at,
        kind=row.kind(),
        likes=row.count("likes"),
        shares=row.count("shares"),
        comments=row.count("comments"),
        network=row.string("network").lower() or "unknown",
    )


class _Row:
    """Typed access to one record's fields, failing with the line and the column name."""

    def __init__(self, record: Mapping[str, Any], columns: dict[str, str], label: str, line: int) -> None:
        self.record = record
        self.columns = columns
        self.label = label
        self.line = line

    def raw(self, field: str) -> Any:
        return self.record.get(self.columns[field]) if field in self.columns else None

    def fail(self, field: str, problem: str) -> ArchiveError:
        return ArchiveError(self.label, "archive.bad_field", "line %(line)s, field %(columns)s: %(problem)s",
                            line=self.line, columns=self.columns[field], problem=problem)

    def string(self, field: str) -> str:
        value = self.raw(field)
        return "" if value is None else str(value).strip()

    def text(self) -> str:
        value = self.raw("text")
        if value is not None and not isinstance(value, str):
            raise self.fail("text", f"expected text, found {type(value).__name__}")
        return (value or "").strip()

    def created_at(self, dates: FlexibleDateParser) -> datetime:
        value = self.raw("created_at")
        try:
            if isinstance(value, int | float) and not isinstance(value, bool):
                return from_unix(value)
            if not isinstance(value, str):
                raise ValueError("missing or not a date")
            return dates.parse(value, where=f"line {self.line}")
        except ValueError as exc:
            raise self.fail("created_at", str(exc)) from exc

    def count(self, field: str) -> int:
        value = self.raw(field)
        if value is None or value == "":
            return 0
        if isinstance(value, bool):
            raise self.fail(field, f"not a count: {value!r}")
        try:
            number = float(_THOUSANDS.sub("", value)) if isinstance(value, str) else float(value)
        except (TypeError, ValueError):
            number = -1.0
        if number < 0 or not number.is_integer():
            raise self.fail(field, f"not a count: {value!r}")
        return int(number)

    def kind(self) -> PostKind:
        value = normalise_name(self.string("kind"))
        if value not in _KINDS:
            allowed = ", ".join(get_args(PostKind))
            raise self.fail("kind", f"unknown kind {self.string('kind')!r}; use one of {allowed}")
        return _KINDS[value]
