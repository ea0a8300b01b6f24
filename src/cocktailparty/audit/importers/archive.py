"""Safe read-only access to what a user hands the audit: a folder, a zip or a single file.

Every importer reads through a `Source`, so hostile zips (path traversal, bombs, encryption) and
OS failures are refused here once, as `ArchiveError`s that name the file and the problem.
"""

from __future__ import annotations

import io
import lzma
import os
import re
import zipfile
import zlib
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, BinaryIO

from cocktailparty.errors import ArchiveError, Message, message

# Limits. Real exports are far below them (a heavy X account's archive is a few GiB with media),
# so they only ever stop hostile or broken files. Tests and deployments may lower them.
MAX_TOTAL_UNCOMPRESSED_BYTES = 8 * 1024**3
MAX_COMPRESSION_RATIO = 200
# Tiny entries compress absurdly well (a 20 KB run of spaces) yet can do no harm, so the ratio
# is only judged above this size.
RATIO_CHECK_MIN_BYTES = 1024**2

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
GZIP_MAGIC = b"\x1f\x8b"

# Only these methods decompress in bounded steps inside `zipfile`; bzip2 and LZMA hand back a
# whole block at once, so a lying header could still blow up memory before any check runs.
_STREAMABLE_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate"}
_METHOD_NAMES = {zipfile.ZIP_BZIP2: "bzip2", zipfile.ZIP_LZMA: "lzma", 9: "deflate64", 99: "AES"}

_DRIVE_LETTER = re.compile(r"^[A-Za-z]:")
_DIGIT_RUNS = re.compile(r"(\d+)")


def os_error(path: object, exc: OSError) -> ArchiveError:
    """An OS failure on `path` in one short phrase, without the traceback noise."""
    if isinstance(exc, FileNotFoundError):
        return ArchiveError(path, "archive.no_such_file", "no such file or folder")
    if isinstance(exc, PermissionError):
        return ArchiveError(path, "archive.permission_denied", "permission denied")
    if isinstance(exc, IsADirectoryError):
        return ArchiveError(path, "archive.is_folder", "is a folder, expected a file")
    return ArchiveError(path, "archive.unreadable", "cannot read it (%(reason)s)", reason=exc.strerror or str(exc))


def natural_key(name: str) -> tuple[object, ...]:
    """Sort key that puts tweets-part2.js before tweets-part10.js and posts_2 before posts_10."""
    return tuple(int(part) if part.isdigit() else part for part in _DIGIT_RUNS.split(name))


class Source(ABC):
    """A readable collection of members (files), named by relative POSIX paths."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @abstractmethod
    def members(self) -> tuple[str, ...]:
        """Relative paths of the regular files, in a stable order."""

    @abstractmethod
    def size(self, member: str) -> int:
        """Uncompressed size of a member in bytes."""

    @abstractmethod
    def open(self, member: str) -> BinaryIO:
        """A binary stream of a member. Read failures surface as ArchiveError."""

    @abstractmethod
    def label(self, member: str) -> str:
        """How error messages name the member, e.g. `export.zip/data/tweets.js`."""

    @property
    def is_single_file(self) -> bool:
        return False

    @abstractmethod
    def close(self) -> None:
        """Release what the source holds open."""

    def find(self, pattern: re.Pattern[str]) -> list[str]:
        """Members whose path matches `pattern` (searched), in natural order."""
        return sorted((m for m in self.members() if pattern.search(m)), key=natural_key)

    def read_head(self, member: str, limit: int) -> bytes:
        """The first `limit` bytes of a member, for cheap format sniffing."""
        with self.open(member) as stream:
            return stream.read(limit)


@contextmanager
def open_source(path: Path) -> Iterator[Source]:
    """Open a folder, a zip or a single file for reading; refuse hostile or unreadable input."""
    source = _open_source(Path(path))
    try:
        yield source
    finally:
        source.close()


def _open_source(path: Path) -> Source:
    try:
        if path.is_dir():
            return FolderSource(path)
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        raise os_error(path, exc) from exc
    if not magic:
        raise ArchiveError(path, "archive.empty_file", "no posts found: the file is empty")
    if magic.startswith(ZIP_MAGIC) or path.suffix.lower() == ".zip":
        return ZipSource(path)
    if magic.startswith(GZIP_MAGIC):
        # Mastodon made .tar.gz backups before 4.1; reading one needs a full decompression
        # just to list it, so we ask for the unpacked folder instead.
        raise ArchiveError(path, "archive.tar_gz",
                           "a .tar.gz archive: unpack it and give the folder (zip files are read directly)")
    return FileSource(path)


class FileSource(Source):
    """One file given directly (a bare tweets.js, outbox.json or CSV)."""

    @property
    def is_single_file(self) -> bool:
        return True

    def members(self) -> tuple[str, ...]:
        return (self.path.name,)

    def size(self, member: str) -> int:
        return _stat_size(self.path)

    def open(self, member: str) -> BinaryIO:
        return _open_file(self.path)

    def label(self, member: str) -> str:
        return str(self.path)

    def close(self) -> None:
        """Nothing is held open between reads."""


class FolderSource(Source):
    """An unpacked export folder."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._members = tuple(sorted(self._walk(), key=natural_key))
        if not self._members:
            raise ArchiveError(path, "archive.empty_folder", "no posts found: the folder is empty")

    def _walk(self) -> Iterator[str]:
        def fail(exc: OSError) -> None:
            raise os_error(exc.filename or self.path, exc) from exc

        for folder, _dirs, files in os.walk(self.path, onerror=fail):
            for name in files:
                full = Path(folder, name)
                # Exports never contain symlinks; skipping them means a crafted folder cannot
                # make us read files outside it (or loop forever).
                if not full.is_symlink():
                    yield full.relative_to(self.path).as_posix()

    def members(self) -> tuple[str, ...]:
        return self._members

    def size(self, member: str) -> int:
        return _stat_size(self.path / member)

    def open(self, member: str) -> BinaryIO:
        return _open_file(self.path / member)

    def label(self, member: str) -> str:
        return str(self.path / member)

    def close(self) -> None:
        """Nothing is held open between reads."""


def _stat_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as exc:
        raise os_error(path, exc) from exc


def _open_file(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as exc:
        raise os_error(path, exc) from exc


class ZipSource(Source):
    """A zip read in place, never extracted. Every entry is vetted when the zip is opened."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._zip = _open_zip(path)
        try:
            self._entries = {info.filename: info for info in self._zip.infolist() if not info.is_dir()}
            self._vet_entries()
            self._members = tuple(sorted(self._entries, key=natural_key))
        except BaseException:
            self._zip.close()
            raise
        self._budget = _ByteBudget(path, MAX_TOTAL_UNCOMPRESSED_BYTES)

    def _vet_entries(self) -> None:
        if not self._entries:
            raise ArchiveError(self.path, "archive.empty_archive", "no posts found: the archive is empty")
        total = 0
        for info in self._entries.values():
            _refuse_unsafe_name(self.path, info.filename)
            if info.flag_bits & 0x1:
                raise ArchiveError(self.path, "archive.encrypted",
                                   "encrypted zip: not supported, export it again without a password")
            _refuse_high_ratio(self.label(info.filename), info)
            total += info.file_size
        if total > MAX_TOTAL_UNCOMPRESSED_BYTES:
            raise ArchiveError(self.path, "archive.zip_bomb_refused",
                               "zip bomb refused: entries expand to %(size)s, more than the %(limit)s limit",
                               size=_gib(total), limit=_gib(MAX_TOTAL_UNCOMPRESSED_BYTES))

    def members(self) -> tuple[str, ...]:
        return self._members

    def size(self, member: str) -> int:
        return self._entries[member].file_size

    def open(self, member: str) -> BinaryIO:
        info = self._entries[member]
        label = self.label(member)
        if info.compress_type not in _STREAMABLE_METHODS:
            method = _METHOD_NAMES.get(info.compress_type, f"method {info.compress_type}")
            raise ArchiveError(label, "archive.unsupported_compression",
                               "uses %(method)s compression, which is not supported; re-create the zip with standard "
                               "compression", method=method)
        try:
            entry = self._zip.open(info)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            raise ArchiveError(label, "archive.corrupt_zip", "truncated or corrupt zip (%(exc)s)", exc=exc) from exc
        raw = _GuardedEntry(entry, label, info.file_size, self._budget)
        return io.BufferedReader(raw, buffer_size=1024**2)

    def label(self, member: str) -> str:
        return f"{self.path}/{member}"

    def close(self) -> None:
        self._zip.close()


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except OSError as exc:
        raise os_error(path, exc) from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise ArchiveError(path, "archive.corrupt_zip", "truncated or corrupt zip") from exc


def _refuse_unsafe_name(path: Path, name: str) -> None:
    # We never extract, but a member named ../x or /etc/x is only ever made by an attacker,
    # and refusing the whole zip is clearer than reading around it.
    parts = re.split(r"[/\\]", name)
    if name.startswith(("/", "\\")) or _DRIVE_LETTER.match(name) or ".." in parts:
        raise ArchiveError(path, "archive.unsafe_entry_path", "unsafe entry path %(name)s (path traversal) refused",
                           name=repr(name))


def _refuse_high_ratio(label: str, info: zipfile.ZipInfo) -> None:
    if info.file_size < RATIO_CHECK_MIN_BYTES:
        return
    ratio = info.file_size / max(info.compress_size, 1)
    if ratio > MAX_COMPRESSION_RATIO:
        raise ArchiveError(label, "archive.zip_bomb_refused",
                           "zip bomb refused: compression ratio %(ratio)s:1 is above the %(limit)s:1 limit",
                           ratio=ratio, limit=MAX_COMPRESSION_RATIO)


def _gib(size: int) -> Message:
    return message("%(gibibytes)s GiB", gibibytes=round(size / 1024**3, 1))


class _ByteBudget:
    """Bytes a whole zip may still produce while it is read, shared by all its entries."""

    def __init__(self, path: Path, limit: int) -> None:
        self.path = path
        self.left = limit
        self.limit = limit

    def spend(self, count: int) -> None:
        self.left -= count
        if self.left < 0:
            raise ArchiveError(self.path, "archive.zip_bomb_refused",
                               "zip bomb refused: more than %(limit)s came out of it while reading",
                               limit=_gib(self.limit))


_ZIP_READ_ERRORS = (zipfile.BadZipFile, EOFError, OSError, zlib.error, lzma.LZMAError, ValueError)


class _GuardedEntry(io.RawIOBase):
    """A zip entry stream that counts what comes out, because headers can lie.

    The headers were vetted when the zip was opened (total size, and ratio of declared sizes);
    here each entry is held to the size it declared, which keeps the ratio limit true while
    streaming, and the whole zip to its total budget, without relying on `zipfile` internals.
    """

    def __init__(self, entry: IO[bytes], label: str, declared_size: int, budget: _ByteBudget) -> None:
        super().__init__()
        self._entry = entry
        self._label = label
        self._declared_left = declared_size
        self._budget = budget

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            data = self._entry.read(len(buffer))
        except _ZIP_READ_ERRORS as exc:
            raise ArchiveError(self._label, "archive.corrupt_zip", "truncated or corrupt zip (%(exc)s)",
                               exc=exc) from exc
        count = len(data)
        self._declared_left -= count
        if self._declared_left < 0:
            raise ArchiveError(self._label, "archive.zip_bomb_refused",
                               "zip bomb refused: the entry expands beyond the size its header declares")
        self._budget.spend(count)
        buffer[:count] = data
        return count

    def close(self) -> None:
        if not self.closed:
            self._entry.close()
        super().close()
