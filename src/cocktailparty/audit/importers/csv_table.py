"""CSV files read row by row from a binary stream, with errors that name the line.

The bytes are decoded one line at a time (rather than through a text wrapper) so that a file
saved in a legacy encoding is reported at the first line that is not UTF-8.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import BinaryIO

from cocktailparty.errors import ArchiveError

from .base import ProgressCallback

# Report progress every this many lines: often enough for a progress bar, cheap per row.
_PROGRESS_EVERY_LINES = 2048


class CsvTable:
    """A header and the rows after it, each row with the line it starts on (1-based)."""

    def __init__(self, stream: BinaryIO, label: str, progress: ProgressCallback | None = None) -> None:
        self.label = label
        self._lines = _NumberedLines(stream, label, progress)
        self._reader = csv.reader(self._lines)
        first = self._next_record()
        if first is None:
            raise ArchiveError(label, "archive.empty_csv", "no posts found: the CSV file is empty")
        self.header = [name.strip() for name in first[1]]

    def rows(self) -> Iterator[tuple[int, dict[str, str]]]:
        """Rows as {column name as written: value}; blank rows are skipped, missing cells are ''."""
        width = len(self.header)
        while (record := self._next_record()) is not None:
            line, fields = record
            if not any(field.strip() for field in fields):
                continue
            fields = fields + [""] * (width - len(fields))
            yield line, dict(zip(self.header, fields, strict=False))

    def _next_record(self) -> tuple[int, list[str]] | None:
        start = self._lines.number + 1
        try:
            return start, next(self._reader)
        except StopIteration:
            return None
        except csv.Error as exc:
            raise ArchiveError(self.label, "archive.malformed_csv", "line %(start)s: malformed CSV (%(exc)s)",
                               start=start, exc=exc) from exc


class _NumberedLines:
    """Iterates decoded lines, counting them and reporting bytes read."""

    def __init__(self, stream: BinaryIO, label: str, progress: ProgressCallback | None) -> None:
        self._stream = stream
        self._label = label
        self._progress = progress
        self.number = 0
        self._bytes = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        raw = self._stream.readline()
        if not raw:
            if self._progress is not None:
                self._progress(self._bytes)
            raise StopIteration
        self.number += 1
        self._bytes += len(raw)
        if self._progress is not None and self.number % _PROGRESS_EVERY_LINES == 0:
            self._progress(self._bytes)
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ArchiveError(self._label, "archive.not_utf8", "not UTF-8 (line %(number)s); save it as UTF-8",
                               number=self.number) from exc
        return line.removeprefix("\ufeff") if self.number == 1 else line
