"""Words shown to people, in English and Arabic, and the Arabic ways of writing numbers and dates."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Literal

from babel.dates import get_timezone_location
from hijridate import Gregorian

Lang = Literal["en", "ar"]
LANGS: tuple[Lang, ...] = ("en", "ar")

CATEGORY_NAMES: dict[Lang, dict[str, str]] = {
    "en": {
        "promotional": "Promotional",
        "curated": "Curated",
        "news": "News",
        "contest": "Contests",
        "question": "Questions",
        "educational": "Educational",
        "culture": "Culture",
        "celebration": "Celebrations",
        "reply": "Replies",
    },
    "ar": {
        "promotional": "ترويجي",
        "curated": "محتوى منتقى",
        "news": "أخبار",
        "contest": "مسابقات",
        "question": "أسئلة",
        "educational": "تعليمي",
        "culture": "ثقافة الفريق",
        "celebration": "تهانٍ ومناسبات",
        "reply": "ردود",
    },
}

# Category names as the subject of a sentence ("Contests earn 3× ...").
CATEGORY_PLURALS: dict[Lang, dict[str, str]] = {
    "en": {
        "promotional": "promotional posts",
        "curated": "curated shares",
        "news": "news posts",
        "contest": "contests",
        "question": "questions",
        "educational": "tips and explainers",
        "culture": "team and culture posts",
        "celebration": "celebrations and greetings",
        "reply": "replies",
    },
    "ar": CATEGORY_NAMES["ar"],
}

GREGORIAN_MONTHS_AR = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
_ARABIC_INDIC = str.maketrans("0123456789.%", "٠١٢٣٤٥٦٧٨٩٫٪")


def digits(text: object, lang: Lang) -> str:
    """Write the digits of `text` the way the language reads them (Arabic-Indic for Arabic)."""
    return str(text).translate(_ARABIC_INDIC) if lang == "ar" else str(text)


def percent(share: float, lang: Lang, decimals: int = 0) -> str:
    return digits(f"{share * 100:.{decimals}f}%", lang)


def category_name(category: str, lang: Lang) -> str:
    return CATEGORY_NAMES[lang].get(category, category)


def hijri_span(first: date, last: date) -> str:
    """The Hijri months a span of Gregorian days falls in, in Arabic: "شوال – ذو القعدة ١٤٤٥"."""
    start = Gregorian(first.year, first.month, first.day).to_hijri()
    end = Gregorian(last.year, last.month, last.day).to_hijri()
    if (start.year, start.month) == (end.year, end.month):
        return digits(f"{start.month_name('ar')} {start.year}", "ar")
    if start.year == end.year:
        return digits(f"{start.month_name('ar')} – {end.month_name('ar')} {end.year}", "ar")
    return digits(f"{start.month_name('ar')} {start.year} – {end.month_name('ar')} {end.year}", "ar")


def category_plural(category: str, lang: Lang) -> str:
    return CATEGORY_PLURALS[lang].get(category, category)


def month_label(year: int, month: int, lang: Lang) -> str:
    if lang == "ar":
        return digits(f"{GREGORIAN_MONTHS_AR[month - 1]} {year}", "ar")
    return date(year, month, 1).strftime("%b %Y")


def date_label(day: date, lang: Lang) -> str:
    if lang == "ar":
        return digits(f"{day.day} {GREGORIAN_MONTHS_AR[day.month - 1]} {day.year}", "ar")
    return f"{day.day} {day.strftime('%b %Y')}"


@lru_cache(maxsize=4096)
def zone_label(zone: str, lang: Lang) -> str:
    """A time zone as readers know it, by its city in their language: "Riyadh" / "الرياض"; "UTC" stays. Kept per
    (zone, language): Babel's lookup costs about 0.1 ms, and a page names a zone beside each of its times."""
    if zone.upper() == "UTC":
        return "UTC"
    try:
        return str(get_timezone_location(zone, locale=lang, return_city=True))
    except (LookupError, ValueError):
        return zone


def hijri_date(day: date, lang: Lang) -> str:
    """The Umm al-Qura date of a Gregorian day: "15 Jumada al-Akhirah 1448 AH" or "١٥ جمادى الآخرة ١٤٤٨ هـ"."""
    hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    if lang == "ar":
        return digits(f"{hijri.day} {hijri.month_name('ar')} {hijri.year} هـ", "ar")
    return f"{hijri.day} {hijri.month_name('en')} {hijri.year} AH"
