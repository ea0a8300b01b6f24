"""What Meta's exports (Facebook, Instagram) share: mangled text and loosely shaped JSON files.

Meta writes each UTF-8 byte of a string as its own \\u00XX escape, so Arabic "مرحبا" arrives as
"Ù\\u0085Ø±Ø­Ø¨Ø§"; re-encoding those code points as Latin-1 gives back the UTF-8 bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from cocktailparty.errors import ArchiveError

from .archive import Source
from .base import ProgressCallback
from .json_stream import first_json_char, iter_json_array, load_json_document


def repair_meta_text(text: str) -> str:
    """The text as the author wrote it, or `text` unchanged when it was not mangled.

    Only a full round trip is trusted: text with a code point above U+00FF cannot be mangled
    UTF-8, and genuine Latin-1 text such as "café" is not valid UTF-8 once encoded.
    """
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def read_meta_items(source: Source, member: str, progress: ProgressCallback, list_key: str = "") -> Iterator[Any]:
    """The items of a Meta export file: streamed when it is a list, else the list inside it.

    Most files are a bare list; others wrap it ({"ig_reels_media": [...]}, older
    {"status_updates": [...]}): `list_key` names the wrapper, or the first list is taken.
    """
    label = source.label(member)
    if first_json_char(source, member) == "[":
        with source.open(member) as stream:
            yield from iter_json_array(stream, label, progress)
        return
    document = load_json_document(source, member, progress)
    if not isinstance(document, dict):
        raise ArchiveError(label, "archive.not_meta_export", "not a Meta export file: expected a JSON list or object")
    lists = [value for key, value in document.items() if isinstance(value, list) and key.startswith(list_key)]
    if not lists:
        raise ArchiveError(label, "archive.no_post_list", "no list of posts in it (keys found: %(value)s)",
                           value=", ".join(map(str, document)) or "none")
    yield from lists[0]


def dicts(value: Any) -> Iterator[dict[str, Any]]:
    """The objects in a JSON list, skipping anything else (Meta's lists are not always clean)."""
    if isinstance(value, list):
        yield from (entry for entry in value if isinstance(entry, dict))


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def texts(values: Iterable[Any]) -> Iterator[str]:
    """The non-blank strings among `values`."""
    return (value for value in values if isinstance(value, str) and value.strip())


def first_text(values: Iterable[Any]) -> str:
    return next(texts(values), "")
