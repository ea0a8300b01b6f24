"""The declarative base every table shares."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

from cocktailparty.errors import Message

# Named constraints, so migrations can alter them on SQLite (batch mode) and PostgreSQL alike.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def utcnow() -> datetime:
    return datetime.now(UTC)


class KeepsLastError(Protocol):
    """A row that remembers its last failure (a post, a feed, an inbox cursor): in English for logs and exports,
    and as a message to show each reader in their language."""

    last_error: str | None
    last_error_detail: dict[str, Any] | None


def note_error(row: KeepsLastError, words: Message | None) -> None:
    """Remember `words` as the row's last error (None: it has none now)."""
    row.last_error = None if words is None else str(words)[:2000]
    row.last_error_detail = None if words is None else words.record()


def error_words(row: KeepsLastError) -> Message | None:
    """The row's last error as a message to translate (a row written before messages were kept: its English)."""
    if row.last_error_detail:
        return Message.from_record(row.last_error_detail)
    return Message("%(error)s", {"error": row.last_error}) if row.last_error else None
