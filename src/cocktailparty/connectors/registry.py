"""Connectors by network name. Built-in connectors register here the same way a third-party one would."""

from __future__ import annotations

from importlib import import_module

from cocktailparty.connectors.base import ChannelConfig, Connector, ConnectorFactory
from cocktailparty.connectors.networks import NETWORKS
from cocktailparty.errors import InvalidValue

_FACTORIES: dict[str, ConnectorFactory] = {}


def register_connector(network: str, factory: ConnectorFactory) -> None:
    _FACTORIES[network] = factory


def networks() -> list[str]:
    return sorted({*NETWORKS, *_FACTORIES})


def _factory(network: str) -> ConnectorFactory:
    # Built-ins are imported on first use, so a missing optional client library only matters to its network.
    if network not in _FACTORIES and network in NETWORKS:
        import_module(NETWORKS[network].connector_module)  # the module calls register_connector
    try:
        return _FACTORIES[network]
    except KeyError:
        raise InvalidValue("channel.unknown_network", "unknown network %(network)s; expected one of: %(networks)s",
                           network=repr(network), networks=networks()) from None


def connector_for(config: ChannelConfig) -> Connector:
    return _factory(config.network)(config)


def base_url_keeps_path(network: str) -> bool:
    """Whether a channel's base address keeps its path (Graph's /v21.0): a connector says so with a
    `base_url_keeps_path = True` attribute; otherwise the address is the server's and a path is dropped."""
    return bool(getattr(_factory(network), "base_url_keeps_path", False))
