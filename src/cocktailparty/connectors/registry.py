"""Connectors by network name. Built-in connectors register here the same way a third-party one would."""

from __future__ import annotations

from importlib import import_module

from cocktailparty.connectors.base import ChannelConfig, Connector, ConnectorFactory

_FACTORIES: dict[str, ConnectorFactory] = {}
# Built-ins are imported on first use, so a missing optional client library only matters to its network.
BUILTIN = {
    "mastodon": "cocktailparty.connectors.mastodon",
    "bluesky": "cocktailparty.connectors.bluesky",
    "x": "cocktailparty.connectors.x",
    "facebook": "cocktailparty.connectors.facebook",
    "telegram": "cocktailparty.connectors.telegram",
}


def register_connector(network: str, factory: ConnectorFactory) -> None:
    _FACTORIES[network] = factory


def networks() -> list[str]:
    return sorted({*BUILTIN, *_FACTORIES})


def connector_for(config: ChannelConfig) -> Connector:
    if config.network not in _FACTORIES and config.network in BUILTIN:
        import_module(BUILTIN[config.network])  # the module calls register_connector
    try:
        factory = _FACTORIES[config.network]
    except KeyError:
        raise ValueError(f"unknown network {config.network!r}; expected one of: {', '.join(networks())}") from None
    return factory(config)
