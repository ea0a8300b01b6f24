"""`cocktail channel`: connect a channel (the network is asked first; nothing is saved if it refuses)."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from cocktailparty.channels import service
from cocktailparty.cli.common import failures, workspace_of
from cocktailparty.connectors.networks import NETWORKS, Network, name_of
from cocktailparty.connectors.registry import networks
from cocktailparty.db import session_scope
from cocktailparty.errors import message, plural
from cocktailparty.terminal import say

channel_app = typer.Typer(help="Connect and list channels.", no_args_is_help=True)
NETWORK_CHOICES = "|".join(networks())


@channel_app.command("add")
def channel_add(
    network: Annotated[str, typer.Option(help=NETWORK_CHOICES)],
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
    with failures(), session_scope(write=True) as session:
        workspace = workspace_of(session)
        channel = service.add(session, workspace, network=network, name=name, base_url=base_url, token=token,
                              handle=handle, password=password, timezone=timezone, slots=slot or [],
                              verify=verify)
        result = {"id": channel.id, "name": channel.name, "network": channel.network, "handle": channel.handle}
    if json_out:
        print(json.dumps(result))
    else:
        say(message("connected %(network)s channel %(name)s (%(handle)s)", network=name_of(channel.network),
                    name=repr(result["name"]), handle=result["handle"]))


@channel_app.command("networks")
def channel_networks(
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """What each built-in network takes: characters, pictures, video, alt text and polls."""
    if json_out:
        print(json.dumps([_facts(network) for network in NETWORKS.values()]))
        return
    for network in NETWORKS.values():
        limits = network.limits()
        say(message("%(name)s (%(network)s): %(characters)s; %(pictures)s of %(megabytes)s MB at most; %(videos)s; "
                    "alt text: %(alt)s; polls: %(polls)s", name=network.name, network=network.id,
                    characters=plural("%(num)s character", "%(num)s characters", limits.max_chars) if limits
                    else message("length not known"),
                    pictures=plural("%(num)s picture", "%(num)s pictures", network.media.images),
                    megabytes=round(network.media.image_bytes / 2**20, 1),
                    videos=plural("%(num)s video", "%(num)s videos", network.media.videos),
                    alt=message("yes") if network.media.alt_text else message("no"),
                    polls=message("yes") if network.polls else message("no")))


def _facts(network: Network) -> dict[str, object]:
    limits = network.limits()
    return {"network": network.id, "name": network.name, "characters": limits.max_chars if limits else None,
            "images": network.media.images, "image_megabytes": round(network.media.image_bytes / 2**20, 1),
            "videos": network.media.videos, "alt_text": network.media.alt_text, "polls": network.polls}
