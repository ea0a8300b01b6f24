"""Messenger's 24-hour window: a reply to a Facebook direct message older than a day is refused before it is
written (the page says so in place of the reply box); a fresh one, a comment, or another network's message is
answered as usual."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import factories
from cocktailparty.classify import Classifier
from cocktailparty.db import session_scope
from cocktailparty.errors import InputError
from cocktailparty.inbox import service
from cocktailparty.models import Role

NOW = datetime.now(UTC)


def test_an_old_messenger_message_cannot_be_answered(rollback_env: Path, classifier: Classifier) -> None:
    with session_scope() as session:
        workspace = factories.workspace(session, "Cafe")
        page = factories.channel(session, workspace, "page", network="facebook", token="t")
        items = factories.inbox_items(
            session, page,
            factories.comment("m-old", "Do you cater weddings?", author="layla", at=NOW - timedelta(hours=30),
                              kind="message"),
            factories.comment("m-new", "Open tonight?", author="omar", at=NOW - timedelta(hours=2), kind="message"),
            factories.comment("c-old", "Lovely photo", author="sara", at=NOW - timedelta(hours=30), kind="comment"),
            now=NOW)
        old, new, comment = (service.get_or_raise(session, workspace, item.id, Role.OWNER) for item in items)
        closed = service.reply_window(old, NOW)
        assert closed is not None and closed.code == "inbox.messenger_window"
        assert "this one is 30 hours old" in closed.message
        assert service.reply_window(new, NOW) is None and service.reply_window(comment, NOW) is None
        with pytest.raises(InputError) as refused:
            service.reply(session, workspace, old, "Yes we do!", classifier, NOW)
        assert refused.value.code == "inbox.messenger_window" and old.reply_post_id is None
        assert service.reply(session, workspace, new, "Until 11pm!", classifier, NOW).category == "reply"
