"""Bulk import of posts from the CSV files people export from other schedulers, and export to CSV.

Columns are matched by the names those tools use (text/message/content, date/time or one datetime
column, channel/profile, link/url, media/image URL). Every row is checked before anything is saved.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from cocktailparty.errors import InputError
from cocktailparty.models import Post

ALIASES = {
    "text": ("text", "message", "content", "post", "body", "caption", "tweet"),
    "datetime": ("datetime", "date_time", "scheduled_at", "scheduled", "publish_at", "posting time", "send at", "at"),
    "date": ("date", "day", "publish date"),
    "time": ("time", "hour", "publish time"),
    "channel": ("channel", "profile", "account", "social profile", "network"),
    "link": ("link", "url", "link url"),
    "media": ("media", "media url", "image", "image url", "photo url", "video url"),
    "category": ("category", "type", "tag"),
}
DATE_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M", "%m/%d/%Y %H:%M", "%d/%m/%Y %I:%M %p",
                "%m/%d/%Y %I:%M %p", "%Y/%m/%d %H:%M")
DEFAULT_TIME = "09:00"  # for rows that give a day and no time
EXPORT_COLUMNS = ("id", "channel", "state", "category", "due_at", "text", "link", "media", "remote_id", "last_error")


@dataclass(frozen=True)
class Row:
    line: int
    text: str
    at: datetime
    channel: str | None
    link: str | None
    media: list[str]
    category: str | None


def _columns(header: list[str], path: Path) -> dict[str, int]:
    found: dict[str, int] = {}
    lowered = [name.strip().lower() for name in header]
    for field, names in ALIASES.items():
        for index, name in enumerate(lowered):
            if name in names and field not in found:
                found[field] = index
    if "text" not in found:
        raise InputError("post.csv_no_text_column", "%(path)s: no text column; found columns: %(join)s", path=path,
                         join=", ".join(header))
    if "datetime" not in found and "date" not in found:
        raise InputError("post.csv_no_time_column", "%(path)s: no date/time column; found columns: %(join)s", path=path,
                         join=", ".join(header))
    return found


def _parse_time(value: str, zone: ZoneInfo, path: Path, line: int) -> datetime:
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        for pattern in DATE_FORMATS:
            try:
                moment = datetime.strptime(value, pattern)
                break
            except ValueError:
                continue
        else:
            raise InputError("post.csv_bad_time",
                             "%(path)s: line %(line)s, field date/time: %(value)s is not a date and time", path=path,
                             line=line, value=repr(value)) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def read_rows(path: Path, timezone: str = "UTC") -> list[Row]:
    """Every row of the CSV, checked; times without a zone are read in `timezone`."""
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise InputError("post.csv_unreadable", "%(path)s: cannot read (%(strerror)s)", path=path,
                         strerror=exc.strerror) from None
    except UnicodeDecodeError:
        raise InputError("post.csv_not_utf8", "%(path)s: not UTF-8 text; save it as UTF-8", path=path) from None
    reader = csv.reader(io.StringIO(content))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("post.csv_empty", "%(path)s: the file is empty", path=path) from None
    columns = _columns(header, path)
    zone = ZoneInfo(timezone)
    rows = []
    for line, values in enumerate(reader, start=2):
        if not any(value.strip() for value in values):
            continue

        def get(field: str, values: list[str] = values) -> str:
            index = columns.get(field)
            return values[index].strip() if index is not None and index < len(values) else ""

        text = get("text")
        if not text:
            raise InputError("post.csv_empty_text", "%(path)s: line %(line)s, field text: empty", path=path, line=line)
        day = get("date")
        # A "date" column often carries the time too (Hootsuite's "01/12/2026 09:00").
        when = get("datetime") or (day if ":" in day else f"{day} {get('time') or DEFAULT_TIME}".strip())
        rows.append(Row(line, text, _parse_time(when, zone, path, line), get("channel") or None, get("link") or None,
                        [get("media")] if get("media") else [], get("category") or None))
    if not rows:
        raise InputError("post.csv_no_posts", "%(path)s: no posts found", path=path)
    return rows


def write_posts(posts: list[Post], channel_names: dict[int, str], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_COLUMNS)
        for post in posts:
            writer.writerow([
                post.id, channel_names.get(post.channel_id, ""), post.state, post.category,
                post.due_at.isoformat() if post.due_at else "", post.text, post.link or "", " ".join(post.media),
                post.remote_id or "", post.last_error or "",
            ])
