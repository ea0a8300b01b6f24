"""Messenger's 24-hour window: a reply to a Facebook direct message older than a day is refused before it is
written (the page says so in place of the reply box); a fresh one, a comment, or another network's message is
answered as usual."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cocktailparty.channels import service as channels
from cocktailparty.classify import Classifier
from cocktailparty.connectors.base import Comment
from cocktailparty.db import session_scope
from cocktailparty.errors import InputError
from cocktailparty.inbox import service
from cocktailparty.models import Role
from cocktailparty.workspaces.service import get_or_create

NOW = datetime.now(UTC)


def test_an_old_messenger_message_cannot_be_answered(app_env: Path, classifier: Classifier) -> None:
    with session_scope() as session:
        workspace = get_or_create(session, "Cafe")
        page = channels.add(session, workspace, network="facebook", name="page", token="t", verify=False)
        items = service.record(session, page, [
            Comment("m-old", "layla", "Do you cater weddings?", NOW - timedelta(hours=30), kind="message"),
            Comment("m-new", "omar", "Open tonight?", NOW - timedelta(hours=2), kind="message"),
            Comment("c-old", "sara", "Lovely photo", NOW - timedelta(hours=30), kind="comment"),
        ], None, NOW)
        old, new, comment = (service.get_or_raise(session, workspace, item.id, Role.OWNER) for item in items)
        closed = service.reply_window(old, NOW)
        assert closed is not None and closed.code == "inbox.messenger_window"
        assert "this one is 30 hours old" in closed.message
        assert service.reply_window(new, NOW) is None and service.reply_window(comment, NOW) is None
        with pytest.raises(InputError) as refused:
            service.reply(session, workspace, old, "Yes we do!", classifier, NOW)
        assert refused.value.code == "inbox.messenger_window" and old.reply_post_id is None
        assert service.reply(session, workspace, new, "Until 11pm!", classifier, NOW).category == "reply"
