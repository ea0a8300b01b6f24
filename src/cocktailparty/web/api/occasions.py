"""Occasions: the workspace's coming days with their Hijri dates and greetings, its settings, and a greeting put
in the library as a draft."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from cocktailparty.errors import InputError
from cocktailparty.occasions import service
from cocktailparty.web.api import responses
from cocktailparty.web.api.deps import ApiAccess, ApiEditor
from cocktailparty.web.api.schemas import LibraryItemOut
from cocktailparty.web.deps import DbSession

router = APIRouter(tags=["occasions"])
MAX_SPAN_DAYS = 731
Lang = Literal["ar", "en"]


class OccasionOut(BaseModel):
    date: date
    hijri: str = Field(description="The Umm al-Qura date, YYYY-MM-DD.", examples=["1448-10-01"])
    name: str
    kind: Literal["religious", "national", "public", "international"]
    key: str = Field(description="Stable across years and languages, e.g. eid_al_fitr.")
    greetings: dict[str, str] = Field(description="The greeting in each of the workspace's languages.")


class OccasionSettingsIO(BaseModel):
    model_config = ConfigDict(extra="forbid")

    country: str = Field(min_length=2, max_length=2, examples=["SA"])
    languages: list[Lang] = Field(min_length=1, max_length=2)
    international: list[Annotated[str, Field(max_length=40)]] = Field(default_factory=list, max_length=40)
    no_promotion: list[Annotated[str, Field(max_length=120)]] = Field(default_factory=list, max_length=200)
    ramadan_evening: bool = False
    ramadan_evening_at: str = Field(default="21:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")


class GreetingDraftIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: date
    key: str = Field(min_length=1, max_length=120)
    lang: Lang


def _settings_out(chosen: service.Settings) -> OccasionSettingsIO:
    return OccasionSettingsIO(country=chosen.country, languages=list(chosen.languages),
                              international=list(chosen.international), no_promotion=sorted(chosen.no_promotion),
                              ramadan_evening=chosen.ramadan_evening,
                              ramadan_evening_at=chosen.ramadan_evening_at.strftime("%H:%M"))


@router.get("/occasions", responses=responses.READ)
def list_occasions(
    access: ApiAccess,
    session: DbSession,
    first: Annotated[date, Query(alias="from", description="First day.")],
    last: Annotated[date, Query(alias="to", description="Last day (at most two years after the first).")],
    lang: Annotated[Lang, Query(description="The language of the names.")] = "en",
) -> list[OccasionOut]:
    """The workspace's occasions from `from` to `to`, with their Hijri dates and greetings."""
    if last - first > timedelta(days=MAX_SPAN_DAYS):
        raise InputError("occasions.span_too_long", "ask for at most %(days)s days at a time", days=MAX_SPAN_DAYS)
    return [OccasionOut(date=occasion.day, hijri=occasion.hijri, name=occasion.name, kind=occasion.kind,
                        key=occasion.key, greetings={str(lang): text for lang, text in greetings.items()})
            for occasion, greetings in service.upcoming(session, access.workspace, first, last, lang)]


@router.get("/occasions/settings", responses=responses.READ)
def get_settings(access: ApiAccess, session: DbSession) -> OccasionSettingsIO:
    """The country, greeting languages, international days, days without promotion and Ramadan's evening slots."""
    return _settings_out(service.settings_of(session, access.workspace))


@router.put("/occasions/settings", responses=responses.WRITE)
def put_settings(body: OccasionSettingsIO, access: ApiEditor, session: DbSession) -> OccasionSettingsIO:
    """Save the settings; the chosen occasions of the coming year become days without promotion."""
    return _settings_out(service.update_settings(
        session, access.workspace, country=body.country, languages=list(body.languages),
        international=body.international, no_promotion=body.no_promotion, ramadan_evening=body.ramadan_evening,
        ramadan_evening_at=body.ramadan_evening_at))


@router.post("/occasions/drafts", status_code=201, responses=responses.WRITE_ONE)
def draft_greeting(body: GreetingDraftIn, access: ApiEditor, session: DbSession) -> LibraryItemOut:
    """Put an occasion's greeting in the library, as a celebration draft that expires after the day."""
    return LibraryItemOut.of(service.draft_greeting(session, access.workspace, body.date, body.key, body.lang))
