"""Team moments: the directory, consent per person and kind of moment (granted, withdrawn; who and when), one-off
moments, and the consented moments of a span drafted into the library."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Path
from pydantic import BaseModel, ConfigDict, Field

from cocktailparty.errors import InputError
from cocktailparty.library import service as library
from cocktailparty.members.service import Access
from cocktailparty.models import MomentConsent, MomentDraft, TeamMember
from cocktailparty.moments import repository, service
from cocktailparty.web.api import responses
from cocktailparty.web.api.deps import ApiAccess, ApiEditor
from cocktailparty.web.api.schemas import MAX_ID, LibraryItemOut
from cocktailparty.web.deps import DbSession

router = APIRouter(tags=["team"])
MemberId = Annotated[int, Path(ge=1, le=MAX_ID)]
Kind = Literal["birthday", "work_anniversary", "wedding", "new_baby", "graduation", "promotion", "new_joiner"]
OneOff = Literal["wedding", "new_baby", "graduation", "promotion", "new_joiner"]
MIN_DAY, MAX_DAY = date(1900, 1, 1), date(2100, 12, 31)


class MemberIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=120)
    lang: Literal["ar", "en"] = "ar"
    birthday: date | None = None
    joined_on: date | None = Field(default=None, description="For work anniversaries.")


class ConsentOut(BaseModel):
    kind: str
    recorded_by: str
    granted_at: datetime
    withdrawn_at: datetime | None
    withdrawn_by: str | None

    @classmethod
    def of(cls, consent: MomentConsent) -> ConsentOut:
        return cls(kind=consent.kind, recorded_by=consent.recorded_by, granted_at=consent.granted_at,
                   withdrawn_at=consent.withdrawn_at, withdrawn_by=consent.withdrawn_by)


class MemberOut(BaseModel):
    id: int
    name: str
    lang: str
    birthday: date | None
    joined_on: date | None
    consents: list[ConsentOut] = Field(description="Every grant, withdrawn ones included.")


class MomentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: OneOff
    day: date


class DraftsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    first: date = Field(alias="from")
    last: date = Field(alias="to")


class PhotoIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    media_id: int | None = Field(ge=1, le=MAX_ID, description="A picture of the media library; null empties the slot.")
    alt_text: str = Field(default="", max_length=1500, description="Required before the draft can be scheduled.")


class MomentDraftOut(BaseModel):
    library_item_id: int
    member_id: int
    kind: str
    day: date
    text: str
    media_id: int | None
    alt_text: str
    ready: bool = Field(description="False while the photo has no alt text: the draft cannot be scheduled.")

    @classmethod
    def of(cls, draft: MomentDraft, text: str) -> MomentDraftOut:
        assert draft.library_item_id is not None
        return cls(library_item_id=draft.library_item_id, member_id=draft.member_id, kind=draft.kind, day=draft.day,
                   text=text, media_id=draft.media_id, alt_text=draft.alt_text,
                   ready=draft.media_id is None or bool(draft.alt_text))


def _out(session: DbSession, member: TeamMember) -> MemberOut:
    return MemberOut(id=member.id, name=member.name, lang=member.lang, birthday=member.birthday,
                     joined_on=member.joined_on,
                     consents=[ConsentOut.of(c) for c in repository.consents_of(session, [member.id])])


def _who(access: Access) -> str:
    return f"{access.user.name} <{access.user.email}> (API)"


def _in_range(*days: date | None) -> None:
    if any(day is not None and not MIN_DAY <= day <= MAX_DAY for day in days):
        raise InputError("moments.date_range", "dates must be between 1900 and 2100")


@router.get("/team", responses=responses.READ)
def list_team(access: ApiAccess, session: DbSession) -> list[MemberOut]:
    return [_out(session, member) for member in repository.members_of(session, access.workspace.id)]


@router.post("/team", status_code=201, responses=responses.WRITE)
def add_member(body: MemberIn, access: ApiEditor, session: DbSession) -> MemberOut:
    """A person; nothing about them is drafted until a consent is recorded."""
    _in_range(body.birthday, body.joined_on)
    return _out(session, service.add_member(session, access.workspace, name=body.name, lang=body.lang,
                                            birthday=body.birthday, joined_on=body.joined_on))


@router.post("/team/{member_id}/moments", status_code=201, responses=responses.WRITE_ONE)
def add_moment(member_id: MemberId, body: MomentIn, access: ApiEditor, session: DbSession) -> MemberOut:
    _in_range(body.day)
    member = service.get_or_raise(session, access.workspace, member_id)
    service.add_moment(session, access.workspace, member, body.kind, body.day)
    return _out(session, member)


@router.put("/team/{member_id}/consents/{kind}", responses=responses.WRITE_ONE)
def grant(member_id: MemberId, kind: Kind, access: ApiEditor, session: DbSession) -> MemberOut:
    """Record the person's consent to this kind of moment being shared (who and when are kept)."""
    member = service.get_or_raise(session, access.workspace, member_id)
    service.grant(session, access.workspace, member, kind, _who(access))
    return _out(session, member)


@router.delete("/team/{member_id}/consents/{kind}", responses=responses.WRITE_ONE)
def withdraw(member_id: MemberId, kind: Kind, access: ApiEditor, session: DbSession) -> MemberOut:
    """Withdraw the consent; the drafts made from it and not used yet leave the library."""
    member = service.get_or_raise(session, access.workspace, member_id)
    service.withdraw(session, access.workspace, member, kind, _who(access))
    return _out(session, member)


@router.post("/team/drafts", status_code=201, responses=responses.WRITE)
def draft(body: DraftsIn, access: ApiEditor, session: DbSession) -> list[LibraryItemOut]:
    """Draft the consented moments from `from` to `to` (at most a year) into the library, once each."""
    _in_range(body.first, body.last)
    if body.last < body.first or body.last - body.first > timedelta(days=366):
        raise InputError("moments.bad_span", "give a span of at most a year, its end after its start")
    return [LibraryItemOut.of(item) for item in service.draft_due(session, access.workspace, body.first, body.last)]


@router.get("/team/drafts", responses=responses.READ)
def list_drafts(access: ApiAccess, session: DbSession) -> list[MomentDraftOut]:
    """The team moment drafts still in the library, with their photo slot."""
    return [MomentDraftOut.of(draft, item.text)
            for draft, _member, item in repository.drafts_in_library(session, access.workspace.id)]


@router.put("/team/drafts/{item_id}/photo", responses=responses.WRITE_ONE)
def set_photo(item_id: MemberId, body: PhotoIn, access: ApiEditor, session: DbSession) -> MomentDraftOut:
    """Put a picture from the media library in the draft's photo slot with its alt text (or empty the slot)."""
    draft = service.set_photo(session, access.workspace, item_id, body.media_id, body.alt_text)

    return MomentDraftOut.of(draft, library.get_or_raise(session, access.workspace, item_id).text)
