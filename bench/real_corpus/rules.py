"""The team's reading of unlabelled real posts: written rules that give a category where a post is clear,
and no category (the post is left out) where it is not.

These rules label *training and evaluation data*, not posts in the product. They are deliberately
narrower than the classifier: a post is only labelled when one reading is obvious from its words (a
price with a way to order, a greeting for a named occasion, a question to the reader). Everything else
is dropped. PROVENANCE.md lists which source each rule was applied to.
"""

from __future__ import annotations

import re

# ------------------------------------------------------------------------------------------ helpers
_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"@\w+")
_TAIL = re.compile(r"[\s#\w\u0600-\u06ff]*$")  # trailing hashtags/words after the last sentence mark


def plain(text: str) -> str:
    """The text without links, so that 'ends with a question mark' is about the words."""
    return _URL.sub(" ", text).strip()


def is_retweet(text: str) -> bool:
    return text.startswith("RT @")


def is_reply(text: str) -> bool:
    return text.lstrip().startswith("@")


# ------------------------------------------------------------------------------------------ selling
_AR_PRICE = re.compile(
    r"(?:\d[\d,.]*|[\u0660-\u0669][\u0660-\u0669,.]*)\s*(?:ريال|ر\.?س|درهم|جنيه|دينار|دولار|ريالا)"
    r"|(?:بسعر|السعر|سعر|الاسعار|الأسعار)\s*[:\-]?\s*(?:\d|[\u0660-\u0669])"
)
_AR_SELL = re.compile(
    r"للبيع|للايجار|للإيجار|للطلب|للحجز|للتواصل|للاستفسار|اطلب|احجز|تسوق|متوفر|متوفره|متوفرة|خصم|تخفيض|تخفيضات|عروض|"
    r"عرض خاص|توصيل|شحن مجاني|شركة تنظيف|شركه تنظيف|تنظيف (?:فلل|مكيفات|كنب|خزانات|منازل|شقق)|"
    r"نقل عفش|مكافحة حشرات|مكافحه حشرات|صيانة|صيانه|اسعار منافسة|أسعار منافسة|افضل الاسعار|أفضل الأسعار|ضمان"
)
_PHONE = re.compile(r"(?:\+?9665|05|\+?9715|\+?20 ?1|01[0125])[\d\s-]{7,}|[\u0660-\u0669]{9,}")
_EN_PRICE = re.compile(r"[$€£]\s?\d|\d+(?:\.\d+)?\s?(?:usd|aed|sar|eur|gbp|dollars)\b", re.I)
_EN_SELL = re.compile(
    r"\b(?:\d+\s?% off|shop now|order now|buy now|use (?:the )?code|promo code|discount code|coupon|"
    r"free shipping|on sale|for sale|sale (?:ends|starts|today|now)|new arrivals?|in stock|restocked|"
    r"link in (?:bio|profile)|dm (?:to|for) (?:order|price|details)|available now|get yours|shop (?:the|our)|"
    r"\d+% discount|limited edition|pre-?order)\b",
    re.I,
)


_AR_AD = re.compile(
    r"للبيع|للايجار|للإيجار|اطلب الآن|اطلب الان|اطلبه الان|نقدم لكم|خدماتنا|افضل الاسعار|أفضل الأسعار|باقل الاسعار|"
    r"بأقل الأسعار|بسعر|للطلب|للحجز|للدعايه|للدعاية|تواصل واتس|التواصل واتس|خصومات|عروضنا|نشتري|"
    r"(?:شركة|شركه|مؤسسة|مؤسسه) (?:تنظيف|نقل|مكافحة|مكافحه|تسليك|صيانة|صيانه|خدمات|شراء)"
    # A price offered ("بـ 200 ريال", "ب 99 درهم"), and followers sold by the thousand ("خمس الاف متابع").
    r"|(?:^|\s)بـ?\s*(?:\d[\d,.]*|[\u0660-\u0669]+)\s*(?:ريال|ر\.?س|درهم|جنيه|دينار|دولار)"
    r"|(?:الف|ألف|آلاف|الاف|k)\s*متابع"
)
# WhatsApp named as a way to reach a seller ("واتس 05...", "للطلب واتساب"), not as the app being talked about
# ("#الواتساب_معلق", WhatsApp is down): it counts as a selling word only next to a number or an order word.
_AR_WHATSAPP = re.compile(r"(?:واتس|واتساب|وتساب)(?:\s*(?:اب|آب))?\s*[:：]?\s*(?:\+?\d|[\u0660-\u0669])"
                          r"|(?:للطلب|للتواصل|للحجز|للاستفسار)\s*(?:عبر|على|ع|)\s*(?:ال)?(?:واتس|واتساب|وتساب)")


def sells_ar(text: str) -> bool:
    """An Arabic post that offers something for money: a price, an order/contact call, or a service ad."""
    if is_reply(text):
        return False
    body = plain(text)
    price = bool(_AR_PRICE.search(body))
    # Distinct selling words: a word repeated in hashtags is one word.
    sell = len(set(_AR_SELL.findall(body))) + bool(_AR_WHATSAPP.search(body))
    phone = bool(_PHONE.search(body))
    return bool(_AR_AD.search(body)) or (price and (sell or phone)) or (sell > 0 and phone) or sell >= 2


def sells_en(text: str) -> bool:
    body = plain(text)
    return bool(_EN_SELL.search(body)) or (bool(_EN_PRICE.search(body)) and bool(
        re.search(r"\b(?:shop|order|buy|sale|available|each|only|now|get|grab|new)\b", body, re.I)))


# ------------------------------------------------------------------------------------------ contests
_AR_CONTEST = re.compile(r"مسابقة|مسابقه|سحب على|موعد سحب|السحب على|الفائز|الفائزين|جائزة|جائزه|جوائز")
_AR_ENTER = re.compile(r"رتويت|ريتويت|لايك|تابع|منشن|فعل التنبيهات|اكتب تم|شارك")
_EN_CONTEST = re.compile(r"\b(?:giveaway|give away|contest|sweepstakes?|chance to win|to win|enter to win|winners?)\b",
                         re.I)
_EN_ENTER = re.compile(r"\b(?:retweet|rt|follow|like|tag|comment|enter)\b", re.I)


def contest_ar(text: str) -> bool:
    return bool(_AR_CONTEST.search(text)) and bool(_AR_ENTER.search(text))


def contest_en(text: str) -> bool:
    return bool(_EN_CONTEST.search(text)) and bool(_EN_ENTER.search(text))


# ------------------------------------------------------------------------------------------ greetings
_AR_GREETING = re.compile(
    r"عيد مبارك|عيدكم مبارك|عيد سعيد|كل عام وانتم بخير|كل عام وأنتم بخير|كل عام و انتم بخير|رمضان كريم|رمضان مبارك|"
    r"مبارك عليكم الشهر|جمعة مباركة|جمعه مباركه|جمعة مباركه|اليوم الوطني|عام سعيد|سنة سعيدة|سنه سعيده|"
    r"مبروك|الف مبروك|ألف مبروك|نهنئ|نبارك|تهنئة|تهنئه"
)
_EN_GREETING = re.compile(
    r"\b(?:happy (?:thanksgiving|new year|holidays|birthday|easter|mother'?s day|father'?s day|4th|fourth|"
    r"independence day|diwali|hanukkah|eid|valentine'?s day|halloween|anniversary|national day)|merry christmas|"
    r"eid mubarak|ramadan kareem|season'?s greetings|congratulations|congrats)\b",
    re.I,
)


def greets_ar(text: str) -> bool:
    return bool(_AR_GREETING.search(text))


def greets_en(text: str) -> bool:
    return bool(_EN_GREETING.search(text))


# ------------------------------------------------------------------------------------------ questions
_AR_QUESTION_START = re.compile(r"^(?:#\S+\s+)*(?:هل|ما|ماذا|وش|ايش|إيش|شو|كيف|ليش|ليه|لماذا|مين|من|متى|وين|أين|اين|"
                                r"ايه|إيه|انتو|انتم|رايكم|رأيكم)\b")
_EN_QUESTION_START = re.compile(
    r"^(?:what|which|who|how|why|when|where|would|do|does|did|is|are|can|could|should|anyone|any)\b", re.I)


def asks(text: str, lang: str) -> bool:
    """A question put to the reader: it ends with a question mark (links and tags aside) and is not a
    reply, a retweet or a headline shared by an account."""
    if is_reply(text) or is_retweet(text):
        return False
    body = _TAIL.sub("", plain(text)).rstrip() or plain(text)
    ends = body.endswith(("?", "؟"))
    if lang == "ar":
        return ends and (bool(_AR_QUESTION_START.search(plain(text))) or len(body) < 140)
    return ends and len(body) >= 15 and "@user" not in body[:1]


# ------------------------------------------------------------------------------------------ news
_AR_NEWS = re.compile(r"^(?:RT @\w+:\s*)?(?:🔴\s*)?(?:#?عاجل|#\S+\s*[|:]|[^\n]{0,40}\s\|\s)|وكالة|مصدر|مصادر|"
                      r"الرئيس|الحكومة|الحكومه|وزير|وزارة|وزاره|مجلس|الشرطة|الشرطه|الجيش|انتخابات|قتلى|مقتل|"
                      r"اعلنت|أعلنت|أعلن|اعلن|يعلن|تعلن|رسميا|رسمياً")
_FIRST_PERSON_AR = re.compile(r"(?:^|\s)(?:انا|أنا|احنا|إحنا|نحن|عندي|ابي|أبي|ودي|بدي|عايز|عاوز)(?:\s|$)")


def reads_as_news_ar(text: str) -> bool:
    return bool(_AR_NEWS.search(text)) and not _FIRST_PERSON_AR.search(text) and not is_reply(text)
