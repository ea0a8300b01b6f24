"""What every route depends on: the request's database transaction, the signed-in user, and the
user's access to the workspace named in the path (a workspace they are not in does not exist)."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator
from datetime import timedelta
from typing import Annotated

from fastapi import BackgroundTasks, Depends, Request
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from cocktailparty import db
from cocktailparty.config import get_settings
from cocktailparty.errors import CocktailError, NotFound
from cocktailparty.members import service as members
from cocktailparty.members.service import Access, SessionPolicy
from cocktailparty.models import Role, User, WebSession

log = logging.getLogger(__name__)


class LoginRequired(CocktailError):
    """No signed-in user: pages redirect to the log-in page, the API answers 401."""

    status_code = 401


class CsrfFailed(CocktailError):
    status_code = 403


# Requests that may change something take SQLite's write lock when their transaction begins.
READ_ONLY_METHODS = ("GET", "HEAD", "OPTIONS")


def get_db(request: Request) -> Iterator[Session]:
    # The request owns the transaction: it commits when the route returns and rolls back on an error.
    with db.session_scope(write=request.method not in READ_ONLY_METHODS) as session:
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
    """Every form post and HTMX call carries the session's token, in a field or in X-CSRF-Token.

    Nothing of the body is read for a request that cannot pass: no session token, or a file upload from
    someone not signed in (a form's fields are read, within the body limit of web/limits.py)."""
    if request.method in READ_ONLY_METHODS:
        return
    expected = request.session.get("csrf")
    if not expected:
        raise CsrfFailed("web.csrf",
                         "the form was out of date or came from another site: reload the page and try again")
    given = request.headers.get("x-csrf-token")
    if given is None:
        if request.headers.get("content-type", "").startswith("multipart/") and not request.session.get("sid"):
            raise LoginRequired("web.login_required", "log in to continue")
        form = await request.form()
        value = form.get("csrf_token")
        given = value if isinstance(value, str) else None
    if not expected or not given or not secrets.compare_digest(str(expected), given):
        raise CsrfFailed("web.csrf",
                         "the form was out of date or came from another site: reload the page and try again")


def client_address(request: Request) -> str:
    """The client's address as the server saw it; X-Forwarded-For counts only from a trusted proxy
    (COCKTAIL_TRUSTED_PROXIES, applied by `cocktail serve`)."""
    return request.client.host if request.client else "unknown"


def local_path(target: str | None) -> str | None:
    """`target` when it is a path on this site; None for "https://...", "//evil.example" and the like."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return None


def session_policy() -> SessionPolicy:
    settings = get_settings()
    return SessionPolicy(lifetime=timedelta(days=settings.session_days),
                         idle=timedelta(days=settings.session_idle_days))


def record_use_later(background: BackgroundTasks, use: members.Use | None) -> None:
    """Write when a credential was last used once the answer is sent, in a short write transaction of its own,
    so a request that only reads never writes (see members.service.USE_EVERY)."""
    if use is not None:
        background.add_task(_record_use, use)


def _record_use(use: members.Use) -> None:
    try:
        with db.session_scope(write=True) as session:
            members.record_use(session, use)
    except OperationalError:  # the database is busy: the next use records it
        log.info("could not record the use of a %s now", use.kind)


def optional_user(request: Request, session: DbSession, background: BackgroundTasks) -> User | None:
    """The signed-in user: the cookie's session token must name a session the server still keeps."""
    token = request.session.get("sid")
    found = members.resume_session(session, token, session_policy()) if isinstance(token, str) else None
    user, web_session = found if found else (None, None)
    if web_session is not None:
        record_use_later(background, members.use_of(web_session))
    request.state.user = user  # the pages show who is signed in
    request.state.web_session = web_session
    return user


def current_session(request: Request, user: Annotated[User | None, Depends(optional_user)]) -> WebSession:
    """The signed-in browser's own session (what "log out other sessions" keeps)."""
    found: WebSession | None = getattr(request.state, "web_session", None)
    if user is None or found is None:
        raise LoginRequired("web.login_required", "log in to continue")
    return found


CurrentSession = Annotated[WebSession, Depends(current_session)]


def current_user(user: Annotated[User | None, Depends(optional_user)]) -> User:
    if user is None:
        raise LoginRequired("web.login_required", "log in to continue")
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def workspace_access(workspace_id: int, user: CurrentUser, session: DbSession) -> Access:
    found = members.access(session, user, workspace_id)
    if found is None:
        raise NotFound("workspace.not_found", "no such workspace")
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
