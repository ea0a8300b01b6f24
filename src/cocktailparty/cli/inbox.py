"""`cocktail inbox`: fetch what people said to the channels now, list the inbox, reply, mark done."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from cocktailparty.channels.repository import channels_of
from cocktailparty.channels.service import get_or_raise
from cocktailparty.cli.common import failures, print_json, workspace_of
from cocktailparty.db import session_scope
from cocktailparty.errors import InputError, NotFound, message, plural
from cocktailparty.inbox import service
from cocktailparty.inbox.job import fetch_workspace
from cocktailparty.inbox.repository import InboxFilter
from cocktailparty.members import repository
from cocktailparty.models import Role
from cocktailparty.terminal import console, errors, say
from cocktailparty.workspaces.classifier import classifier_for

inbox_app = typer.Typer(help="The inbox: comments, mentions and messages to the channels.", no_args_is_help=True)
JsonOut = Annotated[bool, typer.Option("--json", help="Print machine-readable output.")]
AsMember = Annotated[str | None, typer.Option(
    "--as", help="Show what this member (their e-mail) may see: a viewer sees no direct messages. Without it, "
    "the command line shows what an owner sees.")]


def role_of(session: Any, workspace: Any, email: str | None) -> Role:
    """The role the command reads the inbox with: the member's named by --as, else an owner's (whoever runs the
    command line holds the database)."""
    if email is None:
        return Role.OWNER

    user = repository.user_by_email(session, email.strip().lower())
    found = repository.membership(session, user.id, workspace.id) if user else None
    if found is None:
        raise NotFound("inbox.as_not_a_member", "--as %(email)s: no member of %(workspace)s has this e-mail",
                       email=email, workspace=workspace.name)
    return Role(found.role)


def item_json(item: Any, channel_names: dict[int, str]) -> dict[str, Any]:
    return {
        "id": item.id, "channel": channel_names.get(item.channel_id), "network": item.network, "kind": item.kind,
        "author": item.author, "text": item.text, "language": item.language, "label": item.label,
        "state": item.state, "remote_id": item.remote_id, "in_reply_to": item.in_reply_to,
        "post_id": item.post_id, "reply_post_id": item.reply_post_id, "assignee_id": item.assignee_id,
        "url": item.url, "created_at": item.created_at.isoformat(),
    }


@inbox_app.command("fetch")
def inbox_fetch(
    channel: Annotated[str | None, typer.Option(help="Only this channel (its name).")] = None,
    json_out: JsonOut = False,
) -> None:
    """Fetch now and print what came in (a channel waiting out a failure or a rate limit is skipped)."""
    with failures():
        with session_scope(write=True) as session:
            workspace = workspace_of(session)
            if channel is not None:
                get_or_raise(session, workspace, channel)  # names an unknown channel
            workspace_id = workspace.id
        results = fetch_workspace(workspace_id, channel)
    names = {}
    new: list[dict[str, Any]] = []
    for result in results:
        for item in result.new:
            names[item.channel_id] = result.channel
            new.append(item_json(item, names))
    if json_out:
        print_json({"new": new, "channels": [
            {"channel": result.channel, "network": result.network, "new": len(result.new), "error": result.error,
             "skipped": result.skipped} for result in results]})
    else:
        for result in results:
            if result.error:
                errors.print(f"{escape(result.channel)}: {escape(result.error)}", highlight=False)
            elif result.skipped:
                console.print(f"{escape(result.channel)}: waiting before the next fetch", highlight=False)
            else:
                console.print(f"{escape(result.channel)}: {len(result.new)} new", highlight=False)
        for row in new:
            console.print(f"  #{row['id']} [{row['label']}] {escape(row['author'])}: {escape(row['text'][:80])}",
                          highlight=False)
    if results and all(result.error for result in results):
        raise typer.Exit(1)


@inbox_app.command("list")
def inbox_list(
    state: Annotated[str | None, typer.Option(help="open, waiting or done.")] = None,
    label: Annotated[str | None, typer.Option(help="question, complaint, praise, lead, spam or other.")] = None,
    channel: Annotated[str | None, typer.Option(help="Only this channel (its name).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many items.", min=1, max=10_000)] = 200,
    as_member: AsMember = None,
    json_out: JsonOut = False,
) -> None:
    """The inbox, most urgent first."""
    with failures():
        if state is not None and state not in service.STATES:
            raise InputError("inbox.unknown_state", "unknown state %(state)s; expected one of: %(states)s",
                             state=repr(state), states=list(service.STATES))
        if label is not None:
            service.check_label(label)
        with session_scope(write=True) as session:
            workspace = workspace_of(session)
            channel_id = get_or_raise(session, workspace, channel).id if channel else None
            names = {found.id: found.name for found in channels_of(session, workspace.id)}
            inbox = service.inbox_for(session, workspace, role_of(session, workspace, as_member))
            items = inbox.page(InboxFilter(channel_id=channel_id, label=label, state=state), limit)
            rows = [item_json(item, names) for item in items]
    if json_out:
        print_json(rows)
        return
    table = Table(title=f"{len(rows)} items")
    for column in ("id", "channel", "label", "state", "author", "text"):
        table.add_column(column)
    for row in rows:
        table.add_row(str(row["id"]), escape(str(row["channel"])), row["label"], row["state"], escape(row["author"]),
                      escape(row["text"][:60]))
    console.print(table)


@inbox_app.command("reply")
def inbox_reply(
    item_id: Annotated[int, typer.Argument(help="The inbox item's id.", min=1)],
    text: Annotated[str, typer.Option(help="The reply.")],
    json_out: JsonOut = False,
) -> None:
    """Reply to an item: scheduled at once and printed with its post id; the worker publishes it
    (`cocktail worker`, or `cocktail worker --until-idle`)."""
    with failures(), session_scope(write=True) as session:
        workspace = workspace_of(session)
        item = service.get_or_raise(session, workspace, item_id, Role.OWNER)
        post = service.reply(session, workspace, item, text, classifier_for(workspace.id), datetime.now(UTC))
        result = {"id": item.id, "post_id": post.id, "category": post.category, "state": post.state,
                  "text": post.text, "reply_to": post.reply_to_remote_id,
                  "due_at": post.due_at.isoformat() if post.due_at else None}
    if json_out:
        print_json(result)
    else:
        console.print(f"reply scheduled as post {result['post_id']}", highlight=False)


@inbox_app.command("done")
def inbox_done(item_id: Annotated[int, typer.Argument(help="The inbox item's id.", min=1)]) -> None:
    """Mark an item done."""
    with failures(), session_scope(write=True) as session:
        workspace = workspace_of(session)
        service.mark_done(session, service.get_or_raise(session, workspace, item_id, Role.OWNER))
    console.print(f"item {item_id} is done", highlight=False)


@inbox_app.command("retention")
def inbox_retention(
    days: Annotated[int | None, typer.Argument(help="Keep fetched items this many days (7 to 3650); without it, "
                                               "print the current setting.")] = None,
    json_out: JsonOut = False,
) -> None:
    """How long the workspace keeps fetched comments, mentions and messages: older ones are deleted by the worker,
    with their notes (our own posts and replies stay)."""
    with failures(), session_scope(write=days is not None) as session:
        workspace = workspace_of(session)
        kept = workspace.inbox_retention_days if days is None else service.set_retention(workspace, days)
        name = workspace.name
    if json_out:
        print_json({"workspace": name, "inbox_retention_days": kept})
    else:
        say(plural("%(workspace)s keeps fetched inbox items %(num)s day", "%(workspace)s keeps fetched inbox items "
                   "%(num)s days", kept, workspace=name))


@inbox_app.command("act")
def inbox_act(
    item_id: Annotated[int, typer.Argument(help="The inbox item's id.", min=1)],
    action: Annotated[str, typer.Argument(help="like, hide, unhide or delete_comment, where the item's network "
                                          "allows it.")],
    json_out: JsonOut = False,
) -> None:
    """Like, hide, show again or delete a comment on its network, now."""
    with failures(), session_scope(write=True) as session:
        workspace = workspace_of(session)
        item = service.get_or_raise(session, workspace, item_id, Role.OWNER)
        service.act(session, workspace, item, action)
        result = {"id": item.id, "action": action, "liked_at": _iso(item.liked_at), "hidden_at": _iso(item.hidden_at),
                  "deleted_at": _iso(item.deleted_at), "state": item.state, "actions": list(service.actions_for(item))}
    if json_out:
        print_json(result)
    else:
        console.print(f"item {item_id}: {action} done", highlight=False)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _policy_json(workspace: Any) -> dict[str, Any]:
    return {"workspace": workspace.name, "target_minutes": workspace.response_target_minutes,
            "business_hours": workspace.business_hours}


@inbox_app.command("response-policy")
def inbox_response_policy(
    target_minutes: Annotated[int | None, typer.Option(help="First answer within this many minutes (5 to 10080).")]
    = None,
    days: Annotated[str | None, typer.Option(help="Business days, e.g. 'Sun,Mon,Tue,Wed,Thu'; the clock runs only "
                                             "then.")] = None,
    hours: Annotated[str, typer.Option(help="Opening hours on those days, HH:MM-HH:MM (24:00 closes at midnight), in "
                                       "each channel's own time zone.")] = "09:00-17:00",
    round_the_clock: Annotated[bool, typer.Option("--round-the-clock", help="No business hours: the clock always "
                                                  "runs.")] = False,
    json_out: JsonOut = False,
) -> None:
    """Print, or set, the inbox's response target and the business hours it is counted in; the response times and
    the items marked late follow it."""
    from cocktailparty.db import session_scope
    from cocktailparty.inbox import service

    changing = target_minutes is not None or days is not None or round_the_clock
    with failures(), session_scope(write=changing) as session:
        workspace = workspace_of(session)
        if changing:
            if days is not None and round_the_clock:
                raise InputError("inbox.days_or_round_the_clock", "give --days or --round-the-clock, not both")
            opens, _, closes = hours.partition("-")
            chosen = None if round_the_clock or days is None else [day for day in days.split(",") if day.strip()]
            if days is None and not round_the_clock:  # the target alone: the hours stay as they are
                policy = service.response_policy(workspace)
                if policy.hours is not None:
                    chosen, opens, closes = service.hours_as_set(policy.hours)
            service.set_response_policy(workspace, workspace.response_target_minutes if target_minutes is None
                                        else target_minutes, chosen, opens, closes)
        result = _policy_json(workspace)
    if json_out:
        print_json(result)
        return
    found = result["business_hours"]
    say(plural("%(workspace)s: a first answer within %(num)s minute, %(hours)s",
               "%(workspace)s: a first answer within %(num)s minutes, %(hours)s", result["target_minutes"],
               workspace=result["workspace"],
               hours=message("round the clock") if not found else message(
                   "on %(days)s from %(opens)s to %(closes)s in each channel's time zone",
                   days=", ".join(found["days"]), opens=found["opens"], closes=found["closes"])))


@inbox_app.command("response-times")
def inbox_response_times(
    days: Annotated[int, typer.Option(help="Over the last this many days.", min=1, max=366)] = 30,
    json_out: JsonOut = False,
) -> None:
    """First-response times and the share answered within the target, overall, per channel and per teammate."""
    from cocktailparty.channels.repository import channels_of
    from cocktailparty.db import session_scope
    from cocktailparty.inbox import service

    with failures(), session_scope() as session:
        workspace = workspace_of(session)
        overall, channels, teammates = service.response_times(session, workspace, Role.OWNER, datetime.now(UTC), days)
        names = {channel.id: channel.name for channel in channels_of(session, workspace.id)}
        policy = _policy_json(workspace)

    def row(found: Any, **key: Any) -> dict[str, Any]:
        return {**key, "items": found.items, "answered": found.answered, "median_first_response_seconds":
                found.median_seconds, "within_target": found.within_target, "late": found.late}

    result = {**policy, "overall": row(overall),
              "channels": [row(found, channel=names.get(key)) for key, found in sorted(channels.items())],
              "teammates": [row(found, assignee_id=key) for key, found in teammates.items()]}
    if json_out:
        print_json(result)
        return
    table = Table(title=f"target {policy['target_minutes']} min")
    for column in ("channel", "within target", "median (min)", "answered", "late"):
        table.add_column(column)
    for found in [{**result["overall"], "channel": "*"}, *result["channels"]]:
        share = found["within_target"]
        median = found["median_first_response_seconds"]
        table.add_row(escape(str(found["channel"])), "-" if share is None else f"{share:.0%}",
                      "-" if median is None else f"{median / 60:.0f}", f"{found['answered']}/{found['items']}",
                      str(found["late"]))
    console.print(table)
