"""What a file really is, read from its content (never its name): an image Pillow can decode, or an MP4 whose
boxes hold a movie header and a video track. Reads in bounded pieces: a 2 GB video costs a few kilobytes."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PIL import Image, UnidentifiedImageError

from cocktailparty.errors import InputError

IMAGE_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif"}
# Brands of the ISO base media file format that are MP4 (or its QuickTime-compatible cousins players take).
MP4_BRANDS = {b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"M4V ", b"dash", b"qt  ",
              b"mmp4", b"MSNV"}
# Pillow refuses images over this many pixels (a decompression bomb, or memory no post needs): 50 megapixels
# is a large phone's photo, past what any network shows.
MAX_PIXELS = 50_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


class NotMedia(InputError):
    """The file is not an image or video we take, whatever its name says."""


@dataclass(frozen=True, slots=True)
class Content:
    mime_type: str
    kind: str  # "image" or "video"
    width: int
    height: int
    duration_ms: int | None = None
    frames: int = 1  # an animated GIF or WebP has more than one


def sniff(path: Path, name: str) -> Content:
    """The file's content type and size in pixels. Raises NotMedia naming the file when it is neither a
    picture Pillow decodes (JPEG, PNG, WebP, GIF) nor an MP4 video."""
    with path.open("rb") as handle:
        head = handle.read(12)
        if len(head) >= 8 and head[4:8] == b"ftyp":
            handle.seek(0)
            return _mp4(handle, path.stat().st_size, name)
    try:
        with Image.open(path) as image:
            found = image.format or ""
            if found not in IMAGE_FORMATS:
                raise NotMedia("media.format", "%(file)s is a %(found)s picture: send JPEG, PNG, WebP or GIF",
                               file=name, found=found or "?")
            width, height = image.size
            frames = getattr(image, "n_frames", 1)
            duration = _animation_ms(image) if frames > 1 else None
            image.load()  # decodes the pixels: a truncated or corrupt file fails here
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError) as exc:
        if isinstance(exc, Image.DecompressionBombError):
            raise NotMedia("media.too_many_pixels", "%(file)s has too many pixels to be a picture for a post",
                           file=name) from None
        raise NotMedia("media.not_media",
                       "%(file)s is not a picture or a video we can read (its content, not its name, decides): "
                       "send JPEG, PNG, WebP, GIF or MP4", file=name) from None
    return Content(IMAGE_FORMATS[found], "image", width, height, duration, frames)


def _animation_ms(image: Image.Image) -> int:
    total = 0
    for frame in range(getattr(image, "n_frames", 1)):
        image.seek(frame)
        total += int(image.info.get("duration", 0) or 0)
    image.seek(0)
    return total


def _boxes(handle: BinaryIO, start: int, end: int) -> list[tuple[bytes, int, int]]:
    """The (type, payload start, payload end) of the boxes between `start` and `end`."""
    found = []
    at = start
    while at + 8 <= end:
        handle.seek(at)
        header = handle.read(8)
        if len(header) < 8:
            break
        size, kind = struct.unpack(">I4s", header)
        payload = at + 8
        if size == 1:  # a 64-bit size follows
            large = handle.read(8)
            if len(large) < 8:
                break
            size = struct.unpack(">Q", large)[0]
            payload = at + 16
        elif size == 0:  # to the end of the file
            size = end - at
        if size < payload - at or at + size > end:
            raise ValueError("a box runs past its container")
        found.append((kind, payload, at + size))
        at += size
    return found


def _mp4(handle: BinaryIO, size: int, name: str) -> Content:
    bad = NotMedia("media.bad_video", "%(file)s is not an MP4 video we can read: send an MP4 (H.264) file", file=name)
    try:
        top = _boxes(handle, 0, size)
        if not top or top[0][0] != b"ftyp":
            raise bad
        handle.seek(top[0][1])
        brands = handle.read(min(top[0][2] - top[0][1], 64))
        compatible = {brands[0:4], *(brands[i:i + 4] for i in range(8, len(brands) - 3, 4))}
        if not compatible & MP4_BRANDS:
            raise bad
        moov = next((box for box in top if box[0] == b"moov"), None)
        if moov is None or not any(box[0] == b"mdat" for box in top):
            raise bad
        duration_ms = None
        width = height = 0
        for kind, start, end in _boxes(handle, moov[1], moov[2]):
            if kind == b"mvhd":
                handle.seek(start)
                version = handle.read(1)[0]
                handle.seek(start + (20 if version == 1 else 12))
                if version == 1:
                    timescale, duration = struct.unpack(">IQ", handle.read(12))
                else:
                    timescale, duration = struct.unpack(">II", handle.read(8))
                duration_ms = int(duration * 1000 / timescale) if timescale else None
            elif kind == b"trak":
                track = _video_track(handle, start, end)
                if track and not width:
                    width, height = track
    except (ValueError, struct.error, IndexError):
        raise bad from None
    if duration_ms is None or not width:
        raise bad
    return Content("video/mp4", "video", width, height, duration_ms)


def _video_track(handle: BinaryIO, start: int, end: int) -> tuple[int, int] | None:
    """The (width, height) of a track whose handler is video ('vide'), from its track header."""
    boxes = _boxes(handle, start, end)
    size = None
    handler = b""
    for kind, payload, box_end in boxes:
        if kind == b"tkhd":
            # width and height are the header's last 8 bytes (16.16 fixed point), in both of its versions
            handle.seek(box_end - 8)
            width, height = struct.unpack(">II", handle.read(8))
            size = (width >> 16, height >> 16)
        elif kind == b"mdia":
            for inner, inner_start, _ in _boxes(handle, payload, box_end):
                if inner == b"hdlr":
                    handle.seek(inner_start + 8)
                    handler = handle.read(4)
    return size if handler == b"vide" and size and size[0] and size[1] else None
