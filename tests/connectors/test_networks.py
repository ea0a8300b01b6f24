"""The one description of the networks agrees with the connectors it describes."""

from __future__ import annotations

import json

import pytest

from cocktailparty.config import get_settings
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
    # Video: what the connector publishes is what the description says (one video, alone, within its size).
    assert network.media.videos == 1 and network.media.video_types == ("video/mp4",)
    assert (limits.video_types, limits.max_video_bytes) == (network.media.video_types, network.media.video_bytes)


def test_names() -> None:
    assert name_of("x") == "X" and name_of("bluesky") == "Bluesky" and name_of("plugin") == "plugin"


def test_the_composer_counts_every_described_network_by_its_name() -> None:
    from cocktailparty.posts.compose import count_for

    for network in NETWORKS.values():
        limits = network.limits()
        assert limits is not None
        count = count_for(network.id, limits, "hello")
        assert count.name == network.name and count.limit == limits.max_chars


def test_the_command_line_prints_what_each_network_takes(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from cocktailparty.cli import app

    result = CliRunner().invoke(app, ["channel", "networks", "--json"])
    assert result.exit_code == 0, result.output
    facts = {fact["network"]: fact for fact in json.loads(result.output)}
    assert set(facts) == set(NETWORKS)
    assert facts["x"]["characters"] == 280 and facts["telegram"]["images"] == 10  # an album
    assert facts["mastodon"]["videos"] == 1 and facts["bluesky"]["polls"] is False
    monkeypatch.setenv("COCKTAIL_LANG", "ar")
    get_settings.cache_clear()  # an earlier test in the session may have read the settings without it
    try:
        result = CliRunner().invoke(app, ["channel", "networks"])
    finally:
        get_settings.cache_clear()  # nor may a later one read them with it
    lines = {line.split(" ")[0]: line for line in result.output.splitlines()}
    # Arabic plurals and digits: 280 takes the "many" form, ten pictures the "few" form, one video the singular.
    assert "٢٨٠ حرفًا" in lines["X"] and "١٠ صور" in lines["Telegram"] and "فيديو واحد" in lines["Mastodon"]
