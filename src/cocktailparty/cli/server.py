"""`cocktail serve`, `cocktail worker` and `cocktail db`: the web app, the publisher, and the database."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import Annotated

import typer
import uvicorn

from cocktailparty.cli.common import failures
from cocktailparty.config import get_settings
from cocktailparty.db import get_engine, make_engine, private_folder, restrict_files
from cocktailparty.db.migrate import current, upgrade
from cocktailparty.errors import message
from cocktailparty.terminal import console, say

db_app = typer.Typer(help="The database: bring its schema up to date.", no_args_is_help=True)


def worker(
    until_idle: Annotated[bool, typer.Option("--until-idle", help="Publish everything due, then exit.")] = False,
    workers: Annotated[int, typer.Option(help="Worker threads publishing at once.")] = 4,
    max_wait: Annotated[float, typer.Option(help="With --until-idle: wait this long for retries due soon.")] = 60.0,
    log_level: Annotated[str, typer.Option(help="What the worker logs: debug, info (each job run), warning.")]
    = "info",
) -> None:
    """Run the worker: claim due posts and publish them, and run the periodic jobs (fetch every channel's inbox,
    delete inbox items past the workspace's retention) until stopped; or, with --until-idle, run the periodic
    jobs that are due once and publish everything due, then exit."""
    from cocktailparty.worker import runner  # late: Huey's consumer loads redis (~1 s); only the worker needs it

    logging.basicConfig(level=getattr(logging, log_level.upper(), logging.INFO),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = get_settings()
    lease = timedelta(seconds=settings.publish_lease_seconds)
    if until_idle:
        summary = runner.run_until_idle(lease, max_wait=max_wait, periodic=True)
        say(message("published %(published)s, failed %(failed)s, retrying later %(waiting)s",
                    published=summary["published"], failed=summary["failed"], waiting=summary["waiting"]))
        return
    runner.run_forever(lease, workers)


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (0.0.0.0 for every interface).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    processes: Annotated[int, typer.Option(help="App processes serving requests.")] = 1,
) -> None:
    """Run the web app (pages and the JSON API under /api/v1). Publishing needs `cocktail worker` too."""
    settings = get_settings()
    with failures():
        get_engine(settings)  # migrate once, here, before any app process serves
    console.print(f"CocktailParty on http://{host}:{port}/  (API: http://{host}:{port}/api/v1/openapi.json)")
    # X-Forwarded-For is believed only from the proxies named in COCKTAIL_TRUSTED_PROXIES (none by default).
    trusted = settings.trusted_proxies.strip()
    uvicorn.run("cocktailparty.web.app:create_app", factory=True, host=host, port=port, workers=processes,
                log_level="warning", proxy_headers=bool(trusted), forwarded_allow_ips=trusted or "")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply the database migrations now (every command and `cocktail serve` also does, under a lock, on start)."""
    settings = get_settings()
    with failures():
        url = settings.sqlalchemy_url
        if url.startswith("sqlite:///"):
            private_folder(Path(url.removeprefix("sqlite:///")).parent)
        engine = make_engine(url, settings)
        changed = upgrade(engine, settings)
        restrict_files(engine)
        with engine.connect() as connection:
            revision = current(connection)
        engine.dispose()
    print(f"database at revision {revision}" + (" (upgraded)" if changed else " (already up to date)"))
