"""promoted-tweets split by advertiser into a READ half and a HELD half, and the product model's promotional
recall on each: the READ half's errors may be read to design a change, the HELD half only measured.

Each row's advertiser is found again in the X archives' ad files (bare snapshots under --mirror, as
`bench/real_corpus/build.py` reads them); a row is READ when sha1(advertiser's screen name) is even, so one
advertiser's ads are all on one side. Rows whose text is not found again (34 of 1,448) go with the name "?".

    python bench/promoted_halves.py [--mirror /work/.mirror] [--errors OUT.json]

--errors writes the READ half's promotional rows the model calls something else (never the HELD half's).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import sys
import time
from collections import Counter
from pathlib import Path

from cocktailparty.classify import Classifier
from cocktailparty.classify.corpus import load_corpus, load_real, read_examples
from cocktailparty.classify.model import train
from cocktailparty.taxonomy import CATEGORIES, PROMOTIONAL

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "real_corpus"))
import build  # noqa: E402

EVAL_ONLY = HERE / "real_corpus" / "out" / "eval_only.jsonl"


def advertisers(mirror: Path, shared: Path) -> dict[str, str]:
    """Text of each promoted tweet (unescaped as the build does) -> the first of its advertisers' names."""
    reserved = set((shared / "data" / "reserved" / "repositories.sha256").read_text().split())
    reader = build.Reader(mirror, shared, reserved)
    found: dict[str, set[str]] = {}
    for text, name in build.promoted_impressions(reader):
        found.setdefault(html.unescape(text), set()).add(name.lower())
    return {text: sorted(names)[0] for text, names in found.items()}


def half(advertiser: str) -> str:
    return "READ" if int(hashlib.sha1(advertiser.encode()).hexdigest(), 16) % 2 == 0 else "HELD"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--shared", type=Path, default=HERE.parents[1] / "shared")
    parser.add_argument("--errors", type=Path)
    args = parser.parse_args()
    by_text = advertisers(args.mirror, args.shared)
    rows = [ex for ex in read_examples(EVAL_ONLY) if ex.source == "promoted-tweets" and ex.category == PROMOTIONAL]
    started = time.perf_counter()
    training = [ex for ex in [*load_corpus(), *load_real()] if not ex.held_out]
    classifier = Classifier(train(training, CATEGORIES))
    print(f"trained on {len(training)} posts, {time.perf_counter() - started:.0f} s")
    counts: dict[str, Counter[str]] = {"READ": Counter(), "HELD": Counter()}
    errors = []
    for ex, (category, confidence) in zip(rows, classifier.classify_many([ex.text for ex in rows]), strict=True):
        advertiser = by_text.get(ex.text, "?")
        side = half(advertiser)
        counts[side][category] += 1
        if side == "READ" and category != PROMOTIONAL:
            errors.append({"advertiser": advertiser, "predicted": category, "confidence": round(confidence, 2),
                           "text": ex.text})
    for side, count in counts.items():
        total = sum(count.values())
        print(f"{side}: {total} promoted tweets, promotional recall {count[PROMOTIONAL] / total:.3f}; called "
              + ", ".join(f"{c} {n}" for c, n in count.most_common()))
    if args.errors:
        args.errors.write_text(json.dumps(errors, ensure_ascii=False, indent=0) + "\n")


if __name__ == "__main__":
    main()
