"""What the command line prints to, and the one place an error becomes a message and an exit code."""

from __future__ import annotations

import os

import typer
from rich.console import Console
from rich.markup import escape

from cocktailparty.config import get_settings
from cocktailparty.errors import CocktailError, Message
from cocktailparty.i18n import Lang
from cocktailparty.translation import describe

console = Console()
errors = Console(stderr=True)


def cli_lang() -> Lang:
    """The command line's language: COCKTAIL_LANG (the settings' `lang`), else the system's (LC_ALL, LANG), else
    English."""
    for value in (get_settings().lang or "", *(os.environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG"))):
        if value:
            return "ar" if value.lower().startswith("ar") else "en"
    return "en"


def say(words: Message, *, to: Console = console) -> None:
    """A sentence for the user, in the command line's language (names and paths in it shown as given)."""
    to.print(describe(words, cli_lang()), highlight=False, markup=False, soft_wrap=True)


def fail(error: CocktailError) -> typer.Exit:
    """The one place an error becomes a line on stderr, in the reader's language, and an exit code."""
    errors.print(f"[bold red]error:[/] {escape(describe(error, cli_lang()))}", highlight=False, markup=True,
                 soft_wrap=True)
    return typer.Exit(error.exit_code)
