"""The `cocktail` command line. Commands only translate arguments and output; the work is in the domains.
One module per group of commands; `common` holds what they share (errors, the workspace, times, JSON)."""

from __future__ import annotations

import typer

from cocktailparty.cli import (
    audit,
    channels,
    classify,
    feeds,
    giveaways,
    inbox,
    members,
    moments,
    occasions,
    planning,
    posts,
    server,
)

app = typer.Typer(help="CocktailParty: keep your social media at 80% value, 20% promotion.", no_args_is_help=True)
app.command()(classify.classify)
app.command()(audit.audit)
app.add_typer(classify.model_app, name="model")
app.add_typer(server.db_app, name="db")
app.add_typer(channels.channel_app, name="channel")
app.add_typer(posts.post_app, name="post")
app.add_typer(posts.posts_app, name="posts")
app.add_typer(posts.calendar_app, name="calendar")
app.add_typer(posts.polls_app, name="polls")
app.add_typer(planning.library_app, name="library")
app.add_typer(planning.avoid_app, name="avoid")
app.command()(planning.plan)
app.command()(occasions.occasions)
app.add_typer(giveaways.giveaway_app, name="giveaway")
app.add_typer(feeds.feeds_app, name="feeds")
app.command()(server.worker)
app.command()(server.serve)
app.add_typer(members.token_app, name="token")
app.add_typer(members.user_app, name="user")
app.add_typer(inbox.inbox_app, name="inbox")
app.add_typer(moments.team_app, name="team")


def main() -> None:
    app()
