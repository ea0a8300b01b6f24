"""The daily team moments job, called directly: today's consented moments of every workspace drafted into the
library in the person's language; run twice, nothing is drafted twice (not even after the draft was used);
a moment without consent, or on another day, is not drafted."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from cocktailparty import db
from cocktailparty.models import LibraryItem
from cocktailparty.moments import service
from cocktailparty.moments.job import draft_todays_moments
from cocktailparty.workspaces.service import get_or_create

TODAY = date(2027, 4, 21)


def _texts() -> list[tuple[int, str]]:
    with db.session_scope() as session:
        items = session.scalars(select(LibraryItem).order_by(LibraryItem.id))
        return [(item.workspace_id, item.text) for item in items]


def test_todays_moments_drafted_once(rollback_env: Path) -> None:
    with db.session_scope(write=True) as session:
        acme, other = get_or_create(session, "Acme"), get_or_create(session, "Other")
        huda = service.add_member(session, acme, name="Huda", lang="ar", birthday=date(1990, 4, 21))
        tom = service.add_member(session, other, name="Tom", lang="en", birthday=date(1985, 4, 21))
        service.add_moment(session, other, tom, "promotion", TODAY)
        service.add_member(session, acme, name="Omar", lang="ar", birthday=date(1992, 4, 21))  # no consent
        lina = service.add_member(session, acme, name="Lina", lang="en", birthday=date(1993, 4, 22))  # tomorrow
        for member, workspace in ((huda, acme), (tom, other), (lina, acme)):
            service.grant(session, workspace, member, "birthday", "Sara <sara@example.com>",
                          now=datetime(2027, 4, 1, tzinfo=UTC))
        ids = acme.id, other.id

    assert draft_todays_moments(TODAY) == 2
    texts = _texts()
    assert sorted(texts) == sorted([
        (ids[0], "عيد ميلاد سعيد يا Huda! يتمنى لك الفريق كله عاماً رائعاً."),
        (ids[1], "Happy birthday, Tom! The whole team wishes you a wonderful year ahead."),
    ]), texts
    assert draft_todays_moments(TODAY) == 0 and _texts() == texts
    with db.session_scope(write=True) as session:  # the draft used (scheduled, so gone from the library)
        session.delete(session.scalars(select(LibraryItem).where(LibraryItem.workspace_id == ids[1])).one())
    assert draft_todays_moments(TODAY) == 0
    assert draft_todays_moments(date(2027, 4, 22)) == 1  # Lina's day
