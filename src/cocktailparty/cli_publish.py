"""Command-line commands for channels, posts and the worker (see cli.py for the audit and classifier)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from cocktailparty.config import get_settings
from cocktailparty.errors import CocktailError, InputError
from cocktailparty.terminal import console, fail

channel_app = typer.Typer(help="Connect and list channels.", no_args_is_help=True)
post_app = typer.Typer(help="Schedule a post.", no_args_is_help=True)
posts_app = typer.Typer(help="List, import and export posts.", no_args_is_help=True)
calendar_app = typer.Typer(help="The calendar as an iCalendar feed.", no_args_is_help=True)
library_app = typer.Typer(help="The content library the planner draws from.", no_args_is_help=True)
avoid_app = typer.Typer(help="Days on which the planner and the guardrail avoid promotion.", no_args_is_help=True)

NETWORKS = "mastodon|bluesky|x|facebook|telegram"


def parse_when(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"--at {value!r} is not an ISO 8601 time such as 2026-12-01T09:00+03:00") from None
    if moment.tzinfo is None:
        raise InputError(f"--at {value!r} has no time zone: add one, e.g. {value}+03:00 or {value}Z")
    return moment


@channel_app.command("add")
def channel_add(
    network: Annotated[str, typer.Option(help=NETWORKS)],
    name: Annotated[str, typer.Option(help="Your name for the channel, used by other commands.")],
    base_url: Annotated[str | None, typer.Option(help="The server (Mastodon instance, Bluesky PDS, API base).")] = None,
    token: Annotated[str | None, typer.Option(help="Access token; stored encrypted, never shown again.")] = None,
    handle: Annotated[str | None, typer.Option(help="Account handle (Bluesky; the channel for Telegram).")] = None,
    password: Annotated[str | None, typer.Option(help="App password (Bluesky); stored encrypted.")] = None,
    timezone: Annotated[str, typer.Option(help="The channel's time zone, e.g. Asia/Riyadh.")] = "UTC",
    slot: Annotated[list[str] | None, typer.Option(help='A weekly posting slot, e.g. "Mon 09:00"; repeat it.')] = None,
    verify: Annotated[bool, typer.Option(help="Check the credentials with the network first.")] = True,
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Connect a channel (the network is asked first; nothing is saved if it refuses)."""
    from cocktailparty.channels import service
    from cocktailparty.db import session_scope
    from cocktailparty.workspaces.service import get_or_create

    try:
        with session_scope() as session:
            workspace = get_or_create(session, get_settings().workspace)
            channel = service.add(session, workspace, network=network, name=name, base_url=base_url, token=token,
                                  handle=handle, password=password, timezone=timezone, slots=slot or [],
                                  verify=verify)
            result = {"id": channel.id, "name": channel.name, "network": channel.network, "handle": channel.handle}
    except CocktailError as error:
        raise fail(error) from None
    if json_out:
        print(json.dumps(result))
    else:
        console.print(f"connected {result['network']} channel {result['name']!r} ({result['handle']})")


@post_app.command("add")
def post_add(
    channel: Annotated[str, typer.Option(help="The channel's name.")],
    text: Annotated[str, typer.Option(help="The post.")],
    at: Annotated[str, typer.Option(help="When to publish, ISO 8601 with a time zone.")],
    category: Annotated[str | None, typer.Option(help="Set the category by hand instead of classifying.")] = None,
    force: Annotated[bool, typer.Option(help="Schedule even if the guardrail refuses (needs --reason).")] = False,
    reason: Annotated[str | None, typer.Option(help="Why the guardrail is overridden; it is recorded.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Schedule a post; prints its id. A promotion that would break the mix exits with code 3."""
    from cocktailparty.channels.service import get_or_raise
    from cocktailparty.db import session_scope
    from cocktailparty.posts.service import schedule
    from cocktailparty.workspaces.classifier import classifier_for
    from cocktailparty.workspaces.service import get_or_create

    try:
        when = parse_when(at)
        with session_scope() as session:
            workspace = get_or_create(session, get_settings().workspace)
            target = get_or_raise(session, workspace, channel)
            post = schedule(session, workspace, target, text, when, classifier_for(workspace.id), category=category,
                            force=force, reason=reason)
            result = {"id": post.id, "category": post.category, "state": post.state,
                      "due_at": when.astimezone(UTC).isoformat(), "override": post.override_reason}
    except CocktailError as error:
        raise fail(error) from None
    if json_out:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(result["id"])


@posts_app.command("list")
def posts_list(
    state: Annotated[str | None, typer.Option(help="draft, scheduled, publishing, published, failed...")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """List the workspace's posts."""
    from cocktailparty.db import session_scope
    from cocktailparty.models import Channel
    from cocktailparty.posts.repository import list_posts
    from cocktailparty.workspaces.service import get_or_create

    with session_scope() as session:
        workspace = get_or_create(session, get_settings().workspace)
        names = {c.id: c.name for c in session.query(Channel).filter(Channel.workspace_id == workspace.id)}
        rows = [
            {"id": p.id, "channel": names.get(p.channel_id), "state": p.state, "category": p.category,
             "due_at": p.due_at.isoformat() if p.due_at else None, "attempts": p.attempts,
             "remote_id": p.remote_id, "last_error": p.last_error, "text": p.text}
            for p in list_posts(session, workspace.id, state)
        ]
    if json_out:
        print(json.dumps(rows, ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} posts")
    for column in ("id", "channel", "state", "category", "due (UTC)", "text"):
        table.add_column(column)
    for row in rows:
        table.add_row(str(row["id"]), str(row["channel"]), str(row["state"]), str(row["category"]),
                      str(row["due_at"] or "")[:16], str(row["text"])[:60])
    console.print(table)


@posts_app.command("import")
def posts_import(
    file: Annotated[Path, typer.Argument(help="CSV with text and date/time columns (and channel, link, media).")],
    channel: Annotated[str | None, typer.Option(help="Channel for rows without a channel column.")] = None,
    timezone: Annotated[str, typer.Option(help="Time zone of times written without one.")] = "UTC",
    skip_refused: Annotated[bool, typer.Option(help="Import the other rows when the guardrail refuses some.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Schedule every row of a CSV; a bad row names its line and nothing is saved."""
    from cocktailparty.channels.service import get_or_raise
    from cocktailparty.db import session_scope
    from cocktailparty.posts.csv_io import read_rows
    from cocktailparty.posts.service import import_rows
    from cocktailparty.workspaces.classifier import classifier_for
    from cocktailparty.workspaces.service import get_or_create

    try:
        rows = read_rows(file, timezone)
        with session_scope() as session:
            workspace = get_or_create(session, get_settings().workspace)
            default = get_or_raise(session, workspace, channel) if channel else None
            created, refused = import_rows(session, workspace, rows, classifier_for(workspace.id),
                                           default_channel=default, skip_refused=skip_refused)
    except CocktailError as error:
        raise fail(error) from None
    if json_out:
        print(json.dumps({"created": created, "refused": [{"line": n, "reason": r} for n, r in refused]}))
        return
    console.print(f"scheduled {len(created)} posts from {file}")
    for line, reason in refused:
        console.print(f"  line {line}: {reason}")


@posts_app.command("export")
def posts_export(file: Annotated[Path, typer.Argument(help="Where to write the CSV.")]) -> None:
    """Write every post of the workspace to a CSV."""
    from cocktailparty.db import session_scope
    from cocktailparty.models import Channel
    from cocktailparty.posts.csv_io import write_posts
    from cocktailparty.posts.repository import list_posts
    from cocktailparty.workspaces.service import get_or_create

    with session_scope() as session:
        workspace = get_or_create(session, get_settings().workspace)
        names = {c.id: c.name for c in session.query(Channel).filter(Channel.workspace_id == workspace.id)}
        posts = list_posts(session, workspace.id)
        write_posts(posts, names, file)
    console.print(f"wrote {len(posts)} posts to {file}")


@calendar_app.command("export")
def calendar_export(ics: Annotated[Path, typer.Option("--ics", help="Where to write the iCalendar file.")]) -> None:
    """Write the scheduled and published posts as an iCalendar feed."""
    from cocktailparty.db import session_scope
    from cocktailparty.models import Channel
    from cocktailparty.posts.ical import calendar_of
    from cocktailparty.posts.repository import COUNTED, list_posts
    from cocktailparty.workspaces.service import get_or_create

    with session_scope() as session:
        workspace = get_or_create(session, get_settings().workspace)
        names = {c.id: c.name for c in session.query(Channel).filter(Channel.workspace_id == workspace.id)}
        posts = [p for p in list_posts(session, workspace.id) if p.state in COUNTED]
        ics.write_bytes(calendar_of(posts, names, f"CocktailParty: {workspace.name}"))
    console.print(f"wrote {len(posts)} posts to {ics}")


def plan(
    channel: Annotated[str, typer.Option(help="The channel's name.")],
    date_from: Annotated[str, typer.Option("--from", help="First day, YYYY-MM-DD.")],
    date_to: Annotated[str, typer.Option("--to", help="Last day, YYYY-MM-DD.")],
    preset: Annotated[str | None, typer.Option(help="Plan with this preset instead of the channel's.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Lay out the channel's calendar: library items on its slots, empty slots marked with what to write."""
    from datetime import date

    from cocktailparty.channels.service import get_or_raise
    from cocktailparty.db import session_scope
    from cocktailparty.i18n import category_name
    from cocktailparty.plan.service import plan_channel
    from cocktailparty.workspaces.service import get_or_create

    try:
        try:
            first, last = date.fromisoformat(date_from), date.fromisoformat(date_to)
        except ValueError as exc:
            raise InputError(f"--from/--to must be dates such as 2026-12-01 ({exc})") from None
        with session_scope() as session:
            workspace = get_or_create(session, get_settings().workspace)
            target = get_or_raise(session, workspace, channel)
            calendar = plan_channel(session, workspace, target, first, last, preset)
    except CocktailError as error:
        raise fail(error) from None
    entries = calendar.entries
    if json_out:
        print(json.dumps([
            {"at": e.at_utc.isoformat(), "local": e.at_local.isoformat(), "category": e.category,
             "source": e.source, "item": e.item_id} for e in entries
        ]))
        return
    table = Table(title=f"{channel}: {len(entries)} slots, {first} to {last}")
    for column in ("local time", "category", "what"):
        table.add_column(column)
    for entry in entries:
        what = {"empty": "write one", "scheduled": f"post {entry.item_id}"}.get(
            entry.source, f"{entry.source} {entry.item_id}"
        )
        table.add_row(entry.at_local.strftime("%a %d %b %H:%M"), category_name(entry.category, "en"), what)
    console.print(table)
    promotional = sum(e.category == "promotional" for e in entries)
    console.print(f"promotional: {promotional} of {len(entries)} ({promotional / max(len(entries), 1):.0%})")


@library_app.command("add")
def library_add(
    text: Annotated[str, typer.Option(help="The post.")],
    category: Annotated[str | None, typer.Option(help="Set by hand; classified when omitted.")] = None,
    channel: Annotated[str | None, typer.Option(help="Only for this channel (any channel when omitted).")] = None,
    evergreen: Annotated[bool, typer.Option(help="Reuse it: an evergreen post, not a one-off draft.")] = False,
    min_gap_days: Annotated[int, typer.Option(help="Evergreen: days between two uses.")] = 30,
    max_uses: Annotated[int | None, typer.Option(help="Evergreen: uses in all.")] = None,
    expires: Annotated[str | None, typer.Option(help="Evergreen: first day it may no longer go out.")] = None,
) -> None:
    """Add a draft or an evergreen post to the library."""
    from cocktailparty.channels.service import get_or_raise
    from cocktailparty.db import session_scope
    from cocktailparty.library import service
    from cocktailparty.workspaces.service import get_or_create

    try:
        expiry = service.parse_expiry(expires, "--expires")
        with session_scope() as session:
            workspace = get_or_create(session, get_settings().workspace)
            target = get_or_raise(session, workspace, channel) if channel else None
            item = service.add(session, workspace, text=text, category=category, channel=target, evergreen=evergreen,
                               min_gap_days=min_gap_days, max_uses=max_uses, expires_at=expiry)
            console.print(f"library item {item.id}: {item.category}{' (evergreen)' if evergreen else ''}")
    except CocktailError as error:
        raise fail(error) from None


@avoid_app.command("add")
def avoid_add(
    day: Annotated[str, typer.Argument(help="The day, YYYY-MM-DD.")],
    reason: Annotated[str, typer.Option(help="Why (a day of mourning, a religious day...).")] = "",
    channel: Annotated[str | None, typer.Option(help="Only for this channel.")] = None,
) -> None:
    """Add a day on which no promotion is planned."""
    from cocktailparty.channels.service import get_or_raise
    from cocktailparty.db import session_scope
    from cocktailparty.workspaces.service import add_avoid_day, get_or_create, parse_day

    try:
        when = parse_day(day)
        with session_scope() as session:
            workspace = get_or_create(session, get_settings().workspace)
            target = get_or_raise(session, workspace, channel) if channel else None
            add_avoid_day(session, workspace, when, reason=reason, channel=target)
    except CocktailError as error:
        raise fail(error) from None
    console.print(f"no promotion will be planned on {when}")


def worker(
    until_idle: Annotated[bool, typer.Option("--until-idle", help="Publish everything due, then exit.")] = False,
    workers: Annotated[int, typer.Option(help="Worker threads publishing at once.")] = 4,
    max_wait: Annotated[float, typer.Option(help="With --until-idle: wait this long for retries due soon.")] = 60.0,
) -> None:
    """Run the publisher: claim due posts and publish them (until stopped, or until idle)."""
    from cocktailparty.worker import runner

    settings = get_settings()
    lease = timedelta(seconds=settings.publish_lease_seconds)
    if until_idle:
        summary = runner.run_until_idle(lease, max_wait=max_wait)
        console.print(f"published {summary['published']}, failed {summary['failed']}, "
                         f"retrying later {summary['waiting']}")
        return
    runner.run_forever(lease, workers)


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (0.0.0.0 for every interface).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    processes: Annotated[int, typer.Option(help="App processes serving requests.")] = 1,
) -> None:
    """Run the web app (pages and the JSON API under /api/v1). Publishing needs `cocktail worker` too."""
    import uvicorn

    from cocktailparty.db import get_engine

    settings = get_settings()
    try:
        get_engine(settings)  # migrate once, here, before any app process serves
    except CocktailError as error:
        raise fail(error) from None
    console.print(f"CocktailParty on http://{host}:{port}/  (API: http://{host}:{port}/api/v1/openapi.json)")
    # X-Forwarded-For is believed only from the proxies named in COCKTAIL_TRUSTED_PROXIES (none by default).
    trusted = settings.trusted_proxies.strip()
    uvicorn.run("cocktailparty.web.app:create_app", factory=True, host=host, port=port, workers=processes,
                log_level="warning", proxy_headers=bool(trusted), forwarded_allow_ips=trusted or "")


def register(app: typer.Typer) -> None:
    app.add_typer(channel_app, name="channel")
    app.add_typer(post_app, name="post")
    app.add_typer(posts_app, name="posts")
    app.add_typer(calendar_app, name="calendar")
    app.add_typer(library_app, name="library")
    app.add_typer(avoid_app, name="avoid")
    app.command()(worker)
    app.command()(serve)
    app.command()(plan)
