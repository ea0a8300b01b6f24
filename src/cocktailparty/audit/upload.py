"""Receiving an uploaded archive: the request body is parsed as it arrives and the file part written
straight to disk, so an archive of gigabytes never sits in memory and one over the limit is stopped
at the limit, not after it has all arrived."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import anyio
from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.datastructures import UploadFile
from starlette.requests import Request

from cocktailparty.errors import InputError

CHUNK = 1024 * 1024
MAX_FIELD_BYTES = 4096  # the form's other fields are a language code and a token
MAX_FIELDS = 20


class UploadTooLarge(InputError):
    status_code = 413


@dataclass
class Upload:
    """The archive as received: the name the browser gave it, where it was written, and the form's
    other fields."""

    file_name: str
    path: Path
    size: int
    fields: dict[str, str] = field(default_factory=dict)

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


def _too_large(limit: int) -> UploadTooLarge:
    return UploadTooLarge("upload.too_large", "the file is larger than the limit of %(limit)s MB",
                          limit=limit // (1024 * 1024))


class _Receiver:
    """python-multipart callbacks: fields into a dict, the one file part into `target`."""

    def __init__(self, file_field: str, target: Path, limit: int) -> None:
        self.file_field, self.target, self.limit = file_field, target, limit
        self.fields: dict[str, str] = {}
        self.file_name: str | None = None
        self.size = 0
        self.handle: IO[bytes] | None = None
        self.pending: list[bytes] = []  # file data parsed but not yet written
        self._header_name = self._header_value = b""
        self._disposition = b""
        self._name = ""
        self._is_file = False
        self._value = bytearray()

    def callbacks(self) -> dict[str, object]:
        return {
            "on_part_begin": self.on_part_begin, "on_part_data": self.on_part_data, "on_part_end": self.on_part_end,
            "on_header_field": self.on_header_field, "on_header_value": self.on_header_value,
            "on_header_end": self.on_header_end, "on_headers_finished": self.on_headers_finished,
        }

    def on_part_begin(self) -> None:
        self._disposition, self._name, self._is_file, self._value = b"", "", False, bytearray()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        if self._header_name.lower() == b"content-disposition":
            self._disposition = self._header_value
        self._header_name = self._header_value = b""

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self._disposition)
        self._name = options.get(b"name", b"").decode("utf-8", "replace")
        if self._name == self.file_field and b"filename" in options:
            if self.file_name is not None:
                raise InputError("upload.one_file", "upload one archive at a time")
            self.file_name = options[b"filename"].decode("utf-8", "replace")
            self._is_file = True
            self.handle = self.target.open("wb")
        elif len(self.fields) >= MAX_FIELDS:
            raise InputError("upload.too_many_fields", "the form has too many fields")

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self._is_file:
            self.size += end - start
            if self.size > self.limit:
                raise _too_large(self.limit)
            self.pending.append(data[start:end])
        else:
            self._value += data[start:end]
            if len(self._value) > MAX_FIELD_BYTES:
                raise InputError("upload.field_too_long", "the form field %(name)s is too long", name=repr(self._name))

    def on_part_end(self) -> None:
        if not self._is_file and self._name:
            self.fields[self._name] = self._value.decode("utf-8", "replace")

    async def write_pending(self) -> None:
        if self.pending and self.handle is not None:
            chunks, self.pending = self.pending, []
            handle = self.handle
            await anyio.to_thread.run_sync(handle.writelines, chunks)

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


def _content_length(request: Request) -> int | None:
    try:
        return int(request.headers["content-length"])
    except (KeyError, ValueError):
        return None


async def receive(request: Request, folder: Path, file_field: str, limit: int) -> Upload:
    """Write the `file_field` part of the multipart request to a new file in `folder`.

    The caller renames the file once it knows where it belongs (and discards it on a later error).
    Raises InputError (UploadTooLarge over `limit` bytes) and leaves no file behind when it does.
    """
    content_type, params = parse_options_header(request.headers.get("content-type", ""))
    if content_type != b"multipart/form-data" or b"boundary" not in params:
        raise InputError("upload.not_multipart", "send the archive as a file upload (multipart/form-data)")
    length = _content_length(request)
    if length is not None and length > limit + 64 * 1024:  # the other fields and the part headers
        raise _too_large(limit)
    await anyio.to_thread.run_sync(lambda: folder.mkdir(parents=True, exist_ok=True))
    target = folder / f".incoming-{secrets.token_hex(8)}"
    receiver = _Receiver(file_field, target, limit)
    try:
        stream = request.stream()
        try:
            first = await anext(stream)
        except RuntimeError:
            # The body was read already: the CSRF check parsed the form of a browser posting without
            # script (its token travels in the form). Starlette spooled the file to disk; copy it over.
            await _copy_parsed_form(request, receiver, limit)
        else:
            parser = MultipartParser(params[b"boundary"], receiver.callbacks())  # type: ignore[arg-type]
            parser.write(first)
            await receiver.write_pending()
            async for chunk in stream:
                parser.write(chunk)
                await receiver.write_pending()
            parser.finalize()
            await receiver.write_pending()
    except FormParserError:
        target.unlink(missing_ok=True)
        raise InputError("upload.cut_short", "the upload was cut short or malformed: send the file again") from None
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    finally:
        receiver.close()
    if not receiver.file_name:  # no file part, or a browser's empty one: nothing was chosen
        target.unlink(missing_ok=True)
        raise InputError("upload.no_file", "choose an archive to upload")
    return Upload(receiver.file_name, target, receiver.size, receiver.fields)


async def _copy_parsed_form(request: Request, receiver: _Receiver, limit: int) -> None:
    form = await request.form()
    for name, value in form.multi_items():
        if isinstance(value, str):
            receiver.fields[name] = value
        elif name == receiver.file_field and receiver.file_name is None:
            receiver.file_name = value.filename or ""
            receiver.size = await _copy(value, receiver.target, limit)


async def _copy(source: UploadFile, target: Path, limit: int) -> int:
    size = 0
    with target.open("wb") as handle:
        while chunk := await source.read(CHUNK):
            size += len(chunk)
            if size > limit:
                raise _too_large(limit)
            await anyio.to_thread.run_sync(handle.write, chunk)
    return size
