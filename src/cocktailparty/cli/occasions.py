"""`cocktail occasions`: a country's public, religious and national days between two dates, with their Umm
al-Qura (Hijri) dates and names in Arabic or English. Needs no workspace: it reads no database."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.table import Table

from cocktailparty.cli.common import failures, print_json
from cocktailparty.errors import InputError
from cocktailparty.i18n import digits
from cocktailparty.occasions.catalog import occasions_between
from cocktailparty.terminal import cli_lang, console


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError("cli.not_a_date", "%(option)s %(value)s is not a date such as 2027-03-09",
                         option=option, value=repr(text)) from None


def occasions(
    country: Annotated[str, typer.Option(help="Two-letter country code, e.g. SA, AE, EG.")],
    date_from: Annotated[str, typer.Option("--from", help="First day, YYYY-MM-DD.")],
    date_to: Annotated[str, typer.Option("--to", help="Last day, YYYY-MM-DD.")],
    lang: Annotated[str | None, typer.Option(help="ar or en (default: COCKTAIL_LANG or the system's).")] = None,
    international: Annotated[list[str] | None, typer.Option(
        help="An international day to include too, e.g. womens_day; repeat it.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """A country's occasions between two dates, with their Hijri dates."""
    with failures():
        if lang not in (None, "ar", "en"):
            raise InputError("cli.bad_lang", "--lang must be ar or en, not %(value)s", value=repr(lang))
        words = "ar" if lang == "ar" else "en" if lang == "en" else cli_lang()
        found = occasions_between(country, _day(date_from, "--from"), _day(date_to, "--to"), words,
                                  international or ())
    if json_out:
        print_json([occasion.as_json() for occasion in found])
        return
    table = Table("date", "hijri", "name", "kind")
    for occasion in found:
        table.add_row(digits(occasion.day.isoformat(), words), digits(occasion.hijri, words), occasion.name,
                      occasion.kind)
    console.print(table)
