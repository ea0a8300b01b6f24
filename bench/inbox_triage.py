"""Triage measured on real public replies and comments, not written by the team: recall and precision per label.

Sources (read where they are; no text is copied into the repository, the labels file keeps ids and digests):
- customer-care: ../shared/data/customer-care/dev.json (IBM, Apache-2.0): the first message of 150 randomly
  chosen conversations between customers and 25 companies' support accounts on Twitter (English).
- astd: ASTD, the Arabic Sentiment Tweets Dataset (github.com/mahmoudnabil/ASTD, GPL-2.0), data/Tweets.txt:
  150 randomly chosen Egyptian Arabic tweets. General tweets, not comments to a company: few questions and
  complaints among them (see the README).
Labels: one annotator (the implementer), by reading each text before running triage on it. Every text is
checked against its digest and against ../shared/data/reserved/texts.sha256.

A third set is labelled by others: the complaints corpus of Preotiuc-Pietro, Gaman and Aletras, "Automatically
Identifying Complaints in Social Media" (ACL 2019; github.com/danielpreotiuc/complaints-social-media,
complaints-data.csv, no licence stated: evaluation only, nothing copied). 3,449 English tweets, most of them
addressed to companies' accounts in nine domains, each labelled complaint or not by the authors' annotators.
It measures complaint recall and precision only. It is split in two halves by the hash of the tweet id: the
rules were revised after reading the misses of the "reading" half; the "held-out" half was never read.

Usage: python bench/inbox_triage.py [--astd PATH/TO/Tweets.txt] [--complaints PATH]
  (git -C <ASTD clone> show HEAD:data/Tweets.txt > Tweets.txt; --complaints is complaints-data.csv or a bare
  git snapshot of the repository, by default /work/.mirror/danielpreotiuc+complaints-social-media/repo)
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

from cocktailparty.inbox.triage import LABELS, triage

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
LABELS_FILE = Path(__file__).with_name("inbox_triage_labels.tsv")
COMPLAINTS = Path("/work/.mirror/danielpreotiuc+complaints-social-media/repo")


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


def complaints(where: Path) -> list[tuple[str, str, bool]]:
    """(tweet id, text, is a complaint) of the complaints corpus, from its CSV or a git snapshot holding it."""
    if where.is_dir():
        raw = subprocess.run(["git", "-C", str(where), "show", "HEAD:complaints-data.csv"], capture_output=True,
                             text=True, check=True).stdout
    else:
        raw = where.read_text(encoding="utf-8")
    return [(row[0], row[1], row[2] == "1") for row in csv.reader(io.StringIO(raw)) if len(row) >= 3]


def score_complaints(rows: list[tuple[str, str, bool]], reserved: set[str]) -> None:
    for tweet_id, text, _ in rows:
        if digest(text) in reserved:
            sys.exit(f"complaints {tweet_id}: reserved for evaluation outside the team")
    started = time.perf_counter()
    said = [triage(text).label for _, text, _ in rows]
    elapsed = time.perf_counter() - started
    print(f"\ncomplaints (labelled by the corpus's annotators): {len(rows)} texts, triaged in {elapsed * 1000:.0f} ms")
    print(f"{'half':<10} {'n':>5} {'complaints':>10} {'recall':>7} {'precision':>9}")
    halves = {"reading": 0, "held-out": 1}
    for name, half in halves.items():
        chosen = [i for i, (tweet_id, _, _) in enumerate(rows)
                  if int(hashlib.sha256(tweet_id.encode()).hexdigest(), 16) % 2 == half]
        truth = [rows[i][2] for i in chosen]
        hits = sum(1 for i in chosen if rows[i][2] and said[i] == "complaint")
        called = sum(1 for i in chosen if said[i] == "complaint")
        print(f"{name:<10} {len(chosen):>5} {sum(truth):>10} {hits / max(sum(truth), 1):>7.2f} "
              f"{hits / max(called, 1):>9.2f}")
    missed = Counter(label for (_, _, is_complaint), label in zip(rows, said, strict=True)
                     if is_complaint and label != "complaint")
    print("complaints called otherwise:", ", ".join(f"{label} {n}" for label, n in missed.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--astd", type=Path, default=None, help="ASTD's data/Tweets.txt")
    parser.add_argument("--complaints", type=Path, default=COMPLAINTS,
                        help="complaints-data.csv, or a git snapshot of danielpreotiuc/complaints-social-media")
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
    if args.complaints.exists():
        score_complaints(complaints(args.complaints), reserved)
    else:
        print(f"\ncomplaints: {args.complaints} not found (see the docstring); not measured")


if __name__ == "__main__":
    main()
