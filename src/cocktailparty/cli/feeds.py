"""`cocktail feeds`: add a curation feed, fetch them all (a feed refused or unreadable: one line naming it, exit
code 2, the others saved all the same)."""

from __future__ import annotations

from typing import Annotated

import typer

from cocktailparty.cli.common import failures, print_json, workspace_of
from cocktailparty.db import session_scope
from cocktailparty.terminal import cli_lang, console, errors
from cocktailparty.translation import describe

feeds_app = typer.Typer(help="Curation feeds (RSS, Atom, JSON Feed) and followed Mastodon and Bluesky accounts and "
                        "hashtags, whose items are suggested as shares.",
                        no_args_is_help=True)


@feeds_app.command("add")
def feeds_add(
    url: Annotated[str, typer.Argument(help="The feed's address.")],
    name: Annotated[str | None, typer.Option(help="Your name for the feed (default: its host).")] = None,
    news: Annotated[bool, typer.Option("--news", help="Its items are news (default: curated).")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Add a feed; `cocktail feeds fetch` reads it."""
    from cocktailparty.curation import service  # late: it loads the AT Protocol client (~1.5 s), only feeds need it

    with failures(), session_scope(write=True) as session:
        feed = service.add_feed(session, workspace_of(session), url, name or "", "news" if news else "curated")
        result = {"id": feed.id, "name": feed.name, "url": feed.url, "category": feed.category}
    if json_out:
        print_json(result)
    else:
        console.print(f"added the feed {result['name']!r} ({result['url']})", highlight=False, markup=False)


@feeds_app.command("follow")
def feeds_follow(
    target: Annotated[str, typer.Argument(help="@user@server or #hashtag@server (Mastodon), @handle (Bluesky), or "
                                          "the public page's address.")],
    name: Annotated[str | None, typer.Option(help="Your name for it (default: its @handle or #hashtag).")] = None,
    news: Annotated[bool, typer.Option("--news", help="Its posts are news (default: curated).")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Follow a public Mastodon account or hashtag, or a Bluesky account; `cocktail feeds fetch` reads it."""
    from cocktailparty.curation import service  # late: it loads the AT Protocol client (~1.5 s), only feeds need it

    with failures(), session_scope(write=True) as session:
        feed = service.add_follow(session, workspace_of(session), target, name or "", "news" if news else "curated")
        result = {"id": feed.id, "kind": feed.kind, "name": feed.name, "url": feed.url, "category": feed.category}
    if json_out:
        print_json(result)
    else:
        console.print(f"following {result['name']} ({result['url']})", highlight=False, markup=False)


@feeds_app.command("fetch")
def feeds_fetch(
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Fetch every feed of the workspace and keep their fresh items as suggestions."""
    from cocktailparty.curation import service  # late: it loads the AT Protocol client (~1.5 s), only feeds need it

    lang = cli_lang()
    with failures(), session_scope(write=True) as session:
        outcomes = service.fetch_all(session, workspace_of(session))
    failed = [outcome for outcome in outcomes if outcome.error is not None]
    if json_out:
        print_json([{"feed": outcome.name, "url": outcome.url, "new_items": outcome.new_items,
                     "not_modified": outcome.not_modified,
                     "error": describe(outcome.error, lang) if outcome.error else None} for outcome in outcomes])
    else:
        for outcome in outcomes:
            if outcome.error is None:
                state = "not modified" if outcome.not_modified else f"{outcome.new_items} new items"
                console.print(f"{outcome.name}: {state}", highlight=False, markup=False)
    for outcome in failed:
        assert outcome.error is not None
        errors.print(f"error: {describe(outcome.error, lang)}", highlight=False, markup=False, soft_wrap=True)
    if failed:
        raise typer.Exit(2)
