"""`make demo`: the web app on embedded defaults (SQLite, Huey on SQLite) with the publishing worker
in the same command, a local Mastodon server to publish to, and a demo workspace in Arabic and English.

    python -m cocktailparty.demo [--host 127.0.0.1] [--port 8000] [--mastodon-port 8001] [--seed-only]
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime

import uvicorn
from rich.console import Console

from cocktailparty import db
from cocktailparty.config import get_settings
from cocktailparty.demo import local_mastodon, seed
from cocktailparty.workspaces.classifier import classifier_for


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--mastodon-port", type=int, default=8001)
    parser.add_argument("--seed-only", action="store_true", help="create the demo workspace, then exit")
    args = parser.parse_args()
    console = Console()
    # A SIGTERM (a supervisor, `kill`) stops the demo as Ctrl-C does: the worker and the Mastodon server go too.
    signal.signal(signal.SIGTERM, _interrupted)
    # The demo's Mastodon server is local (127.0.0.1, plain http): the outbound guard must let calls reach it. The
    # worker started below inherits the setting.
    os.environ.setdefault("COCKTAIL_ALLOW_PRIVATE_ADDRESSES", "1")
    get_settings.cache_clear()
    settings = get_settings()
    console.print(f"data directory: {settings.data_dir}")

    mastodon = None
    if local_mastodon.available():
        mastodon = local_mastodon.start(settings.data_dir / "mastodon", args.mastodon_port)
        console.print(f"local Mastodon server: {mastodon.base_url}")
    else:
        console.print("[yellow]mastodon-mock is not installed (make install adds it): the demo channels cannot "
                      "publish[/]")
    worker = None
    try:
        with db.session_scope() as session:
            if seed.exists(session):
                console.print("the demo workspace exists already (delete the data directory to start over)")
            else:
                with console.status("creating the demo workspace (the classifier loads once)"):
                    seed.seed(session, classifier_for(), datetime.now(UTC),
                              mastodon.base_url if mastodon else None,
                              mastodon.create_account if mastodon else None)
                console.print("demo workspace created: two channels, their published history, two weeks planned")
        if args.seed_only:
            return
        # The worker is its own process, as in production; it publishes what falls due while the app runs.
        # Warnings only: the demo's terminal is for the address and what goes wrong, not each periodic job's run.
        worker = subprocess.Popen([sys.executable, "-m", "cocktailparty", "worker", "--workers", "2", "--log-level",
                                   "warning"],
                                  env=os.environ.copy(), preexec_fn=local_mastodon.die_with_parent)
        serve(console, args.host, args.port)
    except KeyboardInterrupt:
        pass
    finally:
        if worker is not None:
            worker.terminate()
            worker.wait(timeout=15)
        if mastodon is not None:
            mastodon.stop()


def _interrupted(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def serve(console: Console, host: str, port: int) -> None:
    """Run the app; the address is printed once the server listens on it, not before."""
    if not _port_free(host, port):
        console.print(f"[red]port {port} on {host} is taken: choose another, e.g. make demo PORT={port + 10}[/]")
        raise SystemExit(2)
    server = uvicorn.Server(uvicorn.Config("cocktailparty.web.app:create_app", factory=True, host=host, port=port,
                                           log_level="warning"))

    def announce() -> None:
        while not server.started and not server.should_exit:
            time.sleep(0.05)
        if server.started:
            console.rule("[bold]CocktailParty demo")
            console.print(f"  open      http://{host}:{port}/")
            console.print(f"  log in    {seed.EMAIL}")
            console.print(f"  password  {seed.PASSWORD}")
            console.print("  a post on each channel is due two minutes from the first start: watch the dashboard.")
            console.print("  Ctrl-C stops the app, the worker and the local Mastodon server.")

    threading.Thread(target=announce, daemon=True).start()
    server.run()


def _port_free(host: str, port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


if __name__ == "__main__":
    main()
