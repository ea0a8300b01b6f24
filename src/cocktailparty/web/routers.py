"""Every page router, and the JSON API app, in one list (each domain keeps its own routes)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, FastAPI

from cocktailparty.web.deps import check_csrf


def page_routers() -> list[APIRouter]:
    from cocktailparty.audit import routes as audit
    from cocktailparty.calendar import routes as calendar
    from cocktailparty.channels import routes as channels
    from cocktailparty.dashboard import routes as dashboard
    from cocktailparty.library import routes as library
    from cocktailparty.posts import routes as posts
    from cocktailparty.users import routes as users
    from cocktailparty.workspaces import routes as workspaces

    return [users.router, dashboard.router, posts.router, calendar.router, library.router, channels.router,
            audit.router, workspaces.router]


# Every form post and HTMX call of the pages carries the CSRF token; GETs change nothing.
PAGE_DEPENDENCIES = [Depends(check_csrf)]


def api_app() -> FastAPI:
    from cocktailparty.api.app import create_api

    return create_api()
