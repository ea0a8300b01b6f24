"""Signals in a post that the edge rules of the taxonomy are about: prices, percentages, discounts,
promo codes, calls to buy, purchase conditions on a contest. They become model features and they
decide the edge-rule overrides, so both use this one definition.

Signals are read from the post's words (see `features.tokens`), not by scanning the text with regular
expressions: a dictionary look-up per word is what lets a million-post audit finish in seconds. A
word counts with Arabic clitics glued to it ("بخصم", "والعروض", "عروضنا").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

NAMES: tuple[str, ...] = ("price", "percent", "discount", "promo_code", "buy_call", "purchase_condition")

_CURRENCIES = frozenset("""
sar aed egp kwd usd qar omr bhd jod mad tnd dzd lbp syp iqd eur gbp dh dhs da le kd riyal riyals dirham dirhams
pound pounds dinar dinars dollar dollars euro euros ريال ريالا ريالات رس درهم دراهم جنيه جنيها جنيهات دينار دنانير
ليره دولار يورو قرش $ € £
""".split())
# Currency abbreviations written with a dot, which the tokeniser splits: "ر.س" -> "ر", "س".
_CURRENCY_PAIRS = frozenset({("ر", "س"), ("ج", "م"), ("د", "ك"), ("د", "ا"), ("د", "ت"), ("د", "ج"), ("د", "م"),
                             ("ل", "ل"), ("ل", "س")})
_CODE_WORDS = frozenset({"code", "coupon", "promo", "promocode", "كود", "كوبون", "الكود", "بكود", "وكود"})
_CODE = re.compile(r"[a-z]+\d+[a-z0-9]*|[a-z]{4,}\d*")
_NOT_CODES = frozenset({"below", "above", "here", "when", "that", "from", "with", "your", "this", "will", "only",
                        "and", "for", "the", "at", "checkout", "applies", "works", "valid", "expires"})

# Phrases: words in order. A one-word phrase is a trigger word.
_PHRASES: dict[str, tuple[str, ...]] = {
    "discount": (
        "off", "discount", "discounts", "sale", "sales", "deal", "deals", "bogo", "buy 1 get", "buy one get",
        "half price", "free delivery", "offer", "offers", "promo", "clearance", "cashback",
        "خصم", "خصومات", "تخفيض", "تخفيضات", "عرض", "عروض", "اوفر", "ببلاش", "مجانا مع", "هديه مع", "اوكازيون",
        "تنزيلات", "كاش باك",
    ),
    "buy_call": (
        "order", "shop", "buy", "book", "grab", "get yours", "subscribe", "sign up", "download the app",
        "call us", "dm to order", "link in bio", "visit our store", "visit our branch", "visit our website",
        "add to cart", "preorder", "reserve", "otlob", "2otlob", "e7gez", "ehgez",
        "اطلب", "اطلبوا", "اطلبي", "اطلبها", "احجز", "احجزوا", "احجزي", "تسوق", "تسوقوا", "اشتر", "اشتري",
        "اشتروا", "اشترك", "اشتركوا", "سارع", "سارعوا", "الحق", "الحقوا", "زورونا", "لا تفوت", "لا تفوتوا",
        "متفوتش", "ما تفوتوا", "ماتفوتوا", "حمل التطبيق", "حملوا التطبيق", "الرابط في البايو",
    ),
    # A contest that asks for a purchase (edge rule 2): "buy any meal and enter", "مع كل عملية شراء".
    "purchase_condition": (
        "with every purchase", "with each purchase", "with any purchase", "with every order", "with each order",
        "with any order", "purchase of", "purchase required", "buy any", "spend over", "minimum order",
        "minimum spend", "receipt", "invoice", "مع كل عمليه شراء", "مع كل شراء", "مع كل طلب", "مع كل فاتوره",
        "عند شراء", "فاتوره شراء", "بفاتوره", "ايصال الشراء", "اشتري اي", "اشتر اي",
    ),
}
# First word -> (signal, the words that must follow).
_STARTS: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
for _name, _phrases in _PHRASES.items():
    for _phrase in _phrases:
        _first, *_rest = _phrase.split()
        _STARTS.setdefault(_first, []).append((_name, tuple(_rest)))

_AR_PROCLITICS = ("وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال", "و", "ف", "ب", "ل")
_AR_ENCLITICS = ("كم", "هم", "ها", "نا", "ات", "ه", "ي", "ك")


@lru_cache(maxsize=1 << 18)
def trigger(word: str) -> str | None:
    """The form of `word` that starts a signal phrase, trying it bare and without Arabic clitics."""
    if not word:
        return None
    if word in _STARTS or word in _CURRENCIES or word in _CODE_WORDS or word == "%" or word.isdigit():
        return word
    if not "\u0621" <= word[0] <= "\u064a":
        return None
    for prefix in ("", *_AR_PROCLITICS):
        if not word.startswith(prefix) or len(word) - len(prefix) < 3:
            continue
        core = word[len(prefix):]
        if core in _STARTS or core in _CURRENCIES:
            return core
        for suffix in _AR_ENCLITICS:
            if core.endswith(suffix) and core[: -len(suffix)] in _STARTS:
                return core[: -len(suffix)]
    return None


BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class Signals:
    """What one post contains that bears on selling: the first matching words of each signal."""

    price: str | None = None
    percent: str | None = None
    discount: str | None = None
    promo_code: str | None = None
    buy_call: str | None = None
    purchase_condition: str | None = None

    @property
    def sells(self) -> bool:
        """A code, a discount backed by a figure or a call, or a price with a call: edge rule 1."""
        return bool(
            self.promo_code
            or (self.discount and (self.percent or self.buy_call or self.price))
            or (self.price and self.buy_call)
        )

    def names(self) -> list[str]:
        return [name for name in NAMES if getattr(self, name)]

    def evidence(self) -> list[str]:
        return [f"{name.replace('_', ' ')} '{getattr(self, name)}'" for name in self.names()]


@dataclass(frozen=True)
class BatchSignals:
    """Signals of a batch of posts: one flag array and the first evidence per post, per signal."""

    flags: dict[str, BoolArray]
    evidence: dict[str, dict[int, str]]

    def sells(self) -> BoolArray:
        f = self.flags
        return f["promo_code"] | f["discount"] & (f["percent"] | f["buy_call"] | f["price"]) | (
            f["price"] & f["buy_call"])

    def of(self, post: int) -> Signals:
        return Signals(**{name: self.evidence[name].get(post) for name in NAMES})


def _is_number(word: str) -> bool:
    return word.isdigit()


def _signals_at(words: Sequence[str], i: int, form: str) -> list[tuple[str, str]]:
    """The signals that begin at word i (whose trigger form is `form`), with their words."""
    found: list[tuple[str, str]] = []
    after = words[i + 1] if i + 1 < len(words) else ""
    if _is_number(form):
        pair = (after, words[i + 2] if i + 2 < len(words) else "")
        if pair in _CURRENCY_PAIRS:
            found.append(("price", f"{form} {'.'.join(pair)}"))
        elif after in _CURRENCIES or trigger(after) in _CURRENCIES:
            found.append(("price", f"{form} {after}"))
        if after == "%":
            found.append(("percent", f"{form}%"))
        return found
    if form in _CURRENCIES and _is_number(after):
        found.append(("price", f"{words[i]} {after}"))
    if form == "%" and _is_number(after):
        found.append(("percent", f"%{after}"))
    if form in _CODE_WORDS and _CODE.fullmatch(after) and after not in _NOT_CODES:
        found.append(("promo_code", f"{words[i]} {after}"))
    for name, rest in _STARTS.get(form, ()):
        if tuple(words[i + 1: i + 1 + len(rest)]) == rest:
            found.append((name, " ".join([words[i], *rest])))
    return found


def find_in_words(words: Sequence[str], post_of_word: Sequence[int] | npt.NDArray[np.int64],
                  posts: int) -> BatchSignals:
    """Signals of a batch of posts given its words and the post each word belongs to."""
    evidence: dict[str, dict[int, str]] = {name: {} for name in NAMES}
    forms = list(map(trigger, words))
    for i, form in enumerate(forms):
        if form is None:
            continue
        post = int(post_of_word[i])
        for name, text in _signals_at(words, i, form):
            evidence[name].setdefault(post, text)
    flags: dict[str, BoolArray] = {}
    for name in NAMES:
        flag = np.zeros(posts, dtype=np.bool_)
        flag[list(evidence[name])] = True
        flags[name] = flag
    return BatchSignals(flags, evidence)
