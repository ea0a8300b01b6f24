"""Make a synthetic X archive (data/tweets.js in the official `window.YTD.tweets.part0 = [...]` form)
of N posts in Arabic, English and mixed text, for the audit speed benchmark.

Texts are corpus posts with a varying tail (hashtags, numbers, mentions), so the classifier does the
same work it does on a real account, and no two posts are the same string.

    python bench/make_x_archive.py --posts 1000000 --out bench/out/x-1m
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cocktailparty.classify.corpus import load_corpus

TAILS = ["", " #الرياض", " #Dubai", " 🔥", " ✨✨", " #cairo", " @friends_club", " #عروض", " #tips", " 👇", " #جدة"]


def tweet(i: int, text: str, when: datetime, rng: random.Random) -> dict[str, object]:
    reply = text.startswith("@")
    body: dict[str, object] = {
        "edit_info": {
            "initial": {
                "editTweetIds": [str(10**17 + i)],
                "editableUntil": when.isoformat(),
                "editsRemaining": "5",
                "isEditEligible": True,
            }
        },
        "retweeted": False,
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
        "display_text_range": ["0", str(len(text))],
        "favorite_count": str(int(rng.expovariate(1 / 12))),
        "id_str": str(10**17 + i),
        "truncated": False,
        "retweet_count": str(int(rng.expovariate(1 / 3))),
        "id": str(10**17 + i),
        "created_at": when.strftime("%a %b %d %H:%M:%S +0000 %Y"),
        "favorited": False,
        "full_text": text,
        "lang": "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en",
    }
    if reply:
        body["in_reply_to_status_id_str"] = str(10**16 + i)
        body["in_reply_to_screen_name"] = text.split()[0].lstrip("@")
    return {"tweet": body}


def make_archive(posts: int, out: Path, seed: int = 7) -> Path:
    rng = random.Random(seed)
    texts = [ex.text for ex in load_corpus()]
    data = out / "data"
    data.mkdir(parents=True, exist_ok=True)
    path = data / "tweets.js"
    start = datetime(2016, 1, 1, tzinfo=UTC)
    step = timedelta(days=3650) / max(posts, 1)
    with path.open("w", encoding="utf-8") as handle:
        handle.write("window.YTD.tweets.part0 = [\n")
        for i in range(posts):
            text = rng.choice(texts) + rng.choice(TAILS) + (f" {i % 997}" if i % 3 == 0 else "")
            item = tweet(i, text, start + step * i, rng)
            handle.write(("  " if i == 0 else ", ") + json.dumps(item, ensure_ascii=False, indent=None) + "\n")
        handle.write("]\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path("bench/out/x-archive"))
    args = parser.parse_args()
    path = make_archive(args.posts, args.out)
    print(f"wrote {args.posts:,} posts to {path} ({path.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
