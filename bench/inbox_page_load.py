"""The inbox under load: with `--items` inbox items over 10 channels (default 10,000; the issue's target is 100,000),
the latency of the inbox page (most urgent first, and a filtered view) and of `GET /api/v1/inbox`, asked by locust
from a second process at a paced rate (`--users` users each asking `--pace` times a second: 20 requests a second by
default), as bench/web_load.py measures the other pages (its seeding, app start and locust run are reused).

The workspace has business hours (Sunday to Thursday 09:00-17:00) and a one-hour target, so each page also counts
the response times and the late marks in business time, in each channel's zone (the costliest setting). Items:
most comments, a tenth direct messages, some mentions; labels, states and languages mixed as a real inbox's;
spread over the last 60 days; a few answered.

    python bench/inbox_page_load.py [--items 10000] [--channels 10] [--users 10] [--pace 2] [--seconds 30]
                                    [--backends sqlite postgres] [--processes 1]

Prints p50/p95/p99 per endpoint, the machine, and the load average before and after.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from web_load import PG_URL, _cpu_model, free_port, log_in, measure, print_row, seed, start_app, stop

TEXTS = {
    "question": ["When do you open on Friday? {n}", "متى تفتحون يوم الجمعة؟ {n}", "وش أسعار الكنافة؟ {n}",
                 "Do you deliver to Al Olaya? {n}"],
    "complaint": ["My order {n} never arrived, terrible service", "الطلب رقم {n} وصل بارد، خدمة سيئة"],
    "praise": ["Thank you, the cake was amazing! {n}", "شكراً، الكيك كان رهيب {n}"],
    "lead": ["I want to order {n} boxes for a wedding, what is the price?", "أبغى أطلب {n} علبة للزواج، كم السعر؟"],
    "spam": ["Follow me for free followers {n}!!!", "اربح {n} دولار يومياً من البيت"],
    "other": ["{n}", "😂😂 {n}"],
}
LABELS = ["question"] * 30 + ["complaint"] * 10 + ["praise"] * 25 + ["lead"] * 10 + ["spam"] * 10 + ["other"] * 15


def seed_inbox(data_dir: Path, database_url: str | None, items: int) -> None:
    """The inbox items, in bulk, into the workspace `seed` made (its channels and posts)."""
    os.environ["COCKTAIL_DATA_DIR"] = str(data_dir)
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    from sqlalchemy import insert, select, text

    from cocktailparty import db
    from cocktailparty.config import get_settings
    from cocktailparty.inbox import service
    from cocktailparty.models import Channel, InboxItem, Post, Workspace

    get_settings.cache_clear()
    db.forget_engines()
    random.seed(11)
    now = datetime.now(UTC).replace(microsecond=0)
    with db.session_scope(write=True) as session:
        workspace = session.scalars(select(Workspace)).one()
        service.set_response_policy(workspace, 60, ["Sun", "Mon", "Tue", "Wed", "Thu"], "09:00", "17:00")
        workspace_id = workspace.id
        channel_ids = list(session.scalars(select(Channel.id).order_by(Channel.id)))
        published = {channel_id: list(session.scalars(
            select(Post.id).where(Post.channel_id == channel_id, Post.state == "published")
            .order_by(Post.published_at.desc()).limit(20))) for channel_id in channel_ids}
    rows = []
    for number in range(items):
        channel_id = channel_ids[number % len(channel_ids)]
        label = random.choice(LABELS)
        roll = random.random()
        kind = "message" if roll < 0.1 else "mention" if roll < 0.2 else "comment"
        said = now - timedelta(seconds=random.randint(60, 60 * 24 * 3600))
        state = random.choices(["open", "waiting", "done"], [0.4, 0.2, 0.4])[0]
        text_ = random.choice(TEXTS[label]).format(n=random.randint(1, 999))
        rows.append({
            "workspace_id": workspace_id, "channel_id": channel_id, "network": "mastodon",
            "remote_id": f"bench-{number}", "kind": kind, "author": f"fan{random.randint(1, 3000)}@social.example",
            "text": text_, "language": "ar" if any("\u0600" <= c <= "\u06ff" for c in text_) else "en",
            "label": label, "state": state, "in_reply_to": None,
            "post_id": random.choice(published[channel_id]) if kind == "comment" and published[channel_id] else None,
            "created_at": said, "fetched_at": said + timedelta(minutes=2), "updated_at": said + timedelta(minutes=2),
        })
    engine = db.get_engine()
    with engine.begin() as connection:
        for first in range(0, len(rows), 5000):
            connection.execute(insert(InboxItem.__table__), rows[first:first + 5000])
    # As autovacuum leaves a table soon after a bulk insert (PostgreSQL 13+ vacuums after inserts too): statistics,
    # and the visibility map that lets a count be read from an index alone.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE" if database_url else "ANALYZE"))
    db.forget_engines()
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--posts", type=int, default=5_000, help="the workspace's posts (the items' threads)")
    parser.add_argument("--channels", type=int, default=10)
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--pace", type=float, default=2.0, help="requests a second per user")
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--processes", type=int, nargs="+", default=[1])
    parser.add_argument("--backends", nargs="+", choices=["sqlite", "postgres"], default=["sqlite"])
    args = parser.parse_args()
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {_cpu_model()}, {os.cpu_count()} cores. {args.items:,} inbox "
          f"items and {args.posts:,} posts on {args.channels} channels; {args.users} locust users at {args.pace:g} "
          f"requests/s each ({args.users * args.pace:g}/s), {args.seconds} s per endpoint after {args.warmup} s of "
          f"warm-up; locust shares the cores with the app. Load average before: {os.getloadavg()[0]:.2f}.",
          flush=True)
    print(f"{'backend':<9} {'procs':>5} {'endpoint':<24} {'requests':>8} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} "
          f"{'p99 ms':>7} {'failed':>6}", flush=True)
    for backend in args.backends:
        database_url = PG_URL if backend == "postgres" else None
        with tempfile.TemporaryDirectory(prefix="cocktail-inbox-load-") as tmp:
            data_dir = Path(tmp)
            began = time.perf_counter()
            workspace_id, token = seed(data_dir, database_url, args.posts, args.channels)
            seed_inbox(data_dir, database_url, args.items)
            print(f"{backend}: seeded in {time.perf_counter() - began:.1f} s", flush=True)
            endpoints = [
                ("inbox page (urgent)", f"/w/{workspace_id}/inbox", "cookie"),
                ("inbox page (open Qs)", f"/w/{workspace_id}/inbox?label=question&state=open", "cookie"),
                ("API inbox (50)", "/api/v1/inbox?limit=50", "token"),
            ]
            for processes in args.processes:
                port = free_port()
                base = f"http://127.0.0.1:{port}"
                app = start_app(data_dir, database_url, port, processes)
                try:
                    auth = {"cookie": log_in(base), "token": token}
                    for label, path, how in endpoints:
                        row = measure(base, path, {how: auth[how]}, args.users, args.pace, args.seconds, data_dir,
                                      args.warmup)
                        print_row(f"{backend:<9} {processes:>5} {label:<24}", row)
                finally:
                    stop(app)
    print(f"Load average after: {os.getloadavg()[0]:.2f}", flush=True)


if __name__ == "__main__":
    main()
