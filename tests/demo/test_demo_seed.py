"""The demo workspace: both sample histories published, two weeks scheduled within the mix, a log-in."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from cocktailparty import db
from cocktailparty.classify import Classifier
from cocktailparty.demo import seed
from cocktailparty.members import service as members
from cocktailparty.mix import MixLedger, get_preset
from cocktailparty.models import Channel, LibraryItem, Post, PostState


def test_the_demo_workspace_has_history_plans_and_a_log_in(app_env: Path, classifier: Classifier) -> None:
    now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    with db.session_scope() as session:
        assert not seed.exists(session)
        workspace = seed.seed(session, classifier, now, None)
    with db.session_scope() as session:
        assert seed.exists(session)
        assert members.authenticate(session, seed.EMAIL, seed.PASSWORD).email == seed.EMAIL
        channels = session.scalars(select(Channel).where(Channel.workspace_id == workspace.id)).all()
        assert sorted(channel.name for channel in channels) == ["bakery", "coffee"]
        for channel in channels:
            published = session.scalar(select(func.count()).where(
                Post.channel_id == channel.id, Post.state == PostState.PUBLISHED))
            assert published == seed.HISTORY
            scheduled = session.scalars(select(Post).where(
                Post.channel_id == channel.id, Post.state == PostState.SCHEDULED)).all()
            assert len(scheduled) >= 5 and all(post.due_at > now for post in scheduled)
            counted = session.execute(select(Post.due_at, Post.category).where(
                Post.channel_id == channel.id, Post.due_at > now)).all()
            # What the demo scheduled keeps the 80/20 mix on its own.
            assert not MixLedger.from_posts([(at, category) for at, category in counted]).violations(
                get_preset("80/20"))
        assert session.scalar(select(func.count()).select_from(LibraryItem)) == 6
        arabic = session.scalar(select(Post.text).where(Post.text.like("%المخبز%")))
        assert arabic is not None
