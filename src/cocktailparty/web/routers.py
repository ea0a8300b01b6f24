"""Every page router, and the JSON API app, in one list (each page module keeps its own routes)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, FastAPI

from cocktailparty.web.api.app import create_api
from cocktailparty.web.deps import check_csrf
from cocktailparty.web.nul import refuse_nul
from cocktailparty.web.pages import (
    account,
    audit,
    calendar,
    channels,
    compose,
    dashboard,
    feeds,
    giveaways,
    inbox,
    library,
    media,
    moments,
    occasions,
    posts,
    settings,
)


def page_routers() -> list[APIRouter]:
    return [account.router, dashboard.router, compose.router, posts.router, calendar.router, library.router,
            channels.router, audit.router, settings.router, occasions.router, giveaways.router, feeds.router,
            moments.router, inbox.router, media.router]


# Every form post and HTMX call of the pages carries the CSRF token; GETs change nothing. No field brings a NUL.
PAGE_DEPENDENCIES = [Depends(check_csrf), Depends(refuse_nul)]


def api_app() -> FastAPI:
    return create_api()
