"""Run a local Mastodon API server (mastodon-mock, installed with the dev tools) on 127.0.0.1 with one
account, and print the `cocktail channel add` command that connects it: the quickest way to see
posts go out without a real instance.

    .venv/bin/python scripts/local_mastodon.py [--port 3000]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from cocktailparty.demo import local_mastodon


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=3000)
    args = parser.parse_args()
    server = local_mastodon.start(Path(tempfile.mkdtemp(prefix="mastodon-mock-")), args.port)
    try:
        token = server.create_account("brand")
        print(f"Mastodon API on {server.base_url} with the account @brand. Connect it:\n\n"
              f"  .venv/bin/cocktail channel add --network mastodon --name brand --base-url {server.base_url} "
              f"--token {token}\n\nThe account's posts: {server.base_url}/api/v1/accounts/lookup?acct=brand, then "
              f"/api/v1/accounts/ID/statuses. Ctrl-C stops the server.", flush=True)
        server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
