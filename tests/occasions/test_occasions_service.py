"""A workspace's occasions on a real database: settings checked and kept, chosen occasions made days without
promotion (and redone when the choice changes, days added by hand kept), greetings put in the library, and
Ramadan's evening slots in the planner."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import select

import factories
from cocktailparty import db
from cocktailparty.errors import InputError, NotFound
from cocktailparty.models import AvoidDay, LibraryItem
from cocktailparty.occasions import service
from cocktailparty.planning.service import plan_channel
from cocktailparty.workspaces.service import add_avoid_day, get_or_create

TODAY = date(2027, 1, 10)
EID = date(2027, 3, 9)


@pytest.fixture
def env(rollback_env: Path) -> Path:
    return rollback_env


def _avoid_days(workspace_id: int) -> list[tuple[date, str]]:
    with db.session_scope() as session:
        return [(a.day, a.reason) for a in session.scalars(
            select(AvoidDay).where(AvoidDay.workspace_id == workspace_id).order_by(AvoidDay.day))]


def test_defaults_then_saved_settings(env: Path) -> None:
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        chosen = service.settings_of(session, workspace)
        assert (chosen.country, chosen.languages, chosen.ramadan_evening) == ("SA", ("ar", "en"), False)
        service.update_settings(session, workspace, country="ae", languages=["en"], international=["womens_day"],
                                no_promotion=[], ramadan_evening=True, ramadan_evening_at="20:30", today=TODAY)
    with db.session_scope() as session:
        chosen = service.settings_of(session, get_or_create(session, "Acme"))
        assert chosen.country == "AE" and chosen.languages == ("en",) and chosen.international == ("womens_day",)
        assert chosen.ramadan_evening and chosen.ramadan_evening_at == time(20, 30)


@pytest.mark.parametrize(("field", "value", "code"), [
    ("country", "ZZ", "occasions.country_unknown"),
    ("languages", ["fr"], "occasions.bad_languages"),
    ("languages", [], "occasions.bad_languages"),
    ("international", ["cake_day"], "occasions.unknown_day"),
    ("ramadan_evening_at", "25:00", "occasions.bad_time"),
])
def test_bad_settings_are_refused_and_nothing_changes(env: Path, field: str, value: object, code: str) -> None:
    fields: dict[str, object] = {"country": "SA", "languages": ["ar"], "international": [], "no_promotion": [],
                                 "ramadan_evening": False, "ramadan_evening_at": "21:00", field: value}
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        with pytest.raises(InputError) as caught:
            service.update_settings(session, workspace, today=TODAY, **fields)  # type: ignore[arg-type]
        assert caught.value.code == code
        assert service.settings_of(session, workspace).languages == ("ar", "en")


def test_chosen_occasions_become_days_without_promotion(env: Path) -> None:
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        workspace_id = workspace.id
        add_avoid_day(session, workspace, date(2027, 5, 16), reason="our own")  # Eid al-Adha, by hand
        service.update_settings(session, workspace, country="SA", languages=["ar"], international=[],
                                no_promotion=["eid_al_fitr", "eid_al_adha", "holiday:national-day-holiday"],
                                ramadan_evening=False, today=TODAY)
    # A year from today: Eid al-Fitr 1448 and 1449 (26 Feb 2028 is after the year), the National Day; Eid al-Adha
    # was already a day without promotion, made by hand, and keeps its reason.
    assert _avoid_days(workspace_id) == [
        (EID, "occasion:eid_al_fitr"), (date(2027, 5, 16), "our own"),
        (date(2027, 9, 23), "occasion:holiday:national-day-holiday"),
    ]
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        service.update_settings(session, workspace, country="SA", languages=["ar"], international=[],
                                no_promotion=["ramadan_end"], ramadan_evening=False, today=TODAY)
    assert _avoid_days(workspace_id) == [(date(2027, 3, 8), "occasion:ramadan_end"), (date(2027, 5, 16), "our own")]


def test_a_greeting_goes_to_the_library_as_a_celebration_draft(env: Path) -> None:
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        item = service.draft_greeting(session, workspace, EID, "eid_al_fitr", "ar")
        assert item.category == "celebration" and item.text.startswith("عيد مبارك")
        assert item.expires_at is not None and item.expires_at.date() == date(2027, 3, 10)
        with pytest.raises(NotFound):
            service.draft_greeting(session, workspace, EID, "eid_al_adha", "en")
        assert len(session.scalars(select(LibraryItem)).all()) == 1


def test_ramadan_moves_the_planners_slots_to_the_evening(env: Path) -> None:
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        channel = factories.channel(session, workspace, timezone="Asia/Riyadh", slots=["Mon 09:00", "Mon 13:00"])
        # Monday 15 Feb 2027 is in Ramadan 1448; Monday 15 Mar 2027 is not.
        days = (date(2027, 2, 15), date(2027, 3, 15))

        def slots() -> list[time]:
            return [entry.at_local.time() for day in days
                    for entry in plan_channel(session, workspace, channel, day, day).entries]

        before = slots()
        assert before == [time(9), time(13), time(9), time(13)]
        service.update_settings(session, workspace, country="SA", languages=["ar"], international=[],
                                no_promotion=[], ramadan_evening=True, ramadan_evening_at="21:00", today=TODAY)
        assert slots() == [time(21), time(23, 59), time(9), time(13)]
