"""Feed refresh speed: 200 feeds of 20 items each on a local feed server (127.0.0.1; the outbound guard's address
check lifted as in development), refreshed into a fresh SQLite workspace: a first refresh (every feed read,
parsed, its items deduplicated, language-detected and saved) and a second one (conditional requests: 304s).
Prints both times; the target is 200 feeds in <= 30 s.

    python bench/feeds_refresh.py --feeds 200 --items 20
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "curation"))
from feed_server import Doc, FeedServer, rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=20)
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="feeds-bench-")
    os.environ.update(COCKTAIL_DATA_DIR=data, COCKTAIL_ALLOW_PRIVATE_ADDRESSES="1")
    os.environ.pop("DATABASE_URL", None)
    from cocktailparty import db
    from cocktailparty.curation import service
    from cocktailparty.workspaces.service import get_or_create

    server = FeedServer()
    try:
        for n in range(args.feeds):
            items = [(f"Story {n}-{i} about coffee and the city", f"https://news{n % 50}.example/{n}/{i}",
                      f"Author {i}", "What happened this week in the coffee world, and why it matters to you.")
                     for i in range(args.items)]
            server.docs[f"/feed/{n}.xml"] = Doc(rss(f"Feed {n}", items), etag=f'"{n}-v1"')
        with db.session_scope(write=True) as session:
            workspace = get_or_create(session, "Bench")
            for n in range(args.feeds):
                service.add_feed(session, workspace, server.url(f"/feed/{n}.xml"), f"Feed {n}")
        timings = []
        for label in ("first refresh (full)", "second refresh (conditional)"):
            start = time.perf_counter()
            with db.session_scope(write=True) as session:
                outcomes = service.fetch_all(session, get_or_create(session, "Bench"), languages=("en",))
            timings.append((label, time.perf_counter() - start, outcomes))
        for label, seconds, outcomes in timings:
            failed = [o for o in outcomes if o.error]
            print(f"{label}: {len(outcomes)} feeds in {seconds:.2f} s, {sum(o.new_items for o in outcomes):,} new "
                  f"items, {sum(o.not_modified for o in outcomes)} not modified, {len(failed)} failed")
        print(f"concurrency: {service.CONCURRENCY} feeds at a time; target <= 30 s:",
              "met" if max(seconds for _, seconds, _ in timings) <= 30 else "NOT met")
    finally:
        server.close()


if __name__ == "__main__":
    main()
