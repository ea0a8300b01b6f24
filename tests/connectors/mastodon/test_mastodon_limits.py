"""Mastodon's limits, counted the way Mastodon counts: grapheme clusters (so Arabic marks and composed
emoji are one character), every URL as 23, a remote mention as its username; and its HTML read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from mastodon import Mastodon

from cocktailparty.connectors.base import ChannelConfig, Media, OutgoingPost, Poll, RejectedError
from cocktailparty.connectors.mastodon import MASTODON_LIMITS, count_chars
from cocktailparty.connectors.mastodon.connector import MastodonConnector
from cocktailparty.connectors.mastodon.text import match_key, plain_text
from cocktailparty.errors import Message


def english(problems: list[Message]) -> list[str]:
    return [str(problem) for problem in problems]

# "Hello to you" with full vowel marks: 9 letters and a space, 15 code points.
ARABIC_VOWELLED = "مَرْحَبًا بِكُم"
FAMILY = "👨\u200d👩\u200d👧\u200d👦"  # seven code points, one grapheme


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello", 5),
        (ARABIC_VOWELLED, 9),
        ("👍🏽", 1),  # a skin-tone modifier joins its emoji
        (FAMILY, 1),
        ("🇸🇦", 1),  # a flag is two regional indicators
        ("see https://example.com/" + "a" * 200 + " ok", 4 + 23 + 3),
        ("http://x.co", 23),  # short URLs count 23 too
        ("@alice@mastodon.social hi", len("@alice hi")),
        ("@alice hi", 9),
        ("write to bob@example.com", 24),  # an e-mail address is not a mention
    ],
)
def test_count_chars_the_mastodon_way(text: str, expected: int) -> None:
    assert count_chars(text) == expected


@pytest.mark.parametrize("text", [
    "Hello", ARABIC_VOWELLED, "👍🏽", FAMILY, "🇸🇦 يوم التأسيس",
    "see https://example.com/" + "a" * 200 + " ok", "http://x.co", "https://x.co.",
    "Read: https://example.com/path?q=1&lang=ar#top, then reply!",
    "(https://en.wikipedia.org/wiki/Eid_(disambiguation)) and https://example.org/a_(b)",
    "مرحباhttps://example.com/عيد رابط", "https://مثال.إختبار/مسار text", "example.com is not counted as 23",
    "two links https://a.example.com and https://b.example.net/x/y/z", "HTTPS://EXAMPLE.COM/UPPER",
    "@alice@mastodon.social @bob@example.org hi", "mail bob@example.com or visit https://example.com",
    "https://example.com/" + "x" * 900, "ftp://example.com is not a link Mastodon counts",
])
def test_the_count_is_mastodon_pys(text: str) -> None:
    """Mastodon.py mirrors the server's count; ours reaches the same without loading Mastodon.py."""
    assert count_chars(text) == Mastodon.get_status_length(text)


def test_the_limit_is_500_mastodon_characters() -> None:
    assert MASTODON_LIMITS.max_chars == 500
    assert MASTODON_LIMITS.polls and MASTODON_LIMITS.max_poll_options == 4 and MASTODON_LIMITS.max_media == 4


@pytest.mark.parametrize(
    "unit",
    ["a", "مَ", FAMILY],
    ids=["latin", "arabic-with-marks", "emoji-zwj"],
)
def test_500_characters_fit_and_501_do_not(unit: str) -> None:
    assert english(MASTODON_LIMITS.problems(OutgoingPost("k", unit * 500))) == []
    [problem] = english(MASTODON_LIMITS.problems(OutgoingPost("k", unit * 501)))
    assert "501 characters" in problem


def test_a_long_link_costs_23_characters() -> None:
    text = "x" * 470 + " https://example.com/" + "very-long-path/" * 20
    assert len(text) > 500
    assert english(MASTODON_LIMITS.problems(OutgoingPost("k", text))) == []


def test_media_and_poll_limits(tmp_path: Path) -> None:
    image = Media(tmp_path / "a.png", "image/png")
    five_images = OutgoingPost("k", "hi", media=(image,) * 5)
    bitmap = OutgoingPost("k", "hi", media=(Media(tmp_path / "a.bmp", "image/bmp"),))
    five_options = OutgoingPost("k", "hi", poll=Poll(("a", "b", "c", "d", "e")))

    assert english(MASTODON_LIMITS.problems(five_images)) == ["5 media files; the limit is 4"]
    assert english(MASTODON_LIMITS.problems(bitmap)) == ["a.bmp: image/bmp is not accepted"]
    assert english(MASTODON_LIMITS.problems(five_options)) == ["a poll may have at most 4 options"]


@pytest.mark.parametrize(
    ("poll", "problem"),
    [
        (Poll(("only one",)), "at least 2 options"),
        (Poll(("a" * 51, "b")), "longer than 50 characters"),
        (Poll(("a", "b"), duration_minutes=2), "between 5 minutes and one month"),
        (Poll(("a", "b"), duration_minutes=60 * 24 * 40), "between 5 minutes and one month"),
    ],
)
def test_publish_refuses_a_poll_mastodon_would_refuse(poll: Poll, problem: str) -> None:
    # Nothing listens on port 9: reaching the network would raise TransientError, not RejectedError.
    connector = MastodonConnector(ChannelConfig("mastodon", base_url="http://127.0.0.1:9", token="t"))
    with pytest.raises(RejectedError, match=problem):
        connector.publish(OutgoingPost("k", "Which one?", poll=poll))


def test_an_instance_with_a_higher_limit() -> None:
    config = ChannelConfig("mastodon", base_url="https://example.social", token="t", extra={"max_chars": "5000"})
    assert MastodonConnector(config).limits.max_chars == 5000
    with pytest.raises(ValueError, match="max_chars"):
        MastodonConnector(ChannelConfig("mastodon", "https://example.social", "t", extra={"max_chars": "lots"}))


def test_plain_text_of_mastodon_html() -> None:
    # As Mastodon renders a status: a shortened link keeps its full text in hidden spans, a mention is an h-card.
    content = (
        '<p>Hi <span class="h-card" translate="no"><a href="https://example.social/@bob" class="u-url mention">'
        '@<span>bob</span></a></span> &amp; welcome!</p><p>Details: <a href="https://example.com/a/long/path" '
        'rel="nofollow noopener" target="_blank"><span class="invisible">https://</span><span class="ellipsis">'
        'example.com/a/lon</span><span class="invisible">g/path</span></a><br />شكراً 🌙</p>'
    )
    assert plain_text(content) == "Hi @bob & welcome!\n\nDetails: https://example.com/a/long/path\nشكراً 🌙"


def test_match_key_survives_rendering_but_not_other_words() -> None:
    source = "Hi @bob@example.social,  **new** menu!\nhttps://example.com/x"
    rendered = plain_text('<p>Hi @bob, <strong>new</strong> menu!<br />https://example.com/x</p>')
    assert match_key(source) == match_key(rendered)
    assert match_key(source) != match_key("Hi @bob, old menu! https://example.com/x")
