"""Team moments on a real database: nothing drafted without consent, drafts on the right day in the person's
language (once each), consent recorded with who and when and withdrawn (the unused drafts taken back, the record
kept), anniversaries counted, 29 February in a common year, and a CSV import that names its bad line and saves
nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from cocktailparty import db
from cocktailparty.errors import InputError
from cocktailparty.models import LibraryItem, MomentConsent, TeamMember
from cocktailparty.moments import service
from cocktailparty.workspaces.service import get_or_create

WEEK = (date(2027, 4, 19), date(2027, 4, 25))


def test_drafts_only_with_consent_in_the_persons_language(rollback_env: Path) -> None:
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        huda = service.add_member(session, workspace, name="Huda", lang="ar", birthday=date(1990, 4, 21),
                                  joined_on=date(2022, 4, 23))
        tom = service.add_member(session, workspace, name="Tom", lang="en", birthday=date(1988, 4, 20))
        service.add_moment(session, workspace, tom, "wedding", date(2027, 4, 24))
        assert service.due_between(session, workspace, *WEEK) == []
        assert service.draft_due(session, workspace, *WEEK) == []

        service.grant(session, workspace, huda, "birthday", "Sara <sara@example.com>",
                      now=datetime(2027, 4, 1, tzinfo=UTC))
        service.grant(session, workspace, huda, "work_anniversary", "Sara <sara@example.com>")
        service.grant(session, workspace, tom, "wedding", "Sara <sara@example.com>")
        due = [(d.member.name, d.kind, d.day) for d in service.due_between(session, workspace, *WEEK)]
        assert due == [("Huda", "birthday", date(2027, 4, 21)), ("Huda", "work_anniversary", date(2027, 4, 23)),
                       ("Tom", "wedding", date(2027, 4, 24))]  # Tom's birthday: no consent
        made = service.draft_due(session, workspace, *WEEK)
        assert [(i.text, i.category, i.expires_at.date() if i.expires_at else None) for i in made] == [
            ("عيد ميلاد سعيد يا Huda! يتمنى لك الفريق كله عاماً رائعاً.", "celebration", date(2027, 4, 22)),
            ("يكمل Huda اليوم ٥ سنوات معنا. شكراً على كل ما تضيفه إلى الفريق!", "culture", date(2027, 4, 24)),
            ("Congratulations to Tom on their wedding! Wishing you a lifetime of happiness together.", "celebration",
             date(2027, 4, 25)),
        ]
        assert service.draft_due(session, workspace, *WEEK) == []  # once each

        taken = service.withdraw(session, workspace, huda, "birthday", "Huda herself")
        assert taken == 1
        texts = [item.text for item in session.scalars(select(LibraryItem))]
        assert len(texts) == 2 and not any("عيد ميلاد" in text for text in texts)
        [record] = [c for c in session.scalars(select(MomentConsent)) if c.kind == "birthday"]
        assert record.recorded_by == "Sara <sara@example.com>" and record.withdrawn_by == "Huda herself"
        assert record.granted_at == datetime(2027, 4, 1, tzinfo=UTC) and record.withdrawn_at is not None
        assert [d.kind for d in service.due_between(session, workspace, *WEEK) if d.member.name == "Huda"] == [
            "work_anniversary"]
        with pytest.raises(InputError):
            service.withdraw(session, workspace, huda, "birthday", "again")


def test_29_february_in_a_common_year(rollback_env: Path) -> None:
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        leap = service.add_member(session, workspace, name="Layla", birthday=date(2000, 2, 29))
        service.grant(session, workspace, leap, "birthday", "tests")
        assert [d.day for d in service.due_between(session, workspace, date(2027, 2, 1), date(2028, 3, 1))] == [
            date(2027, 2, 28), date(2028, 2, 29)]


def test_csv_import_saves_all_or_names_the_bad_line(rollback_env: Path) -> None:
    good = "name,lang,birthday,work_anniversary,new_joiner\nHuda,ar,1990-04-21,,\nTom,en,,2025-01-05,2027-04-20\n"
    with db.session_scope(write=True) as session:
        added = service.import_csv(session, get_or_create(session, "Acme"), good)
        assert [(m.name, m.lang, m.birthday, m.joined_on) for m in added] == [
            ("Huda", "ar", date(1990, 4, 21), None), ("Tom", "en", None, date(2025, 1, 5))]
    bad = "name,birthday\nAmal,1991-05-02\nBadr,21/04/1990\n"
    with pytest.raises(InputError) as caught, db.session_scope(write=True) as session:
        service.import_csv(session, get_or_create(session, "Acme"), bad)
    assert str(caught.value) == "line 3: birthday '21/04/1990' is not a date such as 1990-04-21"
    with db.session_scope() as session:
        assert [m.name for m in session.scalars(select(TeamMember))] == ["Huda", "Tom"]
    with pytest.raises(InputError, match="no name column"), db.session_scope(write=True) as session:
        service.import_csv(session, get_or_create(session, "Acme"), "who\nx\n")
