"""`cocktail team`: the team moment drafts in the library and their photo slot (a picture from the media library
and its alt text, without which a draft with a photo cannot be scheduled)."""

from __future__ import annotations

from typing import Annotated

import typer

from cocktailparty.cli.common import failures, print_json, workspace_of
from cocktailparty.db import session_scope
from cocktailparty.errors import InputError
from cocktailparty.moments import repository, service
from cocktailparty.terminal import console

team_app = typer.Typer(help="Team moments: the drafts made from them and their photo slot.", no_args_is_help=True)


@team_app.command("drafts")
def team_drafts(
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """The team moment drafts still in the library, with their photo and alt text."""
    with failures(), session_scope() as session:
        workspace = workspace_of(session)
        rows = [{"library_item_id": item.id, "member": member.name, "kind": draft.kind, "day": draft.day.isoformat(),
                 "text": item.text, "media_id": draft.media_id, "alt_text": draft.alt_text,
                 "ready": draft.media_id is None or bool(draft.alt_text)}
                for draft, member, item in repository.drafts_in_library(session, workspace.id)]
    if json_out:
        print_json(rows)
        return
    for row in rows:
        photo = "no photo" if row["media_id"] is None else (
            f"photo {row['media_id']}" + ("" if row["ready"] else ", NO ALT TEXT: cannot be scheduled"))
        console.print(f"{row['library_item_id']}  {row['day']}  {row['member']} ({row['kind']}): {photo}",
                      highlight=False, markup=False)


@team_app.command("photo")
def team_photo(
    item_id: Annotated[int, typer.Argument(help="The draft's library item id (see `cocktail team drafts`).")],
    media: Annotated[int | None, typer.Option("--media", help="A picture's id in the media library.")] = None,
    alt: Annotated[str, typer.Option("--alt", help="The picture's alt text, in the draft's language.")] = "",
    remove: Annotated[bool, typer.Option("--remove", help="Empty the photo slot.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Put a picture in a draft's photo slot, with its alt text (or empty the slot with --remove)."""
    with failures(), session_scope(write=True) as session:
        if media is None and not remove:
            raise InputError("moments.photo_option", "give --media ID (and --alt TEXT), or --remove")
        draft = service.set_photo(session, workspace_of(session), item_id, None if remove else media, alt)
        result = {"library_item_id": item_id, "media_id": draft.media_id, "alt_text": draft.alt_text,
                  "ready": draft.media_id is None or bool(draft.alt_text)}
    if json_out:
        print_json(result)
    elif result["media_id"] is None:
        console.print(f"draft {item_id}: no photo", highlight=False, markup=False)
    else:
        warning = "" if result["ready"] else " (no alt text yet: it cannot be scheduled)"
        console.print(f"draft {item_id}: photo {result['media_id']}{warning}", highlight=False, markup=False)
