"""The mix taxonomy of DESIGN.md: nine categories, one on the "take" side and eight on the "give" side."""

from __future__ import annotations

from typing import Literal

from cocktailparty.errors import InvalidValue

Kind = Literal["promotional", "value"]

PROMOTIONAL = "promotional"
CATEGORIES: tuple[str, ...] = (
    "promotional", "curated", "news", "contest", "question", "educational", "culture", "celebration", "reply",
)
VALUE_CATEGORIES: tuple[str, ...] = tuple(c for c in CATEGORIES if c != PROMOTIONAL)


def kind_of(category: str) -> Kind:
    """Promotional posts take; every other category gives."""
    return "promotional" if category == PROMOTIONAL else "value"


def check_category(category: str) -> str:
    """Return the category when it is one of the nine, else raise InvalidValue (a ValueError) naming the valid ones."""
    if category not in CATEGORIES:
        raise InvalidValue("post.unknown_category", "unknown category %(category)s; expected one of: %(categories)s",
                           category=repr(category), categories=list(CATEGORIES))
    return category
