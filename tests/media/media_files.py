"""Real files for the media tests: pictures written by Pillow (with EXIF where asked) and MP4s built box by box
(ftyp, moov with its movie header and a video track, mdat) as an encoder lays them out."""

from __future__ import annotations

import io
import struct
from pathlib import Path

from PIL import Image

GPS_IFD = 0x8825
MAKE, MODEL, ORIENTATION = 0x010F, 0x0110, 0x0112


def jpeg(path: Path, size: tuple[int, int] = (64, 48), *, exif: bool = False, orientation: int = 1,
         noise: bool = False, quality: int = 90) -> Path:
    image = Image.effect_noise(size, 80).convert("RGB") if noise else Image.new("RGB", size, (200, 40, 40))
    options: dict[str, object] = {"quality": quality}
    if exif:
        data = Image.Exif()
        data[MAKE], data[MODEL], data[ORIENTATION] = "Canon", "EOS 5D serial 123456", orientation
        data.get_ifd(GPS_IFD).update({1: "N", 2: (24.0, 42.0, 30.0), 3: "E", 4: (46.0, 40.0, 10.0)})
        options["exif"] = data.tobytes()
    image.save(path, "JPEG", **options)  # type: ignore[arg-type]
    return path


def png(path: Path, size: tuple[int, int] = (40, 30)) -> Path:
    Image.new("RGBA", size, (10, 120, 200, 128)).save(path, "PNG")
    return path


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def mp4_bytes(width: int = 1280, height: int = 720, seconds: float = 10.0, *, handler: bytes = b"vide",
              brand: bytes = b"isom") -> bytes:
    """The boxes of an MP4 without its media data (add an mdat after)."""
    timescale = 1000
    mvhd = _box(b"mvhd", b"\x00\x00\x00\x00" + struct.pack(">IIII", 0, 0, timescale, int(seconds * timescale))
                + b"\x00" * 80)
    tkhd = _box(b"tkhd", b"\x00\x00\x00\x07" + struct.pack(">IIII", 0, 0, 1, 0) + struct.pack(">I", int(seconds * 600))
                + b"\x00" * 8 + b"\x00" * 8 + b"\x00" * 36 + struct.pack(">II", width << 16, height << 16))
    hdlr = _box(b"hdlr", b"\x00" * 8 + handler + b"\x00" * 12 + b"VideoHandler\x00")
    trak = _box(b"trak", tkhd + _box(b"mdia", hdlr))
    ftyp = _box(b"ftyp", brand + b"\x00\x00\x02\x00" + brand)
    return ftyp + _box(b"moov", mvhd + trak)


def mp4(path: Path, data_bytes: int = 4096, **options: object) -> Path:
    with path.open("wb") as handle:
        handle.write(mp4_bytes(**options))  # type: ignore[arg-type]
        handle.write(struct.pack(">I", 8 + data_bytes) + b"mdat")
        block = bytes(range(256)) * 4096
        left = data_bytes
        while left:
            handle.write(block[: min(left, len(block))])
            left -= min(left, len(block))
    return path


def exif_of(path: Path) -> Image.Exif:
    with Image.open(path) as image:
        return image.getexif()


def php_as_jpg(path: Path) -> Path:
    path.write_bytes(b"<?php system($_GET['c']); ?>\n" + b"\xff\xd8\xff\xe0" + b"JFIF" * 10)
    return path


def size_of(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as image:
        return image.size
