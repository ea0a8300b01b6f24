"""Giveaway draw speed: 100,000 entries (with duplicates and mixed case, as replies come) written to a CSV,
drawn, then verified the way `cocktail giveaway verify` does it (the CSV read, the seed checked, the draw rerun).
Prints the best and median of several runs of each step; the target is draw + verify within 2 s.

    python bench/giveaway_draw.py --entries 100000 --repeat 5
"""

from __future__ import annotations

import argparse
import random
import secrets
import statistics
import tempfile
import time
from pathlib import Path

from cocktailparty.cli.giveaways import read_accounts
from cocktailparty.giveaways.draw import commitment_of, draw_winners, verify


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--winners", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(12)
    accounts = [f"@User_{rng.randrange(10**9):09d}" if i % 10 else f"user_{i - 1:09d}" for i in range(args.entries)]
    seed = secrets.token_hex(32)
    commitment = commitment_of(seed)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "entries.csv"
        path.write_text("account,reply_id\n" + "".join(f"{a},{i}\n" for i, a in enumerate(accounts)), encoding="utf-8")
        draws, verifies, totals = [], [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            drawn = draw_winners(seed, accounts, args.winners)
            middle = time.perf_counter()
            checked = verify(seed, commitment, read_accounts(path), args.winners)
            end = time.perf_counter()
            assert checked == drawn, "the verification must find the same winners"
            draws.append(middle - start)
            verifies.append(end - middle)
            totals.append(end - start)
    print(f"entries: {args.entries:,} ({drawn.entries:,} unique accounts), winners: {args.winners}")
    for label, runs in (("draw", draws), ("verify (CSV read + seed + draw)", verifies), ("draw + verify", totals)):
        print(f"{label}: best {min(runs):.3f} s, median {statistics.median(runs):.3f} s")
    print("target: draw + verify <= 2 s:", "met" if min(totals) <= 2.0 else "NOT met")


if __name__ == "__main__":
    main()
