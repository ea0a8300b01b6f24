"""The dashboard page: the board (gauges, next, failed and published posts, alerts) is kept per language
and Hijri setting until the workspace changes or the next post falls due (web/fragments.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request
from fastapi.responses import Response

from cocktailparty.channels.repository import channels_of
from cocktailparty.dashboard import service
from cocktailparty.inbox import service as inbox
from cocktailparty.members import repository as members
from cocktailparty.web import fragments
from cocktailparty.web import i18n as web_i18n
from cocktailparty.web.deps import DbSession, WorkspaceAccess, csrf_token
from cocktailparty.web.templating import render_page, render_part

router = APIRouter()


@router.get("/w/{workspace_id}")
def dashboard(request: Request, workspace_id: int, access: WorkspaceAccess, session: DbSession) -> Response:
    now = datetime.now(UTC)
    stamp = fragments.workspace_stamp(session, access.workspace.id)  # before the posts: see web/fragments.py
    key = ("dashboard", access.workspace.id, web_i18n.current_lang.get(), access.can_edit, access.user.show_hijri)

    def build() -> tuple[str, datetime | None]:
        built = service.build(session, access.workspace, now)
        return render_part(access, "dashboard/_board.html", {"board": built}), built.changes_at

    board = fragments.parts.kept_or_built(key, stamp, now, csrf_token(request), build)
    # Response times change with the clock (an open question turns late), so they are not kept with the board.
    overall, by_channel, by_teammate = inbox.response_times(session, access.workspace, access.role, now)
    return render_page(request, access, session, "dashboard", "dashboard/dashboard.html", {
        "board_html": board, "times": overall, "times_by_channel": by_channel, "times_by_teammate": by_teammate,
        "channel_names": {channel.id: channel.name for channel in channels_of(session, access.workspace.id)},
        "member_names": {user.id: user.name for user, _role in members.members_of(session, access.workspace.id)},
    })
