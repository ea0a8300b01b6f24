"""The JSON API app, mounted at /api/v1, with its OpenAPI description at /api/v1/openapi.json.

Every answer is JSON; every error has a `detail` (FastAPI's own 422 for invalid input keeps its
standard shape: a list naming each field)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Depends, FastAPI, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from cocktailparty.connectors.base import ConnectorError
from cocktailparty.errors import CocktailError, message
from cocktailparty.i18n import Lang
from cocktailparty.posts.service import ChannelsRefused, GuardrailRefused
from cocktailparty.translation import describe, described
from cocktailparty.web.api import (
    channels,
    classify,
    feeds,
    giveaways,
    ideas,
    inbox,
    library,
    media,
    mix,
    moments,
    occasions,
    posts,
    posts_corrections,
    workspace,
)
from cocktailparty.web.api.deps import Unauthenticated, no_token
from cocktailparty.web.i18n import pick_lang
from cocktailparty.web.nul import refuse_nul_in_api
from cocktailparty.web.ratelimit import TooManyAttempts

DESCRIPTION = """The same rules as the pages: a token acts as its user in its workspace, with the
user's role there as it is now (a viewer reads only). Create a token with
`cocktail token create --user EMAIL --name NAME` and send it as `Authorization: Bearer cp_...`."""


class EscapedJSONResponse(JSONResponse):
    """JSON that survives a lone surrogate echoed back from invalid input: escaped, where the standard
    response would fail to encode it and the client would get a server error instead of a 422."""

    def render(self, content: Any) -> bytes:
        try:
            return super().render(content)
        except UnicodeEncodeError:
            return json.dumps(content, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode()


def create_api() -> FastAPI:
    # No Swagger page: FastAPI's loads its scripts from a CDN, which the pages' CSP (and our rule) forbid.
    # No text field of any operation takes a NUL (web/nul.py): one check here, for every model, query and path.
    api = FastAPI(title="CocktailParty API", version="1", description=DESCRIPTION, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json", dependencies=[Depends(refuse_nul_in_api)])
    for module in (workspace, channels, posts, posts_corrections, mix, classify, library, occasions, giveaways,
                   feeds, moments, ideas, inbox, media):
        api.include_router(module.router)

    @api.middleware("http")
    async def token_before_body(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        # FastAPI reads a request's body before its dependencies check the token: a request that carries no
        # token at all is answered before any of its body is read.
        if request.method not in ("GET", "HEAD", "OPTIONS") and not request.headers.get(
            "authorization", ""
        ).lower().startswith("bearer "):
            body = described(no_token(), _lang(request))
            return JSONResponse(body, status_code=401, headers={"WWW-Authenticate": "Bearer"})
        return await call_next(request)

    @api.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        # FastAPI's own shape, a list naming each field, only rendered safely.
        return EscapedJSONResponse(status_code=422, content={"detail": jsonable_encoder(error.errors())})

    @api.exception_handler(GuardrailRefused)
    async def refused(request: Request, error: GuardrailRefused) -> JSONResponse:
        verdict, lang = error.verdict, _lang(request)
        return JSONResponse(status_code=409, content={
            "detail": describe(verdict.reason, lang) if verdict.reason else describe(error, lang),
            "fix": describe(verdict.fix, lang) if verdict.fix else "",
            "value_posts_needed": verdict.value_posts_needed,
            "fits_after": verdict.fits_after.isoformat() if verdict.fits_after else None,
        })

    @api.exception_handler(ChannelsRefused)
    async def channels_refused(request: Request, error: ChannelsRefused) -> JSONResponse:
        lang = pick_lang(request.headers.get("accept-language"))
        return JSONResponse(status_code=409, content={
            "detail": describe(error, lang), "code": error.code,
            "channels": [{"channel_id": answer.channel.id, "channel": answer.channel.name, "ok": answer.error is None,
                          "code": answer.error.code if answer.error else None,
                          "detail": describe(answer.error, lang) if answer.error else None}
                         for answer in error.answers],
        })

    @api.exception_handler(ConnectorError)
    async def channel_unusable(request: Request, error: ConnectorError) -> JSONResponse:
        # A channel saved without checking (--no-verify) may lack what its network needs: the user can fix it.
        detail = message("the %(network)s channel: %(problem)s", network=error.network, problem=error.detail)
        return JSONResponse(status_code=422, content={"detail": describe(detail, _lang(request)), "code": error.code})

    @api.exception_handler(CocktailError)
    async def cocktail_error(request: Request, error: CocktailError) -> JSONResponse:
        response = api_error_response(error, _lang(request))
        if isinstance(error, Unauthenticated):
            response.headers["WWW-Authenticate"] = "Bearer"
        return response

    return api


def _lang(request: Request) -> Lang:
    return pick_lang(request.headers.get("accept-language"))


def api_error_response(error: CocktailError, lang: Lang = "en") -> JSONResponse:
    """An error as the API answers it: `detail` in the language asked for (Accept-Language), and the stable
    `code` with its `params`, for programs."""
    headers = {"Retry-After": str(error.retry_after)} if isinstance(error, TooManyAttempts) else None
    return JSONResponse(error_body(error, lang), status_code=error.status_code, headers=headers)


def error_body(error: CocktailError, lang: Lang) -> dict[str, object]:
    return described(error, lang)
