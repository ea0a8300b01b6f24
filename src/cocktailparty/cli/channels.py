"""`cocktail channel`: connect a channel (the network is asked first; nothing is saved if it refuses)."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from cocktailparty.cli.common import failures, workspace_of
from cocktailparty.connectors.registry import networks
from cocktailparty.errors import message
from cocktailparty.terminal import say

channel_app = typer.Typer(help="Connect and list channels.", no_args_is_help=True)
NETWORKS = "|".join(networks())


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

    with failures(), session_scope(write=True) as session:
        workspace = workspace_of(session)
        channel = service.add(session, workspace, network=network, name=name, base_url=base_url, token=token,
                              handle=handle, password=password, timezone=timezone, slots=slot or [],
                              verify=verify)
        result = {"id": channel.id, "name": channel.name, "network": channel.network, "handle": channel.handle}
    if json_out:
        print(json.dumps(result))
    else:
        say(message("connected %(network)s channel %(name)s (%(handle)s)", network=result["network"],
                    name=repr(result["name"]), handle=result["handle"]))
