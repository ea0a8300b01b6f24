"""Triage of what people say to a channel: question or inquiry, complaint, praise or thanks, sales lead,
spam or abuse, other; in Arabic (standard and dialects) and English. Pure: no database, no network.

Rules over the classifier's normalised text (`classify.normalise`: Arabic letters folded, digits and "؟"
made ASCII, mentions and links replaced), checked in order of what a team must not miss: abuse and spam
first (never answered), then complaints (a complaint phrased as a question, or naming a price, is still a
complaint), buying intent (a lead is a question worth money), questions, praise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from cocktailparty.classify.normalise import SEP, normalise, normalise_joined
from cocktailparty.language import script_of

QUESTION = "question"
COMPLAINT = "complaint"
PRAISE = "praise"
LEAD = "lead"
SPAM = "spam"
OTHER = "other"
LABELS: tuple[str, ...] = (QUESTION, COMPLAINT, PRAISE, LEAD, SPAM, OTHER)
# The order of the inbox: what needs an answer first.
URGENCY: dict[str, int] = {COMPLAINT: 0, QUESTION: 1, LEAD: 2, OTHER: 3, PRAISE: 4, SPAM: 5}


@dataclass(frozen=True, slots=True)
class Triage:
    label: str
    language: str  # "ar", "en" or "other"
    why: str  # the words that decided, as normalised


def _pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One pattern for phrases normalised the way the text is, matched as whole words ('*' at a phrase's end
    allows any ending: "thank*"). Arabic glues و/ف/ب/ل/ك and ال to the next word: they are allowed before an
    Arabic phrase (only و before a word of two letters: "لكم" is not "كم"). The word boundary is written once
    outside each alternation, which keeps the pattern fast on long texts."""
    groups: dict[str, list[str]] = {"arabic": [], "short": [], "latin": []}
    for phrase in phrases:
        stem = phrase.endswith("*")
        words = normalise(phrase.rstrip("*")).strip()
        body = r"\s+".join(re.escape(word) for word in words.split()) + (r"\w*" if stem else "")
        arabic = re.match(r"[\u0600-\u06ff]", words) is not None
        groups["latin" if not arabic else "arabic" if len(words) > 2 else "short"].append(body)
    # Longer alternatives first: the regex engine takes the first that matches.
    alternation = {name: "|".join(sorted(bodies, key=len, reverse=True)) for name, bodies in groups.items() if bodies}
    parts = []
    if "arabic" in alternation:
        parts.append(rf"[وفبلك]?(?:ال)?(?:{alternation['arabic']})")
    if "short" in alternation:
        parts.append(rf"و?(?:{alternation['short']})")
    if "latin" in alternation:
        parts.append(rf"(?:{alternation['latin']})")
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)")


_SPAM = _pattern([
    "follow back", "follow me", "f4f", "check my profile", "check out my page", "visit my profile", "dm me for",
    "earn money", "make money", "work from home", "crypto signal*", "bitcoin", "forex", "onlyfans",
    "promo code for you", "free followers", "giveaway winner dm", "click the link in my bio", "تابعني",
    "تابعوني", "رابط في البايو", "زيادة متابعين", "ربح من الانترنت", "اربح", "فوركس", "بيتكوين", "عملات رقمية",
])
_ABUSE = _pattern([
    "idiot*", "moron*", "stupid bitch", "go to hell", "fuck you", "fuck off", "piece of shit", "scum",
    "retard*", "حمير", "يا حمار", "يا كلب", "كلاب", "حيوانات", "يا حيوان", "تفو", "انقلعوا", "وسخين", "حقير*",
    "يلعن",
])
_LEAD = _pattern([
    "how much", "price*", "pricing", "cost*", "quote", "where can i buy", "where can i get", "how can i buy",
    "how do i order", "how can i order", "i want to buy", "i'd like to buy", "i would like to buy",
    "i want to order", "i'd like to order", "i would like to order", "interested in buying", "in stock",
    "available in", "do you deliver", "do you ship", "shipping to", "delivery to", "wholesale", "bulk order",
    "book a table", "reservation", "discount code", "كم السعر", "كم سعر", "بكم", "السعر", "الاسعار", "سعره",
    "سعرها", "اسعاركم", "ابغى اطلب", "ابي اطلب", "ابغي اطلب", "عايز اطلب", "عاوز اطلب", "بدي اطلب",
    "اريد ان اطلب", "اريد شراء", "ابغى اشتري", "ابي اشتري", "عايز اشتري", "بدي اشتري", "كيف اطلب", "كيف اشتري",
    "وين القاه", "من وين اشتري", "متوفر", "متوفره", "توصيل", "توصلون", "بتوصلوا", "حجز", "احجز", "جمله",
    "بالجمله", "عرض سعر",
])
_COMPLAINT = _pattern([
    "not been", "has not", "have not", "did not", "does not", "is not", "are not", "was not", "were not", "no longer",
    "nolonger", "not letting", "won't let", "wouldn't", "not allow*", "failed", "fails", "freez*", "disappeared",
    "fix", "fixed", "not there", "still no", "still don't", "still dont", "keep getting", "hacked", "locked",
    "lock out", "stopped", "outage", "is down", "are down", "too slow", "twice", "no way to", "ludicrous", "dumb",
    "stupid", "fuck*", "hasnt", "havent", "havnt", "not work*", "doesnt work", "not showing", "not appear*",
    "ما زبط", "مازبط", "ما ظبط", "معلق", "يعلق", "علق", "ما نزل", "ما اشتغلت", "انسرق", "اتسرق", "اخترق", "مخترق",
    "ما ينشحن", "ما يوصل", "ولا رد", "من يومين", "من اسبوع", "من شهر", "كل مره", "سرقه", "سرقتوا", "حسبنا الله",
    "isn't", "isnt", "aren't", "doesn't", "doesnt", "didn't", "didnt", "hasn't", "haven't", "wasn't",
    "not working", "doesn't work", "does not work", "didn't work", "isn't working", "is not working", "won't",
    "wont", "can't", "cant", "cannot", "couldn't", "unable to", "not able to", "still waiting", "still haven't",
    "still not", "never received", "never arrived", "haven't received", "have not received", "didn't receive",
    "not received", "where is my", "where's my", "wheres my", "missing", "broken", "broke", "damaged", "faulty",
    "crash*", "bug*", "error*", "glitch*", "problem*", "issue*", "refund*", "charged", "overcharged",
    "double charged", "cancel*", "complain*", "complaint*", "disappointed", "disappointing", "terrible",
    "horrible", "awful", "worst", "useless", "ridiculous", "unacceptable", "poor service", "bad service",
    "rude", "scam*", "ripped off", "waste of", "annoying", "frustrat*", "fed up", "sick of", "ugh", "wtf",
    "suspended", "banned", "locked out", "hacked", "stuck", "delay*", "late", "lost", "fix this", "fix it",
    "please fix", "sort this out", "no response", "no reply", "no answer", "ignored", "keeps",
    "stopped working", "not loading", "won't load", "down again", "wrong", "مشكله", "مشاكل", "ما وصل", "ماوصل",
    "لم يصل", "ما وصلني", "ماوصلني", "لم استلم", "ما استلمت", "ما جاني", "متاخر", "تاخير", "تاخر", "تأخرتوا",
    "سيء", "سيئه", "زفت", "خايس", "للاسف", "مع الاسف", "معطل", "عطلان", "خربان", "ما يشتغل", "مايشتغل",
    "ما يفتح", "مايفتح", "ما اشتغل", "لا يعمل", "مش شغال", "مابيشتغلش", "مش راضي", "بطيء", "استرجاع", "استرداد",
    "ارجاع", "فلوسي", "خصم من رصيدي", "انخصم", "اشتكي", "شكوى", "شكوي", "اسوا", "أسوأ", "حرام عليكم",
    "حسبي الله", "ليش كذا", "ليه كده", "لا احد يرد", "محد يرد", "ما احد يرد", "ما في رد", "مافي رد", "بدون رد",
    "فاشل", "فاشله", "خدمه سيئه", "تعبت", "زهقت", "قرفت", "نصب", "حراميه", "مقطوع", "انقطاع", "انقطع", "غلط",
    "خطا", "تالف", "مكسور", "ناقص", "الغاء", "الغيت", "ملغي", "موقوف", "تم ايقاف", "ما ينفع", "ماينفع",
    # Read from the misses of the complaints corpus's reading half (bench/inbox_triage.py): waiting and being
    # let down, said without a negated verb.
    "out of stock", "on hold", "hung up", "hangs up", "no call", "waiting since", "been waiting", "still trying",
    "fail", "irritated", "mad", "angry", "pissed", "suck*", "the hell", "expired", "died", "laggy",
    "not impressed", "please explain", "how come", "not happy", "unhappy", "never again", "shame on",
    "why don't", "why doesn't", "why can't", "why won't", "why isn't", "why aren't", "why is there no",
    "why do i have to", "nobody", "no one", "nightmare", "pathetic", "shocking", "disgust*", "inconvenien*",
    "overdrawn", "what gives", "ما فيه احد", "محد رد", "طفشت", "زعلان", "معصب", "كرهت",
])
# Phrases that carry a complaint's words without one: "can't wait", "no problem at all".
_NOT_COMPLAINT = _pattern([
    "can't wait", "cant wait", "cannot wait", "can't help but", "no problem*", "no issue*", "not a problem",
    "no worries", "not complaining",
])
# A request for the way to do something ("how do I get my credit back?", "is there any way to…"): asked about a
# situation (a lost phone, a cancelled flight, a forgotten password), it is a question, not a complaint, unless
# the text also says that something failed or how the writer feels about it (_FAILED). English only for now: it
# was measured on English customer-care tweets (bench/inbox_triage.py) and on no Arabic set.
_ASKS_HOW = _pattern([
    "how do i", "how can i", "how would i", "how to", "how does one", "is there any way", "is there anyway",
    "is there a way", "is it possible", "can i get", "can i", "could i", "please advise", "please assist",
    "what do i need", "what should i", "is this correct",
])
# What a situation is, not a failure: lost, locked, forgot, missing, cancelled, a problem, no longer, could not.
_SITUATION = _pattern([
    "lost", "locked", "lock out", "missing", "cancel*", "problem*", "issue*", "nolonger", "no longer", "can't",
    "cant", "couldn't", "wasn't", "fixed", "keep getting", "refund*",
])
# Words that say it failed, or how the writer feels: with them it stays a complaint.
_FAILED = _pattern([
    "not work*", "doesn't work", "doesnt work", "didn't work", "stopped working", "not loading", "won't", "wont",
    "never", "still", "again", "terrible", "horrible", "awful", "worst", "useless", "ridiculous", "unacceptable",
    "scam*", "frustrat*", "annoying", "waste of", "no response", "no reply", "ignored", "hacked", "error*",
    "crash*", "bug*", "broken", "charged", "waited", "waiting", "hours", "days", "weeks",
])
_QUESTION_WORDS = _pattern([
    "what", "whats", "what's", "how", "when", "where", "why", "who", "which", "can you", "could you", "can i",
    "could i", "do you", "does", "did you", "is there", "are there", "is it", "are you", "will you",
    "will there", "any idea", "anyone know", "wondering", "please advise", "let me know", "help me",
    "need help", "can someone", "should i", "هل", "كيف", "كيفيه", "متى", "امتى", "وين", "فين", "ليش", "ليه",
    "لماذا", "ماذا", "شو", "ايش", "وش", "ايه", "كم", "ممكن", "لو سمحت", "لو سمحتوا", "ابغى اعرف", "ابي اعرف",
    "اريد ان اعرف", "عايز اعرف", "بدي اعرف", "استفسار", "سؤال", "ساعدوني", "عندكم", "في عندكم", "فيه عندكم",
    "تقدرون", "تقدروا", "يصير", "ينفع", "مين", "من فين", "اي", "أي", "هل يوجد", "يا ترى",
])
_PRAISE = _pattern([
    "thank*", "thx", "ty", "appreciate*", "love*", "loving", "great", "amazing", "awesome", "excellent",
    "fantastic", "brilliant", "perfect", "wonderful", "best", "well done", "good job", "kudos", "congrat*",
    "delicious", "beautiful", "impressed", "helpful", "lovely", "nice", "شكرا", "شكراً", "مشكورين", "مشكور",
    "يعطيكم العافيه", "يعطيك العافيه", "تسلم", "تسلمون", "تسلموا", "الله يوفقكم", "الله يعطيكم", "ممتاز",
    "رائع", "روعه", "جميل", "حلو", "مبدعين", "مبدع", "احسنتم", "بالتوفيق", "ما شاء الله", "ماشاء الله", "لذيذ",
    "يجنن", "تحفه", "عظيم", "افضل", "احلى", "نحبكم", "احبكم", "مبروك", "الف مبروك", "جزاكم الله",
])
_PRAISE_EMOJI = re.compile("[\u2764\U0001f44f\U0001f60d\U0001f970\U0001f64f\U0001f525\U0001f44d\U0001f496\U0001f49c]")
_LINK = re.compile(r"\burl\b")


def triage(text: str) -> Triage:
    """The label of one comment, its language, and the words that decided."""
    return triage_many([text])[0]


def triage_many(texts: list[str]) -> list[Triage]:
    """`triage` of many comments, normalised in one pass (a fetch brings hundreds at a time)."""
    # Long texts: the start says what it is about (and a 100 KB paste is not read to its end). Typographic
    # apostrophes ("can’t") are the same word as ASCII ones.
    samples = [text[:4000].replace("\u2019", "'").replace("\u2018", "'") for text in texts]
    joined = normalise_joined(samples).split(SEP)
    if len(joined) != len(samples):  # a text carrying the separator itself: one at a time
        joined = [normalise(sample) for sample in samples]
    return [_decide(sample, words) for sample, words in zip(samples, joined, strict=True)]


def _decide(sample: str, words: str) -> Triage:
    language = script_of(sample)
    abuse = _ABUSE.search(words)
    if abuse:
        return Triage(SPAM, language, abuse.group(0).strip())
    spam = _SPAM.search(words)
    if spam and (_LINK.search(words) or len(words) < 80):
        return Triage(SPAM, language, spam.group(0).strip())
    # A complaint that names a price ("price gouging", "charged twice") is a complaint, not a lead.
    plain = _NOT_COMPLAINT.sub(" ", words)
    complaint = _COMPLAINT.search(plain)
    if complaint:
        asks = _ASKS_HOW.search(words)
        if asks and ("?" in words or "please" in words) and not _FAILED.search(plain) \
                and all(_SITUATION.fullmatch(found.group(0)) for found in _COMPLAINT.finditer(plain)):
            return Triage(QUESTION, language, asks.group(0).strip())
        return Triage(COMPLAINT, language, complaint.group(0).strip())
    lead = _LEAD.search(words)
    if lead:
        return Triage(LEAD, language, lead.group(0).strip())
    if "?" in words:
        return Triage(QUESTION, language, "?")
    asked = _QUESTION_WORDS.search(words)
    if asked:
        return Triage(QUESTION, language, asked.group(0).strip())
    praised = _PRAISE.search(words) or _PRAISE_EMOJI.search(sample)
    if praised:
        return Triage(PRAISE, language, praised.group(0).strip())
    return Triage(OTHER, language, "")
