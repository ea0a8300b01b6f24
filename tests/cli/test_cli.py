"""The `cocktail` command line, run as a user runs it: a real process, real files, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "cocktailparty" / "samples"


@pytest.fixture
def cocktail(model_cache: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    data_dir = model_cache.parent

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "COCKTAIL_DATA_DIR": str(data_dir), "COLUMNS": "200"}
        return subprocess.run([sys.executable, "-m", "cocktailparty", *args], input=stdin, capture_output=True,
                              text=True, env=env, cwd=tmp_path, timeout=300)

    return run


def test_classify_prints_category_kind_confidence_and_explanation(cocktail) -> None:  # type: ignore[no-untyped-def]
    result = cocktail("classify", "عيدكم مبارك! خصم ٣٠٪ على كل الحلويات، اطلبوا الآن")
    assert result.returncode == 0, result.stderr
    for field in ("category", "kind", "confidence", "explanation"):
        assert field in result.stdout
    assert "promotional" in result.stdout


def test_classify_jsonl_keeps_order_and_ids(cocktail, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = [{"id": i, "text": text} for i, text in enumerate(
        ["Tea or coffee?", "خصم ٥٠٪ اليوم فقط", "@omar_h sorry Omar, we've sent you a DM", "Happy Eid! 🌙"] * 3)]
    stdin = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n"
    result = cocktail("classify", "--jsonl", "-", stdin=stdin)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["id"] for row in rows] == list(range(12))
    assert all(set(row) == {"id", "category", "kind", "confidence"} for row in rows)
    assert rows[1]["category"] == "promotional" and rows[1]["kind"] == "promotional"


def test_classify_jsonl_bad_line_is_named(cocktail, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "posts.jsonl"
    bad.write_text('{"id": 1, "text": "ok"}\n{"id": 2, "text": \n', encoding="utf-8")
    result = cocktail("classify", "--jsonl", str(bad))
    assert result.returncode == 2
    assert "posts.jsonl: line 2: invalid JSON" in result.stderr
    assert "Traceback" not in result.stderr


def test_audit_writes_reports_and_prints_the_mix(cocktail, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cocktail("audit", str(SAMPLES / "riyadh-bakery-x"), "--json", "a.json", "--html", "a.html", "--lang", "ar")
    assert result.returncode == 0, result.stderr
    assert "posts (x)" in result.stdout and "promotional" in result.stdout
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert data["posts"] == 228
    assert 'dir="rtl"' in (tmp_path / "a.html").read_text(encoding="utf-8")


def _encrypted_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("data/tweets.js", "window.YTD.tweets.part0 = []")
    raw = bytearray(path.read_bytes())
    for signature in (b"PK\x03\x04", b"PK\x01\x02"):  # set the "encrypted" flag in both headers
        at = raw.find(signature)
        flag_at = at + (6 if signature == b"PK\x03\x04" else 8)
        raw[flag_at] |= 1
    path.write_bytes(bytes(raw))
    return path


BAD_FILES = {
    "truncated.zip": (b"PK\x03\x04 truncated", "zip"),
    "notes.txt": (b"hello", "unknown format"),
    "posts.jsonl": (b'{"text": "a", "created_at": "2026-01-01"}\n{oops\n', "line 2"),
    "arabic.csv": ("text,created_at\nمرحبا,2026-01-01\n".encode("cp1256"), "UTF-8"),
    "empty.csv": (b"text,created_at\n", "no posts"),
}


@pytest.mark.parametrize("name", [*BAD_FILES, "encrypted.zip"])
def test_bad_input_is_one_clear_line_with_exit_code_2(cocktail, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / name
    if name == "encrypted.zip":
        _encrypted_zip(source)
        problem = "encrypted"
    else:
        content, problem = BAD_FILES[name]
        source.write_bytes(content)
    result = cocktail("audit", str(source), "--json", "out.json", "--html", "out.html")
    assert result.returncode == 2, result.stdout + result.stderr
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and "Traceback" not in message
    assert name in message and problem.lower() in message.lower()
    assert not (tmp_path / "out.json").exists() and not (tmp_path / "out.html").exists()


def test_bad_options_are_explained(cocktail) -> None:  # type: ignore[no-untyped-def]
    result = cocktail("audit", str(SAMPLES / "dubai-coffee-x"), "--preset", "90/10")
    assert result.returncode == 2 and "unknown preset '90/10'" in result.stderr
    result = cocktail("audit", str(SAMPLES / "dubai-coffee-x"), "--lang", "fr")
    assert result.returncode == 2 and "--lang" in result.stderr
