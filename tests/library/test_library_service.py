"""The library through its service: an item's rules (text, gap, uses, the workspace's own channels), its category
set by hand or classified with the workspace's classifier, a changed text classified again, and another
workspace's item not found. Real database (the session's, each test rolled back)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session

import factories
from cocktailparty.classify import Classifier
from cocktailparty.errors import InputError, NotFound
from cocktailparty.library import service as library


def test_an_item_is_classified_unless_its_category_is_chosen(session: Session, classifier: Classifier) -> None:
    workspace = factories.workspace(session, "Acme")
    sale = library.add(session, workspace, text="  خصم ٣٠٪ على كل الحلويات اليوم! اطلبوا الآن\r\n",
                       classifier=classifier)
    assert sale.category == "promotional" and sale.text == "خصم ٣٠٪ على كل الحلويات اليوم! اطلبوا الآن"
    chosen = library.add(session, workspace, text="Meet Layla, our new pastry chef", category="culture",
                         evergreen=True, min_gap_days=14, max_uses=3)
    assert (chosen.category, chosen.evergreen, chosen.min_gap_days, chosen.max_uses) == ("culture", True, 14, 3)
    changed = library.update(session, workspace, sale, text="Which cake should we bake for Eid?",
                             classifier=classifier)
    assert changed.category == "question" and changed.uses == 0


@pytest.mark.parametrize(("fields", "code"), [
    ({"text": "   "}, "library.no_text"),
    ({"text": "Tip", "min_gap_days": -1}, "library.negative_gap"),
    ({"text": "Tip", "max_uses": 0}, "library.uses_below_one"),
    ({"text": "Tip", "category": "advert"}, "post.unknown_category"),
])
def test_each_rule_names_what_is_wrong(session: Session, fields: dict[str, object], code: str) -> None:
    workspace = factories.workspace(session, "Acme")
    with pytest.raises(InputError) as refused:
        library.add(session, workspace, category=fields.pop("category", "educational"), **fields)  # type: ignore[arg-type]
    assert refused.value.code == code


def test_another_workspaces_item_and_channel_are_not_found(session: Session) -> None:
    ours, theirs = factories.workspace(session, "Acme"), factories.workspace(session, "Other")
    their_channel = factories.channel(session, theirs)
    item = library.add(session, theirs, text="Their tip", category="educational")
    with pytest.raises(NotFound):
        library.get_or_raise(session, ours, item.id)
    with pytest.raises(NotFound):
        library.add(session, ours, text="Tip", category="educational", channel=their_channel)
    assert library.get_or_raise(session, theirs, item.id).id == item.id


def test_dates_and_counts_typed_in_a_form() -> None:
    assert library.parse_expiry("2027-01-31") == datetime(2027, 1, 31, tzinfo=UTC)
    assert library.parse_expiry(" ") is None
    with pytest.raises(InputError) as bad:
        library.parse_expiry("31/01/2027")
    assert bad.value.code == "library.bad_date"
    assert library.parse_count("", "uses", 5) == 5 and library.parse_count("7", "uses", None) == 7
    with pytest.raises(InputError):
        library.parse_count("seven", "uses", None)
