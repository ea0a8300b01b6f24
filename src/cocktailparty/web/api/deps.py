"""Who is calling the API: a bearer token acting as its user in its workspace, with the user's role
there as it is now. No cookies and no session, so there is nothing for another site to forge (no CSRF)."""

from __future__ import annotations

from typing import Annotated

from fastapi import BackgroundTasks, Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from cocktailparty.errors import CocktailError
from cocktailparty.members import service as members
from cocktailparty.members.service import Access
from cocktailparty.models import Role
from cocktailparty.web.deps import DbSession, record_use_later

bearer = HTTPBearer(
    auto_error=False, scheme_name="token", bearerFormat="cp_...",
    description="An API token: `cocktail token create --user EMAIL --name NAME`, or the workspace's settings page.",
)





def no_token() -> Unauthenticated:
    return Unauthenticated("api.no_token", "send an API token: Authorization: Bearer cp_...")


class Unauthenticated(CocktailError):
    """No token, or one that is not (or no longer) valid: answered 401 with WWW-Authenticate: Bearer."""

    status_code = 401


def token_access(
    session: DbSession, background: BackgroundTasks,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Access:
    if credentials is None:
        raise no_token()
    found = members.access_by_api_token(session, credentials.credentials)
    if found is None:
        raise Unauthenticated("api.token_invalid",
                              "this API token is not valid: it was revoked, or its user left the workspace")
    access, token = found
    record_use_later(background, members.use_of(token))
    return access


def editor_access(access: Annotated[Access, Depends(token_access)]) -> Access:
    access.require(Role.EDITOR)
    return access


ApiAccess = Annotated[Access, Depends(token_access)]
ApiEditor = Annotated[Access, Depends(editor_access)]
