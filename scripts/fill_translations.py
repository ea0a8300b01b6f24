"""Fill Arabic (or any language's) translations into a catalog from a JSON file of msgid -> text.

Used after `make translations`: new strings come in empty; a JSON file written beside the change
({"msgid": "نص", "plural msgid": ["...", "...", ...]}) fills them without hand-editing the .po file.
Usage: python scripts/fill_translations.py FILE.json [--lang ar]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from babel.messages.pofile import read_po, write_po

LOCALES = Path(__file__).resolve().parent.parent / "src" / "cocktailparty" / "locale"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("json_file", type=Path)
    parser.add_argument("--lang", default="ar")
    args = parser.parse_args()
    texts = json.loads(args.json_file.read_text(encoding="utf-8"))
    path = LOCALES / args.lang / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=args.lang)
    filled = unknown = 0
    for msgid, text in texts.items():
        message = catalog.get(msgid)
        if message is None:
            # plural entries are keyed by their singular msgid
            message = next((m for m in catalog if isinstance(m.id, tuple) and m.id[0] == msgid), None)
        if message is None:
            unknown += 1
            continue
        message.string = tuple(text) if isinstance(text, list) else text
        message.flags.discard("fuzzy")
        filled += 1
    with path.open("wb") as handle:
        write_po(handle, catalog, width=76, omit_header=False, sort_output=True)
    print(f"{filled} filled, {unknown} not in the catalog (run `make translations` first)")


if __name__ == "__main__":
    main()
