import json
import re
from pathlib import Path

import pytest
from timelines import write_timeline

from cocktailparty.audit.importers import detect_importer
from cocktailparty.audit.report import render_html, summary, write_json
from cocktailparty.audit.service import AuditResult, run_audit
from cocktailparty.classify import Classifier
from cocktailparty.mix import get_preset


@pytest.fixture
def result(timeline: Path, classifier: Classifier) -> AuditResult:
    return run_audit(timeline, detect_importer(timeline), classifier, get_preset("80/20"), workers=0)


def test_json_summary_has_the_contract_fields(result: AuditResult, tmp_path: Path) -> None:
    out = tmp_path / "audit.json"
    write_json(result, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["posts"] == 40 and data["promotional_share"] == 0.2
    assert sum(data["by_category"].values()) == 40
    assert data["by_month"][0]["month"] == "2026-01" and {"posts", "promotional_share"} <= set(data["by_month"][0])
    assert all({"start", "end", "share", "window"} <= set(v) for v in data["violations"])
    assert set(data["engagement_by_category"]) == set(data["by_category"])
    assert data["recommendations"]
    assert not list(tmp_path.glob("*.partial"))


def test_html_is_self_contained_and_escapes_post_text(tmp_path: Path, classifier: Classifier) -> None:
    path = write_timeline(tmp_path / "posts.csv", "PPPPPPVVVV")
    text = path.read_text(encoding="utf-8").replace("Flash sale!", "<script>alert(1)</script> Flash sale!", 1)
    path.write_text(text, encoding="utf-8")
    html = render_html(run_audit(path, detect_importer(path), classifier, get_preset("80/20"), workers=0))
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # Nothing is loaded from the network: no external scripts, styles, fonts or images.
    assert not re.search(r"""(src|href)=["']https?://""", html)
    assert "@import" not in html and "url(http" not in html


def test_arabic_report_is_right_to_left_with_arabic_digits_and_hijri(result: AuditResult) -> None:
    html = render_html(result, "ar")
    assert '<html lang="ar" dir="rtl">' in html
    assert "نسبة الترويج" in html and "٢٠٫٠٪" in html
    assert "رجب" in html  # January 2026 is Rajab 1447
    assert summary(result, "ar")["recommendations"][0].startswith("يشكّل الترويج")
