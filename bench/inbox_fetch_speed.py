"""Inbox fetch speed on our side: 100 channels with 1,000 new items each (Arabic and English comments of real
shapes), read by the fetch job, triaged, checked for duplicates and saved with the cursor, on SQLite (or
PostgreSQL with BENCH_DATABASE_URL). The network is an in-process double that answers at once, so the figure
is the job's own cost (a real network adds its latency per page; the job runs one channel per worker task).

    python bench/inbox_fetch_speed.py [--channels 100] [--items 1000]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import UTC, datetime, timedelta

TEXTS = [
    "متى تفتحون يوم الجمعة؟", "وين طلبي؟ صار له أسبوع ما وصل", "كم سعر الكيكة الكبيرة", "شكرا لكم، الحلويات رائعة",
    "Do you deliver to Diriyah?", "my order never arrived and nobody replies", "Thank you, the cake was amazing",
    "@brand the app keeps crashing when I pay, please fix it", "follow back pls https://spam.example/x", "ok",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--channels", type=int, default=100)
    parser.add_argument("--items", type=int, default=1000)
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="inbox-bench-")
    os.environ["COCKTAIL_DATA_DIR"] = data_dir
    if os.environ.get("BENCH_DATABASE_URL"):
        os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]

    from cocktailparty.channels import service as channels
    from cocktailparty.connectors.base import ChannelConfig, Comment, Limits
    from cocktailparty.connectors.registry import register_connector
    from cocktailparty.db import session_scope
    from cocktailparty.inbox import job
    from cocktailparty.workspaces.service import get_or_create

    start = datetime.now(UTC) - timedelta(days=1)

    class BenchConnector:
        network = "benchnet"
        limits = Limits(max_chars=1000, count_chars=len)

        def __init__(self, config: ChannelConfig) -> None:
            self.prefix = config.token or ""

        def verify(self) -> str:
            return "@brand"

        def fetch_comments(self, since: datetime | None = None) -> list[Comment]:
            return [Comment(remote_id=f"{self.prefix}-{i}", author=f"fan{i % 97}", text=f"{TEXTS[i % len(TEXTS)]} #{i}",
                            created_at=start + timedelta(seconds=i)) for i in range(args.items)]

    register_connector("benchnet", BenchConnector)  # type: ignore[arg-type]
    with session_scope() as session:
        workspace = get_or_create(session, "bench")
        ids = [channels.add(session, workspace, network="benchnet", name=f"c{n}", token=f"t{n}", verify=False).id
               for n in range(args.channels)]
    began = time.perf_counter()
    total = sum(len(job.fetch_channel(channel_id).new) for channel_id in ids)
    elapsed = time.perf_counter() - began
    again = sum(len(job.fetch_channel(channel_id).new) for channel_id in ids)
    backend = "PostgreSQL" if os.environ.get("DATABASE_URL") else "SQLite"
    print(f"{backend}: {args.channels} channels x {args.items} items: {total:,} new items fetched, triaged and "
          f"saved in {elapsed:.1f} s ({total / elapsed:,.0f} items/s); a second fetch found {again} new")


if __name__ == "__main__":
    main()
