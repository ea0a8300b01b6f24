"""`cocktail post` and `cocktail posts`: the post's whole life (schedule on one channel or several, edit,
cancel, delete, retry, duplicate) through the posts service; list, import and export posts; the calendar
as an iCalendar file."""

from __future__ import annotations

import json
from datetime import UTC
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from cocktailparty.channels.repository import channels_of
from cocktailparty.channels.service import get_or_raise
from cocktailparty.cli.common import failures, parse_when, workspace_of
from cocktailparty.db import session_scope
from cocktailparty.errors import InputError, message, plural
from cocktailparty.i18n import category_name
from cocktailparty.media import service as library
from cocktailparty.models.base import error_words
from cocktailparty.polls.job import collect_ended
from cocktailparty.posts import service
from cocktailparty.posts.csv_io import read_rows, write_posts
from cocktailparty.posts.polls import poll_from
from cocktailparty.posts.repository import WorkspacePosts
from cocktailparty.posts.service import import_rows, save_draft, schedule, schedule_many
from cocktailparty.terminal import cli_lang, console, say
from cocktailparty.translation import describe
from cocktailparty.workspaces.classifier import classifier_for

post_app = typer.Typer(help="Schedule, edit, cancel, delete, retry and duplicate a post.", no_args_is_help=True)
posts_app = typer.Typer(help="List, import and export posts.", no_args_is_help=True)
calendar_app = typer.Typer(help="The calendar as an iCalendar feed.", no_args_is_help=True)
polls_app = typer.Typer(help="Read the votes of polls that have closed.", no_args_is_help=True)

# A post's state in the reader's words.
STATE_NAMES = {"draft": message("draft"), "scheduled": message("scheduled"), "publishing": message("publishing"),
               "published": message("published"), "failed": message("failed"), "cancelled": message("cancelled")}


def _post_json(post: Any, names: dict[int, str] | None = None) -> dict[str, Any]:
    return {"id": post.id, "channel_id": post.channel_id, **({"channel": names.get(post.channel_id)} if names else {}),
            "category": post.category, "state": post.state,
            "due_at": post.due_at.astimezone(UTC).isoformat() if post.due_at else None,
            "override": post.override_reason, **({"poll": post.poll} if post.poll else {})}


def _print_posts(found: list[dict[str, Any]], json_out: bool) -> None:
    if json_out:
        print(json.dumps(found[0] if len(found) == 1 else found, ensure_ascii=False))
    else:
        for row in found:
            print(row["id"])


@post_app.command("add")
def post_add(
    channel: Annotated[list[str], typer.Option(help="The channel's name; repeat it to schedule on several channels "
                                                    "(each one's guardrail and limits judge it; all or nothing).")],
    text: Annotated[str, typer.Option(help="The post.")],
    at: Annotated[str, typer.Option(help="When to publish, ISO 8601 with a time zone.")],
    category: Annotated[str | None, typer.Option(help="Set the category by hand instead of classifying.")] = None,
    force: Annotated[bool, typer.Option(help="Schedule even if the guardrail refuses (needs --reason).")] = False,
    reason: Annotated[str | None, typer.Option(help="Why the guardrail is overridden; it is recorded.")] = None,
    category_reason: Annotated[str | None, typer.Option(
        help="Why --category is right where the classifier is sure the post is promotional (needed then; it "
             "counts as promotional until an owner accepts).")] = None,
    media: Annotated[list[Path] | None, typer.Option(
        "--media", help="A picture or video to attach (repeat for several); it joins the media library.")] = None,
    alt: Annotated[list[str] | None, typer.Option(
        "--alt", help="The alt text of each --media, in the same order and in the post's language.")] = None,
    fit: Annotated[bool, typer.Option(
        "--fit", help="Re-encode a picture the channel's network refuses for its size, sides or format.")] = False,
    poll_option: Annotated[list[str] | None, typer.Option(
        "--poll-option", help="A poll option (repeat it: 2 to 4) where the network has polls; the text asks.")] = None,
    poll_minutes: Annotated[int | None, typer.Option(help="How long the poll runs once published.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Schedule a post; prints its id (one per channel). A promotion that would break the mix exits with code 3.
    Media (on one channel at a time) are checked by their content and against the channel's network before
    anything is saved."""
    files, alts = list(media or []), list(alt or [])
    stored: list[str] = []
    with failures():
        if len(alts) > len(files):
            raise InputError("cli.alt_without_media", "give one --alt for each --media, in the same order")
        when = parse_when(at)
        poll = poll_from(poll_option, poll_minutes)
        if files and len(channel) != 1:
            raise InputError("cli.media_one_channel", "attach media on one channel at a time: give one --channel")
        if files:
            try:
                with session_scope(write=True) as session:
                    workspace = workspace_of(session)
                    target = get_or_raise(session, workspace, channel[0])
                    attachments = []
                    for number, path in enumerate(files):
                        added = library.ingest_path(session, workspace.id, path)
                        stored.append(added.key)
                        if fit:
                            fitted = library.fit_if_refused(session, workspace.id, added, target.network)
                            if fitted is not added:
                                stored.append(fitted.key)
                                added = fitted
                        attachments.append(library.Attachment(added.id, alts[number] if number < len(alts) else ""))
                    post = schedule(session, workspace, target, text, when, classifier_for(workspace.id),
                                    category=category, force=force, reason=reason, attachments=attachments,
                                    category_reason=category_reason, poll=poll)
                    chosen = library.chosen(session, workspace.id, attachments)
                    warnings = [describe(warning.text, cli_lang())
                                for warning in library.check_or_raise(target.network, chosen)]
                    added_post: dict[str, object] = {
                        "id": post.id, "category": post.category, "state": post.state,
                        "due_at": when.astimezone(UTC).isoformat(), "override": post.override_reason,
                        "media": [item.media_id for item in attachments], "warnings": warnings}
            except library.MediaProblems as refusal:
                library.forget_stored(stored)  # nothing was saved: the files taken in go too
                if not fit and any(problem.fix for problem in refusal.problems):
                    raise library.MediaProblems(refusal.network, refusal.problems, fix_hint="--fit") from None
                raise
            except BaseException:
                library.forget_stored(stored)
                raise
        else:
            with session_scope(write=True) as session:
                workspace = workspace_of(session)
                targets = [get_or_raise(session, workspace, name) for name in channel]
                made, _ = schedule_many(session, workspace, targets, text, when, classifier_for(workspace.id),
                                        category=category, force=force, reason=reason, category_reason=category_reason,
                                        poll=poll)
                result = [_post_json(post) for post in made]
    if files:
        for warning in warnings:
            console.print(warning, style="yellow", highlight=False, markup=False)
        if json_out:
            print(json.dumps(added_post, ensure_ascii=False))
        else:
            print(added_post["id"])
        return
    _print_posts(result, json_out)


@post_app.command("draft")
def post_draft(
    channel: Annotated[str, typer.Option(help="The channel's name.")],
    text: Annotated[str, typer.Option(help="The post.")],
    category: Annotated[str | None, typer.Option(help="Set the category by hand instead of classifying.")] = None,
    media: Annotated[list[Path] | None, typer.Option(
        "--media", help="A picture or video to attach (repeat for several); it joins the media library.")] = None,
    alt: Annotated[list[str] | None, typer.Option(
        "--alt", help="The alt text of each --media, in the same order and in the post's language.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Keep a post as a draft (no time; `cocktail post edit ID --at ...` schedules it), with its files and their
    alt text; the channel's network judges the files when the draft is scheduled."""
    files, alts = list(media or []), list(alt or [])
    stored: list[str] = []
    with failures():
        if len(alts) > len(files):
            raise InputError("cli.alt_without_media", "give one --alt for each --media, in the same order")
        try:
            with session_scope(write=True) as session:
                workspace = workspace_of(session)
                target = get_or_raise(session, workspace, channel)
                attachments = []
                for number, path in enumerate(files):
                    added = library.ingest_path(session, workspace.id, path)
                    stored.append(added.key)
                    attachments.append(library.Attachment(added.id, alts[number] if number < len(alts) else ""))
                post = save_draft(session, workspace, target, text, classifier_for(workspace.id), category,
                                  attachments=attachments)
                result = {**_post_json(post), "media": [item.media_id for item in attachments]}
        except BaseException:
            library.forget_stored(stored)  # nothing was saved: the files taken in go too
            raise
    if json_out:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(result["id"])


@post_app.command("edit")
def post_edit(
    post_id: Annotated[int, typer.Argument(help="The post's id.")],
    text: Annotated[str | None, typer.Option(help="The new text.")] = None,
    at: Annotated[str | None, typer.Option(help="The new time, ISO 8601 with a time zone (schedules a draft).")]
    = None,
    category: Annotated[str | None, typer.Option(help="Set the category by hand.")] = None,
    force: Annotated[bool, typer.Option(help="Even if the guardrail refuses (needs --reason).")] = False,
    reason: Annotated[str | None, typer.Option(help="Why the guardrail is overridden; it is recorded.")] = None,
    category_reason: Annotated[str | None, typer.Option(
        help="Why --category is right where the classifier is sure the post is promotional (needed then; it "
             "counts as promotional until an owner accepts).")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Change a draft or a scheduled post: the rules of scheduling hold (limits, time, guardrail)."""
    with failures():
        when = parse_when(at) if at else None
        with session_scope(write=True) as session:
            workspace = workspace_of(session)
            post = service.edit(session, workspace, post_id, classifier_for(workspace.id), text=text, at=when,
                                category=category, force=force, reason=reason, category_reason=category_reason)
            result = [_post_json(post)]
    _print_posts(result, json_out)


@post_app.command("cancel")
def post_cancel(
    post_id: Annotated[int, typer.Argument(help="The post's id.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Cancel a scheduled post (one going out or gone cannot be)."""
    with failures(), session_scope(write=True) as session:
        result = [_post_json(service.cancel(session, workspace_of(session), post_id))]
    _print_posts(result, json_out)


@post_app.command("delete")
def post_delete(post_id: Annotated[int, typer.Argument(help="The post's id.")]) -> None:
    """Delete a draft, a scheduled, a cancelled or a failed post (a published one stays)."""
    with failures(), session_scope(write=True) as session:
        service.delete(session, workspace_of(session), post_id)
    print(post_id)


@post_app.command("retry")
def post_retry(
    post_id: Annotated[int, typer.Argument(help="The failed post's id.")],
    force: Annotated[bool, typer.Option(help="Even if the guardrail refuses (needs --reason).")] = False,
    reason: Annotated[str | None, typer.Option(help="Why the guardrail is overridden; it is recorded.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Send a failed post again now (never twice: the publisher first looks for it on the network)."""
    with failures(), session_scope(write=True) as session:
        post = service.retry(session, workspace_of(session), post_id, force=force, reason=reason)
        result = [_post_json(post)]
    _print_posts(result, json_out)


@post_app.command("duplicate")
def post_duplicate(
    post_id: Annotated[int, typer.Argument(help="The post's id.")],
    channel: Annotated[list[str] | None, typer.Option(help="Copy onto this channel (repeat for several; "
                                                           "omitted: the post's own).")] = None,
    at: Annotated[str | None, typer.Option(help="Schedule the copies then; omitted: drafts.")] = None,
    force: Annotated[bool, typer.Option(help="Even if a guardrail refuses (needs --reason).")] = False,
    reason: Annotated[str | None, typer.Option(help="Why the guardrail is overridden; it is recorded.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Copy a post as drafts, or scheduled at --at on each channel (all or nothing); prints the new ids."""
    with failures():
        when = parse_when(at) if at else None
        with session_scope(write=True) as session:
            workspace = workspace_of(session)
            targets = [get_or_raise(session, workspace, name) for name in channel or []]
            copies = service.duplicate(session, workspace, post_id, classifier_for(workspace.id), channels=targets,
                                       at=when, force=force, reason=reason)
            result = [_post_json(copy) for copy in copies]
    _print_posts(result, json_out)


@posts_app.command("list")
def posts_list(
    state: Annotated[str | None, typer.Option(help="draft, scheduled, publishing, published, failed...")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """List the workspace's posts."""
    lang = cli_lang()
    with session_scope(write=True) as session:
        workspace = workspace_of(session)
        names = {channel.id: channel.name for channel in channels_of(session, workspace.id)}
        rows = [
            {"id": p.id, "channel": names.get(p.channel_id), "state": p.state, "category": p.category,
             "due_at": p.due_at.isoformat() if p.due_at else None, "attempts": p.attempts,
             "remote_id": p.remote_id, "last_error": p.last_error, "text": p.text,
             "error_here": describe(words, lang) if (words := error_words(p)) is not None else ""}
            for p in WorkspacePosts(session, workspace.id).all(state)
        ]
    if json_out:
        print(json.dumps([{key: value for key, value in row.items() if key != "error_here"} for row in rows],
                         ensure_ascii=False))
        return
    table = Table(title=describe(plural("%(num)s post", "%(num)s posts", len(rows)), lang))
    for column in (message("id"), message("channel"), message("state"), message("category"), message("due (UTC)"),
                   message("text"), message("last error")):
        table.add_column(describe(column, lang))
    for row in rows:
        table.add_row(str(row["id"]), str(row["channel"]), describe(STATE_NAMES[str(row["state"])], lang),
                      category_name(str(row["category"]), lang), str(row["due_at"] or "")[:16],
                      str(row["text"])[:60], str(row["error_here"])[:80])
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
    with session_scope(write=True) as session:
        workspace = workspace_of(session)
        names = {channel.id: channel.name for channel in channels_of(session, workspace.id)}
        posts = WorkspacePosts(session, workspace.id).all()
        write_posts(posts, names, file)
    say(plural("wrote %(num)s post to %(file)s", "wrote %(num)s posts to %(file)s", len(posts), file=str(file)))


@calendar_app.command("export")
def calendar_export(ics: Annotated[Path, typer.Option("--ics", help="Where to write the iCalendar file.")]) -> None:
    """Write the scheduled and published posts as an iCalendar feed."""
    from cocktailparty.posts.ical import calendar_of  # late: icalendar (~0.2 s) only for this command

    with session_scope(write=True) as session:
        workspace = workspace_of(session)
        names = {channel.id: channel.name for channel in channels_of(session, workspace.id)}
        posts = WorkspacePosts(session, workspace.id).counted()
        ics.write_bytes(calendar_of(posts, names, f"CocktailParty: {workspace.name}"))
    say(plural("wrote %(num)s post to %(file)s", "wrote %(num)s posts to %(file)s", len(posts), file=str(ics)))


@polls_app.command("collect")
def polls_collect(
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Read the votes of every poll whose time is up now (the worker does it by itself every minute); each result
    is kept on its post and drafted as a follow-up post in the library."""
    with failures():
        counts = collect_ended()
    if json_out:
        print(json.dumps(counts))
        return
    say(message("%(read)s; %(failed)s", read=plural("%(num)s poll read", "%(num)s polls read", counts["read"]),
                failed=plural("%(num)s failed (tried again later)", "%(num)s failed (tried again later)",
                              counts["failed"])))
