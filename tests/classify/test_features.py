from cocktailparty.classify import Classifier
from cocktailparty.classify.corpus import load_corpus
from cocktailparty.classify.features import arabic_stem, feature_names
from cocktailparty.classify.normalise import normalise


def test_light_arabic_stems() -> None:
    assert arabic_stem("والعروض") == "عروض"
    assert arabic_stem("منتجاتنا") == "منتجات"
    assert arabic_stem("بيت") == "بيت"  # too short to strip


def test_fast_batch_path_matches_the_reference_definition(classifier: Classifier) -> None:
    space = classifier.model.space
    texts = [ex.text for ex in load_corpus()[::7]] + ["", "   ", "@x", "🎉🎉", "#عرض_خاص ١٠٪"]
    matrix, _ = space.matrix(texts)
    for row, text in enumerate(texts):
        expected = {space.vocabulary[n] for n in feature_names(normalise(text)) if n in space.vocabulary}
        assert set(matrix.columns(row).tolist()) == expected, text
