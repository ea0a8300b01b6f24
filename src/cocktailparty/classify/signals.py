"""Signals in a post that the edge rules of the taxonomy are about: prices, percentages, discounts,
promo codes, calls to buy, purchase conditions on a contest. They become model features and they
decide the edge-rule overrides, so both use this one definition.

Signals are read from the post's words (see `features.tokens`), not by scanning the text with regular
expressions: a dictionary look-up per word is what lets a million-post audit finish in seconds. A
word counts with Arabic clitics glued to it ("بخصم", "والعروض", "عروضنا").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

NAMES: tuple[str, ...] = ("price", "percent", "discount", "promo_code", "buy_call", "purchase_condition",
                          "offer_price", "phone", "deal", "prize", "brand_call")

_CURRENCIES = frozenset("""
sar aed egp kwd usd qar omr bhd jod mad tnd dzd lbp syp iqd eur gbp dh dhs da le kd riyal riyals dirham dirhams
pound pounds dinar dinars dollar dollars euro euros ريال ريالا ريالات رس درهم دراهم جنيه جنيها جنيهات دينار دنانير
ليره دولار يورو قرش هلله هللات فلس halala halalas fils $ € £
""".split())
# Currency abbreviations written with a dot, which the tokeniser splits: "ر.س" -> "ر", "س".
_CURRENCY_PAIRS = frozenset({("ر", "س"), ("ج", "م"), ("د", "ك"), ("د", "ا"), ("د", "ت"), ("د", "ج"), ("د", "م"),
                             ("ل", "ل"), ("ل", "س")})
_CODE_WORDS = frozenset({"code", "coupon", "promo", "promocode", "كود", "كوبون", "الكود", "بكود", "وكود"})
_CODE = re.compile(r"[a-z]+\d+[a-z0-9]*|[a-z]{4,}\d*")
_NOT_CODES = frozenset({"below", "above", "here", "when", "that", "from", "with", "your", "this", "will", "only",
                        "and", "for", "the", "at", "checkout", "applies", "works", "valid", "expires", "is", "isn",
                        "next", "today", "again", "please", "they", "them", "their", "these", "those", "every",
                        "button", "link", "form", "app", "website", "instead", "more", "both", "same", "some"})
# Words between a code word and its code that do not break the link: "the code is EID20", "كود الخصم EID20".
_CODE_FILLERS = frozenset({"is", "the", "our", "my", "promo", "discount", "coupon", "code", "الخصم", "خصم", "هو"})
# Verbs that put a code to use without naming it a code: "use EIDMUBARAK at checkout", "استخدموا EID20".
_USE_WORDS = frozenset({"use", "enter", "apply", "استخدم", "استخدمي", "استخدموا", "ادخل", "ادخلي", "ادخلوا"})
_AFTER_CODE = frozenset({"at", "for", "to", "on", "and", "عند", "واحصل", "واحصلي", "للحصول", "وخذ", "علي"})
# Words next to a price that offer it ("from AED 289", "only $25", "بسعر ٩٩ ريال", "٤٥ ريال فقط").
_OFFER_BEFORE = frozenset({"from", "only", "just", "starting", "starts", "فقط", "بسعر", "السعر",
                           "سعر", "بـ", "ب", "ب٫", "يبدا", "تبدا", "ابتداء", "بس", "بقيمه", "من"})
# Amounts in millions and billions are figures of news, not prices of something on sale: "$44 billion deal",
# "$1.2 bln offering", "٣ مليار ريال".
_MAGNITUDES = frozenset({"million", "millions", "billion", "billions", "trillion", "trillions", "mln", "bln", "bn",
                         "mn", "m", "b", "مليون", "ملايين", "مليار", "مليارات", "ترليون", "تريليون"})
_OFFER_AFTER = frozenset({"only", "each", "per", "فقط", "بس", "للقطعه", "للشخص", "للكيلو", "شامل", "الحبه", "بدل"})

# Phrases: words in order. A one-word phrase is a trigger word.
_PHRASES: dict[str, tuple[str, ...]] = {
    "discount": (
        "off", "discount", "discounts", "sale", "sales", "deal", "deals", "offer", "offers", "promo",
        "خصم", "خصومات", "تخفيض", "تخفيضات", "عرض", "عروض", "اوفر", "ببلاش", "اوكازيون",
        "تنزيلات",
    ),
    # A deal that is a sale by itself, with no figure needed.
    "deal": (
        "bogo", "buy 1 get", "buy one get", "half price", "half off", "free delivery",
        "free shipping", "clearance", "cashback", "كاش باك", "نص السعر", "نصف السعر", "توصيل مجاني", "التوصيل مجاني",
        "شحن مجاني", "الشحن مجاني", "الثاني مجانا", "الثانيه مجانا", "اشتر واحد", "اشتري واحد",
        # (No phrase starts with a word as common as "for" or a digit: every such word costs a look-up.)
        "free with", "مجاني مع", "مجانيه مع", "مجانا مع", "هديه مع", "للبيع", "للايجار", "افضل الاسعار",
        "باقل الاسعار", "اقل الاسعار", "اسعار منافسه", "باسعار منافسه", "اسعار مميزه", "باسعار مميزه", "بسعر مميز",
    ),
    # Words of a contest, whose prize may have a value without anything being sold.
    "prize": (
        "win", "wins", "winner", "winners", "won", "giveaway", "prize", "prizes", "draw", "contest", "competition",
        "sweepstakes", "raffle", "مسابقه", "سحب", "جائزه", "جوائز", "يربح", "تربح", "يربحون", "يفوز", "تفوز",
        "يفوزون", "الفائز", "الفائزين", "فايز", "الرابح", "قسيمه",
    ),
    "buy_call": (
        "order", "shop", "buy", "book", "grab", "get yours", "subscribe", "sign up", "download the app",
        "call us", "dm to order", "link in bio", "visit our store", "visit our branch", "visit our website",
        "add to cart", "preorder", "reserve", "otlob", "2otlob", "e7gez", "ehgez",
        "اطلب", "اطلبوا", "اطلبي", "اطلبها", "احجز", "احجزوا", "احجزي", "تسوق", "تسوقوا", "اشتر", "اشتري",
        "اشتروا", "اشترك", "اشتركوا", "سارع", "سارعوا", "زورونا", "لا تفوت", "لا تفوتوا",
        "متفوتش", "ما تفوتوا", "ماتفوتوا", "حمل التطبيق", "حملوا التطبيق", "الرابط في البايو",
        "للطلب", "للطلبات", "للحجز", "للحجوزات", "whatsapp", "pre orders", "preorders", "pre order",
        "orders are open", "orders open", "bookings open", "registration is open", "limited seats", "limited stock",
        "تعالوا", "تعالو", "يحجز", "تحجز", "تحجزون", "اتصلوا", "كلمونا", "راسلونا",
        "التسجيل مفتوح", "المقاعد محدوده", "الكميه محدوده", "العدد محدود", "متوفره في الفروع", "متوفر في الفروع",
        "طلبات الشركات", "واتساب للطلب", "واتس للطلب", "order via", "order on",
        "order online", "متوفر الان", "متوفره الان",
    ),
    # A brand's call to action that names no price: "try it free", "now streaming", "download the app", "get
    # started". Only a model feature (no edge rule reads it): a brand's ad that says neither "buy" nor a price
    # shares it with the offers the model learnt from. Phrases that also end replies or news in the training
    # data ("learn more", "follow us", "is now", "discover") are left out. English only: Arabic calls ("سجل
    # الان", "لفتره محدوده", "احصل علي") were measured and gained no Arabic post while costing a little Arabic
    # news recall (README, classifier section).
    "brand_call": (
        "try it", "try for free", "free trial", "start your free", "sign up", "get started", "get it now",
        "get yours today", "get the app", "on the app", "in the app", "download now", "download the app",
        "download today", "install now", "now streaming", "streaming now", "start streaming", "stream now",
        "watch now", "available now", "now available", "out now", "in theatres", "in theaters", "only on",
        "apply now", "apply today", "join now", "join today", "register now", "register today", "don't miss",
        "limited time", "shop now", "order now", "order today", "book now", "book today", "now open", "is here",
        "your business", "your next", "click here", "click the link", "swipe up", "tap to",
    ),
    # A contest that asks for a purchase (edge rule 2): "buy any meal and enter", "مع كل عملية شراء".
    "purchase_condition": (
        "with every purchase", "with each purchase", "with any purchase", "with every order", "with each order",
        "with any order", "purchase of", "purchase required", "buy any", "spend over", "minimum order",
        "minimum spend", "receipt", "invoice", "order over", "orders over", "order above", "orders above",
        "order of", "orders of", "purchase over", "purchases over", "purchase above", "spend aed", "spend sar",
        "spend $", "every order", "every purchase", "each order", "orders over",
        "مع كل عمليه شراء", "مع كل شراء", "مع كل طلب", "مع كل فاتوره", "عند شراء", "فاتوره شراء", "بفاتوره",
        "ايصال الشراء", "اشتري اي", "اشتر اي", "لكل طلب", "طلب فوق", "طلبك فوق", "طلبات فوق", "طلب بقيمه",
        "طلبك بقيمه", "مشتريات بقيمه", "مشترياتك", "مشتريات فوق", "عند الطلب", "لكل عميل يطلب",
        "كل طلب", "اي طلب", "كل فاتوره", "بفاتوره فوق", "كل مشتريات",
        # Who takes part is whoever orders: "لكل من يطلب بأكثر من ١٠٠ ريال" ("لكل" is "كل" with its clitic).
        "كل من يطلب", "كل من طلب", "كل من يشتري", "كل من اشتري", "كل من يتسوق", "كل اللي يطلب", "كل اللي يشتري",
        "يطلب باكثر", "يطلب بقيمه", "يطلب فوق", "تطلب باكثر", "تطلب بقيمه", "تطلب فوق", "يشتري باكثر",
        "everyone who orders", "anyone who orders", "everyone who buys", "anyone who buys", "orders more than",
        "order more than", "spend more than", "purchases more than",
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


def _strip_clitics(word: str) -> list[str]:
    """The word, then its forms without an Arabic proclitic, and without an enclitic too."""
    forms = [word]
    if word and "\u0621" <= word[0] <= "\u064a":
        for prefix in ("", *_AR_PROCLITICS):
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                core = word[len(prefix):]
                forms.append(core)
                forms.extend(core[: -len(s)] for s in _AR_ENCLITICS if core.endswith(s) and len(core) - len(s) >= 2)
    return forms


@lru_cache(maxsize=1 << 18)
def trigger(word: str) -> str | None:
    """The form of `word` that starts a phrase signal or names a code, trying it bare and without clitics."""
    if word in _CODE_WORDS or word in _USE_WORDS:
        return word
    return next((form for form in _strip_clitics(word) if form in _STARTS), None)


@lru_cache(maxsize=1 << 18)
def is_currency(word: str) -> bool:
    return word in _CURRENCIES or any(form in _CURRENCIES for form in _strip_clitics(word)[1:])


BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]


def selling_conditions(f: Mapping[str, Any]) -> dict[str, Any]:
    """The edge rules' conditions, from each signal's presence: one definition for one post (bools) and for a
    batch (arrays), so the single and the batch paths cannot drift apart.

    - sells: edge rules 1 and 4 (a price names a sale, DESIGN.md rule 1);
    - sells_outright: for news, where prices and figures are the story, only an outright sale counts;
    - pushes_offer: edge rule 5, for replies (a price given in answer is not a push);
    - purchase_condition and prize: edge rule 2, and whether a contest has a prize at all.
    """
    discount_backed = f["discount"] & (f["percent"] | f["buy_call"] | f["price"])
    prize = f["prize"]
    no_prize = ~prize if isinstance(prize, np.ndarray) else not prize  # a prize's value is not a price
    return {
        "sells": (f["price"] & no_prize | f["promo_code"] | f["offer_price"] | f["deal"] | discount_backed
                  | f["buy_call"] & f["phone"] | f["purchase_condition"] & f["price"]),
        "sells_outright": (f["promo_code"] | f["deal"] | discount_backed | f["buy_call"] & f["price"]
                           | f["offer_price"] & f["buy_call"]),
        "pushes_offer": (f["promo_code"] | f["deal"] | f["discount"] & (f["percent"] | f["buy_call"] | f["offer_price"])
                         | f["offer_price"] & f["buy_call"] | f["purchase_condition"] & f["price"]
                         | f["buy_call"] & f["phone"]),
        "purchase_condition": f["purchase_condition"],
        "prize": f["prize"],
    }


@dataclass(frozen=True, slots=True)
class Signals:
    """What one post contains that bears on selling: the first matching words of each signal."""

    price: str | None = None
    percent: str | None = None
    discount: str | None = None
    promo_code: str | None = None
    buy_call: str | None = None
    purchase_condition: str | None = None
    offer_price: str | None = None
    phone: str | None = None
    deal: str | None = None
    prize: str | None = None
    brand_call: str | None = None

    def conditions(self) -> dict[str, bool]:
        return {name: bool(value) for name, value in selling_conditions(
            {name: bool(getattr(self, name)) for name in NAMES}).items()}

    @property
    def sells(self) -> bool:
        """Edge rule 1 (and 4): a price, a code, a deal, a discount backed by a figure or a call, a phone
        number with a call to buy, or a purchase condition with a price."""
        return self.conditions()["sells"]

    @property
    def sells_outright(self) -> bool:
        """What turns even a news post promotional, where prices and figures are the news."""
        return self.conditions()["sells_outright"]

    @property
    def pushes_offer(self) -> bool:
        """Edge rule 5, for replies. A reply that only states a price answers a question; it does not push."""
        return self.conditions()["pushes_offer"]

    def names(self) -> list[str]:
        return [name for name in NAMES if getattr(self, name)]

    def evidence(self) -> list[str]:
        return [f"{name.replace('_', ' ')} '{getattr(self, name)}'" for name in self.names()]


@dataclass(frozen=True)
class BatchSignals:
    """Signals of a batch of posts: one flag array and the first evidence per post, per signal."""

    flags: dict[str, BoolArray]
    evidence: dict[str, dict[int, str]]

    def conditions(self) -> dict[str, BoolArray]:
        return selling_conditions(self.flags)

    def of(self, post: int) -> Signals:
        return Signals(**{name: self.evidence[name].get(post) for name in NAMES})


# What a single word can be for the signals, as bits, so a batch's words are read in one pass.
NUMBER, CURRENCY, PERCENT_SIGN, ONE_LETTER, TRIGGER = 1, 2, 4, 8, 16


def word_flags(word: str) -> int:
    return (
        (NUMBER if word.isdigit() else 0)
        | (CURRENCY if is_currency(word) else 0)
        | (PERCENT_SIGN if word == "%" else 0)
        | (ONE_LETTER if len(word) == 1 else 0)
        | (TRIGGER if trigger(word) else 0)
    )


def _phrases_at(words: Sequence[str], i: int, form: str) -> list[tuple[str, str]]:
    """The phrase and code signals that begin at word i (whose trigger form is `form`), with their words."""
    found: list[tuple[str, str]] = []
    if form in _CODE_WORDS:
        j = i + 1
        while j < min(len(words), i + 4) and words[j] in _CODE_FILLERS:
            j += 1
        after = words[j] if j < len(words) else ""
        if _CODE.fullmatch(after) and after not in _NOT_CODES:
            found.append(("promo_code", f"{words[i]} {after}"))
    elif form in _USE_WORDS and i + 1 < len(words):
        code, then = words[i + 1], words[i + 2] if i + 2 < len(words) else ""
        letters_and_digits = code[:1].isalpha() and any(ch.isdigit() for ch in code) and code.isascii()
        if code not in _NOT_CODES and _CODE.fullmatch(code) and (letters_and_digits or then in _AFTER_CODE):
            found.append(("promo_code", f"{words[i]} {code}"))
    for name, rest in _STARTS.get(form, ()):
        if tuple(words[i + 1 : i + 1 + len(rest)]) == rest:
            found.append((name, " ".join([words[i], *rest])))
    return found


def _next(flags: BoolArray, step: int = 1) -> BoolArray:
    """flags shifted so that position i holds the flag of word i + step."""
    return np.concatenate([flags[step:], np.zeros(min(step, len(flags)), dtype=np.bool_)])


def _numeric_signals(words: Sequence[str], flags: IntArray) -> dict[str, tuple[BoolArray, list[str]]]:
    """Prices and percentages: a number beside a currency or a percent sign, found with whole-batch
    arrays since numbers are the commonest words that could start a signal."""
    number, currency = (flags & NUMBER) > 0, (flags & CURRENCY) > 0
    percent_sign, single = (flags & PERCENT_SIGN) > 0, (flags & ONE_LETTER) > 0
    price = (number & _next(currency)) | (currency & _next(number))
    # "Euro 2008", "the pound in 1992": a year beside a currency's name is no price.
    # Only the numbers are looked at word by word: they are a small share of a batch's words.
    numbers = np.flatnonzero(number)
    year = np.zeros(len(words), dtype=np.bool_)
    year[numbers] = [len(words[i]) == 4 and words[i][:2] in ("19", "20") for i in numbers.tolist()]
    price &= ~((currency & _next(year)) | (year & _next(currency)))
    # "ر.س": a number, then two one-letter words that make a dotted currency.
    for i in np.flatnonzero(number & _next(single) & _next(single, 2) & ~price).tolist():
        price[i] = (words[i + 1], words[i + 2]) in _CURRENCY_PAIRS
    # A figure in millions or billions is no price (the number's decimals are words of their own: "1", "2").
    for i in np.flatnonzero(price).tolist():
        price[i] = not any(word in _MAGNITUDES for word in words[i + 1 : i + 4])
    percent = (number & _next(percent_sign)) | (percent_sign & _next(number))
    # A price offered: a price with an offering word before it or after it.
    offer = np.zeros(len(words), dtype=np.bool_)
    for i in np.flatnonzero(price).tolist():
        before = words[i - 1] if i > 0 else ""
        after = words[i + 2] if i + 2 < len(words) else ""
        offer[i] = before in _OFFER_BEFORE or after in _OFFER_AFTER
    # A phone number: eight digits or more in one word (normalised digits are ASCII), as shops give them.
    long_number = np.zeros(len(words), dtype=np.bool_)
    long_number[numbers] = [len(words[i]) >= 8 for i in numbers.tolist()]

    def text(i: int, dotted: bool = False) -> str:
        if dotted:
            return f"{words[i]} {words[i + 1]}.{words[i + 2]}"
        return f"{words[i]}{words[i + 1]}" if "%" in (words[i], words[i + 1]) else f"{words[i]} {words[i + 1]}"

    return {
        "price": (price, [text(i, number[i] and not currency[i + 1]) for i in np.flatnonzero(price).tolist()]),
        "percent": (percent, [text(i) for i in np.flatnonzero(percent).tolist()]),
        "offer_price": (offer, [text(i, number[i] and not currency[i + 1]) for i in np.flatnonzero(offer).tolist()]),
        "phone": (long_number, [words[i] for i in np.flatnonzero(long_number).tolist()]),
    }


def find_in_words(
    words: Sequence[str],
    post_of_word: Sequence[int] | IntArray,
    posts: int,
    flags: IntArray | None = None,
) -> BatchSignals:
    """Signals of a batch of posts given its words, the post each word belongs to, and optionally the
    words' `word_flags` (computed here when not given)."""
    owner = np.asarray(post_of_word, dtype=np.int64)
    if flags is None:
        flags = np.fromiter(map(word_flags, words), dtype=np.int64, count=len(words))
    evidence: dict[str, dict[int, str]] = {name: {} for name in NAMES}
    for name, (at, texts) in _numeric_signals(words, flags).items():
        for i, text in zip(np.flatnonzero(at).tolist(), texts, strict=True):
            evidence[name].setdefault(int(owner[i]), text)
    for i in np.flatnonzero(flags & TRIGGER).tolist():
        for name, text in _phrases_at(words, i, trigger(words[i]) or ""):
            evidence[name].setdefault(int(owner[i]), text)
    present: dict[str, BoolArray] = {}
    for name in NAMES:
        flag = np.zeros(posts, dtype=np.bool_)
        flag[list(evidence[name])] = True
        present[name] = flag
    return BatchSignals(present, evidence)
