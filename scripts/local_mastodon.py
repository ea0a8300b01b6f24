"""Run a local Mastodon API server (mastodon-mock, installed with the dev tools) on 127.0.0.1 with one
account, and print the `cocktail channel add` command that connects it: the quickest way to see
posts go out without a real instance.

    .venv/bin/python scripts/local_mastodon.py [--port 3000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests
from mastodon import Mastodon


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=3000)
    args = parser.parse_args()
    base_url = f"http://127.0.0.1:{args.port}"
    workdir = Path(tempfile.mkdtemp(prefix="mastodon-mock-"))
    config = workdir / "mastodon_mock.toml"
    config.write_text(f'media_storage_path = "{workdir / "media"}"\n[database]\npath = "{workdir / "db.sqlite"}"\n'
                      "[seed]\naccounts = []\n", encoding="utf-8")
    server = subprocess.Popen([sys.executable, "-m", "mastodon_mock", "serve", "--config", str(config),
                               "--host", "127.0.0.1", "--port", str(args.port), "--log-level", "warning"])
    try:
        for _ in range(300):
            try:
                if requests.get(f"{base_url}/api/v1/instance", timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.1)
        client_id, secret = Mastodon.create_app("CocktailParty", scopes=["read", "write"], api_base_url=base_url)
        token = Mastodon(client_id=client_id, client_secret=secret, api_base_url=base_url).create_account(
            "brand", "a-long-local-password-1", "brand@example.com", agreement=True, scopes=["read", "write"])
        print(f"Mastodon API on {base_url} with the account @brand. Connect it:\n\n"
              f"  .venv/bin/cocktail channel add --network mastodon --name brand --base-url {base_url} "
              f"--token {token}\n\nThe account's posts: {base_url}/api/v1/accounts/lookup?acct=brand, then "
              f"/api/v1/accounts/ID/statuses. Ctrl-C stops the server.", flush=True)
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
