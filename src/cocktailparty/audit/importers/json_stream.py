"""Reading JSON from archives: big arrays streamed one element at a time, small documents whole.

An X archive's tweets.js can hold a million tweets in gigabytes of JSON; decoding it element by
element keeps memory flat and still runs at the speed of the C decoder.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from cocktailparty.errors import ArchiveError

from .archive import Source
from .base import ProgressCallback

STREAM_CHUNK_BYTES = 8 * 1024**2
# One array element larger than this is not a post: it is a broken file that would otherwise
# make us buffer the rest of it looking for the element's end.
MAX_ELEMENT_CHARS = 64 * 1024**2
# Documents that are not one big array (Instagram reels.json, an outbox whose items do not come
# last) are decoded whole; above this size that would cost several times the size in memory.
MAX_WHOLE_DOCUMENT_BYTES = 512 * 1024**2

# How much text must be buffered before judging a file's prefix (Mastodon's header is small).
PREFIX_WINDOW_CHARS = 64 * 1024

_WHITESPACE = re.compile(r"[ \t\n\r]*")
# A decode error this close to the buffer end, with no JSON punctuation after it, may only mean
# the element is cut by the chunk boundary ("tru|e", "12|34", '{"a": |'): read more, then judge.
_CUT_MARGIN = 16
_PUNCTUATION = re.compile(r'[\[\]{}:,"]')
_NUMBER_TAIL = re.compile(r"[0-9.eE+\-]*")


def iter_json_array(
    stream: BinaryIO,
    label: str,
    progress: ProgressCallback | None = None,
    *,
    prefix: re.Pattern[str] | None = None,
    expected: str = "a JSON list",
) -> Iterator[Any]:
    """Yield the elements of the JSON array that starts the stream, right after `prefix`.

    Raises ArchiveError, naming the element and the approximate byte, when the array is cut
    short or invalid; elements already yielded stay valid, the caller decides what to keep.
    """
    reader = _ArrayReader(stream, label, progress)
    reader.open_array(prefix, expected)
    yield from reader.elements()


class _ArrayReader:
    """The state of one streamed array: a text buffer refilled from UTF-8 chunks."""

    def __init__(self, stream: BinaryIO, label: str, progress: ProgressCallback | None) -> None:
        self.stream = stream
        self.label = label
        self.progress = progress
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.buffer = ""
        self.pos = 0
        self.bytes_read = 0
        self.at_eof = False

    def fill(self) -> bool:
        """Append the next chunk, dropping what was consumed. False once nothing more comes."""
        if self.at_eof:
            return False
        chunk = self.stream.read(STREAM_CHUNK_BYTES)
        self.at_eof = not chunk
        try:
            text = self.decoder.decode(chunk, final=self.at_eof)
        except UnicodeDecodeError as exc:
            where = self.bytes_read + exc.start
            raise ArchiveError(self.label, "archive.not_utf8", "not UTF-8 (about byte %(where)s)", where=where) from exc
        self.bytes_read += len(chunk)
        self.buffer = self.buffer[self.pos :] + text
        self.pos = 0
        if self.progress is not None and chunk:
            self.progress(self.bytes_read)
        return bool(chunk)

    def byte_offset(self, char_pos: int) -> int:
        """Approximate byte offset in the file of a position in the buffer (for messages)."""
        unread = self.buffer[char_pos:].encode("utf-8", "surrogatepass")
        return max(self.bytes_read - len(unread), 0)

    def peek(self) -> str:
        """The next non-blank character, reading more as needed; '' at the end of the stream."""
        while True:
            self.pos = _WHITESPACE.match(self.buffer, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self.fill():
                return ""

    def open_array(self, prefix: re.Pattern[str] | None, expected: str) -> None:
        while len(self.buffer) < PREFIX_WINDOW_CHARS and self.fill():
            pass
        if self.buffer.startswith("\ufeff"):
            self.pos = 1
        if prefix is not None:
            match = prefix.match(self.buffer, self.pos)
            if match is None:
                raise ArchiveError(self.label, "archive.wrong_start", "not %(expected)s: it does not start like one",
                                   expected=expected)
            self.pos = match.end()
        if self.peek() != "[":
            raise ArchiveError(self.label, "archive.no_list", "not %(expected)s: no list starts where one should",
                               expected=expected)
        self.pos += 1

    def elements(self) -> Iterator[Any]:
        scan = json.JSONDecoder().raw_decode
        skip_blanks = _WHITESPACE.match
        count = 0
        if self.peek() == "]":
            return
        while True:
            self.require_more(count)
            try:
                value, end = scan(self.buffer, self.pos)
            except json.JSONDecodeError as exc:
                self.read_rest_of_cut_element(exc, count)
                continue
            except RecursionError as exc:
                raise ArchiveError(self.label, "archive.too_deep", "element %(count)s is nested too deeply",
                                   count=count + 1) from exc
            if _NUMBER_TAIL.fullmatch(self.buffer, end) and self.fill():
                # A number cut by the buffer end ("12|34", "0.|5") decodes without error:
                # decode it again with what follows.
                continue
            yield value
            count += 1
            # Fast path, inlined because it runs once per tweet: the comma and the start of the
            # next element are already in the buffer.
            buffer = self.buffer
            after = skip_blanks(buffer, end).end()  # type: ignore[union-attr]
            if after < len(buffer) and buffer[after] == ",":
                self.pos = skip_blanks(buffer, after + 1).end()  # type: ignore[union-attr]
                if self.pos < len(buffer):
                    continue
            else:
                self.pos = end
                if not self.another_element_follows(count):
                    return

    def require_more(self, count: int) -> None:
        if self.peek() == "":
            raise self.truncated(count)

    def another_element_follows(self, count: int) -> bool:
        separator = self.peek()
        if separator == ",":
            self.pos += 1
            return True
        if separator == "]":
            return False
        if separator == "":
            raise self.truncated(count)
        raise ArchiveError(self.label, "archive.invalid_json",
                           "invalid JSON after element %(count)s (about byte %(byte_offset)s): expected ',' or ']'",
                           count=count, byte_offset=self.byte_offset(self.pos))

    def read_rest_of_cut_element(self, exc: json.JSONDecodeError, count: int) -> None:
        """Refill when the element may only be cut by the buffer end; otherwise fail clearly."""
        maybe_cut = exc.msg.startswith("Unterminated string") or (
            len(self.buffer) - exc.pos <= _CUT_MARGIN and not _PUNCTUATION.search(self.buffer, exc.pos)
        )
        if not maybe_cut:
            raise ArchiveError(self.label, "archive.invalid_json",
                               "invalid JSON in element %(count)s (about byte %(byte_offset)s): %(msg)s",
                               count=count + 1, byte_offset=self.byte_offset(exc.pos), msg=exc.msg) from exc
        if len(self.buffer) - self.pos > MAX_ELEMENT_CHARS:
            raise ArchiveError(self.label, "archive.element_too_large",
                               "element %(count)s (about byte %(byte_offset)s) is not valid JSON or larger than "
                               "%(limit)s MiB", count=count + 1, byte_offset=self.byte_offset(self.pos),
                               limit=MAX_ELEMENT_CHARS // 1024 ** 2) from exc
        if not self.fill():
            raise self.truncated(count) from exc

    def truncated(self, count: int) -> ArchiveError:
        return ArchiveError(self.label, "archive.truncated",
                            "truncated: the file ends inside the list after %(count)s complete elements (at byte "
                            "%(bytes_read)s)", count=count, bytes_read=self.bytes_read)


def first_json_char(source: Source, member: str) -> str:
    """The first meaningful character of a JSON member ('[' or '{'), '' when there is none."""
    head = source.read_head(member, 4096).decode("utf-8", "ignore")
    return head.lstrip("\ufeff \t\r\n")[:1]


def load_json_document(source: Source, member: str, progress: ProgressCallback | None = None) -> Any:
    """Decode a whole JSON member, refusing one too large to hold in memory."""
    label = source.label(member)
    limit = MAX_WHOLE_DOCUMENT_BYTES
    if source.size(member) > limit:
        raise _too_large(label, source.size(member), limit)
    with source.open(member) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise _too_large(label, len(data), limit)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArchiveError(label, "archive.not_utf8", "not UTF-8 (byte %(start)s)", start=exc.start) from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArchiveError(label, "archive.invalid_json", "invalid JSON at line %(lineno)s, column %(colno)s: %(msg)s",
                           lineno=exc.lineno, colno=exc.colno, msg=exc.msg) from exc
    except RecursionError as exc:
        raise ArchiveError(label, "archive.too_deep", "invalid JSON: nested too deeply") from exc
    if progress is not None:
        progress(len(data))
    return document


def _too_large(label: str, size: int, limit: int) -> ArchiveError:
    return ArchiveError(label, "archive.file_too_large",
                        "file too large to read at once: %(size)s MiB, the limit is %(limit)s MiB",
                        size=size / 1024 ** 2, limit=limit // 1024 ** 2)
