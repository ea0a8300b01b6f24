"""Translations from the Babel catalogs (locale/<lang>/LC_MESSAGES/messages.po), for every door: the
pages, the API's answers and the command line show errors and messages in their reader's language.

The .po files are the source: they are compiled in memory on first use, so there is no build step and no
binary in the repository.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from cocktailparty.errors import CocktailError, Explained, Message, render
from cocktailparty.i18n import LANGS, Lang, date_label, digits

LOCALE_DIR = Path(__file__).parent / "locale"


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


def number(value: float, lang: Lang) -> str:
    """A number as the reader writes it: thousands grouped, Arabic-Indic digits in Arabic."""
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")
    return digits(text.replace(",", "٬") if lang == "ar" else text, lang)


def written(value: object, lang: Lang) -> str:
    """A number, a time or a day as the reader writes them."""
    if isinstance(value, datetime):
        zone = value.tzname() if value.tzinfo is not None else None
        text = f"{date_label(value, lang)} {value:%H:%M}" + (f" {zone}" if zone else "")
        return digits(text, lang)
    if isinstance(value, date):
        return date_label(value, lang)
    if isinstance(value, int | float):
        return number(value, lang)
    return str(value)


def describe(found: Message | Explained, lang: Lang) -> str:
    """A message, or an error's detail, in `lang`."""
    detail = found if isinstance(found, Message) else found.detail
    catalog = translations(lang)

    def words(template: str, plural_form: str | None, n: int | None) -> str:
        if plural_form is not None:
            return catalog.ngettext(template, plural_form, n if n is not None else 0)
        return catalog.gettext(template)

    return render(detail, words, lambda value: written(value, lang))


def described(error: CocktailError, lang: Lang) -> dict[str, object]:
    """An error as the API answers it: `detail` in `lang`, and the stable `code` with its `params` for programs
    (messages in `lang`, times in ISO 8601, numbers and text as they are)."""
    return {"detail": describe(error, lang), "code": error.code,
            "params": {key: _param(value, lang) for key, value in error.detail.params.items()}}


def _param(value: object, lang: Lang) -> object:
    if isinstance(value, Message) or isinstance(getattr(value, "detail", None), Message):
        return describe(value, lang)  # type: ignore[arg-type]  # a Message or an error of ours
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):  # as the sentence lists them
        return describe(Message("%(items)s", {"items": value}), lang)
    return value if isinstance(value, int | float | str | bool) or value is None else str(value)
