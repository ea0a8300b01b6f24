"""The daily greetings job, called directly: on Eid al-Fitr 1448 (2027-03-09, from the Umm al-Qura calendar) each
workspace gets the greeting in each of its languages, in the library; run twice, nothing is drafted twice (not
even after a draft was deleted); an ordinary day drafts nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from cocktailparty import db
from cocktailparty.models import LibraryItem, OccasionDraft
from cocktailparty.occasions import service
from cocktailparty.occasions.job import draft_todays_greetings
from cocktailparty.workspaces.service import get_or_create

EID = date(2027, 3, 9)


def _library() -> list[tuple[str, str]]:
    with db.session_scope() as session:
        items = session.scalars(select(LibraryItem))
        # By workspace id as a number: on PostgreSQL a rolled-back test does not reset the ids, so they may be 9, 10.
        found = sorted((item.workspace_id, item.text.split("!")[0]) for item in items)
        return [(str(workspace_id), text) for workspace_id, text in found]


def test_eid_greetings_drafted_once(rollback_env: Path) -> None:
    with db.session_scope(write=True) as session:
        acme, other = get_or_create(session, "Acme"), get_or_create(session, "Other")
        service.update_settings(session, other, country="AE", languages=["en"], international=[], no_promotion=[],
                                ramadan_evening=False, today=date(2027, 1, 1))
        ids = str(acme.id), str(other.id)

    assert draft_todays_greetings(date(2027, 3, 2)) == 0  # in Ramadan, no occasion that day
    assert draft_todays_greetings(EID) == 3  # Acme: Arabic and English (the defaults); Other: English
    library = _library()
    assert [(workspace, text[:11]) for workspace, text in library] == [
        (ids[0], "Eid Mubarak"), (ids[0], "عيد مبارك"), (ids[1], "Eid Mubarak")], library
    with db.session_scope() as session:
        kept = {(d.workspace_id, d.key, d.lang) for d in session.scalars(select(OccasionDraft))}
    assert kept == {(int(ids[0]), "eid_al_fitr", "ar"), (int(ids[0]), "eid_al_fitr", "en"),
                    (int(ids[1]), "eid_al_fitr", "en")}

    assert draft_todays_greetings(EID) == 0 and _library() == library
    with db.session_scope(write=True) as session:
        for item in session.scalars(select(LibraryItem)):
            session.delete(item)
    assert draft_todays_greetings(EID) == 0 and _library() == []
