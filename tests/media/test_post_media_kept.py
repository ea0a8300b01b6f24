"""A post keeps its pictures through its life: a draft saved with files and alt text keeps them; editing a draft or
a scheduled post keeps them unless new ones are given (then the network's rules judge them); a duplicate, as a
draft or scheduled, carries the same files with the same alt text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from media_files import jpeg, png
from test_library import _ingest

import factories
from cocktailparty import db
from cocktailparty.channels import service as channels
from cocktailparty.media import service as media
from cocktailparty.models import Post, PostState, Workspace
from cocktailparty.posts import service as posts
from cocktailparty.workspaces.classifier import classifier_for

TEXT = "Our team's New Year party, with the whole office 🎉"


@pytest.fixture
def setting(rollback_env: Path) -> tuple[int, int, int]:
    """A workspace with a Mastodon and a Bluesky channel (ids)."""
    with db.session_scope(write=True) as session:
        workspace = factories.workspace(session, "Acme")
        mastodon = factories.channel(session, workspace, "brand-mastodon", network="mastodon",
                                     base_url="http://127.0.0.1:9", token="t")
        bluesky = factories.channel(session, workspace, "brand-bluesky", network="bluesky",
                                    base_url="http://127.0.0.1:9", handle="brand.test", token=None, password="p")
        return workspace.id, mastodon.id, bluesky.id


def _files(post_id: int, workspace_id: int) -> list[tuple[str, str]]:
    with db.session_scope() as session:
        return [(item.name, alt) for item, alt in media.attached_to(session, workspace_id, post_id)]


def test_a_draft_keeps_its_files_through_edits_and_duplicates(setting: tuple[int, int, int], tmp_path: Path) -> None:
    workspace_id, mastodon_id, bluesky_id = setting
    party = _ingest(workspace_id, jpeg(tmp_path / "party.jpg", (320, 200)))
    cake = _ingest(workspace_id, png(tmp_path / "cake.png"))
    with db.session_scope(write=True) as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        draft = posts.save_draft(
            session, workspace, channels.get_or_raise(session, workspace, "brand-mastodon"), TEXT,
            classifier_for(workspace_id),
            attachments=[media.Attachment(party.id, "The team under paper lanterns"),
                         media.Attachment(cake.id, "كعكة عليها شعار الشركة")])
        draft_id = draft.id
        assert draft.channel_id == mastodon_id and draft.state == PostState.DRAFT
    described = [("party.jpg", "The team under paper lanterns"), ("cake.png", "كعكة عليها شعار الشركة")]
    assert _files(draft_id, workspace_id) == described

    soon = datetime.now(UTC) + timedelta(days=2)
    with db.session_scope(write=True) as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        edited = posts.edit(session, workspace, draft_id, classifier_for(workspace_id), text=TEXT + " 2026", at=soon)
        assert edited.state == PostState.SCHEDULED
    assert _files(draft_id, workspace_id) == described  # a text and time edit keeps the files

    with db.session_scope(write=True) as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        posts.edit(session, workspace, draft_id, classifier_for(workspace_id),
                   attachments=[media.Attachment(cake.id, "The cake, closer")])
    assert _files(draft_id, workspace_id) == [("cake.png", "The cake, closer")]

    with db.session_scope(write=True) as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        copies = posts.duplicate(session, workspace, draft_id, classifier_for(workspace_id))
        scheduled = posts.duplicate(session, workspace, draft_id, classifier_for(workspace_id),
                                    channels=[posts.channel_of(session, workspace, copies[0])], at=soon)
        assert copies[0].state == PostState.DRAFT and scheduled[0].state == PostState.SCHEDULED
        copy_ids = [copies[0].id, scheduled[0].id]
    for copy_id in copy_ids:
        assert _files(copy_id, workspace_id) == [("cake.png", "The cake, closer")]
    assert bluesky_id


def test_scheduling_a_draft_judges_its_files_and_a_refusal_changes_nothing(setting: tuple[int, int, int],
                                                                          tmp_path: Path) -> None:
    workspace_id, _, _ = setting
    big = _ingest(workspace_id, jpeg(tmp_path / "noise.jpg", (2400, 1800), noise=True))
    assert big.size > 1_000_000
    with db.session_scope(write=True) as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        draft = posts.save_draft(session, workspace, channels.get_or_raise(session, workspace, "brand-bluesky"),
                                 TEXT, classifier_for(workspace_id), attachments=[media.Attachment(big.id, "Noise")])
        draft_id = draft.id
    with db.session_scope(write=True) as session, pytest.raises(media.MediaProblems, match="Bluesky takes pictures"):
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        posts.edit(session, workspace, draft_id, classifier_for(workspace_id),
                   at=datetime.now(UTC) + timedelta(days=1))
    with db.session_scope() as session:
        assert session.get(Post, draft_id).state == PostState.DRAFT  # type: ignore[union-attr]
    assert _files(draft_id, workspace_id) == [("noise.jpg", "Noise")]
