"""Connecting channels: validate, check the credentials with the network, store them encrypted."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from cocktailparty.connectors.base import ChannelConfig, Connector, ConnectorError
from cocktailparty.connectors.registry import connector_for, networks
from cocktailparty.errors import InputError, NotFound
from cocktailparty.models import Channel, Workspace
from cocktailparty.secrets import decrypt, encrypt


def config_of(channel: Channel) -> ChannelConfig:
    secrets = decrypt(channel.secret) if channel.secret else {}
    return ChannelConfig(
        network=channel.network, base_url=channel.base_url, token=secrets.get("token"),
        handle=channel.handle, password=secrets.get("password"),
    )


def connector_of(channel: Channel) -> Connector:
    return connector_for(config_of(channel))


def add(
    session: Session,
    workspace: Workspace,
    *,
    network: str,
    name: str,
    base_url: str | None = None,
    token: str | None = None,
    handle: str | None = None,
    password: str | None = None,
    timezone: str = "UTC",
    slots: list[str] | None = None,
    verify: bool = True,
) -> Channel:
    """Connect a channel. With `verify`, the network is asked first and nothing is saved if it says no."""
    if network not in networks():
        raise InputError(f"unknown network {network!r}; expected one of: {', '.join(networks())}")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(f"unknown time zone {timezone!r}; use an IANA name such as Asia/Riyadh") from None
    if session.scalar(select(Channel).where(Channel.workspace_id == workspace.id, Channel.name == name)):
        raise InputError(f"a channel named {name!r} already exists in this workspace")
    if not token and not password:
        raise InputError("give --token, or --handle and --password, to connect the channel")
    config = ChannelConfig(network=network, base_url=base_url, token=token, handle=handle, password=password)
    if verify:
        try:
            handle = connector_for(config).verify() or handle
        except ConnectorError as exc:
            raise InputError(f"could not connect the {network} channel: {exc.message}") from None
    secrets = {key: value for key, value in (("token", token), ("password", password)) if value}
    channel = Channel(
        workspace_id=workspace.id, name=name, network=network, handle=handle, base_url=base_url,
        timezone=timezone, secret=encrypt(secrets), slots=slots or [],
    )
    session.add(channel)
    session.flush()
    return channel


def get_or_raise(session: Session, workspace: Workspace, name: str) -> Channel:
    channel = session.scalar(select(Channel).where(Channel.workspace_id == workspace.id, Channel.name == name))
    if channel is None:
        known = session.scalars(select(Channel.name).where(Channel.workspace_id == workspace.id)).all()
        raise NotFound(f"no channel named {name!r}; channels: {', '.join(known) or 'none yet'}")
    return channel
