"""Command-line commands for the JSON API: tokens that act as a user in a workspace."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from cocktailparty.errors import CocktailError, InputError, NotFound
from cocktailparty.terminal import console, fail

token_app = typer.Typer(help="API tokens for the JSON API under /api/v1.", no_args_is_help=True)


@token_app.command("create")
def token_create(
    user: Annotated[str, typer.Option(help="The e-mail of the user the token acts as.")],
    name: Annotated[str, typer.Option(help="What will use the token, to tell tokens apart.")],
    workspace: Annotated[str | None, typer.Option(help="The workspace (needed when the user is in several).")]
    = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Create an API token acting as USER in the workspace with their role there; it is shown once."""
    from cocktailparty.db import session_scope
    from cocktailparty.members import repository
    from cocktailparty.members import service as members

    try:
        with session_scope() as session:
            found = repository.user_by_email(session, user)
            if found is None:
                raise NotFound(f"no user with the e-mail {user}")
            memberships = repository.workspaces_of(session, found.id)
            chosen = [(ws, role) for ws, role in memberships if workspace is None or ws.name == workspace]
            if not chosen:
                names = ", ".join(ws.name for ws, _ in memberships) or "none"
                raise NotFound(f"{found.email} is not in {'that workspace' if workspace else 'any workspace'}; "
                               f"their workspaces: {names}")
            if len(chosen) > 1:
                raise InputError(f"{found.email} is in several workspaces: choose one with --workspace "
                                 f"({', '.join(ws.name for ws, _ in chosen)})")
            access = members.access(session, found, chosen[0][0].id)
            assert access is not None  # the membership was just read
            token, secret = members.create_api_token(session, access, name)
            result = {"id": token.id, "name": token.name, "workspace": access.workspace.name,
                      "role": access.role.value, "token": secret}
    except CocktailError as error:
        raise fail(error) from None
    if json_out:
        print(json.dumps(result, ensure_ascii=False))
        return
    console.print(f"token {result['name']!r} for {user} in {result['workspace']} ({result['role']}); "
                  "keep it now, it is not shown again:", highlight=False)
    print(secret)


def register(app: typer.Typer) -> None:
    app.add_typer(token_app, name="token")
