"""Connecting channels: validate, check the credentials with the network, store them encrypted."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy.orm import Session

from cocktailparty.channels import repository
from cocktailparty.connectors.base import ChannelConfig, Connector, ConnectorError
from cocktailparty.connectors.registry import base_url_keeps_path, connector_for, networks
from cocktailparty.db import release_connection
from cocktailparty.errors import InputError, NotFound, message
from cocktailparty.models import Channel, Workspace
from cocktailparty.names import clean_name
from cocktailparty.outbound import check_base_url, normalise_base_url
from cocktailparty.plan.inputs import WeeklySlot
from cocktailparty.secrets import SecretKeyError, decrypt, encrypt


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
    name = clean_name(name, message("the channel a name"))
    _check_credentials(base_url, token, handle, password)
    if network not in networks():
        raise InputError("channel.unknown_network", "unknown network %(network)s; expected one of: %(join)s",
                         network=repr(network), join=", ".join(networks()))
    timezone = checked_zone(timezone)
    _check_name_free(session, workspace, name)
    if not token and not password:
        raise InputError("channel.credentials_missing",
                         "give --token, or --handle and --password, to connect the channel")
    if verify:
        release_connection(session)  # DNS and the network may be slow: no connection is held meanwhile
    base_url = checked_base_url(network, base_url, resolve=verify)
    config = ChannelConfig(network=network, base_url=base_url, token=token, handle=handle, password=password)
    if verify:
        try:
            handle = connector_for(config).verify() or handle
        except ConnectorError as exc:
            raise InputError("channel.connect_failed", "could not connect the %(network)s channel: %(message)s",
                             network=network, message=exc.detail) from None
        _check_name_free(session, workspace, name)  # taken by another request while the network answered?
    secrets = {key: value for key, value in (("token", token), ("password", password)) if value}
    channel = Channel(
        workspace_id=workspace.id, name=name, network=network, handle=handle, base_url=base_url,
        timezone=timezone, secret=encrypt(secrets), slots=slots or [],
    )
    session.add(channel)
    session.flush()
    return channel


# Tokens and app passwords are a few hundred characters at most; the columns' own limits for the rest.
MAX_SECRET = 4096


def _check_credentials(base_url: str | None, token: str | None, handle: str | None, password: str | None) -> None:
    if base_url is not None and len(base_url) > 500:
        raise InputError("channel.address_too_long", "the server address is longer than 500 characters")
    if handle is not None and len(handle) > 255:
        raise InputError("channel.handle_too_long", "the handle is longer than 255 characters")
    if any(secret is not None and len(secret) > MAX_SECRET for secret in (token, password)):
        raise InputError("channel.secret_too_long",
                         "the token or password is longer than %(limit)s characters", limit=MAX_SECRET)


def _check_name_free(session: Session, workspace: Workspace, name: str) -> None:
    if repository.channel_named(session, workspace.id, name) is not None:
        raise InputError("channel.name_taken", "a channel named %(name)s already exists in this workspace",
                         name=repr(name))


def checked_base_url(network: str, base_url: str | None, *, resolve: bool = True) -> str | None:
    """A channel's server address in its stored form, refused (outbound.UnsafeURL, NotPublicAddress: InputErrors
    naming the problem) when it is not one the outbound guard calls. With `resolve`, the host is looked up and each
    of its addresses checked now, so the user hears at once; every later call is checked again as it connects."""
    if not base_url or not base_url.strip():
        return None
    keep_path = base_url_keeps_path(network)
    if resolve:
        return check_base_url(base_url, keep_path=keep_path)
    return normalise_base_url(base_url, keep_path=keep_path)


def get_or_raise(session: Session, workspace: Workspace, name: str) -> Channel:
    channel = repository.channel_named(session, workspace.id, name)
    if channel is None:
        known = repository.channel_names(session, workspace.id)
        raise NotFound("channel.unknown", "no channel named %(name)s; channels: %(value)s", name=repr(name),
                       value=", ".join(known) or "none yet")
    return channel


# A disconnected channel keeps its row (and so its posts: Post.channel_id cascades on delete) without credentials.
DISCONNECTED = message("channel disconnected")


def is_connected(channel: Channel) -> bool:
    return channel.secret is not None


def get_by_id_or_raise(session: Session, workspace: Workspace, channel_id: int) -> Channel:
    """The channel with this id in this workspace; another workspace's channel is not found either."""

    channel = repository.channel_in(session, workspace.id, channel_id)
    if channel is None:
        raise NotFound("channel.not_found", "no such channel in this workspace")
    return channel


def check(session: Session, channel: Channel) -> str:
    """Ask the network whether the saved credentials still work; returns the account's handle."""
    if not is_connected(channel):
        raise InputError("channel.disconnected",
                         "the channel is disconnected: reconnect it with a new token first")
    release_connection(session)
    try:
        return connector_of(channel).verify() or channel.handle or ""
    except ConnectorError as exc:
        raise InputError("channel.verify_failed", "the %(network)s channel could not connect: %(message)s",
                         network=channel.network, message=exc.detail) from None
    except SecretKeyError as exc:
        raise InputError.of(exc) from None


def disconnect(session: Session, channel: Channel, now: datetime | None = None) -> int:
    """Forget the channel's credentials and cancel its scheduled posts; what was published stays.

    Returns how many scheduled posts were cancelled. Posts a worker is publishing at this moment finish.
    """

    channel.secret = None
    session.flush()
    return repository.cancel_scheduled(session, channel.id, DISCONNECTED, now or datetime.now(UTC))


def reconnect(
    session: Session,
    channel: Channel,
    *,
    token: str | None = None,
    handle: str | None = None,
    password: str | None = None,
    verify: bool = True,
) -> Channel:
    """New credentials for a channel (disconnected or not); the network is asked first, as in `add`."""
    _check_credentials(None, token, handle, password)
    if not token and not password:
        raise InputError("channel.credentials_missing",
                         "give the access token, or the handle and app password, to reconnect the channel")
    handle = handle or channel.handle
    # Checked again: the address may have been saved before the guard, or its name may now point elsewhere.
    if verify:
        release_connection(session)  # DNS and the network may be slow: no connection is held meanwhile
    base_url = checked_base_url(channel.network, channel.base_url, resolve=verify)
    config = ChannelConfig(network=channel.network, base_url=base_url, token=token, handle=handle, password=password)
    if verify:
        try:
            handle = connector_for(config).verify() or handle
        except ConnectorError as exc:
            raise InputError("channel.connect_failed", "could not connect the %(network)s channel: %(message)s",
                             network=channel.network, message=exc.detail) from None
    channel.handle = handle
    channel.base_url = base_url
    channel.secret = encrypt({key: value for key, value in (("token", token), ("password", password)) if value})
    session.flush()
    return channel


def connect(
    session: Session,
    workspace: Workspace,
    *,
    network: str,
    name: str,
    base_url: str = "",
    token: str = "",
    handle: str = "",
    password: str = "",
    timezone: str = "UTC",
) -> Channel:
    """Connect a channel from the page's form: blanks mean "not given"; the network is asked first."""
    if not token and not password:
        raise InputError("channel.credentials_missing",
                         "give the access token, or the handle and app password, to connect the channel")
    return add(
        session, workspace, network=network, name=name, base_url=base_url.strip() or None, token=token or None,
        handle=handle.strip() or None, password=password or None, timezone=timezone.strip() or "UTC", verify=True,
    )


def _sorted_slots(slots: list[WeeklySlot]) -> list[str]:
    return [str(slot) for slot in sorted(set(slots), key=lambda slot: (slot.weekday, slot.at))]


def add_slot(channel: Channel, text: str) -> str:
    """Add a weekly posting slot ("Mon 09:00", in the channel's time zone); returns it as stored."""
    slot = WeeklySlot.parse(text.strip())
    current = [WeeklySlot.parse(existing) for existing in channel.slots or []]
    if slot in current:
        raise InputError("channel.slot_taken", "%(channel_name)s already posts at %(slot)s",
                         channel_name=channel.name, slot=slot)
    channel.slots = _sorted_slots([*current, slot])
    return str(slot)


def remove_slot(channel: Channel, text: str) -> None:
    slot = WeeklySlot.parse(text.strip())
    current = [WeeklySlot.parse(existing) for existing in channel.slots or []]
    if slot not in current:
        raise InputError("channel.no_slot", "%(channel_name)s has no slot %(slot)s", channel_name=channel.name,
                         slot=slot)
    channel.slots = _sorted_slots([existing for existing in current if existing != slot])


def set_timezone(channel: Channel, timezone: str) -> None:
    """The channel's time zone: its slots keep their wall-clock times in the new zone."""
    channel.timezone = checked_zone(timezone)


def checked_zone(timezone: str) -> str:
    """An IANA time zone name, as given; refused when unknown."""
    timezone = timezone.strip()
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError("channel.unknown_zone", "unknown time zone %(zone)s; use an IANA name such as Asia/Riyadh",
                         zone=repr(timezone)) from None
    return timezone


@cache
def time_zones() -> tuple[str, ...]:
    """IANA time zone names for the form's suggestions (any IANA name is accepted, these are the usual ones)."""

    regional = (zone for zone in available_timezones() if "/" in zone and not zone.startswith(("Etc/", "SystemV/")))
    return ("UTC", *sorted(regional))
