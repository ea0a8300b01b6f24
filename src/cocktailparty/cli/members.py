"""`cocktail token` and `cocktail user`: API tokens that act as a user in a workspace, and people who sign
in to the web app (the owner of a workspace made on the command line, say)."""

from __future__ import annotations

from typing import Annotated

import typer

from cocktailparty.cli.common import failures, print_json, workspace_of
from cocktailparty.db import session_scope
from cocktailparty.errors import InputError, NotFound, message
from cocktailparty.members import repository
from cocktailparty.members import service as members
from cocktailparty.terminal import say

token_app = typer.Typer(help="API tokens for the JSON API under /api/v1.", no_args_is_help=True)
user_app = typer.Typer(help="People who sign in to the web app.", no_args_is_help=True)


@token_app.command("create")
def token_create(
    user: Annotated[str, typer.Option(help="The e-mail of the user the token acts as.")],
    name: Annotated[str, typer.Option(help="What will use the token, to tell tokens apart.")],
    workspace: Annotated[str | None, typer.Option(help="The workspace (needed when the user is in several).")]
    = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print machine-readable output.")] = False,
) -> None:
    """Create an API token acting as USER in the workspace with their role there; it is shown once."""
    with failures(), session_scope(write=True) as session:
        found = repository.user_by_email(session, user)
        if found is None:
            raise NotFound("member.no_user", "no user with the e-mail %(email)s", email=user)
        memberships = repository.workspaces_of(session, found.id)
        chosen = [(ws, role) for ws, role in memberships if workspace is None or ws.name == workspace]
        if not chosen:
            raise NotFound("member.not_in_workspace", "%(email)s is not in that workspace; their workspaces: "
                           "%(names)s", email=found.email, names=[ws.name for ws, _ in memberships] or "—")
        if len(chosen) > 1:
            raise InputError("member.several_workspaces", "%(email)s is in several workspaces: choose one with "
                             "--workspace (%(names)s)", email=found.email, names=[ws.name for ws, _ in chosen])
        access = members.access(session, found, chosen[0][0].id)
        assert access is not None  # the membership was just read
        token, secret = members.create_api_token(session, access, name)
        result = {"id": token.id, "name": token.name, "workspace": access.workspace.name,
                  "role": access.role.value, "token": secret}
    if json_out:
        print_json(result)
        return
    say(message("token %(name)s for %(user)s in %(workspace)s (%(role)s); keep it now, it is not shown again:",
                name=repr(result["name"]), user=user, workspace=result["workspace"], role=result["role"]))
    print(secret)


@user_app.command("create")
def user_create(
    email: Annotated[str, typer.Option(help="Their e-mail, to log in with.")],
    name: Annotated[str, typer.Option(help="Their name, as the team sees it.")],
    workspace: Annotated[str | None, typer.Option(help="The workspace they own (COCKTAIL_WORKSPACE when omitted).")]
    = None,
    password: Annotated[str | None, typer.Option(help="Their password; asked for when omitted (better: it stays "
                                                     "out of the shell's history).")] = None,
) -> None:
    """Create a person who signs in to the web app, as an owner of the workspace (made if need be)."""
    secret = password if password is not None else typer.prompt("password", hide_input=True,
                                                                confirmation_prompt=True)
    with failures(), session_scope(write=True) as session:
        user = members.sign_up(session, email=email, name=name, password=secret, workspace_name=None)
        target = workspace_of(session, workspace)
        members.add_owner(session, target, user)
    say(message("%(email)s can now log in to the web app as an owner of %(workspace)s", email=user.email,
                workspace=target.name))
