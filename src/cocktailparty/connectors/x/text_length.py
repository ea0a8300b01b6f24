"""How long a post is as X counts it: twitter-text v3's weighted length, which X's composer and API enforce.

The rules: the text is NFC-normalised; every URL counts 23 however long it is (X wraps it in a t.co link);
an emoji counts 2, even a sequence joined into one picture (a family, a flag, a skin tone); any other code point
counts 1 in the ranges X weighs light (U+0000-U+10FF: Latin, Arabic, Hebrew, Cyrillic, Devanagari... and a few
punctuation blocks) and 2 elsewhere (CJK, Hangul, kana...). The limit is 280, so Arabic gets 280 letters and
Chinese 140 characters.
"""

from __future__ import annotations

import unicodedata
from importlib.resources import files

import regex

MAX_WEIGHTED_LENGTH = 280
URL_WEIGHT = 23
EMOJI_WEIGHT = 2
MAX_SCANNED_RUN = 1_000
LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))


def weighted_length(text: str) -> int:
    """The length X gives `text`, to compare with MAX_WEIGHTED_LENGTH."""
    text = unicodedata.normalize("NFC", text)
    length, position = 0, 0
    for start, end in url_spans(text):
        length += _weigh(text[position:start]) + URL_WEIGHT
        position = end
    return length + _weigh(text[position:])


def url_spans(text: str) -> list[tuple[int, int]]:
    """Where X sees links in `text` (NFC-normalised), as (start, end) offsets, found the way twitter-text finds them:
    a candidate whose domain may be in any script and, when it has no http(s)://, only the ASCII domains inside
    it that end in a known TLD (so "مرحباexample.com" holds the link "example.com")."""
    spans: list[tuple[int, int]] = []
    # A link never spans a space, so each run between spaces is searched alone, with the space before it (which
    # may be the character a link must follow). Searching is quadratic in the length of a run, so a run without
    # a dot before a known TLD is skipped at once, and one longer than MAX_SCANNED_RUN (no real link is) is
    # counted as plain text.
    for run in _RUN.finditer(text):
        if len(run[0]) <= MAX_SCANNED_RUN and _DOT_TLD.search(run[0]):
            spans.extend((run.start() + start, run.start() + end) for start, end in _spans_in_run(run[0]))
    return spans


def _spans_in_run(run: str) -> list[tuple[int, int]]:
    spans = []
    for candidate in _CANDIDATE.finditer(run):
        if not _is_dns_name(candidate["domain"]):
            continue
        if candidate["protocol"]:
            spans.append(candidate.span("url"))
            continue
        if candidate["before"] in ("-", "_", ".", "/"):
            continue
        offset = candidate.start("domain")
        found = [(offset + part.start(), offset + part.end()) for part in _ASCII_DOMAIN.finditer(candidate["domain"])]
        if found and candidate["path"]:
            # A port, path or query string belongs to the link only when a path follows the domain.
            found[-1] = (found[-1][0], candidate.end("url"))
        spans.extend(found)
    return spans


def _is_dns_name(domain: str) -> bool:
    # twitter-text drops a candidate whose labels, once punycode-encoded, break DNS's 63-character limit.
    for label in domain.split("."):
        encoded = label if label.isascii() else "xn--" + label.encode("punycode").decode("ascii")
        if not 0 < len(encoded) <= 63:
            return False
    return True


def _weigh(text: str) -> int:
    return sum(
        EMOJI_WEIGHT if _is_emoji(cluster) else sum(map(_char_weight, cluster)) for cluster in _GRAPHEME.findall(text)
    )


def _is_emoji(cluster: str) -> bool:
    # "©" or "1" alone is text (weight 1); with U+FE0F, a keycap, a skin tone or a ZWJ it becomes an emoji.
    return _EMOJI.match(cluster) is not None


def _char_weight(char: str) -> int:
    code = ord(char)
    return 1 if any(low <= code <= high for low, high in LIGHT_RANGES) else 2


_Trie = dict[str, "_Trie"]


def _top_level_domains() -> str:
    """The TLDs X knows as one regular expression shaped like a trie ("c(?:o(?:m(?:munity)?)?...)"), so a failed
    check costs a few steps instead of 1,574 alternatives; greedy, it prefers "community" to "com"."""
    listing = files(__package__).joinpath("tlds.txt").read_text(encoding="utf-8")
    trie: _Trie = {}
    for name in (name for line in listing.splitlines() if not line.startswith("#") for name in line.split()):
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}  # a name ends here

    def render(node: _Trie) -> str:
        branches = "|".join(regex.escape(char) + render(child) for char, child in node.items() if char)
        if not branches:
            return ""
        return f"(?:{branches})" + ("?" if "" in node else "")

    return render(trie)


_GRAPHEME = regex.compile(r"\X")
_EMOJI = regex.compile(r"\p{Emoji_Presentation}|\p{Emoji}.", regex.DOTALL)

# A port of twitter-text's URL grammar (extractUrl.js and the expressions it is built from).
_LATIN_ACCENTS = (
    "\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268\u026f\u0272"
    "\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
_DIRECTION_MARKS = "\u202a-\u202e\u061c\u200e\u200f\u2066-\u2069"
_SPACES = "\x09-\x0d\x20\x85\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_INVALID = "\ufffe\ufeff\uffff"
_TLD = rf"(?:(?:{_top_level_domains()})(?=[^0-9a-zA-Z@+-]|$)|xn--[\-0-9a-z]+)"
# Domain labels may be in any script: ASCII punctuation, spaces and direction marks end them.
_DOMAIN_CHAR = rf"[^!'#%&()*+,\\\-./:;<=>?@\[\]^_{{|}}~${_SPACES}{_INVALID}{_DIRECTION_MARKS}]"
# A label runs to its dot or not at all (atomic groups), so a failed match does not retry shorter labels.
_SUBDOMAIN = rf"(?>{_DOMAIN_CHAR}(?:[_-]*{_DOMAIN_CHAR})*\.)"
_DOMAIN_NAME = rf"(?>{_DOMAIN_CHAR}(?:-*{_DOMAIN_CHAR})*\.)"
_PATH_CHAR = rf"[a-z\u0400-\u04ff0-9!*';:=+,.$/%#\[\]\-\u2013_~@|&{_LATIN_ACCENTS}]"
_PARENS = rf"\((?:{_PATH_CHAR}+|{_PATH_CHAR}*\({_PATH_CHAR}+\){_PATH_CHAR}*)\)"
# A path or query never ends in sentence punctuation: "see https://x.com/a." leaves the full stop out.
_PATH_END = rf"(?:[+\-a-z\u0400-\u04ff0-9=_#/{_LATIN_ACCENTS}]|{_PARENS})"
_CANDIDATE = regex.compile(
    rf"(?P<before>[^A-Za-z0-9@＠$#＃{_INVALID}]|[{_DIRECTION_MARKS}]|^)"  # not glued to a word, mention or tag
    rf"(?P<url>(?P<protocol>https?://)?(?P<domain>{_SUBDOMAIN}*{_DOMAIN_NAME}{_TLD})(?::[0-9]+)?"
    rf"(?P<path>/(?:(?:{_PATH_CHAR}|{_PARENS})*{_PATH_END})?)?"
    r"(?:\?[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*[a-z0-9\-_&=#/])?)",
    regex.IGNORECASE,
)
_RUN = regex.compile(rf"[{_SPACES}]?[^{_SPACES}]+")
_DOT_TLD = regex.compile(rf"\.{_TLD}", regex.IGNORECASE)  # every link's domain has one
_ASCII_DOMAIN = regex.compile(rf"(?:[\-a-z0-9{_LATIN_ACCENTS}]+\.)+{_TLD}", regex.IGNORECASE)
