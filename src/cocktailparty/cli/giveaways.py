"""`cocktail giveaway verify`: anyone reruns a giveaway's draw from what was published (the entries CSV, the
seed, the commitment) and gets the same winners; exit code 4 when the seed is not the committed one."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Annotated

import typer

from cocktailparty.cli.common import failures, print_json
from cocktailparty.errors import ArchiveError
from cocktailparty.giveaways.draw import verify as verify_draw
from cocktailparty.terminal import console

giveaway_app = typer.Typer(help="Giveaways: check a draw from its published data.", no_args_is_help=True)


def read_accounts(path: Path) -> list[str]:
    """The `account` column of an entries CSV (other columns allowed)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or "account" not in [name.strip().lower() for name in reader.fieldnames]:
                raise ArchiveError(path, "giveaway.entries_no_account", "no account column in the first line")
            column = next(name for name in reader.fieldnames if name.strip().lower() == "account")
            return [row[column] or "" for row in reader]
    except FileNotFoundError:
        raise ArchiveError(path, "giveaway.entries_missing", "no such file") from None
    except UnicodeDecodeError:
        raise ArchiveError(path, "giveaway.entries_not_utf8", "not UTF-8 text") from None
    except csv.Error as error:
        raise ArchiveError(path, "giveaway.entries_bad_csv", "not a readable CSV (%(detail)s)",
                           detail=str(error)) from None


@giveaway_app.command("verify")
def verify(
    entries: Annotated[Path, typer.Option(help="The entries CSV, with an account column.")],
    seed: Annotated[str, typer.Option(help="The seed published after the deadline.")],
    commitment: Annotated[str, typer.Option(help="The SHA-256 of the seed published when the contest opened.")],
    winners: Annotated[int, typer.Option(help="How many winners were drawn.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Rerun a draw: check the seed against the commitment, then print the winners."""
    with failures():
        result = verify_draw(seed, commitment, read_accounts(entries), winners)
    if json_out:
        print_json({"commitment_ok": True, **result.as_json()})
        return
    console.print(f"the seed matches the commitment {result.commitment}", highlight=False, markup=False)
    console.print(f"{result.entries} entries (SHA-256 {result.entries_sha256})", highlight=False, markup=False)
    for place, winner in enumerate(result.winners, start=1):
        console.print(f"{place}. {winner}", highlight=False, markup=False)
