import pytest

from cocktailparty.classify.features import tokens
from cocktailparty.classify.normalise import normalise
from cocktailparty.classify.signals import Signals, find_in_words


def signals(text: str) -> Signals:
    words = tokens(normalise(text))
    return find_in_words(words, [0] * len(words), 1).of(0)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("١٩٩ ر.س فقط", "199 ر.س"),
        ("only $25 today", "$ 25"),
        ("from 45 AED", "45 aed"),
        ("بـ ٥٠ جنيه", "50 جنيه"),
        ("KWD 3.5", "kwd 3"),
    ],
)
def test_prices_in_many_currencies(text: str, price: str) -> None:
    assert signals(text).price == price


def test_discounts_with_arabic_clitics_but_not_inside_other_words() -> None:
    assert signals("بخصم ٣٠٪").discount == "بخصم"
    assert signals("عروضنا الحصرية").discount == "عروضنا"
    assert signals("زوروا المعرض الدولي للكتاب").discount is None  # معرض is an exhibition, not an offer


def test_promo_codes() -> None:
    assert signals("use code SORRY15 at checkout").promo_code == "code sorry15"
    assert signals("استخدموا كود EID20").promo_code == "كود eid20"
    assert signals("enter the code below").promo_code is None


def test_purchase_conditions_and_sells() -> None:
    found = signals("Win! with every purchase over 100 AED")
    assert found.purchase_condition == "with every purchase"
    assert found.sells  # a purchase condition is a condition of sale
    assert not signals("Win a 500 SAR voucher! Follow and tag a friend").sells  # a prize's value is no sale
    assert signals("Return flights to Baku from AED 289").offer_price == "aed 289"
    fares = signals("Fares rise to EGP 20 next month")
    assert fares.sells and not fares.sells_outright  # a price names a sale (rule 1), but not in the news
    assert signals("Eid Mubarak! 30% off everything").sells
    assert signals("اطلب الآن بـ ٢٥ ريال").sells


@pytest.mark.parametrize(
    "text",
    ["Company sues Elon Musk for attempting to back out of $44 billion deal",
     "Icahn Enterprises files for $1.2 bln mixed securities shelf offering",
     "استثمارات بقيمة ٣ مليار ريال في المشروع"],
)
def test_figures_in_millions_and_billions_are_no_price(text: str) -> None:
    found = signals(text)
    assert found.price is None and found.offer_price is None
    assert not found.sells_outright


def test_a_price_beside_a_figure_in_millions_is_still_a_price() -> None:
    assert signals("Raised $2 million for the launch. Tickets $25, book now").price == "$ 25"


@pytest.mark.parametrize(
    ("text", "call"),
    [
        ("Reapers. Rivals. Ruthless leaders. Start streaming the final season now.", "start streaming"),
        ("Create, collaborate and centralise your team's work. Try it free for 30 days.", "try it"),
        ("Skip the line: order ahead on the app and pick up in store.", "on the app"),
    ],
)
def test_a_brands_call_to_action_without_a_price(text: str, call: str) -> None:
    found = signals(text)
    assert found.brand_call == call
    assert not found.sells  # a model feature only: no edge rule turns a post promotional for it


@pytest.mark.parametrize(
    "text",
    ["Thanks for reaching out! You can learn more about refunds on our help page.",
     "Follow us for live updates from the summit",
     "عاجل: تابعونا لمزيد من التفاصيل حول القمة"],
)
def test_words_that_end_replies_and_news_are_no_brand_call(text: str) -> None:
    assert signals(text).brand_call is None
