"""What curation adds to the library page: the newest suggestions from the workspace's feeds, each ready to be
drafted as a share. The library page asks `library_context`; `curation/_suggestions.html` shows it."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from cocktailparty.curation import repository
from cocktailparty.models import Workspace

SHOWN = 10


def library_context(session: Session, workspace: Workspace) -> dict[str, Any]:
    return {"feed_suggestions": repository.suggestions(session, workspace.id, SHOWN)}
