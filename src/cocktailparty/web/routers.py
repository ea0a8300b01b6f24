"""Every page router, and the JSON API app, in one list (each page module keeps its own routes)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, FastAPI

from cocktailparty.web.deps import check_csrf


def page_routers() -> list[APIRouter]:
    from cocktailparty.calendar import routes as calendar
    from cocktailparty.dashboard import routes as dashboard
    from cocktailparty.web.pages import account, audit, channels, compose, library, media, settings

    return [account.router, dashboard.router, compose.router, calendar.router, library.router, channels.router,
            audit.router, settings.router, media.router]


# Every form post and HTMX call of the pages carries the CSRF token; GETs change nothing.
PAGE_DEPENDENCIES = [Depends(check_csrf)]


def api_app() -> FastAPI:
    from cocktailparty.web.api.app import create_api

    return create_api()
