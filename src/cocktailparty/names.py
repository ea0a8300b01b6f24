"""Names people type (of workspaces, channels, tokens, people) and short notes (reasons): trimmed, within
their column's length, and free of invisible controls. A name is shown beside other text everywhere, so
a right-to-left override (U+202E) in it would reverse what follows; names never need one."""

from __future__ import annotations

import unicodedata

from cocktailparty.errors import InputError, Message

NAME_LENGTH = 120
NOTE_LENGTH = 200
# Joiners shape Arabic and emoji; every other format or control character goes.
_KEEP = {"\u200c", "\u200d"}


def clean_name(value: str, what: Message, max_length: int = NAME_LENGTH, *, required: bool = True) -> str:
    """`value` trimmed and without control or direction-format characters; refused when empty (if
    `required`) or longer than `max_length` characters."""
    cleaned = without_controls(value).strip()
    if required and not cleaned:
        raise InputError("name.empty", "give %(what)s", what=what)
    if len(cleaned) > max_length:
        raise InputError("name.too_long", "the name is %(length)s characters long; the limit is %(limit)s",
                         length=len(cleaned), limit=max_length)
    return cleaned


def without_controls(value: str) -> str:
    """`value` without control or direction-format characters (joiners kept): for a title or a file name that
    has rules of its own but is shown beside other text all the same."""
    return "".join(
        char for char in value
        if char in _KEEP or unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp")
    )
