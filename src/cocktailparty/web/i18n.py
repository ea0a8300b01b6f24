"""The language of the request being served, in a context variable that templates and Python code
read through `gettext`; the catalogs themselves are `cocktailparty.translation`'s."""

from __future__ import annotations

from contextvars import ContextVar

from cocktailparty.errors import Explained, Message
from cocktailparty.i18n import Lang
from cocktailparty.models.base import KeepsLastError, error_words
from cocktailparty.translation import LOCALE_DIR, describe, translations

__all__ = ["LOCALE_DIR", "as_lang", "current_lang", "describe_here", "gettext", "last_error_here", "ngettext",
           "pick_lang"]

DIRECTION: dict[str, str] = {"en": "ltr", "ar": "rtl"}

current_lang: ContextVar[Lang] = ContextVar("current_lang", default="en")


def describe_here(found: Message | Explained) -> str:
    """A message or an error in the language of the request being served."""
    return describe(found, current_lang.get())


def last_error_here(row: KeepsLastError) -> str:
    """A post's, a feed's or an inbox cursor's last error in the reader's language ("" when it has none)."""
    words = error_words(row)
    return describe_here(words) if words is not None else ""


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
