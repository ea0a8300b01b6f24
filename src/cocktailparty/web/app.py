"""The app factory: middleware (signed session cookie, language, security headers), error pages,
static files served by the app itself, the page routers and the JSON API."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import quote

import anyio
from fastapi import FastAPI, Request, Response
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from cocktailparty import db
from cocktailparty.audit.runs import remove_stale_incoming
from cocktailparty.config import Settings, get_settings
from cocktailparty.connectors.networks import NETWORKS
from cocktailparty.errors import CocktailError
from cocktailparty.media import storage
from cocktailparty.secrets import derived_key
from cocktailparty.web import fragments, routers
from cocktailparty.web import i18n as web_i18n
from cocktailparty.web.admission import Admission
from cocktailparty.web.deps import LoginRequired
from cocktailparty.web.limits import BodyLimit
from cocktailparty.web.ratelimit import TooManyAttempts
from cocktailparty.web.templating import render
from cocktailparty.workspaces.classifier import classifier_for

STATIC = Path(__file__).parent / "static"
# Threads beyond the admitted requests' (see _lifespan).
THREAD_SPARE = 8
HSTS = "max-age=31536000; includeSubDomains"
# Scripts only from the app itself; inline style attributes are allowed (bars and gauges are sized with them).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)


def session_key(settings: Settings) -> str:
    """The cookie-signing key, derived from the secret key so one secret protects both."""
    return derived_key("session cookie", settings)


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    # The schema is brought up to date (once, under a lock, across processes) before the first request.
    await anyio.to_thread.run_sync(db.get_engine)
    # Half-received uploads a crash left behind: archives, and pictures and videos.
    await anyio.to_thread.run_sync(remove_stale_incoming, get_settings())
    await anyio.to_thread.run_sync(storage.remove_stale_incoming, get_settings())
    # Each admitted request needs at most one thread at a time; more threads than that, so the pool's
    # threads never all wait on requests that wait on them (see web/admission.py).
    limiter = anyio.to_thread.current_default_thread_limiter()
    limiter.total_tokens = max(limiter.total_tokens, get_settings().web_concurrency + THREAD_SPARE)
    threading.Thread(target=_warm_up, name="warm-up", daemon=True).start()
    yield


def _warm_up() -> None:
    """Load the classifier and the networks' counting rules while the first pages are served, so the first live
    check in the composer does not wait for them. The networks' client libraries stay unloaded: a connector (and
    its library) is imported when a channel of its network is first used (connectors/networks.py)."""
    classifier_for()
    for network in NETWORKS.values():
        network.limits()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    fragments.parts.clear()  # kept parts name workspaces by id: a new app may be on another database
    app = FastAPI(title="CocktailParty", docs_url=None, redoc_url=None, openapi_url=None, lifespan=_lifespan)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.middleware("http")
    async def language_and_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        chosen = web_i18n.as_lang(request.session.get("lang") or request.cookies.get("lang"))
        lang = chosen or web_i18n.pick_lang(request.headers.get("accept-language"))
        token = web_i18n.current_lang.set(lang)
        try:
            response = await call_next(request)
        finally:
            web_i18n.current_lang.reset(token)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if not request.url.path.startswith("/static/"):
            # Pages show private data, and some show a secret once: no browser or proxy keeps a copy.
            response.headers.setdefault("Cache-Control", "no-store")
        if production:
            response.headers.setdefault("Strict-Transport-Security", HSTS)
        return response

    production = settings.env == "production"
    # Added after the language middleware, so it runs before it: the language middleware reads the session.
    app.add_middleware(
        SessionMiddleware, secret_key=session_key(settings), session_cookie="cocktail_session",
        max_age=settings.session_days * 24 * 3600, same_site="lax", https_only=production,
    )
    # Outermost: a request waits its turn holding nothing, and a body over its limit is refused before
    # anything reads it.
    app.add_middleware(BodyLimit, max_body=settings.max_body_kb * 1024, max_upload=settings.max_upload_mb * 2**20)
    app.add_middleware(Admission, concurrency=settings.web_concurrency)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        """For load balancers and the load benchmark's floor: answers without touching the database."""
        return {"status": "ok"}

    @app.exception_handler(CocktailError)
    async def cocktail_error(request: Request, error: CocktailError) -> Response:
        return _error_response(request, error)

    for router in routers.page_routers():
        app.include_router(router, dependencies=routers.PAGE_DEPENDENCIES)
    app.mount("/api/v1", routers.api_app())
    return app


def _error_response(request: Request, error: CocktailError) -> Response:
    headers = {"Retry-After": str(error.retry_after)} if isinstance(error, TooManyAttempts) else None
    if isinstance(error, LoginRequired) and request.method == "GET" and "hx-request" not in request.headers:
        return RedirectResponse(f"/login?next={quote(str(request.url.path))}", status_code=303)
    if isinstance(error, LoginRequired) and "hx-request" in request.headers:
        return Response(status_code=401, headers={"HX-Redirect": "/login"})
    template = "partials/error.html" if "hx-request" in request.headers else "error.html"
    return render(request, template, {"message": web_i18n.describe_here(error), "status": error.status_code},
                  status_code=error.status_code, headers=headers)
