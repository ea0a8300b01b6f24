"""The occasions of a country between two days, with their Hijri date, name and kind. Pure: no database.

The Islamic days (Ramadan's first and last day, Eid al-Fitr, the Day of Arafah, Eid al-Adha, the Islamic New
Year) are computed on the Umm al-Qura calendar (`hijridate`), the same in every country, so that the Hijri date
shown beside them is the one they are defined by. `holidays` gives the rest of a country's days off (national
days first of all) with their Arabic names; its own estimates of the Islamic days are left out, or the same Eid
could show twice a day apart. The Gregorian New Year is added everywhere; international days only when picked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

import holidays
from hijridate import Gregorian, Hijri

from cocktailparty.errors import InputError
from cocktailparty.i18n import Lang
from cocktailparty.translation import translations

Kind = Literal["religious", "national", "public", "international"]
KINDS: tuple[Kind, ...] = ("religious", "national", "public", "international")

# The Umm al-Qura tables hijridate ships: 1 Muharram 1343 to the end of 1500 AH.
FIRST_DAY = date(1924, 8, 1)
LAST_DAY = date(2077, 11, 16)


def N_(text: str) -> str:  # the name Babel's extractor looks for: the Arabic is in the catalog
    return text


# The Gulf states first, then the other members of the Arab League that `holidays` knows.
GULF = ("SA", "AE", "KW", "QA", "BH", "OM")
ARAB = (*GULF, "EG", "JO", "IQ", "LB", "SY", "PS", "YE", "MA", "DZ", "TN", "LY", "SD", "MR", "DJ", "SO")


@dataclass(frozen=True)
class IslamicDay:
    key: str
    name: str  # English; the Arabic is in the catalog
    month: int
    day: int  # 0: the last day of the month before `month` (Ramadan's last day is 29 or 30)


ISLAMIC_DAYS = (
    IslamicDay("islamic_new_year", N_("Islamic New Year"), 1, 1),
    IslamicDay("ramadan_start", N_("Ramadan begins"), 9, 1),
    IslamicDay("ramadan_end", N_("Last day of Ramadan"), 10, 0),
    IslamicDay("eid_al_fitr", N_("Eid al-Fitr"), 10, 1),
    IslamicDay("arafah", N_("Day of Arafah"), 12, 9),
    IslamicDay("eid_al_adha", N_("Eid al-Adha"), 12, 10),
)

NEW_YEAR = N_("New Year's Day")

# International days a workspace may pick (key: month, day, English name).
INTERNATIONAL_DAYS: dict[str, tuple[int, int, str]] = {
    "education_day": (1, 24, N_("International Day of Education")),
    "womens_day": (3, 8, N_("International Women's Day")),
    "happiness_day": (3, 20, N_("International Day of Happiness")),
    "mothers_day": (3, 21, N_("Mother's Day")),
    "health_day": (4, 7, N_("World Health Day")),
    "earth_day": (4, 22, N_("Earth Day")),
    "book_day": (4, 23, N_("World Book Day")),
    "labour_day": (5, 1, N_("International Workers' Day")),
    "environment_day": (6, 5, N_("World Environment Day")),
    "youth_day": (8, 12, N_("International Youth Day")),
    "coffee_day": (10, 1, N_("International Coffee Day")),
    "teachers_day": (10, 5, N_("World Teachers' Day")),
    "kindness_day": (11, 13, N_("World Kindness Day")),
    "volunteer_day": (12, 5, N_("International Volunteer Day")),
    "arabic_language_day": (12, 18, N_("World Arabic Language Day")),
}

# `holidays`' own names of the days computed here (in English): left out of its list.
_COMPUTED_HERE = re.compile(r"eid al|arafa|islamic new year|hijri|ramadan|new year's day|new year", re.I)
_NATIONAL = re.compile(r"national|independence|founding|liberation|revolution|union|unification|throne|flag|"
                       r"martyr|commemoration|evacuation|republic|unity|accession|renaissance|victory", re.I)

_RELIGIOUS = re.compile(r"prophet|mawlid|isra|ashura|christmas|easter", re.I)


@dataclass(frozen=True)
class Occasion:
    day: date
    key: str  # stable across languages and years: "eid_al_fitr", "intl:womens_day", "holiday:national-day"
    name: str  # in the language asked for
    kind: Kind

    @property
    def hijri(self) -> str:
        return hijri_iso(self.day)

    def as_json(self) -> dict[str, str]:
        return {"date": self.day.isoformat(), "hijri": self.hijri, "name": self.name, "kind": self.kind,
                "key": self.key}


def hijri_iso(day: date) -> str:
    """The Umm al-Qura date of a Gregorian day as YYYY-MM-DD: 2027-03-09 is 1448-10-01."""
    hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    return f"{hijri.year:04d}-{hijri.month:02d}-{hijri.day:02d}"


def check_span(first: date, last: date) -> None:
    if last < first:
        raise InputError("occasions.span_reversed", "the last day %(last)s is before the first day %(first)s",
                         first=first.isoformat(), last=last.isoformat())
    if first < FIRST_DAY or last > LAST_DAY:
        raise InputError("occasions.span_outside", "Hijri dates are known from %(first)s to %(last)s only",
                         first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat())


def check_country(country: str) -> str:
    code = country.strip().upper()
    if code not in supported_countries():
        raise InputError("occasions.country_unknown",
                         "no public holidays are known for the country %(country)s: give a two-letter code "
                         "such as SA, AE or EG", country=country)
    return code


@lru_cache(maxsize=1)
def supported_countries() -> frozenset[str]:
    return frozenset(holidays.list_supported_countries())


def islamic_days(first: date, last: date) -> list[tuple[date, IslamicDay]]:
    """The Islamic days between `first` and `last` (inclusive), on the Umm al-Qura calendar."""
    found = []
    start = Gregorian(first.year, first.month, first.day).to_hijri().year - 1
    end = Gregorian(last.year, last.month, last.day).to_hijri().year + 1
    for year in range(start, end + 1):
        for islamic in ISLAMIC_DAYS:
            day = _gregorian_of(year, islamic)
            if day is not None and first <= day <= last:
                found.append((day, islamic))
    return sorted(found, key=lambda pair: pair[0])


def _gregorian_of(year: int, islamic: IslamicDay) -> date | None:
    try:
        if islamic.day == 0:  # the last day of the month before: the day before the 1st of `month`
            return date(*Hijri(year, islamic.month, 1).to_gregorian().datetuple()) - timedelta(days=1)
        return date(*Hijri(year, islamic.month, islamic.day).to_gregorian().datetuple())
    except (OverflowError, ValueError):  # outside the tables
        return None


def ramadan_days(first: date, last: date) -> frozenset[date]:
    """The days of Ramadan between `first` and `last`, on the Umm al-Qura calendar."""
    check_span(first, last)
    found = set()
    day = first
    while day <= last:
        if Gregorian(day.year, day.month, day.day).to_hijri().month == 9:
            found.add(day)
        day += timedelta(days=1)
    return frozenset(found)


def _holiday_language(country_holidays: holidays.HolidayBase, lang: Lang) -> str | None:
    languages = country_holidays.supported_languages or ()
    wanted = [code for code in languages if code.split("_")[0] == lang]
    if lang == "en" and "en_US" in languages:
        return "en_US"
    return wanted[0] if wanted else None


def _slug(text: str) -> str:
    # "(observed)" and "(estimated)" are left out: the same day keeps its key every year.
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"\(.*?\)", "", text).lower()).strip("-")


def _country_days(country: str, first: date, last: date, lang: Lang) -> list[Occasion]:
    years = range(first.year, last.year + 1)
    english = holidays.country_holidays(country, years=years, language="en_US")
    local = holidays.country_holidays(country, years=years)
    language = _holiday_language(local, lang)
    if language is None or language == "en_US":
        local = english if language == "en_US" else local
    else:
        local = holidays.country_holidays(country, years=years, language=language)
    found = []
    for day in sorted(english):
        if not first <= day <= last:
            continue
        english_names = english.get_list(day)
        local_names = local.get_list(day)
        if len(local_names) != len(english_names):  # a translation that merges or splits days: keep English
            local_names = english_names
        for english_name, name in zip(english_names, local_names, strict=True):
            if _COMPUTED_HERE.search(english_name):
                continue
            kind: Kind = ("national" if _NATIONAL.search(english_name)
                          else "religious" if _RELIGIOUS.search(english_name) else "public")
            found.append(Occasion(day, f"holiday:{_slug(english_name)}", name, kind))
    return found


def occasions_between(country: str, first: date, last: date, lang: Lang = "en",
                      international: Iterable[str] = ()) -> list[Occasion]:
    """Every occasion of `country` from `first` to `last`, in date order, named in `lang`."""

    check_span(first, last)
    country = check_country(country)
    words = translations(lang).gettext
    found = [Occasion(day, islamic.key, words(islamic.name), "religious")
             for day, islamic in islamic_days(first, last)]
    for year in range(first.year, last.year + 1):
        new_year = date(year, 1, 1)
        if first <= new_year <= last:
            found.append(Occasion(new_year, "new_year", words(NEW_YEAR), "international"))
        for key in international:
            if key not in INTERNATIONAL_DAYS:
                raise InputError("occasions.unknown_day", "no international day %(key)s: choose one of %(known)s",
                                 key=key, known=sorted(INTERNATIONAL_DAYS))
            month, day_of_month, name = INTERNATIONAL_DAYS[key]
            day = date(year, month, day_of_month)
            if first <= day <= last:
                found.append(Occasion(day, f"intl:{key}", words(name), "international"))
    found.extend(_country_days(country, first, last, lang))
    order = {kind: rank for rank, kind in enumerate(KINDS)}
    return sorted(found, key=lambda occasion: (occasion.day, order[occasion.kind], occasion.key))
