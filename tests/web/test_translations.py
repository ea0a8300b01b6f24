"""The Arabic catalog covers every string the web app shows, and keeps its placeholders."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from cocktailparty.translation import LOCALE_DIR

ROOT = Path(__file__).parents[2]
METHODS = [("src/cocktailparty/**.py", "python"), ("src/cocktailparty/web/templates/**.html", "jinja2")]
OPTIONS = {"src/cocktailparty/web/templates/**.html": {"extensions": "jinja2.ext.i18n", "trimmed": "true"}}
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def _strings_in_the_code() -> set[str]:
    found = set()
    for _, _, message, _, _ in extract_from_dir(str(ROOT), METHODS, OPTIONS):
        found.add(message[0] if isinstance(message, tuple) else message)
    return {text for text in found if text}


def _catalog(lang: str):  # type: ignore[no-untyped-def]
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def test_every_string_of_the_pages_has_an_arabic_translation() -> None:
    catalog = _catalog("ar")
    missing = sorted(text for text in _strings_in_the_code()
                     if not (catalog.get(text) and catalog.get(text).string))
    assert not missing, f"{len(missing)} strings lack Arabic (run `make translations`, then translate): {missing[:10]}"


def test_arabic_translations_keep_every_placeholder() -> None:
    for message in _catalog("ar"):
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for text in strings:
            assert set(PLACEHOLDER.findall(text)) <= wanted | {"num"}, (message.id, text)
            assert wanted - {"num"} <= set(PLACEHOLDER.findall(text)) or len(strings) > 1, (message.id, text)
