"""The media library's pages and the composer's media part: streamed upload (the browser sends the file as the
request body; memory stays flat), the library (search by name, tag and date; where each file is used; removal of
what no post uses), files served through short-lived signed addresses, the network checks with their fixes, and
the previews of the post as each network shows it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response, StreamingResponse
from sqlalchemy.orm import Session

from cocktailparty.config import get_settings
from cocktailparty.connectors.networks import NETWORKS, name_of
from cocktailparty.errors import InputError, NotFound
from cocktailparty.media import service as library
from cocktailparty.media.repository import WorkspaceMedia
from cocktailparty.media.storage import store_for
from cocktailparty.members.service import Access
from cocktailparty.models import MediaFile
from cocktailparty.posts import compose
from cocktailparty.web.deps import DbSession, EditorAccess, WorkspaceAccess
from cocktailparty.web.i18n import describe_here
from cocktailparty.web.i18n import gettext as _
from cocktailparty.web.media_upload import receive_media
from cocktailparty.web.templating import flash, render, render_page

router = APIRouter()

FormField = Annotated[str, Form()]
FormList = Annotated[list[str], Form()]


def item_view(media: MediaFile, alt_text: str = "") -> dict[str, Any]:
    return {"media": media, "url": library.sign(media.workspace_id, media.id), "alt": alt_text}


def attached(session: Session, workspace_id: int, ids: list[str], alts: list[str]) -> list[dict[str, Any]]:
    """The composer's attachments as the page shows them (ids of another workspace or unknown are dropped)."""
    found = []
    repository = WorkspaceMedia(session, workspace_id)
    for number, raw in enumerate(ids):
        media = repository.get(int(raw)) if raw.isdigit() else None
        if media is not None:
            found.append(item_view(media, alts[number] if number < len(alts) else ""))
    return found


def attachments_of(ids: list[str], alts: list[str]) -> list[library.Attachment]:
    return [library.Attachment(int(raw), alts[number] if number < len(alts) else "")
            for number, raw in enumerate(ids) if raw.isdigit()]


@router.post("/w/{workspace_id}/media/upload")
async def upload(request: Request, workspace_id: int, access: EditorAccess, session: DbSession, name: str = "",
                 tags: str = "") -> Response:
    """The file is the request body (the composer's script sends it with a progress bar); `name` is its name."""
    try:
        media = await receive_media(request, session, access.workspace.id, access.user.id, name, tags)
    except InputError as error:
        return render(request, "media/_upload_error.html", {"message": describe_here(error)},
                      status_code=error.status_code)
    return render(request, "media/_attached.html", {"item": item_view(media), "workspace": access.workspace})


@router.get("/w/{workspace_id}/media/{media_id}/file")
def media_file(workspace_id: int, media_id: int, session: DbSession, e: int = 0, s: str = "") -> Response:
    """A file, for as long as its signed address lasts; the signature names the workspace and the file."""
    if not library.signature_valid(workspace_id, media_id, e, s):
        raise NotFound("media.address_expired", "this media address has expired or is not valid: reload the page")
    media = library.get_or_raise(session, workspace_id, media_id)
    headers = {"Cache-Control": f"private, max-age={max(0, e - int(datetime.now(UTC).timestamp()))}",
               "Content-Disposition": "inline", "X-Content-Type-Options": "nosniff",
               "Content-Security-Policy": "default-src 'none'; sandbox"}
    return StreamingResponse(store_for().read(media.key), media_type=media.mime_type, headers=headers)


@router.get("/w/{workspace_id}/media")
def library_page(request: Request, workspace_id: int, access: WorkspaceAccess, session: DbSession, q: str = "",
                 since: str = "", until: str = "") -> Response:
    start, end = _day(since), _day(until)
    repository = WorkspaceMedia(session, access.workspace.id)
    items = repository.search(q, start, end + timedelta(days=1) if end else None)
    used = repository.used_in([item.id for item in items])
    settings = get_settings()
    return render_page(request, access, session, "media", "media/library.html", {
        "items": [item_view(item) | {"used_in": used.get(item.id, [])} for item in items],
        "q": q, "since": since, "until": until, "used_mb": round(repository.total_size() / 2**20, 1),
        "quota_mb": settings.media_quota_mb,
    })


def _day(value: str) -> datetime | None:
    try:
        return datetime.combine(date.fromisoformat(value), datetime.min.time(), UTC) if value else None
    except ValueError:
        return None


@router.get("/w/{workspace_id}/media/pick")
def pick(request: Request, workspace_id: int, access: WorkspaceAccess, session: DbSession, q: str = "") -> Response:
    """The composer's library picker: the newest files matching `q`."""
    items = WorkspaceMedia(session, access.workspace.id).search(q, limit=24)
    return render(request, "media/_pick.html", {"items": [item_view(item) for item in items],
                                                "workspace": access.workspace})


@router.get("/w/{workspace_id}/media/{media_id}/attached")
def attached_item(request: Request, workspace_id: int, media_id: int, access: WorkspaceAccess,
                  session: DbSession) -> Response:
    media = library.get_or_raise(session, access.workspace.id, media_id)
    return render(request, "media/_attached.html", {"item": item_view(media), "workspace": access.workspace})


@router.post("/w/{workspace_id}/media/{media_id}/fit")
def fit(request: Request, workspace_id: int, media_id: int, access: EditorAccess, session: DbSession,
        network: FormField = "") -> Response:
    """The re-encode a check offered: a new library file that fits `network`, shown in the old one's place."""
    fitted = library.fit_for(session, access.workspace.id, media_id, network)
    return render(request, "media/_attached.html", {"item": item_view(fitted), "workspace": access.workspace,
                                                    "replaces": media_id})


@router.post("/w/{workspace_id}/media/{media_id}/remove")
def remove(request: Request, workspace_id: int, media_id: int, access: EditorAccess, session: DbSession) -> Response:
    library.remove(session, access.workspace.id, media_id)
    flash(request, "ok", _("The file was removed from the library."))
    return RedirectResponse(f"/w/{access.workspace.id}/media", status_code=303)


@router.post("/w/{workspace_id}/media/remove-unused")
def remove_unused(request: Request, workspace_id: int, access: EditorAccess, session: DbSession) -> Response:
    removed = library.remove_unused(session, access.workspace.id)
    flash(request, "ok", _("Files no post used, removed: %(num)s.", num=len(removed)))
    return RedirectResponse(f"/w/{access.workspace.id}/media", status_code=303)


@router.post("/w/{workspace_id}/compose/media-check")
def media_check(request: Request, workspace_id: int, access: WorkspaceAccess, session: DbSession,
                text: FormField = "", channel_id: FormField = "", media_id: FormList = [],  # noqa: B006
                media_alt: FormList = []) -> Response:  # noqa: B006
    """The composer's media panel: each network's checks of the attached files (the chosen channel's first, with
    its fixes), and the post previewed as each network shows it. Empty when no file is attached: the text's own
    previews (the live check's) stand alone then, and these take their place once a file comes."""
    context = media_context(session, access, text, channel_id, media_id, media_alt)
    if not context["items"]:
        return Response("", media_type="text/html")
    return render(request, "media/_check.html", context)


def media_context(session: Session, access: Access, text: str, channel_id: str, ids: list[str],
                  alts: list[str]) -> dict[str, Any]:
    channel = compose.channel_in(session, access.workspace, channel_id) if channel_id else None
    items = attached(session, access.workspace.id, ids, alts)
    files = [(item["media"], item["alt"]) for item in items]
    networks = sorted(NETWORKS, key=lambda network: (channel is None or network != channel.network, network))
    previews = []
    for network_id in networks:
        network = NETWORKS[network_id]
        limits = network.limits()
        count = compose.count_for(network_id, limits, text) if limits is not None and text else None
        problems = library.problems_for(network_id, files)
        shown = items[: network.media.images] if not any(i["media"].kind == "video" for i in items) else items[:1]
        previews.append({"id": network_id, "name": name_of(network_id), "count": count, "problems": problems,
                         "files": shown, "aspect": network.media.preview_aspect,
                         "own": channel is not None and channel.network == network_id})
    return {"previews": previews, "items": items, "text": text, "workspace": access.workspace,
            "can_edit": access.can_edit, "channel": channel, "describe": describe_here}
