"""The labelled corpus the classifier learns from, kept in the repo with the provenance of every example.

Two parts: the team's written posts (`corpus/*.jsonl`, one line {"id", "text", "category", "lang",
"dialect", "source"}) and real public posts of openly licensed sources (`real/real_posts.jsonl.gz`, the
same fields plus "licence" and "label_how"; rebuilt by bench/real_corpus/build.py, whose PROVENANCE.md
says where each source comes from). A fixed, hash-based share of the ids is held out: the model never
trains on it, the benchmarks score on it.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from cocktailparty.errors import InputError
from cocktailparty.taxonomy import CATEGORIES

CORPUS_DIR = Path(__file__).parent / "corpus"
REAL_CORPUS = Path(__file__).parent / "real" / "real_posts.jsonl.gz"
HELD_OUT_PERCENT = 15


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    text: str
    category: str
    lang: str = "en"
    dialect: str | None = None
    source: str = "team"
    weight: float = 1.0

    @property
    def held_out(self) -> bool:
        digest = hashlib.sha1(self.id.encode()).digest()
        return int.from_bytes(digest[:4], "big") % 100 < HELD_OUT_PERCENT


class CorpusError(InputError, ValueError):
    """A corpus or examples file has a bad line; the message names the file and the line."""


def read_examples(path: Path, *, default_source: str = "team", weight: float = 1.0) -> Iterator[Example]:
    """Read labelled examples from JSONL (or CSV with text and category columns)."""
    if path.suffix.lower() == ".csv":
        yield from _read_csv(path, default_source, weight)
        return
    with _open_text(path) as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError("corpus.invalid_json", "%(path)s: line %(line)s: invalid JSON (%(problem)s)",
                                  path=str(path), line=number, problem=exc.msg) from None
            yield _example(row, path, number, default_source, weight)


def _open_text(path: Path) -> io.TextIOBase:
    """A text file, gunzipped on the way when its name ends in .gz (the packaged real corpus)."""
    if path.name.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path), encoding="utf-8")
    return path.open(encoding="utf-8")


def _read_csv(path: Path, default_source: str, weight: float) -> Iterator[Example]:
    import csv

    with path.open(encoding="utf-8-sig", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            yield _example(row, path, number, default_source, weight)


def _example(row: dict[str, object], path: Path, number: int, default_source: str, weight: float) -> Example:
    text, category = row.get("text"), row.get("category")
    if not isinstance(text, str) or not text.strip():
        raise CorpusError("corpus.no_text", "%(path)s: line %(line)s: field 'text' is missing or empty", path=str(path),
                          line=number)
    if category not in CATEGORIES:
        raise CorpusError("corpus.bad_category",
                          "%(path)s: line %(line)s: field 'category' is %(category)s; expected one of %(categories)s",
                          path=str(path), line=number, category=repr(category), categories=list(CATEGORIES))
    dialect = row.get("dialect")
    return Example(
        id=str(row.get("id") or f"{path.stem}-{number}"),
        text=text,
        category=str(category),
        lang=str(row.get("lang") or "en"),
        dialect=str(dialect) if dialect else None,
        source=str(row.get("source") or default_source),
        weight=weight,
    )


def corpus_files() -> list[Path]:
    """The team's corpus files."""
    return sorted(CORPUS_DIR.glob("*.jsonl"))


def training_files() -> list[Path]:
    """Every packaged file the model trains on: the team's corpus and the real posts."""
    return [*corpus_files(), *([REAL_CORPUS] if REAL_CORPUS.exists() else [])]


# No real source weighs more in training than this many posts: one large source (2,500 headlines) would
# otherwise teach its own style as the style of its category.
REAL_SOURCE_WEIGHT = 500.0


def load_real() -> list[Example]:
    """The packaged real public posts (openly licensed sources only), each source weighing at most
    REAL_SOURCE_WEIGHT posts in all."""
    examples = list(read_examples(REAL_CORPUS)) if REAL_CORPUS.exists() else []
    sizes = Counter(ex.source for ex in examples)
    return [replace(ex, weight=min(1.0, REAL_SOURCE_WEIGHT / sizes[ex.source])) for ex in examples]


def load_corpus(files: Iterable[Path] | None = None) -> list[Example]:
    examples = [ex for path in (files or corpus_files()) for ex in read_examples(path)]
    seen: set[str] = set()
    for ex in examples:
        if ex.id in seen:
            raise CorpusError("corpus.duplicate_id", "corpus: duplicate id %(id)s", id=repr(ex.id))
        seen.add(ex.id)
    return examples


def fingerprint(files: Iterable[Path], salt: str = "") -> str:
    """A hash of the training files' contents (and of `salt`: the model's version): the model cache key."""
    digest = hashlib.sha256(salt.encode())
    for path in sorted(files):
        stat = path.stat()
        digest.update(path.name.encode())
        digest.update(_file_digest(path, stat.st_mtime_ns, stat.st_size))
    return digest.hexdigest()[:16]


@lru_cache(maxsize=256)
def _file_digest(path: Path, mtime_ns: int, size: int) -> bytes:
    # Keyed by modification time and size, so the web app does not re-read the corpus on every request.
    return hashlib.sha256(path.read_bytes()).digest()
