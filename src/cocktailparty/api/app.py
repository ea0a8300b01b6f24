"""The JSON API app, mounted at /api/v1, with its OpenAPI description at /api/v1/openapi.json."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from cocktailparty.errors import CocktailError


def create_api() -> FastAPI:
    api = FastAPI(title="CocktailParty API", version="1", docs_url="/docs", redoc_url=None,
                  openapi_url="/openapi.json")

    @api.exception_handler(CocktailError)
    async def cocktail_error(request: Request, error: CocktailError) -> JSONResponse:
        from cocktailparty.web.app import api_error_response

        return api_error_response(error)

    return api
