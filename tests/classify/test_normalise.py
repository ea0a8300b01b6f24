from hypothesis import given
from hypothesis import strategies as st

from cocktailparty.classify.normalise import SEP, fold_arabic, normalise, normalise_joined


def test_diacritics_tatweel_and_letter_variants_fold() -> None:
    assert fold_arabic("إِسْـــلامٌ") == "اسلام"
    assert fold_arabic("مدرسة مستشفى مسؤول") == "مدرسه مستشفي مسوول"


def test_arabic_indic_and_persian_digits_become_ascii() -> None:
    assert normalise("خصم ٣٠٪ على ١٩٩ ريال") == "خصم 30% علي 199 ريال"
    assert normalise("۱۲۳") == "123"


def test_elongated_letters_collapse() -> None:
    assert normalise("مبرووووووك") == "مبروك"
    assert normalise("Yaaaaay sooooo good") == "yaay soo good"
    assert normalise("الله coffee") == "الله coffee"  # real doubles stay


def test_hashtags_split_into_words() -> None:
    assert normalise("#عرض_خاص").split() == ["hashtag", "عرض", "خاص"]
    assert normalise("#DubaiEats").split() == ["hashtag", "dubai", "eats"]


def test_urls_mentions_and_reply_mark() -> None:
    assert normalise("@sara_k hi, see https://ex.am/ple and shop.example.com/eid").split() == [
        "mentionstart",
        "mention",
        "hi,",
        "see",
        "url",
        "and",
        "url",
    ]
    assert "mentionstart" not in normalise("thanks @sara_k")


def test_arabizi_keeps_its_digits() -> None:
    assert normalise("7abibi 3ayzeen") == "7abibi 3ayzeen"


@given(st.lists(st.text(max_size=40), min_size=1, max_size=8))
def test_batch_normalisation_matches_one_by_one(texts: list[str]) -> None:
    cleaned = [t.replace(SEP, " ") for t in texts]
    assert normalise_joined(texts).split(SEP) == [normalise(t) for t in cleaned]
