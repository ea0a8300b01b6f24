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
from typing import Any

# A parameter: text (user content, names, codes: shown as given), a number (written with the reader's
# digits), a Message (translated in turn), or a list of those (joined with commas).
Param = Any
Translate = Callable[[str, str | None, int | None], str]  # (template, plural template, n) -> words


@dataclass(frozen=True)
class Message:
    """A sentence for a person, translated where it is shown: `template` (English, a catalog msgid with
    %(name)s placeholders) filled with `params`. With `plural`, the words follow `params["num"]`."""

    template: str
    params: Mapping[str, Param] = field(default_factory=dict)
    plural: str | None = None

    def __str__(self) -> str:
        return render(self, english, str)


def message(template: str, /, **params: Param) -> Message:
    return Message(template, params)


def plural(singular: str, plural_form: str, num: int, /, **params: Param) -> Message:
    return Message(singular, {"num": num, **params}, plural_form)


def english(template: str, plural_form: str | None, n: int | None) -> str:
    return plural_form if plural_form is not None and n != 1 else template


def render(found: Message, translate: Translate, number: Callable[[float], str]) -> str:
    """`found` in words: `translate` picks them, `number` writes numbers; nested messages alike."""
    num = found.params.get("num") if found.plural is not None else None
    words = translate(found.template, found.plural, num if isinstance(num, int) else None)
    if not found.params:
        return words
    return words % {key: _filled(value, translate, number) for key, value in found.params.items()}


def _filled(value: Param, translate: Translate, number: Callable[[float], str]) -> Any:
    if isinstance(value, Message):
        return render(value, translate, number)
    if isinstance(value, bool) or value is None:
        return "" if value is None else value
    if isinstance(value, int | float):
        return number(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(_filled(item, translate, number)) for item in value)
    return value


class CocktailError(Exception):
    """Base of every error the product raises on purpose. `exit_code` is what the command line exits
    with, `status_code` what the web app answers with, `code` what an API client can act on."""

    exit_code = 1
    status_code = 500
    default_code = "error"

    def __init__(self, code_or_text: str, template: str | None = None, /, **params: Param) -> None:
        if template is None:  # written before codes: the text is its own template
            self.code, self.detail = self.default_code, Message(code_or_text, params)
        else:
            self.code, self.detail = code_or_text, Message(template, params)
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
    default_code = "invalid_input"


class NotFound(CocktailError):
    """What was asked for does not exist, or belongs to another workspace (the same answer for both)."""

    exit_code = 2
    status_code = 404
    default_code = "not_found"


class ArchiveError(InputError):
    """An archive or data file is unreadable, hostile or of an unknown format.

    The message always names the file (and the entry, line or field when known) and the problem.
    """

    default_code = "archive.unreadable"

    def __init__(self, path: object, problem: str | Message) -> None:
        self.path = str(path)
        self.problem = problem if isinstance(problem, Message) else Message(problem)
        super().__init__("archive.unreadable", "%(path)s: %(problem)s", path=self.path, problem=self.problem)
