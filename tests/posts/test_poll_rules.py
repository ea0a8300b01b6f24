"""A poll's rules before it is scheduled, from the one description of the networks: 2 to 4 distinct options, each
within the network's length, a duration the network accepts, and a network that has polls at all."""

from __future__ import annotations

import pytest

from cocktailparty.connectors.base import Poll
from cocktailparty.errors import InputError
from cocktailparty.posts.polls import check_poll
from cocktailparty.translation import describe


def refused(network: str, options: list[str], minutes: int | None = None) -> InputError:
    with pytest.raises(InputError) as raised:
        check_poll(network, options, minutes)
    return raised.value


def test_a_good_poll_is_kept_with_its_duration() -> None:
    assert check_poll("mastodon", [" Tea ", "Coffee", ""], 60) == Poll(("Tea", "Coffee"), 60)
    assert check_poll("x", ["A", "B"]) == Poll(("A", "B"), 24 * 60)
    assert check_poll("x", [], 60) is None and check_poll("mastodon", None) is None


def test_a_network_without_polls_is_told_to_ask_a_question_post() -> None:
    error = refused("bluesky", ["Tea", "Coffee"])
    assert error.code == "post.poll_not_supported" and "question post" in error.message
    assert "Bluesky" in describe(error, "ar") and "سؤال" in describe(error, "ar")


@pytest.mark.parametrize(("network", "options", "minutes", "code"), [
    ("x", ["Only one"], None, "post.poll_options"),
    ("mastodon", ["A", "B", "C", "D", "E"], None, "post.poll_options"),
    ("x", ["Tea", "tea"], None, "post.poll_option_twice"),
    ("x", ["A" * 26, "B"], None, "post.poll_option_too_long"),
    ("mastodon", ["A" * 51, "B"], None, "post.poll_option_too_long"),
    ("x", ["A", "B"], 4, "post.poll_duration"),
    ("x", ["A", "B"], 7 * 24 * 60 + 1, "post.poll_duration"),
])
def test_each_rule_names_what_is_wrong(network: str, options: list[str], minutes: int | None, code: str) -> None:
    error = refused(network, options, minutes)
    assert error.code == code and error.status_code == 422
    assert describe(error, "ar") != describe(error, "en")  # every rule has its Arabic


def test_telegram_takes_longer_options() -> None:
    assert check_poll("telegram", ["A" * 100, "B"], 60) == Poll(("A" * 100, "B"), 60)
