"""What the command line prints to, and the one place an error becomes a message and an exit code."""

from __future__ import annotations

import typer
from rich.console import Console

from cocktailparty.errors import CocktailError

console = Console()
errors = Console(stderr=True)


def fail(error: CocktailError) -> typer.Exit:
    errors.print(f"[bold red]error:[/] {error}", highlight=False, markup=True, soft_wrap=True)
    return typer.Exit(error.exit_code)
