"""Sign-up, log-in, log-out, the language switch, invitations, and the way in to a workspace."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from cocktailparty.config import get_settings
from cocktailparty.errors import InputError
from cocktailparty.i18n import LANGS
from cocktailparty.members import repository
from cocktailparty.members import service as members
from cocktailparty.members.service import AuthFailed
from cocktailparty.models import User, Workspace
from cocktailparty.secrets import derived_key
from cocktailparty.web import i18n as web_i18n
from cocktailparty.web import ratelimit
from cocktailparty.web.deps import CurrentUser, DbSession, client_address, local_path, optional_user, session_policy
from cocktailparty.web.i18n import describe_here
from cocktailparty.web.i18n import gettext as _
from cocktailparty.web.templating import flash, render

router = APIRouter()


def _safe_next(target: str | None) -> str:
    return local_path(target) or "/"


def _sign_in(request: Request, session: Session, user: User) -> None:
    # A fresh session on log-in: nothing chosen before (or planted) carries over, except the language.
    _, token = members.start_session(session, user, session_policy(), user_agent=request.headers.get("user-agent", ""),
                                   address=client_address(request))
    request.session.clear()
    request.session["sid"] = token
    request.session["lang"] = user.locale


@router.get("/")
def home(request: Request, session: DbSession, user: Annotated[User | None, Depends(optional_user)]) -> Response:
    if user is None:
        return RedirectResponse("/login", status_code=303)
    workspaces = repository.workspaces_of(session, user.id)
    if not workspaces:
        return RedirectResponse("/workspaces/new", status_code=303)
    return RedirectResponse(f"/w/{workspaces[0][0].id}", status_code=303)


@router.get("/signup")
def signup_page(request: Request, invitation: str | None = None) -> Response:
    return render(request, "users/signup.html", {"invitation": invitation, "form": {}})


@router.post("/signup")
def signup(
    request: Request,
    session: DbSession,
    email: Annotated[str, Form()],
    name: Annotated[str, Form()],
    password: Annotated[str, Form()],
    workspace: Annotated[str, Form()] = "",
    invitation: Annotated[str, Form()] = "",
) -> Response:
    form = {"email": email, "name": name, "workspace": workspace}
    try:
        if invitation:
            members.find_invitation(session, invitation)
        user = members.sign_up(session, email=email, name=name, password=password,
                             workspace_name=None if invitation else workspace)
        user.locale = web_i18n.as_lang(request.session.get("lang") or request.cookies.get("lang")) or "en"
        if invitation:
            joined = members.accept(session, user, invitation)
    except InputError as error:
        session.rollback()
        return render(request, "users/signup.html", {"error": describe_here(error), "form": form,
                                                     "invitation": invitation or None}, status_code=422)
    _sign_in(request, session, user)
    if invitation:
        return RedirectResponse(f"/w/{joined.id}", status_code=303)
    return RedirectResponse("/", status_code=303)


@router.get("/login")
def login_page(request: Request, next: str | None = None) -> Response:
    return render(request, "users/login.html", {"next": _safe_next(next), "form": {}})


@router.post("/login")
def login(
    request: Request,
    session: DbSession,
    email: Annotated[str, Form(max_length=320)],
    password: Annotated[str, Form(max_length=1000)],
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    key = derived_key("device cookie")
    device_cookie = request.cookies.get(ratelimit.DEVICE_COOKIE)
    ratelimit.check_login(client_address(request), email, ratelimit.known_device(device_cookie, email, key))
    try:
        user = members.authenticate(session, email, password)
    except AuthFailed as error:
        return render(request, "users/login.html", {"error": describe_here(error), "next": _safe_next(next),
                                                    "form": {"email": email}}, status_code=401)
    _sign_in(request, session, user)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(ratelimit.DEVICE_COOKIE, ratelimit.remember_device(device_cookie, user.email, key),
                        max_age=ratelimit.DEVICE_DAYS * 24 * 3600, httponly=True, samesite="lax",
                        secure=get_settings().env == "production")
    return response


@router.post("/logout")
def logout(request: Request, session: DbSession) -> Response:
    lang = request.session.get("lang")
    token = request.session.get("sid")
    if isinstance(token, str):
        members.end_session(session, token)
    request.session.clear()
    response = RedirectResponse("/login", status_code=303)
    if lang:
        response.set_cookie("lang", lang, max_age=365 * 24 * 3600, samesite="lax")
    return response


@router.post("/language")
def language(
    request: Request,
    session: DbSession,
    user: Annotated[User | None, Depends(optional_user)],
    lang: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
) -> Response:
    if lang not in LANGS:
        raise InputError("web.unknown_language", "unknown language %(lang)s", lang=repr(lang))
    request.session["lang"] = lang
    if user is not None:
        user.locale = lang  # remembered for the user, on every device they log in from
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie("lang", lang, max_age=365 * 24 * 3600, samesite="lax")
    return response


@router.get("/workspaces/new")
def new_workspace_page(request: Request, user: CurrentUser) -> Response:
    return render(request, "users/new_workspace.html", {"form": {}})


@router.post("/workspaces/new")
def new_workspace(request: Request, session: DbSession, user: CurrentUser, name: Annotated[str, Form()]) -> Response:
    try:
        workspace = members.create_workspace(session, user, name)
    except InputError as error:
        return render(request, "users/new_workspace.html", {"error": describe_here(error), "form": {"name": name}},
                      status_code=422)
    return RedirectResponse(f"/w/{workspace.id}", status_code=303)


@router.get("/invitations/{token}")
def invitation_page(
    request: Request, token: str, session: DbSession, user: Annotated[User | None, Depends(optional_user)]
) -> Response:
    try:
        invitation = members.find_invitation(session, token)
    except InputError as error:
        return render(request, "error.html", {"message": describe_here(error), "status": 404}, status_code=404)

    workspace = session.get(Workspace, invitation.workspace_id)
    return render(request, "users/invitation.html", {"invitation": invitation, "token": token,
                                                     "invited_to": workspace})


@router.post("/invitations/{token}")
def accept_invitation(request: Request, token: str, session: DbSession, user: CurrentUser) -> Response:
    try:
        workspace = members.accept(session, user, token)
    except InputError as error:
        return render(request, "error.html", {"message": describe_here(error), "status": 422}, status_code=422)
    flash(request, "ok", _("You joined %(name)s.", name=workspace.name))
    return RedirectResponse(f"/w/{workspace.id}", status_code=303)
