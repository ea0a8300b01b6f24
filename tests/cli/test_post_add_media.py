"""`cocktail post add --media FILE --alt TEXT` takes the file into the library, checks it for the channel's
network like the composer does, and saves nothing when it refuses (the library included)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image
from sqlalchemy import func, select

from cocktailparty.channels import service as channels
from cocktailparty.db import session_scope
from cocktailparty.models import MediaFile, PostMedia
from cocktailparty.workspaces.service import get_or_create

SOON = (datetime.now(UTC) + timedelta(days=1)).isoformat()


def cocktail(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cocktailparty", *args], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "COCKTAIL_LANG": "en"})


def _channel(network: str) -> None:
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        channels.add(session, workspace, network=network, name="brand", base_url="https://bsky.social",
                     handle="brand.example", password="app-password", verify=False)


def _noise(path: Path, size: tuple[int, int]) -> Path:
    Image.effect_noise(size, 90).convert("RGB").save(path, "JPEG", quality=97)
    return path


def _counts() -> tuple[int, int]:
    with session_scope() as session:
        return (session.scalar(select(func.count()).select_from(MediaFile)) or 0,
                session.scalar(select(func.count()).select_from(PostMedia)) or 0)


def test_media_with_alt_text_is_attached(app_env: Path, tmp_path: Path) -> None:
    _channel("bluesky")
    photo = _noise(tmp_path / "team.jpg", (200, 150))
    done = cocktail("post", "add", "--channel", "brand", "--text", "Our team at the Eid lunch", "--at", SOON,
                    "--category", "culture", "--media", str(photo), "--alt", "Twelve people around a long table",
                    "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert len(result["media"]) == 1 and result["warnings"] == []
    with session_scope() as session:
        assert session.scalars(select(PostMedia.alt_text)).all() == ["Twelve people around a long table"]


def test_an_oversize_picture_is_refused_with_its_fix_and_nothing_is_kept(app_env: Path, tmp_path: Path) -> None:
    _channel("bluesky")
    big = _noise(tmp_path / "eid card.jpg", (2400, 1600))
    refused = cocktail("post", "add", "--channel", "brand", "--text", "Eid Mubarak", "--at", SOON, "--category",
                       "celebration", "--media", str(big), "--alt", "An Eid card")
    assert refused.returncode == 2
    assert "eid card.jpg is" in refused.stderr and "Bluesky takes pictures up to 1 MB" in refused.stderr
    assert "add --fit" in refused.stderr
    assert _counts() == (0, 0)
    assert not list((app_env / "media").rglob("*.jpg"))  # the file taken in went with the refusal
    fitted = cocktail("post", "add", "--channel", "brand", "--text", "Eid Mubarak", "--at", SOON, "--category",
                      "celebration", "--media", str(big), "--alt", "An Eid card", "--fit", "--json")
    assert fitted.returncode == 0, fitted.stderr
    with session_scope() as session:
        attached = session.scalars(select(MediaFile).join(PostMedia, PostMedia.media_id == MediaFile.id)).one()
        assert attached.size <= 1_000_000 and attached.name == "eid card (Bluesky).jpg"


def test_a_file_that_is_not_media_and_a_missing_alt_text(app_env: Path, tmp_path: Path) -> None:
    _channel("bluesky")
    fake = tmp_path / "photo.jpg"
    fake.write_text("<?php echo 1; ?>")
    refused = cocktail("post", "add", "--channel", "brand", "--text", "hello", "--at", SOON, "--media", str(fake))
    assert refused.returncode == 2 and "photo.jpg is not a picture or a video" in refused.stderr
    photo = _noise(tmp_path / "office.jpg", (100, 80))
    warned = cocktail("post", "add", "--channel", "brand", "--text", "Office life", "--at", SOON, "--category",
                      "culture", "--media", str(photo))
    assert warned.returncode == 0 and "office.jpg has no alt text" in warned.stdout


def test_a_draft_keeps_its_media_until_it_is_scheduled(app_env: Path, tmp_path: Path) -> None:
    """`cocktail post draft --media --alt` keeps the files with the draft, unjudged; `post edit --at` schedules it
    and the network judges them then (Bluesky's 1 MB here), changing nothing when it refuses."""
    _channel("bluesky")
    small = _noise(tmp_path / "team.jpg", (200, 150))
    big = _noise(tmp_path / "hall.jpg", (2400, 1800))
    done = cocktail("post", "draft", "--channel", "brand", "--text", "Our team at the Eid lunch", "--media",
                    str(small), "--alt", "Twelve people around a long table", "--media", str(big), "--json")
    assert done.returncode == 0, done.stderr
    draft = json.loads(done.stdout)
    assert draft["state"] == "draft" and len(draft["media"]) == 2 and _counts() == (2, 2)
    refused = cocktail("post", "edit", str(draft["id"]), "--at", SOON)
    assert refused.returncode != 0 and "hall.jpg" in refused.stderr and "Bluesky" in refused.stderr
    with session_scope() as session:
        assert session.scalars(select(PostMedia.alt_text).order_by(PostMedia.position)).all() == [
            "Twelve people around a long table", ""]
