"""What occasions and ideas add to the calendar page: the occasions of the days shown, each with its Hijri date and its
greeting in the workspace's languages. The calendar page asks `calendar_context`; `_calendar_day.html` shows it."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from cocktailparty.i18n import Lang
from cocktailparty.ideas.service import Ideas
from cocktailparty.models import Workspace
from cocktailparty.occasions import service


def calendar_context(session: Session, workspace: Workspace, first: date, last: date, lang: Lang) -> dict[str, Any]:
    """`occasions_by_day`: day -> [(occasion, {lang: greeting})] for the days from `first` to `last`;
    `slot_ideas(category, day)`: up to three drafts for an empty slot (ideas/)."""
    by_day: dict[date, list[Any]] = defaultdict(list)
    for occasion, greetings in service.upcoming(session, workspace, first, last, lang):
        by_day[occasion.day].append((occasion, greetings))
    ideas = Ideas(session, workspace, library=False)  # the calendar offers the library's drafts itself
    return {"occasions_by_day": dict(by_day), "slot_ideas": ideas.for_slot}
