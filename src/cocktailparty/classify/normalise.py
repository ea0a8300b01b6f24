"""Text normalisation for Arabic, English, mixed text and Arabizi, before features are taken.

Everything here is pure and fast: it runs once per post, a million times in a large audit.
"""

from __future__ import annotations

import re

import numpy as np

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

# One look-up table over the Basic Multilingual Plane does the folding and ASCII lower-casing in a
# single vectorised pass over a whole batch (0 marks a character to delete).
_TABLE = np.arange(0x10000, dtype=np.uint32)
_TABLE[[ord(mark) for mark in _ARABIC_MARKS]] = 0
for _source, _target in {**_LETTER_VARIANTS, **_DIGITS_AND_PUNCTUATION}.items():
    _TABLE[ord(_source)] = ord(_target)
_TABLE[ord("A"): ord("Z") + 1] += 32
_TABLE[ord("_")] = ord(" ")  # "#عرض_خاص" -> "عرض خاص"; mentions and URLs are replaced before folding

# Posts are normalised in batches joined by SEP, a private-use character no post contains: no pattern
# here may match across it.
SEP = "\ue000"
# Both URL patterns begin with a literal, which lets the regex engine skip to candidates: a pattern
# that may start at any word character costs ten times more on a million posts.
# (No re.IGNORECASE: it turns the literal prefix off. Upper-case schemes are spelled out instead.)
_URL = re.compile(r"(?:https?://|www\.|HTTPS?://|Https?://|WWW\.|Www\.)[^\s\ue000]+")
_BARE_DOMAIN_END = re.compile(r"\.(?:com|net|org|sa|ae|eg|io|co|me|ly|app|shop|store)\b(?:/[^\s\ue000]*)?", re.I)
_DOMAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._")
_LEADING_MENTION = re.compile(r"\ue000\s*@\w+")  # a mention that opens a post of the batch
_MENTION = re.compile(r"@\w+")
# Hashtags become "hashtag" and their words: underscores turn into spaces with the folding table;
# only CamelCase tags ("#DubaiEats"), the rarer kind, need a call per match to split.
_HASHTAG = re.compile(r"#(?=\w)")
_CAMEL_HASHTAG = re.compile(r"#(\w*[a-z][A-Z]\w*)")
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


def _fold_lower_and_collapse(text: str) -> str:
    """`fold_arabic`, ASCII lower case, and collapsed elongations, in one NumPy pass.

    Arabic writers stretch words by repeating a letter ("مبرووووك"); Arabic orthography never writes the
    same letter three times in a row, so a run of three or more collapses to one. In Latin script
    "soooo" and "yaaay" collapse to two, keeping real doubles ("coffee", "good").
    """
    if not text:
        return text
    codes = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
    codes = np.where(codes < 0x10000, _TABLE[np.minimum(codes, 0xFFFF)], codes)
    codes = codes[codes != 0]
    n = len(codes)
    if n == 0:
        return ""
    starts_run = np.empty(n, dtype=np.bool_)
    starts_run[0] = True
    np.not_equal(codes[1:], codes[:-1], out=starts_run[1:])
    run_starts = np.flatnonzero(starts_run)
    run_of = np.cumsum(starts_run) - 1
    run_length = np.diff(np.append(run_starts, n))[run_of]
    position = np.arange(n) - run_starts[run_of]
    arabic = (codes >= 0x0621) & (codes <= 0x064A)
    latin = (codes >= ord("a")) & (codes <= ord("z"))
    keep = (run_length < 3) | (~arabic & ~latin) | (arabic & (position == 0)) | (latin & (position < 2))
    folded: str = codes[keep].astype("<u4").tobytes().decode("utf-32-le")
    return folded


def _split_camel_hashtag(match: re.Match[str]) -> str:
    # "#DubaiEats" -> "#Dubai Eats"; the "#" then becomes the marker "hashtag".
    return "#" + _CAMEL.sub(" ", match.group(1))


def normalise(text: str) -> str:
    """Return the text in the one form the features are taken from.

    URLs become the word `url`, @mentions `mention` (a leading mention, the mark of a reply, becomes
    `mentionstart mention`), hashtags their words, digits ASCII, Latin letters lower case, Arabic
    letters folded and de-elongated. Emoji and the rest are kept.
    """
    text = _replace_urls(text)
    if text.lstrip().startswith("@"):  # the first post of the batch has no separator before it
        text = _MENTION.sub(" mentionstart mention ", text.lstrip(), count=1)
    text = _LEADING_MENTION.sub(SEP + " mentionstart mention ", text)
    text = _MENTION.sub(" mention ", text)
    text = _CAMEL_HASHTAG.sub(_split_camel_hashtag, text)
    text = _HASHTAG.sub(" hashtag ", text)
    return _fold_lower_and_collapse(text).lower()


def normalise_joined(texts: list[str]) -> str:
    """Normalise a batch in one pass: the posts joined by SEP, normalised together (same result as
    normalising each, at a fraction of the per-call cost)."""
    joined = SEP.join(texts)
    if joined.count(SEP) != max(len(texts) - 1, 0):  # a post carrying SEP itself: take it out
        joined = SEP.join(text.replace(SEP, " ") for text in texts)
    return normalise(joined)
