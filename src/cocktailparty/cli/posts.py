"""`cocktail post` and `cocktail posts`: schedule one post, list, import and export them, and the calendar
as an iCalendar file."""

from __future__ import annotations

import json
from datetime import UTC
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from cocktailparty.cli.common import failures, parse_when, workspace_of
from cocktailparty.errors import message, plural
from cocktailparty.terminal import console, say

post_app = typer.Typer(help="Schedule a post.", no_args_is_help=True)
posts_app = typer.Typer(help="List, import and export posts.", no_args_is_help=True)
calendar_app = typer.Typer(help="The calendar as an iCalendar feed.", no_args_is_help=True)


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

    with failures():
        when = parse_when(at)
        with session_scope(write=True) as session:
            workspace = workspace_of(session)
            target = get_or_raise(session, workspace, channel)
            post = schedule(session, workspace, target, text, when, classifier_for(workspace.id), category=category,
                            force=force, reason=reason)
            result = {"id": post.id, "category": post.category, "state": post.state,
                      "due_at": when.astimezone(UTC).isoformat(), "override": post.override_reason}
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
    from cocktailparty.channels.repository import channels_of
    from cocktailparty.db import session_scope
    from cocktailparty.posts.repository import WorkspacePosts

    with session_scope(write=True) as session:
        workspace = workspace_of(session)
        names = {channel.id: channel.name for channel in channels_of(session, workspace.id)}
        rows = [
            {"id": p.id, "channel": names.get(p.channel_id), "state": p.state, "category": p.category,
             "due_at": p.due_at.isoformat() if p.due_at else None, "attempts": p.attempts,
             "remote_id": p.remote_id, "last_error": p.last_error, "text": p.text}
            for p in WorkspacePosts(session, workspace.id).all(state)
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

    with failures():
        rows = read_rows(file, timezone)
        with session_scope(write=True) as session:
            workspace = workspace_of(session)
            default = get_or_raise(session, workspace, channel) if channel else None
            created, refused = import_rows(session, workspace, rows, classifier_for(workspace.id),
                                           default_channel=default, skip_refused=skip_refused)
    if json_out:
        print(json.dumps({"created": created, "refused": [{"line": n, "reason": r} for n, r in refused]}))
        return
    say(plural("scheduled %(num)s post from %(file)s", "scheduled %(num)s posts from %(file)s", len(created),
               file=str(file)))
    for line, reason in refused:
        say(message("  line %(line)s: %(reason)s", line=line, reason=reason))


@posts_app.command("export")
def posts_export(file: Annotated[Path, typer.Argument(help="Where to write the CSV.")]) -> None:
    """Write every post of the workspace to a CSV."""
    from cocktailparty.channels.repository import channels_of
    from cocktailparty.db import session_scope
    from cocktailparty.posts.csv_io import write_posts
    from cocktailparty.posts.repository import WorkspacePosts

    with session_scope(write=True) as session:
        workspace = workspace_of(session)
        names = {channel.id: channel.name for channel in channels_of(session, workspace.id)}
        posts = WorkspacePosts(session, workspace.id).all()
        write_posts(posts, names, file)
    say(plural("wrote %(num)s post to %(file)s", "wrote %(num)s posts to %(file)s", len(posts), file=str(file)))


@calendar_app.command("export")
def calendar_export(ics: Annotated[Path, typer.Option("--ics", help="Where to write the iCalendar file.")]) -> None:
    """Write the scheduled and published posts as an iCalendar feed."""
    from cocktailparty.channels.repository import channels_of
    from cocktailparty.db import session_scope
    from cocktailparty.posts.ical import calendar_of
    from cocktailparty.posts.repository import WorkspacePosts

    with session_scope(write=True) as session:
        workspace = workspace_of(session)
        names = {channel.id: channel.name for channel in channels_of(session, workspace.id)}
        posts = WorkspacePosts(session, workspace.id).counted()
        ics.write_bytes(calendar_of(posts, names, f"CocktailParty: {workspace.name}"))
    say(plural("wrote %(num)s post to %(file)s", "wrote %(num)s posts to %(file)s", len(posts), file=str(ics)))
