from pathlib import Path

from cocktailparty.audit.importers import detect_importer
from cocktailparty.audit.service import run_audit
from cocktailparty.classify import Classifier
from cocktailparty.mix import get_preset


def test_audit_measures_the_mix_of_a_known_timeline(timeline: Path, classifier: Classifier) -> None:
    result = run_audit(timeline, detect_importer(timeline), classifier, get_preset("80/20"), workers=0)
    assert result.posts == 40
    assert result.ledger.count("promotional") == 8
    assert result.promotional_share == 0.2
    posts_windows = [w for w in result.violations() if w.kind == "posts"]
    assert posts_windows and all(w.start.day >= 2 and w.end.day <= 28 for w in posts_windows)
    engagement = result.engagement_by_category()
    assert engagement["promotional"]["mean"] == 6.0  # 5 likes + 1 share
    window, examples = result.worst_windows()[0]
    assert window.share >= 0.6 and window.posts == 10
    assert examples and all(example.text for example in examples)


def test_worker_processes_give_the_same_result(timeline: Path, classifier: Classifier) -> None:
    importer = detect_importer(timeline)
    alone = run_audit(timeline, importer, classifier, get_preset("80/20"), workers=0)
    pooled = run_audit(timeline, importer, classifier, get_preset("80/20"), workers=1)
    assert pooled.ledger.counts_by_category() == alone.ledger.counts_by_category()
    assert list(pooled.ledger.codes) == list(alone.ledger.codes)
