"""Ideas for an empty slot: up to three drafts of a category for a day."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel

from cocktailparty.ideas.service import Ideas
from cocktailparty.web.api import responses
from cocktailparty.web.api.deps import ApiAccess
from cocktailparty.web.deps import DbSession

router = APIRouter(tags=["ideas"])
Category = Literal["curated", "news", "contest", "question", "educational", "culture", "celebration"]


class IdeaOut(BaseModel):
    text: str
    source: Literal["occasion", "moment", "feed", "library", "template"]
    lang: str


@router.get("/ideas", responses=responses.READ)
def ideas(
    access: ApiAccess,
    session: DbSession,
    category: Annotated[Category, Query(description="The empty slot's category.")],
    day: Annotated[date, Query(alias="date", description="The slot's day.", ge=date(1925, 1, 1),
                               le=date(2077, 11, 1))],
    lang: Annotated[Literal["ar", "en"] | None, Query(description="Templates' language (default: the "
                                                      "workspace's first).")] = None,
) -> list[IdeaOut]:
    """Up to three drafts for an empty slot: the day's occasions and consented team moments, the feeds'
    suggestions, the library's unused drafts, then templates."""
    return [IdeaOut(text=idea.text, source=idea.source, lang=idea.lang)  # type: ignore[arg-type]
            for idea in Ideas(session, access.workspace, lang).for_slot(category, day)]
