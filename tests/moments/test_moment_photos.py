"""A team moment draft's photo slot: a picture from the media library put in it (a video or another workspace's
file refused); scheduling the draft in a calendar slot is refused while the photo has no alt text (nothing
saved, the draft kept), and once it has one the post goes out with the picture and its alt text; a draft's
photo is not removed as unused. (The API and `cocktail team`: tests/api/test_api_moment_photos.py.)"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

import factories
from cocktailparty import db
from cocktailparty.calendar import service as calendar
from cocktailparty.classify import Classifier
from cocktailparty.errors import InputError, NotFound
from cocktailparty.media import service as media
from cocktailparty.models import LibraryItem, MediaFile, Post, PostMedia, Workspace
from cocktailparty.moments import service
from cocktailparty.workspaces.service import get_or_create

TODAY = datetime.now(UTC).date()


def _picture(session: Session, workspace: Workspace, folder: Path, name: str) -> MediaFile:
    path = folder / name
    Image.new("RGB", (120, 80), (200, 120, 40)).save(path, "PNG")
    return factories.media(session, workspace, path)


def _draft(session: Session, workspace: Workspace) -> LibraryItem:
    huda = service.add_member(session, workspace, name="Huda", lang="en", birthday=TODAY + timedelta(days=2))
    service.grant(session, workspace, huda, "birthday", "Sara <sara@example.com>")
    [item] = service.draft_due(session, workspace, TODAY, TODAY + timedelta(days=7))
    return item


def test_no_alt_text_no_scheduling(rollback_env: Path, tmp_path: Path, classifier: Classifier) -> None:
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        other = get_or_create(session, "Other")
        channel = factories.channel(session, workspace)
        item = _draft(session, workspace)
        photo = _picture(session, workspace, tmp_path, "huda-cake.png")
        elsewhere = _picture(session, other, tmp_path, "not-ours.png")
        with pytest.raises(NotFound):
            service.set_photo(session, workspace, item.id, elsewhere.id, "a cake")
        with pytest.raises(NotFound):
            service.set_photo(session, workspace, 10_000, photo.id, "a cake")
        service.set_photo(session, workspace, item.id, photo.id, "")
        assert media.remove_unused(session, workspace.id) == []  # the draft uses it
        item_id, channel_id, photo_id = item.id, channel.id, photo.id

    at = datetime.now(UTC) + timedelta(days=1)
    with db.session_scope(write=True) as session, pytest.raises(InputError) as refused:
        calendar.add_suggestion(session, get_or_create(session, "Acme"), channel_id, item_id, at, classifier,
                                datetime.now(UTC))
    assert refused.value.code == "moments.photo_needs_alt" and "huda-cake.png" in str(refused.value)
    with db.session_scope() as session:
        assert session.scalars(select(Post)).all() == [] and session.get(LibraryItem, item_id) is not None

    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        service.set_photo(session, workspace, item_id, photo_id, "  Huda laughing   behind a chocolate cake ")
        post, _ = calendar.add_suggestion(session, workspace, channel_id, item_id, at, classifier, datetime.now(UTC))
        [attached] = session.scalars(select(PostMedia).where(PostMedia.post_id == post.id)).all()
        assert (attached.media_id, attached.alt_text) == (photo_id, "Huda laughing behind a chocolate cake")
        assert post.text.startswith("Happy birthday, Huda!") and session.get(LibraryItem, item_id) is None


def test_a_video_is_refused(rollback_env: Path) -> None:
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        item = _draft(session, workspace)
        clip = MediaFile(workspace_id=workspace.id, key=f"{workspace.id}/x/clip.mp4", name="clip.mp4",
                         mime_type="video/mp4", kind="video", size=10, width=1, height=1, sha256="0" * 64)
        session.add(clip)
        session.flush()
        with pytest.raises(InputError) as refused:
            service.set_photo(session, workspace, item.id, clip.id, "a clip")
    assert refused.value.code == "moments.photo_not_image"
