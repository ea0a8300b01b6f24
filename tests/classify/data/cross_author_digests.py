"""Write cross_author_texts.sha256 from ../shared/data/cross-author-dev/ (run from the repository root):

    python tests/classify/data/cross_author_digests.py [../shared/data/cross-author-dev]

One line per post: the strict digest (the normalisation of ../shared/data/reserved/README.md), the loose
digest (see `loose`), and the post's id. Only digests and ids are kept: the texts stay in ../shared.
tests/classify/test_corpus.py defines the same two normalisations; keep them equal.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")  # Arabic diacritics and tatweel
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})
_NOT_WORD = re.compile(r"[\W_]+")


def strict(text: str) -> str:
    return hashlib.sha256(" ".join(unicodedata.normalize("NFKC", text).casefold().split()).encode()).hexdigest()


def loose(text: str) -> str:
    """Letters and digits only, casefolded, Arabic marks dropped and letter variants folded: two posts
    that differ in punctuation, emoji, spacing, diacritics or hamza spelling get the same digest."""
    folded = _MARKS.sub("", unicodedata.normalize("NFKC", text).casefold()).translate(_FOLD)
    return hashlib.sha256(_NOT_WORD.sub("", folded).encode()).hexdigest()


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/cross-author-dev")
    lines = []
    for path in sorted(source.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                lines.append(f"{strict(row['text'])} {loose(row['text'])} {row['id']}")
    out = Path(__file__).with_name("cross_author_texts.sha256")
    out.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    print(f"{len(lines)} posts -> {out}")


if __name__ == "__main__":
    main()
