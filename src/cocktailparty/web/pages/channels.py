"""The channels page: connect a channel (the network is asked first), test it, disconnect and reconnect it.

Tokens and passwords go one way: into the encrypted column. No page, input value or error message shows
them again, not even the form re-rendered after a refusal.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from cocktailparty.channels import repository, service
from cocktailparty.connectors.networks import name_of
from cocktailparty.connectors.registry import networks
from cocktailparty.errors import InputError
from cocktailparty.members.service import Access
from cocktailparty.web.deps import DbSession, EditorAccess, WorkspaceAccess
from cocktailparty.web.i18n import describe_here, ngettext
from cocktailparty.web.i18n import gettext as _
from cocktailparty.web.templating import flash, render, render_page

router = APIRouter()


def _without_secrets(message: str, *secrets: str) -> str:
    # A network's error text could quote what it was sent; never let a credential reach the page.
    for secret in secrets:
        if secret and len(secret) >= 4:
            message = message.replace(secret, "•••")
    return message


def _page(request: Request, access: Access, session: DbSession, context: dict[str, Any] | None = None,
          status_code: int = 200) -> Response:
    channels = repository.channels_of(session, access.workspace.id)
    full = {
        "channels": channels, "networks": networks(), "network_name": name_of,
        "time_zones": service.time_zones(),
        "connected": {channel.id: service.is_connected(channel) for channel in channels},
        "form": {}, "error": None, **(context or {}),
    }
    return render_page(request, access, session, "channels", "channels/channels.html", full, status_code=status_code)


@router.get("/w/{workspace_id}/channels")
def channels_page(request: Request, workspace_id: int, access: WorkspaceAccess, session: DbSession) -> Response:
    return _page(request, access, session)


@router.post("/w/{workspace_id}/channels")
def connect(
    request: Request,
    workspace_id: int,
    access: EditorAccess,
    session: DbSession,
    network: Annotated[str, Form()],
    name: Annotated[str, Form()] = "",
    base_url: Annotated[str, Form()] = "",
    token: Annotated[str, Form()] = "",
    handle: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    timezone: Annotated[str, Form()] = "UTC",
) -> Response:
    try:
        channel = service.connect(session, access.workspace, network=network, name=name, base_url=base_url,
                                  token=token, handle=handle, password=password, timezone=timezone)
    except InputError as error:
        # The form comes back as it was typed, except the token and password, which are never sent back.
        form = {"network": network, "name": name, "base_url": base_url, "handle": handle, "timezone": timezone}
        message = _without_secrets(describe_here(error), token, password)
        return _page(request, access, session, {"form": form, "error": message}, status_code=422)
    flash(request, "ok", _("Connected %(name)s as %(handle)s.", name=channel.name, handle=channel.handle or "—"))
    return RedirectResponse(f"/w/{workspace_id}/channels", status_code=303)


@router.post("/w/{workspace_id}/channels/{channel_id}/test")
def test_connection(
    request: Request, workspace_id: int, channel_id: int, access: EditorAccess, session: DbSession
) -> Response:
    channel = service.get_by_id_or_raise(session, access.workspace, channel_id)
    try:
        handle = service.check(session, channel)
    except InputError as error:
        result: dict[str, Any] = {"ok": False, "message": describe_here(error)}
    else:
        result = {"ok": True, "handle": handle if handle.startswith("@") else f"@{handle}"}
    if "hx-request" not in request.headers:
        # Without JavaScript the button is a plain form: say it on the page it came from.
        text = (_("Connected as %(handle)s", handle=result["handle"]) if result["ok"] else result["message"])
        flash(request, "ok" if result["ok"] else "error", text)
        return RedirectResponse(f"/w/{workspace_id}/channels", status_code=303)
    return render(request, "channels/_test_result.html", result, status_code=200 if result["ok"] else 422)


@router.post("/w/{workspace_id}/channels/{channel_id}/disconnect")
def disconnect(
    request: Request, workspace_id: int, channel_id: int, access: EditorAccess, session: DbSession
) -> Response:
    channel = service.get_by_id_or_raise(session, access.workspace, channel_id)
    cancelled = service.disconnect(session, channel)
    flash(request, "ok", _("%(name)s is disconnected: its credentials are deleted.", name=channel.name) + " "
          + ngettext("%(num)d scheduled post was cancelled.", "%(num)d scheduled posts were cancelled.", cancelled))
    return RedirectResponse(f"/w/{workspace_id}/channels", status_code=303)


@router.post("/w/{workspace_id}/channels/{channel_id}/reconnect")
def reconnect(
    request: Request,
    workspace_id: int,
    channel_id: int,
    access: EditorAccess,
    session: DbSession,
    token: Annotated[str, Form()] = "",
    handle: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
) -> Response:
    channel = service.get_by_id_or_raise(session, access.workspace, channel_id)
    try:
        service.reconnect(session, channel, token=token or None, handle=handle.strip() or None,
                          password=password or None)
    except InputError as error:
        message = _without_secrets(describe_here(error), token, password)
        return _page(request, access, session, {"reconnect_error": {channel.id: message}}, status_code=422)
    flash(request, "ok", _("Reconnected %(name)s as %(handle)s.", name=channel.name, handle=channel.handle or "—"))
    return RedirectResponse(f"/w/{workspace_id}/channels", status_code=303)
