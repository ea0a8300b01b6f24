"""`cocktail plan`, `cocktail library` and `cocktail avoid`: the calendar the planner lays out, the library it
draws from, and the days on which no promotion is planned."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated

import typer
from rich.table import Table

from cocktailparty.channels.service import get_or_raise
from cocktailparty.cli.common import failures, workspace_of
from cocktailparty.db import session_scope
from cocktailparty.errors import InputError, message, percent
from cocktailparty.i18n import category_name
from cocktailparty.ideas.service import Ideas
from cocktailparty.library import service
from cocktailparty.planning.service import plan_channel
from cocktailparty.terminal import console, say
from cocktailparty.workspaces.service import add_avoid_day, parse_day

library_app = typer.Typer(help="The content library the planner draws from.", no_args_is_help=True)
avoid_app = typer.Typer(help="Days on which the planner and the guardrail avoid promotion.", no_args_is_help=True)


def plan(
    channel: Annotated[str, typer.Option(help="The channel's name.")],
    date_from: Annotated[str, typer.Option("--from", help="First day, YYYY-MM-DD.")],
    date_to: Annotated[str, typer.Option("--to", help="Last day, YYYY-MM-DD.")],
    preset: Annotated[str | None, typer.Option(help="Plan with this preset instead of the channel's.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Lay out the channel's calendar: library items on its slots, empty slots marked with what to write."""
    with failures():
        try:
            first, last = date.fromisoformat(date_from), date.fromisoformat(date_to)
        except ValueError as exc:
            raise InputError("cli.bad_dates", "--from/--to must be dates such as 2026-12-01 (%(exc)s)",
                             exc=exc) from None
        with session_scope(write=True) as session:
            workspace = workspace_of(session)
            target = get_or_raise(session, workspace, channel)
            calendar = plan_channel(session, workspace, target, first, last, preset)
            entries = calendar.entries
            if json_out:
                # Up to three drafts for each empty slot; library items the plan placed are not offered again.
                ideas = Ideas(session, workspace, placed=frozenset(
                    e.item_id for e in entries if e.item_id and e.source in ("draft", "evergreen")))
                print(json.dumps([
                    {"at": e.at_utc.isoformat(), "local": e.at_local.isoformat(), "category": e.category,
                     "source": e.source, "item": e.item_id,
                     **({"ideas": [idea.as_json() for idea in ideas.for_slot(e.category, e.at_local.date())]}
                        if e.source == "empty" else {})} for e in entries
                ], ensure_ascii=False))
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
    say(message("promotional: %(promotional)s of %(count)s (%(share)s)", promotional=promotional, count=len(entries),
                share=percent(promotional / max(len(entries), 1))))


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
    with failures():
        expiry = service.parse_expiry(expires, "--expires")
        with session_scope(write=True) as session:
            workspace = workspace_of(session)
            target = get_or_raise(session, workspace, channel) if channel else None
            item = service.add(session, workspace, text=text, category=category, channel=target, evergreen=evergreen,
                               min_gap_days=min_gap_days, max_uses=max_uses, expires_at=expiry)
            if evergreen:
                say(message("library item %(id)s: %(category)s (evergreen)", id=str(item.id), category=item.category))
            else:
                say(message("library item %(id)s: %(category)s", id=str(item.id), category=item.category))


@avoid_app.command("add")
def avoid_add(
    day: Annotated[str, typer.Argument(help="The day, YYYY-MM-DD.")],
    reason: Annotated[str, typer.Option(help="Why (a day of mourning, a religious day...).")] = "",
    channel: Annotated[str | None, typer.Option(help="Only for this channel.")] = None,
) -> None:
    """Add a day on which no promotion is planned."""
    with failures():
        when = parse_day(day)
        with session_scope(write=True) as session:
            workspace = workspace_of(session)
            target = get_or_raise(session, workspace, channel) if channel else None
            add_avoid_day(session, workspace, when, reason=reason, channel=target)
    say(message("no promotion will be planned on %(day)s", day=when))
