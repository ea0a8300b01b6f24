"""The feeds page: the workspace's curation feeds (add, remove, fetch now, each with its last error), and the
suggestions from them: one click drafts a share with the manager's comment, crediting the author."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from cocktailparty.curation import repository, service
from cocktailparty.errors import InputError
from cocktailparty.members.service import Access
from cocktailparty.translation import describe
from cocktailparty.web import i18n as web_i18n
from cocktailparty.web.deps import DbSession, EditorAccess, WorkspaceAccess
from cocktailparty.web.i18n import describe_here
from cocktailparty.web.i18n import gettext as _
from cocktailparty.web.templating import flash, render_page

router = APIRouter()


def N_(text: str) -> str:  # the name Babel's extractor looks for
    return text



FOLLOW_KINDS = {"mastodon_account": N_("Mastodon account"), "mastodon_tag": N_("Mastodon hashtag"),
                "bluesky_account": N_("Bluesky account")}


def _page(request: Request, access: Access, session: DbSession, *, form: dict[str, str] | None = None,
          follow_form: dict[str, str] | None = None, error: str | None = None, status_code: int = 200) -> Response:
    context: dict[str, Any] = {"feeds": repository.feeds_of(session, access.workspace.id),
                               "feed_suggestions": repository.suggestions(session, access.workspace.id, 100),
                               "form": form or {}, "follow_form": follow_form or {}, "error": error,
                               "follow_kinds": {kind: _(name) for kind, name in FOLLOW_KINDS.items()}}
    return render_page(request, access, session, "feeds", "curation/feeds.html", context, status_code=status_code)


@router.get("/w/{workspace_id}/feeds")
def feeds_page(request: Request, workspace_id: int, access: WorkspaceAccess, session: DbSession) -> Response:
    return _page(request, access, session)


@router.post("/w/{workspace_id}/feeds")
def add_feed(request: Request, workspace_id: int, access: EditorAccess, session: DbSession,
             url: Annotated[str, Form()] = "", name: Annotated[str, Form()] = "",
             category: Annotated[str, Form()] = "curated") -> Response:
    try:
        service.add_feed(session, access.workspace, url, name, category)
    except InputError as error:
        return _page(request, access, session, form={"url": url, "name": name, "category": category},
                     error=describe_here(error), status_code=422)
    flash(request, "ok", _("Feed added. Fetch it to see its suggestions."))
    return RedirectResponse(f"/w/{workspace_id}/feeds", status_code=303)


@router.post("/w/{workspace_id}/feeds/follows")
def add_follow(request: Request, workspace_id: int, access: EditorAccess, session: DbSession,
               target: Annotated[str, Form()] = "", category: Annotated[str, Form()] = "curated") -> Response:
    try:
        service.add_follow(session, access.workspace, target, category=category)
    except InputError as error:
        return _page(request, access, session, follow_form={"target": target, "category": category},
                     error=describe_here(error), status_code=422)
    flash(request, "ok", _("Followed. Fetch it to see its suggestions."))
    return RedirectResponse(f"/w/{workspace_id}/feeds", status_code=303)


@router.post("/w/{workspace_id}/feeds/fetch")
def fetch_feeds(request: Request, workspace_id: int, access: EditorAccess, session: DbSession) -> Response:
    outcomes = service.fetch_all(session, access.workspace)
    lang = web_i18n.current_lang.get()
    new = sum(outcome.new_items for outcome in outcomes)
    flash(request, "ok", web_i18n.ngettext("%(num)d new suggestion.", "%(num)d new suggestions.", new))
    for outcome in outcomes:
        if outcome.error is not None:
            flash(request, "error", describe(outcome.error, lang))
    return RedirectResponse(f"/w/{workspace_id}/feeds", status_code=303)


@router.post("/w/{workspace_id}/feeds/{feed_id}/delete")
def delete_feed(request: Request, workspace_id: int, feed_id: int, access: EditorAccess,
                session: DbSession) -> Response:
    service.delete_feed(session, access.workspace, feed_id)
    flash(request, "ok", _("Feed removed."))
    return RedirectResponse(f"/w/{workspace_id}/feeds", status_code=303)


@router.post("/w/{workspace_id}/feeds/items/{item_id}/share")
def share(request: Request, workspace_id: int, item_id: int, access: EditorAccess, session: DbSession,
          comment: Annotated[str, Form()] = "", back: Annotated[str, Form()] = "") -> Response:
    service.share(session, access.workspace, item_id, comment)
    flash(request, "ok", _("The share is in the library as a draft."))
    return RedirectResponse(f"/w/{workspace_id}/{'library' if back == 'library' else 'feeds'}", status_code=303)


@router.post("/w/{workspace_id}/feeds/items/{item_id}/dismiss")
def dismiss(request: Request, workspace_id: int, item_id: int, access: EditorAccess, session: DbSession,
            back: Annotated[str, Form()] = "") -> Response:
    service.dismiss(session, access.workspace, item_id)
    return RedirectResponse(f"/w/{workspace_id}/{'library' if back == 'library' else 'feeds'}", status_code=303)
