"""The media library's rules: files taken in by content, cleaned and within the quota; each network's checks
with a re-encode where the fix is mechanical; signed addresses bound to the workspace and short-lived; files no
post uses removed, files a post uses kept. On the data directory and on the local S3 server."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from media_files import GPS_IFD, MAKE, exif_of, jpeg, mp4, php_as_jpg, png
from sqlalchemy import select

import factories
from cocktailparty import db
from cocktailparty.config import get_settings
from cocktailparty.errors import InputError, NotFound
from cocktailparty.media import service as media
from cocktailparty.media.repository import WorkspaceMedia
from cocktailparty.media.sniff import NotMedia
from cocktailparty.media.storage import incoming_dir, store_for
from cocktailparty.models import MediaFile, Post, PostState, Workspace


@pytest.fixture
def workspaces(rollback_env: Path) -> tuple[int, int]:
    with db.session_scope(write=True) as session:
        return factories.workspace(session, "Acme").id, factories.workspace(session, "Other").id


def _incoming(source: Path) -> Path:
    """An upload as the web app leaves it: a file of ours in the incoming folder."""
    folder = incoming_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f".incoming-{source.name}"
    shutil.copyfile(source, target)
    return target


def _ingest(workspace_id: int, source: Path, name: str | None = None, **options: object) -> MediaFile:
    with db.session_scope(write=True) as session:
        found = media.ingest(session, workspace_id, _incoming(source), name or source.name, **options)  # type: ignore[arg-type]
        session.expunge(found)
        return found


def test_an_upload_is_cleaned_and_kept_under_a_safe_name(workspaces: tuple[int, int], tmp_path: Path) -> None:
    photo = jpeg(tmp_path / "photo.jpg", (64, 48), exif=True)
    kept = _ingest(workspaces[0], photo, "../../etc/حفلة رأس السنة.jpg")
    assert kept.name == "حفلة رأس السنة.jpg" and kept.mime_type == "image/jpeg"
    assert (kept.width, kept.height) == (64, 48)
    assert kept.key.startswith(f"{workspaces[0]}/") and kept.key.endswith("/حفلة-رأس-السنة.jpg")
    with store_for().local(kept.key) as local:
        assert MAKE not in exif_of(local) and not exif_of(local).get_ifd(GPS_IFD)
        assert local.is_relative_to(get_settings().data_dir / "media")
    assert not any(incoming_dir().iterdir())  # nothing left behind


def test_content_decides_and_a_refusal_leaves_nothing(workspaces: tuple[int, int], tmp_path: Path) -> None:
    with pytest.raises(NotMedia, match=r"shell\.jpg"):
        _ingest(workspaces[0], php_as_jpg(tmp_path / "shell.jpg"))
    disguised = _ingest(workspaces[0], png(tmp_path / "logo.jpg"))
    assert disguised.mime_type == "image/png" and disguised.key.endswith("/logo.png")
    with db.session_scope() as session:
        assert [item.name for item in WorkspaceMedia(session, workspaces[0]).search()] == ["logo.jpg"]
    assert not any(incoming_dir().iterdir())


def test_the_quota_is_per_workspace(workspaces: tuple[int, int], tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COCKTAIL_MEDIA_QUOTA_MB", "1")
    get_settings.cache_clear()
    clip = mp4(tmp_path / "clip.mp4", data_bytes=700_000)
    _ingest(workspaces[0], clip)
    with pytest.raises(media.QuotaExceeded, match=r"clip\.mp4 does not fit"):
        _ingest(workspaces[0], clip)
    assert _ingest(workspaces[1], clip).size > 700_000  # another workspace has its own room


def test_search_by_name_tag_and_date_and_used_in(workspaces: tuple[int, int], tmp_path: Path) -> None:
    party = _ingest(workspaces[0], jpeg(tmp_path / "office-party.jpg"), tags="newyear team")
    _ingest(workspaces[0], jpeg(tmp_path / "prize.jpg"), tags="contest")
    _ingest(workspaces[1], jpeg(tmp_path / "party-elsewhere.jpg"))
    with db.session_scope(write=True) as session:
        library = WorkspaceMedia(session, workspaces[0])
        assert [item.name for item in library.search("party")] == ["office-party.jpg"]
        assert [item.name for item in library.search("CONTEST")] == ["prize.jpg"]
        assert [item.name for item in library.search("team party")] == ["office-party.jpg"]
        assert library.search("", since=datetime.now(UTC) + timedelta(days=1)) == []
        assert library.search("%") == []
        post = _post(session, workspaces[0])
        media.attach(session, workspaces[0], post, [(library.get(party.id), "Our team at the party")])  # type: ignore[list-item]
        used = library.used_in([party.id])
        assert [found.id for found in used[party.id]] == [post.id]
        assert WorkspaceMedia(session, workspaces[1]).used_in([party.id]) == {}


def _post(session: db.Session, workspace_id: int) -> Post:  # type: ignore[name-defined]
    workspace = session.get(Workspace, workspace_id)
    assert workspace is not None
    channel = factories.channel(session, workspace, f"brand{workspace_id}")
    return factories.post(session, workspace, channel, "hello", category="culture", at=None, state=PostState.DRAFT)


def test_unused_media_can_be_removed_used_media_cannot(workspaces: tuple[int, int], tmp_path: Path) -> None:
    used = _ingest(workspaces[0], jpeg(tmp_path / "used.jpg"))
    unused = _ingest(workspaces[0], jpeg(tmp_path / "unused.jpg"))
    with db.session_scope(write=True) as session:
        post = _post(session, workspaces[0])
        media.attach(session, workspaces[0], post, [(media.get_or_raise(session, workspaces[0], used.id), "")])
    with db.session_scope(write=True) as session, pytest.raises(InputError, match=r"used\.jpg is used by a post"):
        media.remove(session, workspaces[0], used.id)
    with db.session_scope(write=True) as session, pytest.raises(NotFound):
        media.remove(session, workspaces[1], unused.id)  # another workspace's file does not exist there
    with db.session_scope(write=True) as session:
        assert media.remove_unused(session, workspaces[0]) == ["unused.jpg"]
    assert store_for().exists(used.key) and not store_for().exists(unused.key)
    with db.session_scope() as session:
        assert [row.name for row in session.scalars(select(MediaFile))] == ["used.jpg"]


def test_signed_addresses_are_bound_to_workspace_file_and_time(rollback_env: Path) -> None:
    address = media.sign(3, 9, now=1_000_000)
    query = dict(part.split("=") for part in address.split("?")[1].split("&"))
    expires, signature = int(query["e"]), query["s"]
    assert address.startswith("/w/3/media/9/file?")
    assert media.signature_valid(3, 9, expires, signature, now=1_000_000)
    assert not media.signature_valid(4, 9, expires, signature, now=1_000_000)  # another workspace
    assert not media.signature_valid(3, 10, expires, signature, now=1_000_000)  # another file
    assert not media.signature_valid(3, 9, expires + 3600, signature, now=1_000_000)  # a longer life
    assert not media.signature_valid(3, 9, expires, signature, now=expires + 1)  # expired


def test_bluesky_refuses_a_large_picture_and_the_fix_makes_it_fit(workspaces: tuple[int, int],
                                                                  tmp_path: Path) -> None:
    big = _ingest(workspaces[0], jpeg(tmp_path / "eid card.jpg", (2400, 1600), noise=True, quality=97))
    assert big.size > 1_000_000
    with db.session_scope(write=True) as session:
        files = [(media.get_or_raise(session, workspaces[0], big.id), "Eid card")]
        problems = media.problems_for("bluesky", files)
        assert [(problem.code, problem.name, problem.fix) for problem in problems] == [
            ("media.image_too_large", "eid card.jpg", "reencode")]
        assert "takes pictures up to 1 MB" in str(problems[0].text)
        assert media.problems_for("mastodon", files) == []
        with pytest.raises(media.MediaProblems, match=r"eid card.jpg is \d\.\d MB; Bluesky takes"):
            media.check_or_raise("bluesky", files)
        fitted = media.fit_for(session, workspaces[0], big.id, "bluesky")
        assert fitted.size <= 1_000_000 and fitted.name == "eid card (Bluesky).jpg"
        assert media.check_or_raise("bluesky", [(fitted, "Eid card")]) == []


def test_network_counts_video_and_alt_text_rules(workspaces: tuple[int, int], tmp_path: Path) -> None:
    photos = [_ingest(workspaces[0], jpeg(tmp_path / f"p{n}.jpg")) for n in range(5)]
    clip = _ingest(workspaces[0], mp4(tmp_path / "clip.mp4", width=1280, height=720))
    long_clip = _ingest(workspaces[0], mp4(tmp_path / "whole-iftar.mp4", seconds=240.0))
    with db.session_scope() as session:
        def get(item: MediaFile, alt: str = "described") -> tuple[MediaFile, str]:
            return media.get_or_raise(session, workspaces[0], item.id), alt

        codes = {problem.code for problem in media.problems_for("x", [get(item) for item in photos])}
        assert codes == {"media.too_many_images"}
        assert media.problems_for("bluesky", [get(clip)]) == []
        # Four minutes: over Bluesky's three and X's 140 seconds, within Telegram's (no stated length) and Mastodon's.
        assert {p.code for p in media.problems_for("bluesky", [get(long_clip)])} == {"media.video_too_long"}
        assert {p.code for p in media.problems_for("x", [get(long_clip)])} == {"media.video_too_long"}
        assert media.problems_for("telegram", [get(long_clip)]) == []
        assert media.problems_for("mastodon", [get(long_clip)]) == []
        assert media.problems_for("mastodon", [get(clip)]) == []
        assert {p.code for p in media.problems_for("mastodon", [get(clip), get(photos[0])])} == {"media.video_alone"}
        warnings = media.check_or_raise("mastodon", [get(photos[0], "")])
        assert [(w.code, w.blocks) for w in warnings] == [("media.no_alt_text", False)]
        assert media.problems_for("telegram", [get(photos[0], "")]) == []  # Telegram has no alt text to ask for
