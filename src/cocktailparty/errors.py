"""Typed errors that carry their meaning: a stable code, an English message template and its parameters.

A door (page, API, command line) shows an error in its reader's language: the template is a message of
the catalog (`make translations` extracts every one), filled with its parameters, themselves translated
and written with the reader's digits (`cocktailparty.translation`). `Message` is the same for a sentence
the domain builds for a person to read (the guardrail's reason and fix). Raise sites write the code and
the template as literals, so tests can check every one has its Arabic:

    raise InputError("post.in_past", "the time is in the past: choose a later one")
    raise NotFound("channel.unknown", "no channel named %(name)s", name=name)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

# A parameter: text (user content, names, codes: shown as given), a number (written with the reader's
# digits), a Message (translated in turn), or a list of those (joined with commas).
Param = Any
Translate = Callable[[str, str | None, int | None], str]  # (template, plural template, n) -> words
Write = Callable[[Any], str]  # a number, a time or a day, written for the reader


@dataclass(frozen=True)
class Message:
    """A sentence for a person, translated where it is shown: `template` (English, a catalog msgid with
    %(name)s placeholders) filled with `params`. With `plural`, the words follow `params["num"]`."""

    template: str
    params: Mapping[str, Param] = field(default_factory=dict)
    plural: str | None = None

    def __str__(self) -> str:
        return render(self, english, written_in_english)

    def record(self) -> dict[str, Any]:
        """The message as JSON, to keep in the database and translate when it is shown (a post's last error)."""
        found: dict[str, Any] = {"template": self.template,
                                 "params": {key: _recorded(value) for key, value in self.params.items()}}
        if self.plural is not None:
            found["plural"] = self.plural
        return found

    @classmethod
    def from_record(cls, found: Mapping[str, Any]) -> Message:
        return cls(found["template"], {key: _read(value) for key, value in found.get("params", {}).items()},
                   found.get("plural"))


def _recorded(value: Param) -> Any:
    if isinstance(value, Message):
        return {"message": value.record()}
    if isinstance(getattr(value, "detail", None), Message):  # an error of ours: its words
        return {"message": value.detail.record()}
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, list | tuple):
        return [_recorded(item) for item in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _read(value: Any) -> Param:
    if isinstance(value, dict):
        if "message" in value:
            return Message.from_record(value["message"])
        if "datetime" in value:
            return datetime.fromisoformat(value["datetime"])
        if "date" in value:
            return date.fromisoformat(value["date"])
    if isinstance(value, list):
        return [_read(item) for item in value]
    return value


def message(template: str, /, **params: Param) -> Message:
    return Message(template, params)


def plural(singular: str, plural_form: str, num: int, /, **params: Param) -> Message:
    return Message(singular, {"num": num, **params}, plural_form)


def percent(share: float, decimals: int = 0) -> Message:
    """A share (0.2) as a percentage ("20%", "٢٠٪" in Arabic)."""
    value = round(share * 100, decimals)
    return message("%(value)s%%", value=int(value) if decimals == 0 else value)


def english(template: str, plural_form: str | None, n: int | None) -> str:
    return plural_form if plural_form is not None and n != 1 else template


def written_in_english(value: Any) -> str:
    if isinstance(value, datetime):
        zone = value.tzname() if value.tzinfo is not None else None
        return f"{value.day} {value:%b %Y %H:%M}" + (f" {zone}" if zone else "")
    if isinstance(value, date):
        return f"{value.day} {value:%b %Y}"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def render(found: Message, translate: Translate, write: Write) -> str:
    """`found` in words: `translate` picks them, `write` writes numbers and times; nested messages alike."""
    num = found.params.get("num") if found.plural is not None else None
    words = translate(found.template, found.plural, num if isinstance(num, int) else None)
    # Always formatted, so a template writes a percent sign as %% whether or not it has parameters.
    return words % {key: _filled(value, translate, write) for key, value in found.params.items()}


def _filled(value: Param, translate: Translate, write: Write) -> Any:
    if isinstance(value, Message):
        return render(value, translate, write)
    if isinstance(getattr(value, "detail", None), Message):  # an error of ours: its words, translated
        return render(value.detail, translate, write)
    if isinstance(value, bool) or value is None:
        return "" if value is None else value
    if isinstance(value, int | float | date):  # a datetime is a date
        return write(value)
    if isinstance(value, list | tuple):
        return translate(LIST_SEPARATOR, None, None).join(str(_filled(item, translate, write)) for item in value)
    return value


# Between the items of a list parameter ("، " in Arabic).
LIST_SEPARATOR = message(", ").template


class Explained(Protocol):
    """What a door can show: a CocktailError, or a connector's error, with its words in `detail`."""

    @property
    def detail(self) -> Message: ...


class CocktailError(Exception):
    """Base of every error the product raises on purpose. `exit_code` is what the command line exits
    with, `status_code` what the web app answers with, `code` what an API client can act on."""

    exit_code = 1
    status_code = 500

    def __init__(self, code: str, template: str | Message, /, **params: Param) -> None:
        # A Message for words that follow a number: `plural(...)`.
        self.code = code
        self.detail = template if isinstance(template, Message) else Message(template, params)
        super().__init__(str(self.detail))

    @property
    def message(self) -> str:
        """The English text (logs, tests); doors show `detail` in the reader's language."""
        return str(self.detail)

    def __str__(self) -> str:
        return self.message


class InputError(CocktailError):
    """The user gave us something we cannot use (a bad file, a bad option)."""

    exit_code = 2
    status_code = 422

    @classmethod
    def of(cls, error: CocktailError) -> InputError:
        """Another error shown as the user's to fix, with its code and words."""
        return cls(error.code, error.detail)


class InvalidValue(InputError, ValueError):
    """An InputError that is also a ValueError: what pure code (the taxonomy, the presets, date parsing) raises
    where its callers expect a ValueError."""


class NotFound(CocktailError):
    """What was asked for does not exist, or belongs to another workspace (the same answer for both)."""

    exit_code = 2
    status_code = 404


# An archive's problem after the file it is in (isolated in Arabic: a path reads left to right).
PATH_THEN_PROBLEM = message("%(path)s: %(problem)s").template


class ArchiveError(InputError):
    """An archive or data file is unreadable, hostile or of an unknown format.

    The message always names the file (and the entry, line or field when known) and the problem: the code and
    template are the problem's, the path is put before it.
    """

    def __init__(self, path: object, code: str, template: str, /, **params: Param) -> None:
        self.path = str(path)
        self.problem = Message(template, params)
        super().__init__(code, PATH_THEN_PROBLEM, path=self.path, problem=self.problem)

    def naming(self, stored: object, name: str) -> ArchiveError:
        """The same error naming the file `name` (as the user knows it) rather than `stored`, where it was kept."""
        return type(self)(self.path.replace(str(stored), name), self.code, self.problem.template,
                          **self.problem.params)
