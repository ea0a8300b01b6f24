"""The daily team moments job: in every workspace, today's consented moments drafted into the library, in each
person's language. Run twice, it drafts nothing twice (a draft is kept per person, kind and day)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from cocktailparty.db import session_scope
from cocktailparty.models import Workspace
from cocktailparty.moments import repository, service


def draft_todays_moments(today: date | None = None) -> int:
    """Draft today's consented team moments in every workspace; returns how many drafts were made."""
    today = today or datetime.now(UTC).date()
    with session_scope() as session:
        ids = repository.workspaces_with_consents(session)
    made = 0
    for workspace_id in ids:  # one transaction per workspace
        with session_scope(write=True) as session:
            workspace = session.get(Workspace, workspace_id)
            if workspace is not None:
                made += len(service.draft_due(session, workspace, today, today))
    return made
