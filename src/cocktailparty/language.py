"""Which language a text is written in, among the two the product writes (Arabic, English): the one home of that
rule for the feeds, the inbox and the polls. `detect` reads letters and the commonest English words (a feed item
the workspace may share as it is); `script_of` only the letters (a comment, a poll: short, often with no common
word, and answered in the script it was written in)."""

from __future__ import annotations

import re

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_WORD = re.compile(r"[a-z']+")
_ENGLISH = frozenset("the a an and of to in is are for on with that this it be by as at from how what why new "
                     "you your we our was were will can has have not or its".split())


def detect(text: str) -> str:
    """"ar", "en", or "other" (another language, or too little text to tell)."""
    arabic = len(_ARABIC.findall(text))
    latin = len(_LATIN.findall(text))
    if arabic >= 3 and arabic >= latin:
        return "ar"
    words = _WORD.findall(text.lower())
    if latin >= 3 and words and sum(word in _ENGLISH for word in words) / len(words) >= 0.08:
        return "en"
    return "other"


# What carries no language: @handles (a reply on X starts with the ones it answers), links, #hashtags' marks.
_NOT_WORDS = re.compile(r"(?:@[\w.\-]+|https?://\S+|www\.\S+)")


def script_of(text: str) -> str:
    """"ar" when Arabic letters are as many as Latin ones, "en" when Latin ones lead, "other" with neither.
    Handles and links are not counted: "@cocktailparty هل عندكم كرواسون؟" is Arabic."""
    sample = _NOT_WORDS.sub(" ", text[:2000])
    arabic = len(_ARABIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if arabic == 0 and latin == 0:
        return "other"
    return "ar" if arabic >= latin else "en"
