import json
from collections import Counter
from pathlib import Path

import pytest

from cocktailparty.classify import load_classifier
from cocktailparty.classify.corpus import CorpusError, load_corpus, read_examples
from cocktailparty.classify.normalise import normalise
from cocktailparty.taxonomy import CATEGORIES

CROSS_AUTHOR = Path(__file__).resolve().parents[3] / "shared" / "data" / "cross-author-dev"


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


@pytest.mark.skipif(not CROSS_AUTHOR.exists(), reason="cross-author set not present")
def test_cross_author_posts_are_not_in_the_corpus() -> None:
    ours = {normalise(ex.text).strip() for ex in load_corpus()}
    for path in CROSS_AUTHOR.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert normalise(json.loads(line)["text"]).strip() not in ours


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
