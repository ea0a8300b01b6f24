"""Files are taken for what their content is: pictures Pillow decodes, MP4s whose boxes hold a movie and a video
track; anything else is refused with its name, whatever its name says. Pictures lose their EXIF."""

from __future__ import annotations

from pathlib import Path

import pytest
from media_files import GPS_IFD, MAKE, MODEL, exif_of, jpeg, mp4, mp4_bytes, php_as_jpg, png

from cocktailparty.media.clean import fit, strip_metadata
from cocktailparty.media.sniff import NotMedia, sniff


def test_a_php_file_named_jpg_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotMedia, match=r"shell\.jpg is not a picture or a video"):
        sniff(php_as_jpg(tmp_path / "shell.jpg"), "shell.jpg")


def test_pictures_are_known_by_content_not_name(tmp_path: Path) -> None:
    found = sniff(png(tmp_path / "holiday.jpg"), "holiday.jpg")
    assert (found.mime_type, found.kind, found.width, found.height) == ("image/png", "image", 40, 30)


def test_a_truncated_jpeg_is_refused(tmp_path: Path) -> None:
    whole = jpeg(tmp_path / "whole.jpg", (400, 300), noise=True).read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(NotMedia, match=r"cut\.jpg"):
        sniff(cut, "cut.jpg")


def test_an_mp4_is_read_from_its_boxes(tmp_path: Path) -> None:
    found = sniff(mp4(tmp_path / "party.mp4", width=1920, height=1080, seconds=42.5), "party.mp4")
    assert (found.mime_type, found.kind, found.width, found.height, found.duration_ms) == (
        "video/mp4", "video", 1920, 1080, 42500)


@pytest.mark.parametrize("spoil", ["no_video_track", "no_mdat", "foreign_brand", "box_past_end"])
def test_files_that_only_look_like_mp4_are_refused(tmp_path: Path, spoil: str) -> None:
    path = tmp_path / "clip.mp4"
    if spoil == "no_video_track":
        mp4(path, handler=b"soun")
    elif spoil == "foreign_brand":
        mp4(path, brand=b"heic")
    elif spoil == "no_mdat":
        path.write_bytes(mp4_bytes())
    else:
        path.write_bytes(mp4_bytes() + b"\x7f\xff\xff\xffmdat" + b"\x00" * 100)
    with pytest.raises(NotMedia, match=r"clip\.mp4 is not an MP4 video"):
        sniff(path, "clip.mp4")


def test_exif_location_and_camera_are_stripped(tmp_path: Path) -> None:
    photo = jpeg(tmp_path / "photo.jpg", (64, 48), exif=True)
    before = exif_of(photo)
    assert before[MAKE] == "Canon" and before.get_ifd(GPS_IFD)
    strip_metadata(photo, "image/jpeg")
    after = exif_of(photo)
    assert MAKE not in after and MODEL not in after and not after.get_ifd(GPS_IFD)
    assert b"Canon" not in photo.read_bytes() and b"EOS 5D" not in photo.read_bytes()
    assert sniff(photo, "photo.jpg").width == 64


def test_a_sideways_photo_is_turned_upright_before_its_orientation_tag_goes(tmp_path: Path) -> None:
    photo = jpeg(tmp_path / "sideways.jpg", (64, 48), exif=True, orientation=6)  # rotate 90° to view
    strip_metadata(photo, "image/jpeg")
    found = sniff(photo, "sideways.jpg")
    assert (found.width, found.height) == (48, 64)
    assert not exif_of(photo)


def test_fit_reencodes_a_large_picture_under_the_limit(tmp_path: Path) -> None:
    big = jpeg(tmp_path / "big.jpg", (3000, 2000), noise=True, quality=98)
    assert big.stat().st_size > 1_000_000
    target = tmp_path / "small.jpg"
    mime, width, height = fit(big, target, max_bytes=1_000_000)
    assert mime == "image/jpeg" and target.stat().st_size <= 1_000_000
    assert width / height == pytest.approx(1.5, abs=0.01)
    assert sniff(target, "small.jpg").width == width


def test_fit_keeps_sides_within_a_pixel_limit(tmp_path: Path) -> None:
    wide = png(tmp_path / "wide.png", (9000, 2000))
    target = tmp_path / "fitted.png"
    mime, width, height = fit(wide, target, max_bytes=10 * 2**20, max_pixels_sum=10_000,
                              formats=("image/jpeg", "image/png"))
    assert mime == "image/jpeg" and width + height <= 10_000
