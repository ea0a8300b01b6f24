"""A workspace's occasions: its settings, the occasions it sees (its country's, plus the international days it
picked), greeting drafts put in the library, and the days without promotion its chosen occasions make.
Pages, the API and the command line all come through here; the caller owns the transaction."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from cocktailparty.errors import InputError, NotFound
from cocktailparty.i18n import LANGS, Lang
from cocktailparty.library import service as library
from cocktailparty.models import LibraryItem, OccasionDraft, OccasionSettings, Workspace
from cocktailparty.occasions import catalog, repository
from cocktailparty.occasions.catalog import INTERNATIONAL_DAYS, Occasion
from cocktailparty.occasions.greetings import greeting
from cocktailparty.workspaces.service import add_avoid_day

HORIZON_DAYS = 366  # how far ahead chosen occasions become days without promotion
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class Settings:
    country: str
    languages: tuple[Lang, ...]
    international: tuple[str, ...]
    no_promotion: frozenset[str]
    ramadan_evening: bool
    ramadan_evening_at: time


def langs_in_order(given: list[str]) -> list[Lang]:
    """The known languages among `given`, once each, in the order given (the first is the main one)."""
    return [lang for lang in dict.fromkeys(given) if lang in LANGS]


def _split(text: str) -> list[str]:
    return [part for part in (piece.strip() for piece in text.split(",")) if part]


def settings_of(session: Session, workspace: Workspace) -> Settings:
    """The workspace's settings; a workspace that never saved them gets Saudi Arabia, Arabic then English."""
    row = repository.settings_row(session, workspace.id) or OccasionSettings(
        country="SA", languages="ar,en", international="", no_promotion="", ramadan_evening=False,
        ramadan_evening_at="21:00")
    hour, minute = (int(part) for part in row.ramadan_evening_at.split(":"))
    return Settings(
        country=row.country,
        languages=tuple(lang for lang in langs_in_order(_split(row.languages))) or ("ar", "en"),
        international=tuple(_split(row.international)),
        no_promotion=frozenset(_split(row.no_promotion)),
        ramadan_evening=row.ramadan_evening,
        ramadan_evening_at=time(hour, minute),
    )


def parse_clock(text: str) -> time:
    found = _CLOCK.match(text.strip())
    if not found:
        raise InputError("occasions.bad_time", "%(value)s is not a time of day such as 21:00", value=repr(text))
    return time(int(found.group(1)), int(found.group(2)))


def update_settings(
    session: Session,
    workspace: Workspace,
    *,
    country: str,
    languages: list[str],
    international: list[str],
    no_promotion: list[str],
    ramadan_evening: bool,
    ramadan_evening_at: str = "21:00",
    today: date | None = None,
) -> Settings:
    """Check and save the settings, then make the chosen occasions of the next year days without promotion."""
    code = catalog.check_country(country)
    langs = langs_in_order(languages)
    unknown = sorted(set(languages) - set(LANGS))
    if unknown or not langs:
        raise InputError("occasions.bad_languages", "greetings can be drafted in Arabic (ar) and English (en): "
                         "choose at least one, not %(given)s", given=sorted(languages))
    wrong = sorted(set(international) - set(INTERNATIONAL_DAYS))
    if wrong:
        raise InputError("occasions.unknown_day", "no international day %(key)s: choose one of %(known)s",
                         key=wrong, known=sorted(INTERNATIONAL_DAYS))
    at = parse_clock(ramadan_evening_at)
    row = repository.settings_row(session, workspace.id)
    if row is None:
        row = OccasionSettings(workspace_id=workspace.id)
        session.add(row)
    row.country, row.languages = code, ",".join(langs)
    row.international = ",".join(key for key in INTERNATIONAL_DAYS if key in international)
    row.no_promotion = ",".join(sorted(set(no_promotion)))
    row.ramadan_evening, row.ramadan_evening_at = ramadan_evening, at.strftime("%H:%M")
    session.flush()
    sync_avoid_days(session, workspace, today or datetime.now(UTC).date())
    return settings_of(session, workspace)


def occasions_for(session: Session, workspace: Workspace, first: date, last: date, lang: Lang) -> list[Occasion]:
    chosen = settings_of(session, workspace)
    return catalog.occasions_between(chosen.country, first, last, lang, chosen.international)


def sync_avoid_days(session: Session, workspace: Workspace, today: date) -> int:
    """Make every chosen occasion from today for a year a day without promotion (on every channel). Days the
    occasions made before are redone; days added by hand are kept. Returns how many days are now marked."""
    chosen = settings_of(session, workspace)
    repository.forget_occasion_days(session, workspace.id, today)
    session.flush()
    taken = {avoid.day for avoid in repository.avoid_days_from(session, workspace.id, today)}
    if not chosen.no_promotion:
        return 0

    marked = 0
    for occasion in catalog.occasions_between(chosen.country, today, today + timedelta(days=HORIZON_DAYS), "en",
                                              chosen.international):
        if occasion.key in chosen.no_promotion and occasion.day not in taken:
            add_avoid_day(session, workspace, occasion.day, reason=f"{repository.MARK}{occasion.key}")
            taken.add(occasion.day)
            marked += 1
    return marked


def draft_greeting(session: Session, workspace: Workspace, day: date, key: str, lang: Lang) -> LibraryItem:
    """The occasion's greeting in `lang`, put in the library as a celebration draft that expires after the day."""
    if lang not in LANGS:
        raise InputError("occasions.bad_language", "greetings can be drafted in ar or en, not %(lang)s",
                         lang=repr(lang))
    found = [occasion for occasion in occasions_for(session, workspace, day, day, lang) if occasion.key == key]
    if not found:
        raise NotFound("occasions.not_on_day", "no occasion %(key)s on %(day)s in this workspace",
                       key=key, day=day.isoformat())
    return library.add(session, workspace, text=greeting(found[0], lang), category="celebration",
                       expires_at=datetime.combine(day + timedelta(days=1), time.min, UTC))


def greetings_of(occasion_by_lang: dict[Lang, Occasion]) -> dict[Lang, str]:
    return {lang: greeting(occasion, lang) for lang, occasion in occasion_by_lang.items()}


def upcoming(session: Session, workspace: Workspace, first: date, last: date,
             lang: Lang) -> list[tuple[Occasion, dict[Lang, str]]]:
    """The occasions from `first` to `last` named in `lang`, each with its greeting in every language of the
    workspace (the names in a greeting follow the greeting's language)."""
    chosen = settings_of(session, workspace)
    shown = occasions_for(session, workspace, first, last, lang)
    by_lang = {other: catalog.occasions_between(chosen.country, first, last, other, chosen.international)
               for other in chosen.languages}
    result = []
    for occasion in shown:
        same = {other: next(found for found in listed if found.day == occasion.day and found.key == occasion.key)
                for other, listed in by_lang.items()}
        result.append((occasion, greetings_of(same)))
    return result


def evening_shift(session: Session, workspace: Workspace, first: date, last: date) -> tuple[frozenset[date], time]:
    """The days of Ramadan from `first` to `last` and the evening time the slots move to on them, when the
    workspace asked for it (no days otherwise)."""
    chosen = settings_of(session, workspace)
    if not chosen.ramadan_evening:
        return frozenset(), chosen.ramadan_evening_at
    return catalog.ramadan_days(first, last), chosen.ramadan_evening_at


def draft_greetings_on(session: Session, workspace: Workspace, day: date) -> list[LibraryItem]:
    """Every occasion of `day` greeted in each of the workspace's languages, in the library; once each: what was
    drafted for the day before (even if since used or deleted) is not drafted again."""
    done = repository.drafted_on(session, workspace.id, day)
    made = []
    for lang in settings_of(session, workspace).languages:
        for occasion in occasions_for(session, workspace, day, day, lang):
            if (occasion.key, lang) in done:
                continue
            item = draft_greeting(session, workspace, day, occasion.key, lang)
            session.add(OccasionDraft(workspace_id=workspace.id, key=occasion.key[:120], day=day, lang=lang,
                                      library_item_id=item.id))
            done.add((occasion.key, lang))
            made.append(item)
    session.flush()
    return made
