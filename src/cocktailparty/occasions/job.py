"""The daily greetings job: each workspace's occasions of the day drafted into the library in its languages. Run
twice, it drafts nothing twice (the drafts made are remembered per workspace, occasion, day and language)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from cocktailparty.db import session_scope
from cocktailparty.models import Workspace
from cocktailparty.occasions import repository, service


def draft_todays_greetings(today: date | None = None) -> int:
    """Draft the greetings of today's occasions in every workspace; returns how many drafts were made."""
    today = today or datetime.now(UTC).date()
    with session_scope() as session:
        ids = repository.workspace_ids(session)
    made = 0
    for workspace_id in ids:  # one transaction per workspace: one workspace's trouble does not hold the others
        with session_scope(write=True) as session:
            workspace = session.get(Workspace, workspace_id)
            if workspace is not None:
                made += len(service.draft_greetings_on(session, workspace, today))
    return made
