import hashlib
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from cocktailparty.classify import load_classifier
from cocktailparty.classify.corpus import CorpusError, Example, load_corpus, load_real, read_examples
from cocktailparty.classify.normalise import normalise
from cocktailparty.taxonomy import CATEGORIES

# Digests of the cross-author set's posts (never their texts): see tests/classify/data/README.md.
CROSS_AUTHOR_DIGESTS = Path(__file__).with_name("data") / "cross_author_texts.sha256"
_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})
_NOT_WORD = re.compile(r"[\W_]+")


def _strict(text: str) -> str:
    return hashlib.sha256(" ".join(unicodedata.normalize("NFKC", text).casefold().split()).encode()).hexdigest()


def _loose(text: str) -> str:  # as tests/classify/data/cross_author_digests.py
    folded = _MARKS.sub("", unicodedata.normalize("NFKC", text).casefold()).translate(_FOLD)
    return hashlib.sha256(_NOT_WORD.sub("", folded).encode()).hexdigest()


def test_corpus_covers_every_category_language_and_dialect() -> None:
    corpus = load_corpus()
    assert len(corpus) >= 3000
    by_language = Counter(ex.lang for ex in corpus)
    assert by_language["ar"] >= 1000 and by_language["en"] >= 1000 and by_language["mixed"] >= 300
    dialects = Counter(ex.dialect for ex in corpus if ex.lang == "ar")
    for dialect in ("msa", "gulf", "egyptian", "levantine", "maghrebi"):
        assert dialects[dialect] >= 200, dialect
    for lang in ("ar", "en"):
        categories = Counter(ex.category for ex in corpus if ex.lang == lang)
        assert all(categories[c] >= 50 for c in CATEGORIES), (lang, categories)
    assert all(ex.source for ex in corpus)


def test_held_out_split_is_stable_and_about_fifteen_percent() -> None:
    corpus = load_corpus()
    held_out = [ex.id for ex in corpus if ex.held_out]
    assert 0.12 < len(held_out) / len(corpus) < 0.18
    assert held_out == [ex.id for ex in load_corpus() if ex.held_out]


def test_no_duplicate_texts() -> None:
    texts = Counter(normalise(ex.text).strip() for ex in load_corpus())
    assert [t for t, n in texts.items() if n > 1] == []


def _cross_author_digests() -> tuple[set[str], set[str]]:
    rows = [line.split() for line in CROSS_AUTHOR_DIGESTS.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) == 270 and all(len(row) == 3 and len(row[0]) == len(row[1]) == 64 for row in rows)
    return {row[0] for row in rows}, {row[1] for row in rows}


def _copies(examples: list[Example], strict: set[str], loose: set[str]) -> list[str]:
    return [ex.id for ex in examples if _strict(ex.text) in strict or _loose(ex.text) in loose]


def test_cross_author_posts_are_not_in_the_corpus_nor_in_the_real_posts() -> None:
    examples = [*load_corpus(), *load_real()]
    assert len(examples) > 10_000
    assert _copies(examples, *_cross_author_digests()) == []


def test_the_cross_author_check_finds_a_copy_written_differently() -> None:
    strict, loose = _cross_author_digests()
    post = "Our new pistachio croissants are back 🥐 Box of 6 for AED 45!"
    copied = Example("x-1", "our new pistachio croissants are back — box of 6 for aed 45", "promotional")
    assert _copies([copied], strict | {_strict(post)}, loose | {_loose(post)}) == ["x-1"]
    assert _copies([copied], strict, loose) == []
    arabic = Example("x-2", "عيدكم مبارك", "celebration")
    assert _copies([arabic], set(), {_loose("عِيدُكُمْ مُبارَك!")}) == ["x-2"]


def test_bad_example_lines_are_named(tmp_path: Path) -> None:
    bad = tmp_path / "mine.jsonl"
    bad.write_text('{"text": "hello", "category": "news"}\n{"text": "x", "category": "spam"}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"mine.jsonl: line 2: field 'category' is 'spam'"):
        list(read_examples(bad))


def test_workspace_examples_adapt_the_model(tmp_path: Path) -> None:
    # A bakery's weekly series where it features a customer's small business: the brand calls it curated.
    examples = tmp_path / "brand.csv"
    rows = ["text,category"] + [
        f'"Friday Spotlight 🌟 this week: {who}. Go say hi and tell them Nakhla sent you!",curated'
        for who in [
            "Layla's flower stall in Olaya",
            "the Al Nour bookshop on Tahlia Street",
            "Umm Fahad's home kitchen",
            "the Sadu weaving studio",
            "Bike Riyadh repairs",
            "Qahwa Corner",
        ]
    ]
    examples.write_text("\n".join(rows) + "\n", encoding="utf-8")
    base = load_classifier(tmp_path / "base-cache")
    adapted = load_classifier(tmp_path / "adapted-cache", [examples])
    text = "Friday Spotlight 🌟 this week: the Tamra date farm shop. Go say hi and tell them Nakhla sent you!"
    assert base.classify(text).category != "curated"
    result = adapted.classify(text)
    assert result.category == "curated"
    assert "your example" in result.explanation
    # Unrelated posts keep the model's answer.
    assert adapted.classify("Eid Mubarak to all our customers 🌙").category == "celebration"
