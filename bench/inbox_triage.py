"""Triage measured on real public replies and comments, not written by the team: recall and precision per label.

Sources (read where they are; no text is copied into the repository, the labels file keeps ids and digests):
- customer-care: ../shared/data/customer-care/dev.json (IBM, Apache-2.0): the first message of 150 randomly
  chosen conversations between customers and 25 companies' support accounts on Twitter (English).
- astd: ASTD, the Arabic Sentiment Tweets Dataset (github.com/mahmoudnabil/ASTD, GPL-2.0), data/Tweets.txt:
  150 randomly chosen Egyptian Arabic tweets. General tweets, not comments to a company: few questions and
  complaints among them (see the README).
Labels: one annotator (the implementer), by reading each text before running triage on it. Every text is
checked against its digest and against ../shared/data/reserved/texts.sha256.

Usage: python bench/inbox_triage.py [--astd PATH/TO/Tweets.txt]
  (git -C <ASTD clone> show HEAD:data/Tweets.txt > Tweets.txt)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

from cocktailparty.inbox.triage import LABELS, triage

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
LABELS_FILE = Path(__file__).with_name("inbox_triage_labels.tsv")


def digest(text: str) -> str:
    return hashlib.sha256(" ".join(unicodedata.normalize("NFKC", text).casefold().split()).encode()).hexdigest()


def texts(astd: Path | None) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    care = SHARED / "customer-care" / "dev.json"
    if care.exists():
        for conversation in json.loads(care.read_text(encoding="utf-8")):
            for turn in conversation["dialogContent"]:
                if "client" in turn:
                    found[("customer-care", turn["tweet_ID"])] = turn["message"]
                    break
    if astd and astd.exists():
        for index, line in enumerate(astd.read_text(encoding="utf-8").splitlines()):
            found[("astd", str(index))] = line.split("\t")[0]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--astd", type=Path, default=None, help="ASTD's data/Tweets.txt")
    args = parser.parse_args()
    reserved = set((SHARED / "reserved" / "texts.sha256").read_text().split()) if SHARED.exists() else set()
    available = texts(args.astd)
    by_source: dict[str, list[tuple[str, str]]] = {}
    for line in LABELS_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        source, key, text_digest, label = line.split("\t")
        text = available.get((source, key))
        if text is None:
            continue
        if digest(text) != text_digest:
            sys.exit(f"{source} {key}: the text is not the one labelled (digest differs)")
        if text_digest in reserved:
            sys.exit(f"{source} {key}: reserved for evaluation outside the team")
        by_source.setdefault(source, []).append((text, label))
    for source, rows in by_source.items():
        started = time.perf_counter()
        predicted = [triage(text).label for text, _ in rows]
        elapsed = time.perf_counter() - started
        truth = [label for _, label in rows]
        print(f"\n{source}: {len(rows)} texts, triaged in {elapsed * 1000:.1f} ms")
        print(f"{'label':<10} {'n':>4} {'recall':>7} {'precision':>9}")
        for label in LABELS:
            n = truth.count(label)
            hits = sum(1 for t, p in zip(truth, predicted, strict=True) if t == p == label)
            said = predicted.count(label)
            recall = f"{hits / n:.2f}" if n else "—"
            precision = f"{hits / said:.2f}" if said else "—"
            print(f"{label:<10} {n:>4} {recall:>7} {precision:>9}")
        confusion = Counter((t, p) for t, p in zip(truth, predicted, strict=True) if t != p)
        print("most common confusions (truth -> triage):",
              ", ".join(f"{t}->{p} {c}" for (t, p), c in confusion.most_common(6)))


if __name__ == "__main__":
    main()
