"""Audit speed: `cocktail audit` end to end on synthetic X archives of 10k, 100k and 1M posts, against
the floor of a bare JSON parse of the same file. Prints posts/s, the ratio to the floor, and peak memory.

    python bench/audit_speed.py --sizes 10000 100000 1000000
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"

# The floor: read the whole file and parse it with the standard library, nothing else.
PARSE_FLOOR = """
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
items = json.loads(text[text.index("["):])
print(len(items))
"""


def archive(posts: int) -> Path:
    folder = OUT / f"x-{posts}"
    tweets = folder / "data" / "tweets.js"
    if not tweets.exists():
        subprocess.run([sys.executable, str(HERE / "make_x_archive.py"), "--posts", str(posts), "--out", str(folder)],
                       check=True)
    return folder


def _tree_rss_mib(root: int) -> float:
    """Resident memory of a process and all its descendants, read from /proc."""
    total, frontier = 0, [root]
    while frontier:
        pid = frontier.pop()
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for task in Path(f"/proc/{pid}/task").iterdir():
                frontier.extend(int(child) for child in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue  # the process ended while we looked
    return total / 2**20


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB, the process and its workers together)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    peak = 0.0
    while child.poll() is None:
        peak = max(peak, _tree_rss_mib(child.pid))
        time.sleep(0.1)
    elapsed = time.perf_counter() - start
    if child.returncode:
        raise SystemExit(f"{command[0]} failed with exit code {child.returncode}")
    return elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args()
    cocktail = str(Path(sys.executable).parent / "cocktail")
    env = {**os.environ, "COCKTAIL_DATA_DIR": str(OUT / "data")}
    subprocess.run([cocktail, "model", "build"], check=True, env=env, stdout=subprocess.DEVNULL)
    print(f"{'posts':>9} {'MB':>7} {'audit s':>8} {'posts/s':>9} {'peak MiB':>9} "
          f"{'parse s':>8} {'parse MiB':>9} {'ratio':>6}")
    for posts in args.sizes:
        folder = archive(posts)
        size = (folder / "data" / "tweets.js").stat().st_size / 1e6
        audit_s, audit_mib = timed([cocktail, "audit", str(folder), "--json", str(OUT / f"audit-{posts}.json"),
                                    "--html", str(OUT / f"audit-{posts}.html"), "--quiet"], env)
        parse_s, parse_mib = timed([sys.executable, "-c", PARSE_FLOOR, str(folder / "data" / "tweets.js")])
        print(f"{posts:>9,} {size:>7.0f} {audit_s:>8.1f} {posts / audit_s:>9,.0f} {audit_mib:>9,.0f} "
              f"{parse_s:>8.1f} {parse_mib:>9,.0f} {audit_s / parse_s:>6.2f}", flush=True)


if __name__ == "__main__":
    main()
