"""LinkedIn data exports: Shares.csv (posts and reshares) and, when present, Comments.csv.

Shares.csv has the columns Date, ShareLink, ShareCommentary, SharedUrl, MediaUrl, Visibility;
the commentary may span lines inside quotes. Comments the account wrote (Date, Link, Message)
are the conversation side of the mix, so they come in as replies. Engagement is not exported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import unquote

from cocktailparty.errors import ArchiveError, message

from .archive import Source
from .archive_importer import ArchiveImporter, derived_id
from .base import ImportedPost, PostKind, ProgressCallback
from .csv_table import CsvTable
from .timestamps import parse_iso

_SHARES = re.compile(r"(?:^|/)Shares\.csv$", re.IGNORECASE)
_COMMENTS = re.compile(r"(?:^|/)Comments\.csv$", re.IGNORECASE)
_SHARES_COLUMNS = {"Date", "ShareLink", "ShareCommentary"}
_COMMENTS_COLUMNS = {"Date", "Message"}
_URN = re.compile(r"urn:li:[A-Za-z]+:\d+")
_LINKEDIN_POST = re.compile(r"^https?://(?:www\.)?linkedin\.com/(?:feed/update|posts)/", re.IGNORECASE)


class LinkedInImporter(ArchiveImporter):
    name = "linkedin"
    network = "linkedin"
    looked_for = message("LinkedIn export (Shares.csv)")

    def find_members(self, source: Source) -> list[str]:
        if source.is_single_file:
            member = source.members()[0]
            head = source.read_head(member, 1024).decode("utf-8", "ignore")
            return [member] if "ShareCommentary" in head.partition("\n")[0] else []
        shares = source.find(_SHARES)
        # Comments.csv alone is not a reason to claim an export: other networks use that name.
        return shares + source.find(_COMMENTS) if shares else []

    def read_member(self, source: Source, member: str, progress: ProgressCallback) -> Iterator[ImportedPost]:
        label = source.label(member)
        with source.open(member) as stream:
            table = CsvTable(stream, label, progress)
            is_comments = _COMMENTS.search(member) is not None and not source.is_single_file
            required = _COMMENTS_COLUMNS if is_comments else _SHARES_COLUMNS
            missing = required - set(table.header)
            if missing:
                raise ArchiveError(label, "archive.missing_columns",
                                   "missing column(s) %(missing)s; columns found: %(found)s",
                                   missing=sorted(missing), found=list(table.header))
            to_post = comment_to_post if is_comments else share_to_post
            for line, row in table.rows():
                yield to_post(row, label, line)


def share_to_post(row: dict[str, str], label: str, line: int) -> ImportedPost:
    text = row["ShareCommentary"].strip()
    created_at = _date(row, label, line)
    return ImportedPost(
        id=_urn(row["ShareLink"]) or derived_id("linkedin", created_at.isoformat(), text),
        text=text or row.get("SharedUrl", "").strip(),
        created_at=created_at,
        kind=_share_kind(text, row.get("SharedUrl", "")),
        network="linkedin",
    )


def comment_to_post(row: dict[str, str], label: str, line: int) -> ImportedPost:
    text = row["Message"].strip()
    created_at = _date(row, label, line)
    return ImportedPost(
        id=derived_id("linkedin-comment", created_at.isoformat(), row.get("Link", ""), text),
        text=text,
        created_at=created_at,
        kind="reply",
        network="linkedin",
    )


def _share_kind(text: str, shared_url: str) -> PostKind:
    # A share whose SharedUrl is another LinkedIn post is a reshare: with words of one's own it
    # reads like a quote, without them it is a plain repost.
    if not _LINKEDIN_POST.match(shared_url.strip()):
        return "post"
    return "quote" if text else "repost"


def _date(row: dict[str, str], label: str, line: int) -> datetime:
    try:
        return parse_iso(row["Date"])  # "2024-03-05 09:15:42", in UTC
    except ValueError as exc:
        raise ArchiveError(label, "archive.bad_date", "line %(line)s, field Date: %(exc)s", line=line, exc=exc) from exc


def _urn(share_link: str) -> str:
    match = _URN.search(unquote(share_link))
    return match.group(0) if match else ""
