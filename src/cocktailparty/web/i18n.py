"""Translations for the web app from Babel catalogs (locale/<lang>/LC_MESSAGES/messages.po).

The .po files are the source: they are compiled in memory when the app starts, so there is no
build step and no binary in the repository. The language of the request being served lives in a
context variable that templates and Python code read through `gettext`.
"""

from __future__ import annotations

import io
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from cocktailparty.i18n import LANGS, Lang

LOCALE_DIR = Path(__file__).parent / "locale"
DIRECTION: dict[str, str] = {"en": "ltr", "ar": "rtl"}

current_lang: ContextVar[Lang] = ContextVar("current_lang", default="en")


@lru_cache(maxsize=len(LANGS))
def translations(lang: str) -> NullTranslations:
    po = LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po"
    if not po.exists():
        return NullTranslations()
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer)


def gettext(message: str, **values: object) -> str:
    text = translations(current_lang.get()).gettext(message)
    return text % values if values else text


def raw_gettext(message: str) -> str:
    """The translation alone: Jinja's i18n extension fills the placeholders itself."""
    return translations(current_lang.get()).gettext(message)


def raw_ngettext(singular: str, plural: str, n: int) -> str:
    return translations(current_lang.get()).ngettext(singular, plural, n)


def ngettext(singular: str, plural: str, n: int, **values: object) -> str:
    text = translations(current_lang.get()).ngettext(singular, plural, n)
    return text % {"num": n, **values}


def as_lang(value: object) -> Lang | None:
    return "ar" if value == "ar" else "en" if value == "en" else None


def pick_lang(accept_language: str | None) -> Lang:
    """The first of our languages the browser asks for, English when none."""
    for part in (accept_language or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        lang = as_lang(code)
        if lang:
            return lang
    return "en"
