"""Occasions of a country: Hijri dates on the Umm al-Qura calendar (hijridate), Eid al-Fitr the day after
Ramadan's last day everywhere, Arabic names, national days, the picked international days, bad input."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hijridate import Gregorian, Hijri
from hypothesis import given, settings
from hypothesis import strategies as st

from cocktailparty.errors import InputError
from cocktailparty.occasions.catalog import ARAB, GULF, islamic_days, occasions_between, ramadan_days
from cocktailparty.occasions.greetings import greeting

TODAY = date(2026, 12, 7)
THREE_YEARS = (TODAY, TODAY + timedelta(days=3 * 366))
DEFINED = {"islamic_new_year": (1, 1), "ramadan_start": (9, 1), "eid_al_fitr": (10, 1), "arafah": (12, 9),
           "eid_al_adha": (12, 10)}


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=THREE_YEARS[0], max_value=THREE_YEARS[1]), st.sampled_from((*GULF, "EG", "MA")))
def test_every_hijri_date_in_the_next_three_years_is_hijridates(day: date, country: str) -> None:
    for occasion in occasions_between(country, day, day + timedelta(days=40), "en", ["womens_day"]):
        hijri = Gregorian(occasion.day.year, occasion.day.month, occasion.day.day).to_hijri()
        assert occasion.hijri == f"{hijri.year:04d}-{hijri.month:02d}-{hijri.day:02d}"
        if occasion.key in DEFINED:  # the Islamic days fall on their own Hijri day, both ways round
            month, day_of_month = DEFINED[occasion.key]
            assert (hijri.month, hijri.day) == (month, day_of_month), occasion
            assert date(*Hijri(hijri.year, month, day_of_month).to_gregorian().datetuple()) == occasion.day
        if occasion.key == "ramadan_end":
            assert hijri.month == 9 and hijri.day in (29, 30)
            after = occasion.day + timedelta(days=1)
            assert Gregorian(after.year, after.month, after.day).to_hijri().month == 10


@pytest.mark.parametrize("country", ARAB)
def test_eid_al_fitr_follows_ramadans_end_in_every_country_listed(country: str) -> None:
    found = occasions_between(country, *THREE_YEARS)
    ends = [o.day for o in found if o.key == "ramadan_end"]
    eids = [o.day for o in found if o.key == "eid_al_fitr"]
    starts = [o.day for o in found if o.key == "ramadan_start"]
    assert len(ends) == len(eids) == len(starts) == 3, (country, ends, eids)
    for start, end, eid in zip(starts, ends, eids, strict=True):
        assert eid == end + timedelta(days=1)
        assert (end - start).days + 1 in (29, 30)  # a month of Ramadan
        assert ramadan_days(start - timedelta(days=1), eid) == {start + timedelta(days=n)
                                                                for n in range((end - start).days + 1)}
    # Each Eid is there once: `holidays`' own estimate of the same day is not listed beside it.
    assert not [o for o in found if o.key.startswith("holiday:") and "eid" in o.key]


def test_the_1448_days_in_saudi_arabia_in_arabic_and_english() -> None:
    english = occasions_between("SA", date(2027, 1, 1), date(2027, 12, 31), "en")
    arabic = occasions_between("SA", date(2027, 1, 1), date(2027, 12, 31), "ar")
    by_key = {o.key: o for o in english}
    assert by_key["eid_al_fitr"].day == date(2027, 3, 9) and by_key["eid_al_fitr"].hijri == "1448-10-01"
    assert by_key["eid_al_adha"].hijri == "1448-12-10" and by_key["islamic_new_year"].hijri == "1449-01-01"
    assert by_key["new_year"].day == date(2027, 1, 1) and by_key["new_year"].kind == "international"
    national = [o for o in english if o.kind == "national"]
    assert date(2027, 9, 23) in {o.day for o in national}  # the Saudi National Day
    assert [o.key for o in english] == [o.key for o in arabic]
    names = {o.key: o.name for o in arabic}
    assert names["eid_al_fitr"] == "عيد الفطر" and names["ramadan_start"] == "بداية شهر رمضان"
    assert "اليوم الوطني" in {o.name for o in arabic if o.kind == "national"}


def test_gulf_national_days() -> None:
    expected = {"AE": date(2027, 12, 2), "QA": date(2027, 12, 18), "KW": date(2027, 2, 25),
                "BH": date(2027, 12, 16)}
    for country, day in expected.items():
        found = occasions_between(country, date(2027, 1, 1), date(2027, 12, 31))
        assert day in {o.day for o in found if o.kind == "national"}, country


def test_international_days_only_when_picked() -> None:
    plain = occasions_between("AE", date(2027, 3, 1), date(2027, 10, 31))
    picked = occasions_between("AE", date(2027, 3, 1), date(2027, 10, 31), "ar", ["womens_day", "teachers_day"])
    assert not [o for o in plain if o.key.startswith("intl:")]
    assert {(o.key, o.day, o.name) for o in picked if o.key.startswith("intl:")} == {
        ("intl:womens_day", date(2027, 3, 8), "اليوم الدولي للمرأة"),
        ("intl:teachers_day", date(2027, 10, 5), "اليوم العالمي للمعلمين")}


def test_greetings_in_both_languages() -> None:
    [eid] = [o for o in occasions_between("SA", date(2027, 3, 9), date(2027, 3, 9), "en")]
    [eid_ar] = [o for o in occasions_between("SA", date(2027, 3, 9), date(2027, 3, 9), "ar")]
    assert greeting(eid, "en").startswith("Eid Mubarak!")
    assert greeting(eid_ar, "ar").startswith("عيد مبارك!")
    [new_year] = [o for o in occasions_between("SA", date(2027, 6, 6), date(2027, 6, 6), "ar")]
    assert "١٤٤٩" in greeting(new_year, "ar")
    [national] = [o for o in occasions_between("SA", date(2027, 9, 23), date(2027, 9, 23), "ar")]
    assert national.name in greeting(national, "ar")


@pytest.mark.parametrize(("country", "first", "last", "code"), [
    ("XX", date(2027, 1, 1), date(2027, 2, 1), "occasions.country_unknown"),
    ("SA", date(2027, 2, 1), date(2027, 1, 1), "occasions.span_reversed"),
    ("SA", date(1900, 1, 1), date(1900, 2, 1), "occasions.span_outside"),
    ("SA", date(2077, 1, 1), date(2078, 2, 1), "occasions.span_outside"),
])
def test_bad_input_is_named(country: str, first: date, last: date, code: str) -> None:
    with pytest.raises(InputError) as caught:
        occasions_between(country, first, last)
    assert caught.value.code == code


def test_unknown_international_day() -> None:
    with pytest.raises(InputError, match="no international day"):
        occasions_between("SA", date(2027, 1, 1), date(2027, 2, 1), "en", ["cake_day"])


def test_islamic_days_at_the_edges_of_the_tables() -> None:
    assert islamic_days(date(2077, 1, 1), date(2077, 11, 16))  # the last year the tables hold
