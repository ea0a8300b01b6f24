"""Up to three concrete drafts for an empty slot of a category on a day. Sources in order: the day's occasions
(celebrations), the team's consented moments of the day (celebrations and culture), the feeds' suggestions (curated
and news), the library's unused drafts of the category, then the templates. Reads only: nothing is written until the
manager picks one (pages and API put it in the composer or the library)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from cocktailparty.curation import repository
from cocktailparty.i18n import Lang
from cocktailparty.ideas.templates import TEMPLATES
from cocktailparty.library import repository as library_repository
from cocktailparty.models import Workspace
from cocktailparty.moments import service as moments
from cocktailparty.occasions.service import settings_of, upcoming
from cocktailparty.translation import translations

LIMIT = 3


@dataclass(frozen=True)
class Idea:
    text: str
    source: str  # occasion | moment | feed | library | template
    lang: str

    def as_json(self) -> dict[str, str]:
        return {"text": self.text, "source": self.source, "lang": self.lang}


class Ideas:
    """Ideas for many slots of one workspace: what every slot shares is read once."""

    def __init__(self, session: Session, workspace: Workspace, lang: Lang | None = None, *,
                 library: bool = True, placed: frozenset[str] = frozenset()) -> None:
        """`library`: offer the library's unused drafts (the calendar says no: it offers them itself);
        `placed`: ids of library items the plan already put in a slot, never offered twice."""

        self.session, self.workspace = session, workspace
        self.with_library, self.placed = library, placed
        self.lang: Lang = lang or settings_of(session, workspace).languages[0]
        self._feeds: dict[str, list[Idea]] | None = None
        self._library: dict[str, list[Idea]] | None = None

    def for_slot(self, category: str, day: date, limit: int = LIMIT) -> list[Idea]:
        found: list[Idea] = []
        if category == "celebration":
            found += self._occasions(day)
        if category in ("celebration", "culture"):
            found += self._moments(day, category)
        if category in ("curated", "news"):
            found += self._feed_ideas().get(category, [])
        if self.with_library:
            found += self._library_ideas().get(category, [])

        words = translations(self.lang).gettext
        templates = TEMPLATES.get(category, ())
        for offset in range(len(templates)):  # a different first template from one day to the next
            found.append(Idea(words(templates[(day.toordinal() + offset) % len(templates)]), "template", self.lang))
        unique: dict[str, Idea] = {}
        for idea in found:
            unique.setdefault(idea.text, idea)
        return list(unique.values())[:limit]

    def _occasions(self, day: date) -> list[Idea]:
        ideas = []
        for _occasion, greetings in upcoming(self.session, self.workspace, day, day, self.lang):
            ideas += [Idea(text, "occasion", lang) for lang, text in greetings.items()]
        return ideas

    def _moments(self, day: date, category: str) -> list[Idea]:
        return [Idea(moments.text_of(due), "moment", due.member.lang)
                for due in moments.due_between(self.session, self.workspace, day, day)
                if moments.CATEGORY.get(due.kind, "celebration") == category]

    def _feed_ideas(self) -> dict[str, list[Idea]]:
        if self._feeds is None:
            self._feeds = {}
            for item in repository.suggestions(self.session, self.workspace.id, 20):
                text = "\n\n".join(part for part in (item.title, f"{item.author} {item.link}".strip()) if part)
                self._feeds.setdefault(item.category, []).append(Idea(text, "feed", item.lang))
        return self._feeds

    def _library_ideas(self) -> dict[str, list[Idea]]:
        if self._library is None:
            self._library = {}
            placed = [int(placed) for placed in self.placed if placed.isdigit()]
            for item in library_repository.unused_drafts(self.session, self.workspace.id, placed, datetime.now(UTC)):
                self._library.setdefault(item.category, []).append(Idea(item.text, "library", ""))
        return self._library
