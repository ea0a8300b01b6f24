"""The greeting each occasion brings, written for this product in English and Arabic (the Arabic is in the
catalog). A greeting is a draft for the manager to make their own: it never sells (a greeting with an offer is
promotional, and on the days a workspace keeps free of promotion it would be refused)."""

from __future__ import annotations

from hijridate import Gregorian

from cocktailparty.i18n import Lang, digits
from cocktailparty.occasions.catalog import N_, Occasion
from cocktailparty.translation import translations

GREETINGS: dict[str, str] = {
    "ramadan_start": N_("Ramadan Kareem! Wishing you and your families a blessed month of peace, patience and "
                        "kindness."),
    "ramadan_end": N_("As Ramadan comes to a close, thank you for sharing this blessed month with us. May "
                      "your fasting and prayers be accepted."),
    "eid_al_fitr": N_("Eid Mubarak! May Eid al-Fitr bring joy to you and everyone you love. From all of us, "
                      "happy Eid."),
    "arafah": N_("On the Day of Arafah, we wish you a blessed day and prayers that are answered."),
    "eid_al_adha": N_("Eid al-Adha Mubarak! Wishing you and your families a blessed Eid full of happiness."),
    "islamic_new_year": N_("Happy Hijri New Year %(year)s! May the new year bring you health and goodness."),
    "new_year": N_("Happy New Year %(year)s! Thank you for being part of our year. Here is to the next one "
                   "together."),
}
NATIONAL = N_("Happy %(name)s! Today we celebrate with pride alongside our community.")
INTERNATIONAL = N_("Today is %(name)s. What does this day mean to you? Tell us in the comments.")
PUBLIC = N_("Wishing everyone a happy %(name)s.")


def greeting(occasion: Occasion, lang: Lang) -> str:
    """The greeting for `occasion` in `lang` (the occasion's name must be in the same language)."""

    words = translations(lang).gettext
    if occasion.key == "islamic_new_year":
        year = Gregorian(occasion.day.year, occasion.day.month, occasion.day.day).to_hijri().year
        return words(GREETINGS[occasion.key]) % {"year": digits(year, lang)}
    if occasion.key == "new_year":
        return words(GREETINGS[occasion.key]) % {"year": digits(occasion.day.year, lang)}
    if occasion.key in GREETINGS:
        return words(GREETINGS[occasion.key])
    template = {"national": NATIONAL, "international": INTERNATIONAL}.get(occasion.kind, PUBLIC)
    return words(template) % {"name": occasion.name}
