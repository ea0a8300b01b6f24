"""Text normalisation for Arabic, English, mixed text and Arabizi, before features are taken.

Everything here is pure and fast: it runs once per post, a million times in a large audit.
"""

from __future__ import annotations

import re

# Diacritics (harakat, tanween, shadda, sukun, superscript alef, Quranic marks) and tatweel carry no
# meaning for classification and vary freely between writers.
_ARABIC_MARKS = "".join(chr(c) for c in [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), 0x0640])

# Letter variants writers use interchangeably: hamza forms of alef, taa marbuta / haa, alef maqsura / yaa,
# Persian and Urdu look-alikes that arrive from some keyboards.
_LETTER_VARIANTS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ى": "ي", "ئ": "ي", "ؤ": "و",
    "ک": "ك", "ی": "ي", "ے": "ي", "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج",
}

# Arabic-Indic and Extended (Persian) digits, and Arabic punctuation, to their ASCII forms.
_DIGITS_AND_PUNCTUATION = {
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    "٪": "%", "٫": ".", "٬": ",", "،": ",", "؛": ";", "؟": "?",
}

_TRANSLATION = str.maketrans(
    {**dict.fromkeys(_ARABIC_MARKS, None), **_LETTER_VARIANTS, **_DIGITS_AND_PUNCTUATION}
)

_ARABIC_LETTER = "\u0621-\u064a"
# Arabic writers stretch words by repeating a letter ("مبرووووك"); Arabic orthography never writes
# the same letter three times in a row, so any run of three or more collapses to one.
_ARABIC_ELONGATION = re.compile(rf"([{_ARABIC_LETTER}])\1{{2,}}")
# In Latin script "soooo good" and "yaaay" collapse to two, keeping real doubles ("coffee", "good").
_LATIN_ELONGATION = re.compile(r"([a-z])\1{2,}")

# Posts are normalised in batches joined by SEP, a private-use character no post contains: no pattern
# here may match across it.
SEP = "\ue000"
# Both URL patterns begin with a literal, which lets the regex engine skip to candidates: a pattern
# that may start at any word character costs ten times more on a million posts.
_URL = re.compile(r"(?:https?://|www\.)[^\s\ue000]+", re.I)
_BARE_DOMAIN_END = re.compile(r"\.(?:com|net|org|sa|ae|eg|io|co|me|ly|app|shop|store)\b(?:/[^\s\ue000]*)?", re.I)
_DOMAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._")
_LEADING_MENTION = re.compile(r"(^|\ue000)\s*@\w+")
_MENTION = re.compile(r"@\w+")
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])(?![0-9]*[a-z])")


def _replace_urls(text: str) -> str:
    """Replace URLs, with or without a scheme ("shop.example.com/eid"), by the word `url`."""
    text = _URL.sub(" url ", text)
    pieces: list[str] = []
    done = 0
    for match in _BARE_DOMAIN_END.finditer(text):
        begin = match.start()
        while begin > done and text[begin - 1] in _DOMAIN_CHARS:
            begin -= 1
        if begin < match.start():  # a name before the dot: "example.com", not a lone ".com"
            pieces += [text[done:begin], " url "]
            done = match.end()
    return "".join(pieces) + text[done:] if pieces else text


def fold_arabic(text: str) -> str:
    """Remove diacritics and tatweel, unify letter variants, and map digits and punctuation to ASCII."""
    return text.translate(_TRANSLATION)


def _split_hashtag(match: re.Match[str]) -> str:
    # "#عرض_خاص" -> "عرض خاص"; "#DubaiEats" -> "Dubai Eats"; the marker keeps "this was a hashtag".
    words = match.group(1).replace("_", " ")
    return " hashtag " + _CAMEL.sub(" ", words) + " "


def normalise(text: str) -> str:
    """Return the text in the one form the features are taken from.

    URLs become the word `url`, @mentions `mention` (a leading mention, the mark of a reply, becomes
    `mentionstart mention`), hashtags their words, digits ASCII, Latin letters lower case, Arabic
    letters folded and de-elongated. Emoji and the rest are kept.
    """
    text = _replace_urls(text)
    text = _LEADING_MENTION.sub(r"\1 mentionstart mention ", text)
    text = _MENTION.sub(" mention ", text)
    text = _HASHTAG.sub(_split_hashtag, text)
    text = fold_arabic(text).lower()
    text = _ARABIC_ELONGATION.sub(r"\1", text)
    return _LATIN_ELONGATION.sub(r"\1\1", text)


def normalise_joined(texts: list[str]) -> str:
    """Normalise a batch in one pass: the posts joined by SEP, normalised together (same result as
    normalising each, at a fraction of the per-call cost)."""
    joined = SEP.join(texts)
    if joined.count(SEP) != max(len(texts) - 1, 0):  # a post carrying SEP itself: take it out
        joined = SEP.join(text.replace(SEP, " ") for text in texts)
    return normalise(joined)
