"""Occasions in the web app: on the calendar with their Hijri date and greetings in the workspace's languages,
one click puts a greeting in the library, the settings page saves the country and the days without promotion;
in English and Arabic; viewers read only."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

import factories
from cocktailparty import db
from cocktailparty.models import AvoidDay, LibraryItem, Role
from webclient import post_form, sign_up


def _library() -> list[tuple[str, str]]:
    with db.session_scope() as session:
        return [(i.category, i.text) for i in session.scalars(select(LibraryItem).order_by(LibraryItem.id))]


def test_eid_on_the_calendar_with_its_hijri_date_and_greetings(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    calendar = f"/w/{workspace_id}/calendar?view=month&date=2027-03-01"
    page = client.get(calendar).text
    assert 'data-occasion="eid_al_fitr"' in page and "Eid al-Fitr" in page
    assert "1 Shawwal 1448 AH" in page  # the occasion's Hijri date, shown even when Hijri dates are off
    assert "Eid Mubarak! May Eid al-Fitr" in page and "عيد مبارك!" in page  # Arabic and English greetings
    answer = post_form(client, f"/w/{workspace_id}/occasions/draft",
                       {"day": "2027-03-09", "key": "eid_al_fitr", "lang": "ar", "back": "calendar"},
                       page=calendar, follow_redirects=True)
    assert answer.status_code == 200 and "/calendar?date=2027-03-09" in str(answer.url)
    assert "The greeting is in the library as a celebration draft." in answer.text
    [(category, text)] = _library()
    assert category == "celebration" and text.startswith("عيد مبارك!")


def test_the_calendar_in_arabic(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    calendar = f"/w/{workspace_id}/calendar?view=month&date=2027-03-01"
    post_form(client, "/language", {"lang": "ar", "next": calendar}, page=calendar)
    page = client.get(calendar).text
    assert "عيد الفطر" in page and "١ شوال ١٤٤٨ هـ" in page and "آخر أيام رمضان" in page
    assert "أضف هذه التهنئة إلى المكتبة" in page


def test_settings_choose_country_languages_and_days_without_promotion(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    url = f"/w/{workspace_id}/occasions"
    page = client.get(url)
    assert page.status_code == 200 and "Occasion settings" in page.text
    answer = post_form(client, f"{url}/settings", {
        "country": "AE", "languages": ["en"], "international": ["intl:womens_day"],
        "no_promotion": ["eid_al_fitr", "eid_al_adha"], "ramadan_evening": "1", "ramadan_evening_at": "20:45",
    }, page=url, follow_redirects=True)
    assert answer.status_code == 200 and "Occasion settings saved." in answer.text
    with db.session_scope() as session:
        reasons = {a.reason for a in session.scalars(select(AvoidDay).where(AvoidDay.workspace_id == workspace_id))}
    assert reasons == {"occasion:eid_al_fitr", "occasion:eid_al_adha"}
    page = client.get(f"/w/{workspace_id}/calendar?view=month&date=2027-03-01").text
    assert "International Women&#39;s Day" in page and "عيد مبارك!" not in page  # English greetings only now
    bad = post_form(client, f"{url}/settings", {"country": "ZZ", "languages": ["en"]}, page=url)
    assert bad.status_code == 422 and "no public holidays are known for the country ZZ" in bad.text


def test_viewers_see_occasions_but_cannot_draft_or_change_them(client: TestClient, other_client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    sign_up(other_client, "omar@example.com", "Omar's")
    assert workspace_id
    with db.session_scope(write=True) as session:
        factories.joined(session, "omar@example.com", workspace_id, Role.VIEWER)
    url = f"/w/{workspace_id}/occasions"
    page = other_client.get(url)
    assert page.status_code == 200 and "Occasion settings" not in page.text
    answer = post_form(other_client, f"{url}/draft", {"day": "2027-03-09", "key": "eid_al_fitr", "lang": "en"},
                       page=url)
    assert answer.status_code == 403 and not _library()
