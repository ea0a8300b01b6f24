"""What every command shares: the one place an error becomes a message and an exit code, the workspace
the command line works in, times given on the command line, and JSON output."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from cocktailparty.config import get_settings
from cocktailparty.errors import CocktailError, InputError, message
from cocktailparty.members.repository import workspace_named
from cocktailparty.models import Workspace
from cocktailparty.terminal import errors, fail, say
from cocktailparty.workspaces.service import get_or_create


@contextmanager
def failures() -> Iterator[None]:
    """Any error the product raises on purpose ends the command: one line on stderr, its exit code."""
    try:
        yield
    except CocktailError as error:
        raise fail(error) from None


def workspace_of(session: Session, name: str | None = None) -> Workspace:
    """The workspace the command line works in (COCKTAIL_WORKSPACE, or `name`), made on first use. A workspace
    made here has no member yet: the hint says how to give it an owner who can sign in to the web app."""
    name = name or get_settings().workspace
    found = workspace_named(session, name)
    if found is None:
        found = get_or_create(session, name)
        say(message("created the workspace %(name)s; to open it in the web app, give it an owner: cocktail user "
                    "create --email YOU@EXAMPLE.COM --name NAME --workspace %(name)s", name=repr(name)), to=errors)
    return found


def parse_when(value: str, option: str = "--at") -> datetime:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InputError("cli.not_a_time", "%(option)s %(value)s is not an ISO 8601 time such as "
                         "2026-12-01T09:00+03:00", option=option, value=repr(value)) from None
    if moment.tzinfo is None:
        raise InputError("cli.no_zone", "%(option)s %(value)s has no time zone: add one, e.g. %(example)s",
                         option=option, value=repr(value), example=f"{value}+03:00")
    return moment


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False))
