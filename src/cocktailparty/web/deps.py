"""What every route depends on: the request's database transaction, the signed-in user, and the
user's access to the workspace named in the path (a workspace they are not in does not exist)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from cocktailparty import db
from cocktailparty.errors import CocktailError, NotFound
from cocktailparty.models import Role, User
from cocktailparty.users import service as users
from cocktailparty.users.service import Access


class LoginRequired(CocktailError):
    """No signed-in user: pages redirect to the log-in page, the API answers 401."""

    status_code = 401


class CsrfFailed(CocktailError):
    status_code = 403


def get_db() -> Iterator[Session]:
    # The request owns the transaction: it commits when the route returns and rolls back on an error.
    with db.session_scope() as session:
        try:
            yield session
        except Exception:
            # Detached before the rollback expires them, so the error page can still show who is signed in.
            session.expunge_all()
            raise


DbSession = Annotated[Session, Depends(get_db, scope="function")]


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return str(token)


async def check_csrf(request: Request) -> None:
    """Every form post and HTMX call carries the session's token, in a field or in X-CSRF-Token."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    expected = request.session.get("csrf")
    given = request.headers.get("x-csrf-token")
    if given is None:
        form = await request.form()
        value = form.get("csrf_token")
        given = value if isinstance(value, str) else None
    if not expected or not given or not secrets.compare_digest(str(expected), given):
        raise CsrfFailed("the form was out of date or came from another site: reload the page and try again")


def local_path(target: str | None) -> str | None:
    """`target` when it is a path on this site; None for "https://...", "//evil.example" and the like."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return None


def optional_user(request: Request, session: DbSession) -> User | None:
    user_id = request.session.get("user_id")
    user = session.get(User, user_id) if isinstance(user_id, int) else None
    request.state.user = user  # the pages show who is signed in
    return user


def current_user(user: Annotated[User | None, Depends(optional_user)]) -> User:
    if user is None:
        raise LoginRequired("log in to continue")
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def workspace_access(workspace_id: int, user: CurrentUser, session: DbSession) -> Access:
    found = users.access(session, user, workspace_id)
    if found is None:
        raise NotFound("no such workspace")
    return found


WorkspaceAccess = Annotated[Access, Depends(workspace_access)]


def editor_access(access: WorkspaceAccess) -> Access:
    access.require(Role.EDITOR)
    return access


def owner_access(access: WorkspaceAccess) -> Access:
    access.require(Role.OWNER)
    return access


EditorAccess = Annotated[Access, Depends(editor_access)]
OwnerAccess = Annotated[Access, Depends(owner_access)]
