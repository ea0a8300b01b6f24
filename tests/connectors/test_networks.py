"""The one description of the networks agrees with the connectors it describes."""

from __future__ import annotations

import pytest

from cocktailparty.connectors import registry
from cocktailparty.connectors.networks import NETWORKS, name_of


@pytest.mark.parametrize("network_id", sorted(NETWORKS))
def test_every_network_has_its_connector_and_limits(network_id: str) -> None:
    network = NETWORKS[network_id]
    assert network_id in registry.networks()
    limits = network.limits()
    assert limits is not None and limits.max_chars > 0
    # The connector's own check and the description agree on what one post may carry.
    assert limits.max_media == network.media.images
    assert set(limits.media_types) <= set(network.media.image_types) | set(network.media.video_types)


def test_names() -> None:
    assert name_of("x") == "X" and name_of("bluesky") == "Bluesky" and name_of("plugin") == "plugin"
