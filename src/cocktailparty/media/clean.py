"""Pictures leave with nothing but their pixels: EXIF (the camera, its serial number, where and when the photo
was taken), XMP and text chunks are dropped by writing the image anew. A JPEG keeps its own quantisation
tables (no visible loss) unless it must be turned upright first; PNG stays lossless. A re-encode to fit a
network's limits (size, sides, format) lives here too."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageOps

ORIENTATION = 0x0112


def strip_metadata(path: Path, mime_type: str) -> None:
    """Rewrite the picture at `path` in place without its metadata. GIFs carry no EXIF and are kept as sent
    (re-writing an animation could change its timing)."""
    if mime_type == "image/gif":
        return
    with Image.open(path) as image:
        image.load()
        orientation = image.getexif().get(ORIENTATION, 1)
        icc = image.info.get("icc_profile")
        options: dict[str, object] = {"icc_profile": icc} if icc else {}
        if mime_type == "image/jpeg":
            if orientation in (None, 1):
                options |= {"quality": "keep", "subsampling": "keep", "optimize": True,
                            "progressive": bool(image.info.get("progressive"))}
                target: Image.Image = image
            else:  # turned upright by its pixels: the orientation tag goes with the rest
                target = ImageOps.exif_transpose(image)
                options |= {"quality": 92}
            _save(target, path, "JPEG", options)
        elif mime_type == "image/png":
            _save(image, path, "PNG", options)
        elif mime_type == "image/webp":
            frames = getattr(image, "n_frames", 1)
            lossless = image.info.get("lossless", False)
            _save(image, path, "WEBP", options | {"quality": 90, "lossless": bool(lossless),
                                                  "save_all": frames > 1})


def _save(image: Image.Image, path: Path, image_format: str, options: dict[str, object]) -> None:
    partial = path.with_name(path.name + ".clean")
    image.save(partial, image_format, **options)
    partial.replace(path)


def fit(source: Path, target: Path, *, max_bytes: int, max_side: int = 0, max_pixels_sum: int = 0,
        formats: tuple[str, ...] = ("image/jpeg",)) -> tuple[str, int, int]:
    """Re-encode the picture at `source` into `target` within the limits: as JPEG (PNG when only PNG is taken),
    smaller sides first when a side is too long, then lower quality, then smaller again. Returns the new
    (mime type, width, height). Raises ValueError when it cannot fit (a limit below a useful picture)."""
    with Image.open(source) as opened:
        image = ImageOps.exif_transpose(opened)
        if image.mode not in ("RGB", "L"):
            background = Image.new("RGB", image.size, "white")
            rgba = image.convert("RGBA")
            background.paste(rgba, mask=rgba.getchannel("A"))
            image = background
    scale = 1.0
    width, height = image.size
    if max_side and max(width, height) > max_side:
        scale = max_side / max(width, height)
    if max_pixels_sum and (width + height) * scale > max_pixels_sum:
        scale = min(scale, max_pixels_sum / (width + height))
    as_png = "image/jpeg" not in formats and "image/png" in formats
    for _ in range(12):
        size = (max(1, int(width * scale)), max(1, int(height * scale)))
        resized = image.resize(size, Image.Resampling.LANCZOS) if size != image.size else image
        for quality in ((None,) if as_png else (90, 82, 74, 66)):
            buffer = io.BytesIO()
            if quality is None:
                resized.save(buffer, "PNG", optimize=True)
            else:
                resized.save(buffer, "JPEG", quality=quality, optimize=True, progressive=True)
            if buffer.tell() <= max_bytes:
                target.write_bytes(buffer.getvalue())
                return ("image/png" if as_png else "image/jpeg"), size[0], size[1]
        scale *= 0.8
    raise ValueError("the picture cannot be made small enough")
