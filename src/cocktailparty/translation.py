"""Translations from the Babel catalogs (locale/<lang>/LC_MESSAGES/messages.po), for every door: the
pages, the API's answers and the command line show errors and messages in their reader's language.

The .po files are the source: they are compiled in memory on first use, so there is no build step and no
binary in the repository.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from cocktailparty.errors import CocktailError, Message, render
from cocktailparty.i18n import LANGS, Lang, digits

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


def describe(found: Message | CocktailError, lang: Lang) -> str:
    """A message, or an error's detail, in `lang`."""
    detail = found.detail if isinstance(found, CocktailError) else found
    catalog = translations(lang)

    def words(template: str, plural_form: str | None, n: int | None) -> str:
        if plural_form is not None:
            return catalog.ngettext(template, plural_form, n if n is not None else 0)
        return catalog.gettext(template)

    return render(detail, words, lambda value: number(value, lang))
