"""The team directory and its moments: people added by form or CSV, consent per person and kind of moment recorded
(who, when) and withdrawn, and celebration drafts put in the library on the moment's day, in the person's
language, only while their consent holds. Withdrawing takes back the drafts not yet used."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from cocktailparty.errors import InputError, NotFound
from cocktailparty.i18n import Lang, digits
from cocktailparty.library import service as library
from cocktailparty.media import service as media_library
from cocktailparty.media.repository import WorkspaceMedia
from cocktailparty.media.service import Attachment
from cocktailparty.models import LibraryItem, MomentConsent, MomentDraft, TeamMember, TeamMoment, Workspace
from cocktailparty.moments import repository
from cocktailparty.names import without_controls
from cocktailparty.translation import translations


def N_(text: str) -> str:  # the name Babel's extractor looks for
    return text


KINDS = ("birthday", "work_anniversary", "wedding", "new_baby", "graduation", "promotion", "new_joiner")
ONE_OFF = KINDS[2:]
KIND_NAMES = {"birthday": N_("Birthday"), "work_anniversary": N_("Work anniversary"), "wedding": N_("Wedding"),
              "new_baby": N_("New baby"), "graduation": N_("Graduation"), "promotion": N_("Promotion"),
              "new_joiner": N_("New joiner")}
TEMPLATES = {
    "birthday": N_("Happy birthday, %(name)s! The whole team wishes you a wonderful year ahead."),
    "work_anniversary": N_("%(name)s has been with us for %(years)s years today. Thank you for everything you "
                           "bring to the team!"),
    "wedding": N_("Congratulations to %(name)s on their wedding! Wishing you a lifetime of happiness together."),
    "new_baby": N_("Welcome to the world, little one! Congratulations to %(name)s on the new baby."),
    "graduation": N_("Congratulations to %(name)s on graduating! We are proud of you."),
    "promotion": N_("Congratulations to %(name)s on the well-deserved promotion!"),
    "new_joiner": N_("Please welcome %(name)s, who joins our team today!"),
}
CATEGORY = {"work_anniversary": "culture", "new_joiner": "culture"}  # the others: celebration
MAX_CSV_ROWS = 2000
MAX_ALT = 1500  # characters of alt text (Mastodon's limit; each network's own is checked when scheduling)


@dataclass(frozen=True)
class Due:
    member: TeamMember
    kind: str
    day: date


def _check_kind(kind: str, allowed: tuple[str, ...] = KINDS) -> str:
    if kind not in allowed:
        raise InputError("moments.bad_kind", "%(kind)s is not a kind of moment: one of %(known)s", kind=repr(kind),
                         known=list(allowed))
    return kind


def parse_day(text: str | None, label: str) -> date | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError("moments.bad_date", "%(label)s %(value)s is not a date such as 1990-04-21",
                         label=label, value=repr(text)) from None


def add_member(session: Session, workspace: Workspace, *, name: str, lang: str = "ar", birthday: date | None = None,
               joined_on: date | None = None) -> TeamMember:
    name = " ".join(without_controls(name).split())
    if not name or len(name) > 120:
        raise InputError("moments.bad_name", "give the person's name (at most 120 characters)")
    if lang not in ("ar", "en"):
        raise InputError("moments.bad_lang", "greetings are written in ar or en, not %(lang)s", lang=repr(lang))
    member = TeamMember(workspace_id=workspace.id, name=name, lang=lang, birthday=birthday, joined_on=joined_on)
    session.add(member)
    session.flush()
    return member


def get_or_raise(session: Session, workspace: Workspace, member_id: int) -> TeamMember:
    found = repository.member_in(session, workspace.id, member_id)
    if found is None:
        raise NotFound("moments.unknown", "no such person in this team")
    return found


def add_moment(session: Session, workspace: Workspace, member: TeamMember, kind: str, day: date) -> TeamMoment:
    if member.workspace_id != workspace.id:
        raise NotFound("moments.unknown", "no such person in this team")
    moment = TeamMoment(member_id=member.id, kind=_check_kind(kind, ONE_OFF), day=day)
    session.add(moment)
    session.flush()
    return moment


def import_csv(session: Session, workspace: Workspace, text: str) -> list[TeamMember]:
    """Columns: name, and any of lang, birthday, work_anniversary (the day they joined), and one column per
    one-off moment (wedding, new_baby, graduation, promotion, new_joiner) holding its date. A bad row names its
    line, and nothing is saved."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    fields = [name.strip().lower() for name in reader.fieldnames or []]
    if "name" not in fields:
        raise InputError("moments.csv_no_name", "the CSV has no name column in its first line")
    added = []
    for line, row in enumerate(reader, start=2):
        if line - 1 > MAX_CSV_ROWS:
            raise InputError("moments.csv_too_long", "at most %(n)s people at a time", n=MAX_CSV_ROWS)
        clean = {key.strip().lower(): (value or "").strip() for key, value in row.items() if key}
        try:
            member = add_member(session, workspace, name=clean.get("name", ""), lang=clean.get("lang") or "ar",
                                birthday=parse_day(clean.get("birthday"), "birthday"),
                                joined_on=parse_day(clean.get("work_anniversary"), "work_anniversary"))
            for kind in ONE_OFF:
                day = parse_day(clean.get(kind), kind)
                if day is not None:
                    add_moment(session, workspace, member, kind, day)
        except InputError as error:
            raise InputError("moments.csv_line", "line %(line)s: %(problem)s", line=line,
                             problem=error.detail) from None
        added.append(member)
    return added


def active_consents(session: Session, member: TeamMember) -> dict[str, MomentConsent]:
    return {consent.kind: consent for consent in repository.consents_of(session, [member.id])
            if consent.withdrawn_at is None}


def grant(session: Session, workspace: Workspace, member: TeamMember, kind: str, recorded_by: str,
          now: datetime | None = None) -> MomentConsent:
    """Record the person's consent to `kind` being shared (by whom, when). Granting again keeps the first."""
    if member.workspace_id != workspace.id:
        raise NotFound("moments.unknown", "no such person in this team")
    current = active_consents(session, member).get(_check_kind(kind))
    if current is not None:
        return current
    consent = MomentConsent(member_id=member.id, kind=kind, recorded_by=recorded_by[:200],
                            granted_at=now or datetime.now(UTC))
    session.add(consent)
    session.flush()
    return consent


def withdraw(session: Session, workspace: Workspace, member: TeamMember, kind: str, recorded_by: str,
             now: datetime | None = None) -> int:
    """Withdraw the consent to `kind`: the record stays (with who and when), and the drafts made from it that were
    not used yet leave the library. Returns how many drafts were taken back."""
    if member.workspace_id != workspace.id:
        raise NotFound("moments.unknown", "no such person in this team")
    current = active_consents(session, member).get(_check_kind(kind))
    if current is None:
        raise InputError("moments.no_consent", "%(name)s has not consented to that kind of moment", name=member.name)
    current.withdrawn_at, current.withdrawn_by = now or datetime.now(UTC), recorded_by[:200]
    taken = 0
    for made in repository.drafts_of(session, member.id, kind):
        item = session.get(LibraryItem, made.library_item_id) if made.library_item_id else None
        if item is not None and item.uses == 0:
            session.delete(item)
            taken += 1
        session.delete(made)
    session.flush()
    return taken


def _on(origin: date, year: int) -> date:
    try:
        return origin.replace(year=year)
    except ValueError:  # 29 February in a common year: the 28th
        return date(year, 2, 28)


def due_between(session: Session, workspace: Workspace, first: date, last: date) -> list[Due]:
    """Every moment from `first` to `last` of people who consented to its kind (nobody else's)."""
    members = repository.members_of(session, workspace.id)
    ids = [member.id for member in members]
    allowed = {(consent.member_id, consent.kind) for consent in repository.consents_of(session, ids)
               if consent.withdrawn_at is None}
    by_id = {member.id: member for member in members}
    found = []
    for member in members:
        for kind, origin in (("birthday", member.birthday), ("work_anniversary", member.joined_on)):
            if origin is None or (member.id, kind) not in allowed:
                continue
            for year in range(first.year, last.year + 1):
                day = _on(origin, year)
                if first <= day <= last and (kind == "birthday" or day.year > origin.year):
                    found.append(Due(member, kind, day))
    for moment in repository.moments_of(session, ids):
        if first <= moment.day <= last and (moment.member_id, moment.kind) in allowed:
            found.append(Due(by_id[moment.member_id], moment.kind, moment.day))
    return sorted(found, key=lambda due: (due.day, due.member.name, due.kind))


def text_of(due: Due) -> str:
    lang: Lang = "en" if due.member.lang == "en" else "ar"
    years = due.day.year - due.member.joined_on.year if due.member.joined_on else 0
    return translations(lang).gettext(TEMPLATES[due.kind]) % {"name": due.member.name, "years": digits(years, lang)}


def draft_due(session: Session, workspace: Workspace, first: date, last: date) -> list[LibraryItem]:
    """Put the consented moments from `first` to `last` in the library (once each), each a draft for its day."""
    made = []
    for due in due_between(session, workspace, first, last):
        if any(draft.day == due.day for draft in repository.drafts_of(session, due.member.id, due.kind)):
            continue
        item = library.add(session, workspace, text=text_of(due), category=CATEGORY.get(due.kind, "celebration"),
                           expires_at=datetime.combine(due.day + timedelta(days=1), time.min, UTC))
        session.add(MomentDraft(member_id=due.member.id, kind=due.kind, day=due.day, library_item_id=item.id))
        made.append(item)
    session.flush()
    return made


# --- The photo slot -----------------------------------------------------------------------------------------


def draft_or_raise(session: Session, workspace: Workspace, library_item_id: int) -> MomentDraft:
    found = repository.draft_of_item(session, workspace.id, library_item_id)
    if found is None:
        raise NotFound("moments.draft_unknown", "no team moment draft %(id)s in this library", id=library_item_id)
    return found


def set_photo(session: Session, workspace: Workspace, library_item_id: int, media_id: int | None,
              alt_text: str = "") -> MomentDraft:
    """Put a picture from the media library in the draft's photo slot, with its alt text (which may come later,
    but the draft cannot be scheduled without it); no picture empties the slot."""
    draft = draft_or_raise(session, workspace, library_item_id)
    alt_text = " ".join(alt_text.split())
    if len(alt_text) > MAX_ALT:
        raise InputError("moments.alt_too_long", "the alt text has %(n)s characters; at most %(limit)s",
                         n=len(alt_text), limit=MAX_ALT)
    if media_id is None:
        draft.media_id, draft.alt_text = None, ""
    else:
        media = media_library.get_or_raise(session, workspace.id, media_id)
        if media.kind != "image":
            raise InputError("moments.photo_not_image", "%(file)s is a video: a moment's photo slot takes a picture",
                             file=media.name)
        draft.media_id, draft.alt_text = media.id, alt_text
    session.flush()
    return draft


def attachments_for(session: Session, workspace: Workspace, item: LibraryItem) -> list[Attachment]:
    """What a library item takes with it when scheduled: a moment draft's photo with its alt text. A photo
    without alt text stops the scheduling: people who cannot see it would get nothing."""
    draft = repository.draft_of_item(session, workspace.id, item.id)
    if draft is None or draft.media_id is None:
        return []
    if not draft.alt_text.strip():
        media = WorkspaceMedia(session, workspace.id).get(draft.media_id)
        raise InputError("moments.photo_needs_alt", "the draft's photo %(file)s has no alt text: describe it for "
                         "people who cannot see it, then schedule the draft", file=media.name if media else "")
    return [Attachment(draft.media_id, draft.alt_text)]
