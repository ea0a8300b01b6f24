"""X's weighted length: hand-checked cases (Arabic, CJK, emoji, links), the post limits built on it, and a
comparison with X's own twitter-text 3.1.0 (npm, installed in ./prism) on realistic and on scrambled texts."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from cocktailparty.connectors.base import Media, OutgoingPost, Poll
from cocktailparty.connectors.x import MAX_WEIGHTED_LENGTH, X_LIMITS, weighted_length
from cocktailparty.errors import Message


def english(problems: list[Message]) -> list[str]:
    return [str(problem) for problem in problems]

TWITTER_TEXT = Path(__file__).parent / "prism"


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("Hello", 5),
        ("مرحبا بكم", 9),  # Arabic letters weigh 1, like Latin ones
        ("مَرْحَبًا", 9),  # and so does each of their vowel marks
        ("قهوة\u200f!", 7),  # a right-to-left mark (U+200F) lies outside the light ranges: 2
        ("你好", 4),  # CJK weighs 2
        ("こんにちは", 10),
        ("한국어", 6),
        ("👍", 2),
        ("👍🏽", 2),  # an emoji with a skin tone is one emoji
        ("👨\u200d👩\u200d👧\u200d👦", 2),  # a family joined by ZWJs too
        ("🇸🇦", 2),  # a flag: two regional indicators
        ("1️⃣", 2),  # a keycap
        ("©", 1),  # text presentation: a plain character
        ("©️", 2),  # emoji presentation
        ("…", 2),  # outside the light punctuation ranges
        ("—’", 2),  # inside them
        ("https://example.com/a/very/long/path/that/goes/on/and/on?with=query&and=more", 23),
        ("see https://example.com/a.", 4 + 23 + 1),  # the full stop is not part of the link
        ("cocktail.party", 23),  # a bare domain with a known TLD is a link
        ("file.txt", 8),  # an unknown TLD is not
        ("hi@example.com", 14),  # an e-mail address is not a link
        ("https://ar.wikipedia.org/wiki/قهوة", 23 + 4),  # Arabic letters end a link's path
        ("عرض خاص https://cocktail.party/eid ☕️ لا تفوتوه!", 8 + 23 + 1 + 2 + 1 + 10),
    ],
)
def test_weighted_length(text: str, length: int) -> None:
    assert weighted_length(text) == length


def test_the_limit_allows_280_arabic_letters_but_140_chinese_characters() -> None:
    assert weighted_length("ق" * 280) == MAX_WEIGHTED_LENGTH
    assert weighted_length("字" * 140) == MAX_WEIGHTED_LENGTH
    assert english(X_LIMITS.problems(OutgoingPost("a", "ق" * 280))) == []
    assert english(X_LIMITS.problems(OutgoingPost("b", "ق" * 281))) == [
        "text is 281 characters as this network counts them; the limit is 280"
    ]
    assert english(X_LIMITS.problems(OutgoingPost("c", "字" * 141)))


def test_emoji_and_links_are_counted_as_x_counts_them_not_by_code_points() -> None:
    family = "👨\u200d👩\u200d👧\u200d👦"  # 7 code points, 11 UTF-16 units
    text = "ق" * 240 + " " + family * 4 + " https://cocktail.party/" + "x" * 200  # 240 + 1 + 8 + 1 + 23
    assert weighted_length(text) == 273
    assert english(X_LIMITS.problems(OutgoingPost("k", text))) == []
    assert english(X_LIMITS.problems(OutgoingPost("k", text + family * 4)))  # 281


def test_x_specific_post_rules() -> None:
    image = Media(Path("cup.png"), "image/png", alt_text="x" * 1001)
    post = OutgoingPost("k", "", media=(image,), poll=Poll(("yes", "a" * 26), duration_minutes=2), reply_to="abc")
    problems = english(X_LIMITS.problems(post))
    assert "X cannot attach a poll and media to the same post" in problems
    assert "poll option 2 has 26 characters; X allows 1 to 25" in problems
    assert "a poll on X lasts from 5 minutes to 7 days" in problems
    assert "cup.png: the alt text is longer than 1,000 characters" in problems
    assert "'abc' is not the id of a post on X" in problems
    assert english(X_LIMITS.problems(OutgoingPost("k", "  "))) == ["a post needs text or media"]
    assert english(X_LIMITS.problems(OutgoingPost("k", "?", poll=Poll(("only one",))))) == (
        ["a poll needs at least 2 options"]
    )
    five = tuple(Media(Path(f"{n}.jpg"), "image/jpeg") for n in range(5))
    assert english(X_LIMITS.problems(OutgoingPost("k", "photos", media=five))) == ["5 media files; the limit is 4"]


def test_long_runs_without_spaces_are_plain_text() -> None:
    # Link search is quadratic in the length of a run between spaces, so runs over 1,000 characters are not searched.
    assert weighted_length("https://example.com/" + "a" * 979) == 23
    assert weighted_length("https://example.com/" + "a" * 981) == 1_001
    assert weighted_length("a.com." * 2_000) == 12_000
    assert weighted_length(("a.com/" * 150 + " ") * 3) == 3 * (23 + 1)  # three runs of 900: a link each


REALISTIC = [
    "Eid Mubarak from all of us! 🌙✨ https://cocktail.party/eid?utm_source=x&utm_medium=social",
    "عيد مبارك من فريقنا ❤️ زوروا cocktail.party/عروض أو اتصلوا بنا",
    "قهوة اليوم: إثيوبيا ييرغاتشيفي ☕️ — التفاصيل على https://example.com/ar/coffee/yirgacheffe.",
    "New on the blog (https://example.com/blog/how-to-brew) and on shop.example.sa/v60!",
    "早上好！☕ 新品上市 https://example.cn/新品 #咖啡",
    "Vote: 🅰️ or 🅱️? 1️⃣ 2️⃣ #️⃣ 🇦🇪 🇪🇬 👩🏽‍🍳 👨‍👩‍👧 ©️ © ® ™",
    "see example.com. And EXAMPLE.COM/Path, or www.example.co.uk/x?y=1#z",
    "mail hi@example.com, not a link; @user.com and #tag.com neither; $cash.com neither",
    "مرحباexample.com and «https://example.com/x» and (https://example.com/(x))",
    "\u200fhttps://example.com/page \u061cمرحبا\u200e",
]


def test_counts_match_x_twitter_text() -> None:
    node = shutil.which("node")
    if node is None or not (TWITTER_TEXT / "node_modules" / "twitter-text").exists():
        pytest.fail("twitter-text is not installed: run `npm ci --prefix tests/connectors/x/prism` (Node 20)")
    pieces = ["مرحبا", "قهوة", "السعودية", ".", "،", "؟", " ", "\n", "你好", "こんにちは", "한국", "👍🏽", "🇸🇦", "❤️",
              "☕", "©", "1️⃣", "👨\u200d👩\u200d👧", "https://example.com", "https://cocktail.party/offers?x=1",
              "example.com", "shop.sa", "/path", "(", ")", "!", "?", "@user", "#وسم", "$TAG", "hello", "World",
              "e.g.", "file.txt", "—", "…", "’", "\u200f", "\u061c", "www.test.co.uk/ar", "http://", "x", "1", "-",
              "_", "&", "<", ":8080", "é", "ё"]
    scrambled = random.Random(7)
    texts = REALISTIC + ["".join(scrambled.choices(pieces, k=scrambled.randint(1, 14))) for _ in range(1_000)]
    answer = subprocess.run(
        [node, "weighted_length.js"], cwd=TWITTER_TEXT, input=json.dumps(texts), capture_output=True, text=True,
        check=True, timeout=60,
    )
    expected = json.loads(answer.stdout)
    different = [(text, x_length, weighted_length(text)) for text, x_length in zip(texts, expected, strict=True)
                 if weighted_length(text) != x_length]
    assert different == []
