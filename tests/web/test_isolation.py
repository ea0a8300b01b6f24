"""Strict isolation between workspaces, over every page the app has: a workspace one is not in does not
exist (404 before anything else), an id of another workspace's row is not found, nothing of another
workspace shows in any answer or changes; and the way in, invitations, end to end."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import select
from starlette.routing import BaseRoute

from cocktailparty import db
from cocktailparty.members import service as members
from cocktailparty.models import (
    ApiToken,
    AuditRun,
    AvoidDay,
    Base,
    Channel,
    Invitation,
    LibraryItem,
    Membership,
    Post,
    PostState,
    User,
    Workspace,
)
from webclient import csrf, log_in, log_out, post_form, sign_up

SECRET_MARK = "alphasecret"  # in every name and text of workspace A: it must never reach user B
LINK = re.compile(r'value="http://testserver/invitations/([^"]+)"')
PATH_PARAM = re.compile(r"\{(\w+)(?::[^}]*)?\}")
# Plausible values for the form fields of the pages (anything else gets "1").
FORM_VALUES = {
    "preset": "80/20", "cap": "20", "window_posts": "10", "window_days": "30", "day": "2027-03-10",
    "time": "09:00", "slot": "Mon 09:00", "timezone": "UTC", "reason": "x", "channel": "1", "email": "x@example.com",
    "role": "viewer", "name": "x", "lang": "en", "show_hijri": "1", "text": "Fresh bread today",
    "at": "2027-03-10T09:00", "due_at": "2027-03-10T09:00", "category": "educational", "network": "testnet",
    "token": "t", "handle": "h", "base_url": "http://127.0.0.1:9", "password": "p", "month": "2027-03",
}


def workspace_a(client: TestClient) -> int:
    """Alice's workspace with a row in every table a page could show, ids 1 where it is the first row."""
    workspace_id = sign_up(client, "alice@example.com", f"Bakery {SECRET_MARK}", name=f"Alice {SECRET_MARK}")
    assert workspace_id
    with db.session_scope() as session:
        channel = Channel(workspace_id=workspace_id, name=f"chan-{SECRET_MARK}", network="testnet",
                          handle=f"@{SECRET_MARK}", timezone="Asia/Riyadh", slots=["Mon 09:00"])
        session.add(channel)
        session.flush()
        session.add_all([
            Post(workspace_id=workspace_id, channel_id=channel.id, text=f"post {SECRET_MARK}", category="educational",
                 state=PostState.SCHEDULED, due_at=datetime.now(UTC) + timedelta(days=1)),
            LibraryItem(workspace_id=workspace_id, text=f"library {SECRET_MARK}", category="educational"),
            AvoidDay(workspace_id=workspace_id, day=date(2027, 3, 10), reason=f"reason {SECRET_MARK}"),
        ])
        alice = session.scalar(select(User).where(User.email == "alice@example.com"))
        assert alice is not None
        session.add(AuditRun(workspace_id=workspace_id, user_id=alice.id, file_name=f"{SECRET_MARK}.zip",
                             path=f"/nonexistent/{SECRET_MARK}.zip"))
        access = members.access(session, alice, workspace_id)
        assert access is not None
        members.create_api_token(session, access, f"token {SECRET_MARK}")
        members.invite(session, access, f"invitee-{SECRET_MARK}@example.com", "editor")
    return workspace_id


def snapshot(workspace_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the workspace, in every table that has a workspace_id, and the workspace and its people."""
    rows: dict[str, list[tuple[Any, ...]]] = {}
    with db.session_scope() as session:
        for table in Base.metadata.sorted_tables:
            if "workspace_id" in table.c:
                query = select(table).where(table.c.workspace_id == workspace_id).order_by(*table.primary_key)
            elif table.name == "workspaces":
                query = select(table).where(table.c.id == workspace_id)
            elif table.name == "users":
                members = select(Membership.user_id).where(Membership.workspace_id == workspace_id)
                query = select(table).where(table.c.id.in_(members)).order_by(table.c.id)
            else:
                continue
            rows[table.name] = [tuple(row) for row in session.execute(query)]
    return rows


def api_routes(routes: Sequence[BaseRoute]) -> Iterator[APIRoute]:
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        included = getattr(route, "original_router", None)  # FastAPI >= 0.165 keeps included routers whole
        if included is not None:
            yield from api_routes(included.routes)


def workspace_routes(app: FastAPI) -> list[tuple[str, str, APIRoute]]:
    """Every (method, path) of the pages inside a workspace, as the app has them now."""
    found = []
    for route in api_routes(app.routes):
        if route.path.startswith("/w/{workspace_id}"):
            found.extend((method, route.path, route) for method in sorted(route.methods - {"HEAD"}))
    return found


def fill(path: str, workspace_id: int) -> str:
    return PATH_PARAM.sub(lambda m: str(workspace_id) if m.group(1) == "workspace_id" else "1", path)


def form_for(route: APIRoute, token: str) -> dict[str, str]:
    fields = {field.alias: FORM_VALUES.get(field.alias, "1") for field in route.dependant.body_params}
    return {**fields, "csrf_token": token}


def request(client: TestClient, method: str, path: str, route: APIRoute, token: str):  # type: ignore[no-untyped-def]
    if method == "GET":
        return client.get(path, follow_redirects=False)
    return client.request(method, path, data=form_for(route, token), headers={"X-CSRF-Token": token},
                          follow_redirects=False)


def test_every_page_of_a_foreign_workspace_is_not_found(
        web_app: FastAPI, client: TestClient, other_client: TestClient) -> None:
    a = workspace_a(client)
    sign_up(other_client, "bob@example.com", "Bravo", name="Bob")
    token = csrf(other_client, "/")
    before = snapshot(a)
    routes = workspace_routes(web_app)
    assert any(path == "/w/{workspace_id}/settings" for _, path, _ in routes)
    assert any(method == "POST" for method, _, _ in routes)
    checked = []
    for method, template, route in routes:
        path = fill(template, a)
        answer = request(other_client, method, path, route, token)
        assert answer.status_code == 404, (method, path, answer.status_code, answer.text[:300])
        assert SECRET_MARK not in answer.text, (method, path)
        checked.append(f"{method} {template}")
    # The main pages, whether or not their slice is built yet.
    for page in ("", "/compose", "/calendar", "/library", "/channels", "/audit", "/settings"):
        answer = other_client.get(f"/w/{a}{page}", follow_redirects=False)
        assert answer.status_code == 404 and SECRET_MARK not in answer.text, page
    # The HTMX flavour answers the same.
    answer = other_client.get(f"/w/{a}/settings", headers={"HX-Request": "true"})
    assert answer.status_code == 404 and SECRET_MARK not in answer.text
    assert snapshot(a) == before, "a request of another workspace's member changed its data"
    assert len(checked) >= 10, checked


def test_ids_of_another_workspace_are_not_found_in_ones_own(
        web_app: FastAPI, client: TestClient, other_client: TestClient) -> None:
    a = workspace_a(client)
    b = sign_up(other_client, "bob@example.com", "Bravo", name="Bob")
    assert b
    token = csrf(other_client, "/")
    before = snapshot(a)
    for method, template, route in workspace_routes(web_app):
        params = [name for name in PATH_PARAM.findall(template) if name != "workspace_id"]
        if not params:
            continue  # Bob's own page of his own workspace
        path = fill(template, b)  # Bob's workspace, Alice's rows (each the first of its table: id 1)
        answer = request(other_client, method, path, route, token)
        assert SECRET_MARK not in answer.text, (method, path)
        if all(name.endswith("_id") for name in params):
            allowed = {404} if method == "GET" else {404, 422}
            assert answer.status_code in allowed, (method, path, answer.status_code, answer.text[:300])
    assert snapshot(a) == before


def test_settings_forms_refuse_rows_of_another_workspace(client: TestClient, other_client: TestClient) -> None:
    a = workspace_a(client)
    b = sign_up(other_client, "bob@example.com", "Bravo", name="Bob")
    assert b
    page = f"/w/{b}/settings"
    with db.session_scope() as session:
        channel_id = session.scalars(select(Channel.id).where(Channel.workspace_id == a)).one()
        avoid_id = session.scalars(select(AvoidDay.id).where(AvoidDay.workspace_id == a)).one()
        token_id = session.scalars(select(ApiToken.id).where(ApiToken.workspace_id == a)).one()
        invitation_id = session.scalars(select(Invitation.id).where(Invitation.workspace_id == a)).one()
        alice_id = session.scalars(select(User.id).where(User.email == "alice@example.com")).one()
    before = snapshot(a)
    for action, data in (
        (f"/channels/{channel_id}/slots", {"day": "Tue", "time": "10:00"}),
        (f"/channels/{channel_id}/slots/delete", {"slot": "Mon 09:00"}),
        (f"/channels/{channel_id}/timezone", {"timezone": "UTC"}),
        ("/avoid-days", {"day": "2027-04-01", "channel": str(channel_id)}),
        (f"/avoid-days/{avoid_id}/delete", {}),
        (f"/tokens/{token_id}/delete", {}),
        (f"/team/invitations/{invitation_id}/delete", {}),
    ):
        answer = post_form(other_client, f"{page}{action}", data, page=page)
        assert answer.status_code == 404 and SECRET_MARK not in answer.text, action
    # Alice is not in Bravo: her role there cannot be set, nor can she be removed from it.
    for action, data in ((f"/team/{alice_id}/role", {"role": "viewer"}), (f"/team/{alice_id}/remove", {})):
        answer = post_form(other_client, f"{page}{action}", data, page=page)
        assert answer.status_code == 422 and "that person is not in this workspace" in answer.text
        assert SECRET_MARK not in answer.text
    assert snapshot(a) == before
    bravo = other_client.get(page).text
    assert SECRET_MARK not in bravo and "Bob" in bravo


# -- invitations end to end -------------------------------------------------------------------------------------

def invite(client: TestClient, workspace_id: int, email: str, role: str) -> str:
    answer = post_form(client, f"/w/{workspace_id}/settings/team/invite", {"email": email, "role": role},
                       page=f"/w/{workspace_id}/settings")
    assert answer.status_code == 200, answer.text
    found = LINK.search(answer.text)
    assert found, "no invitation link on the page"
    return found.group(1)


def test_invitations_end_to_end(client: TestClient, other_client: TestClient) -> None:
    a = sign_up(client, "alice@example.com", "Alpha", name="Alice")
    assert a

    # A new person signs up through the link, as an editor, and lands in the workspace.
    token = invite(client, a, "editor@example.com", "editor")
    assert "Join Alpha" in other_client.get(f"/invitations/{token}").text
    assert sign_up(other_client, "editor@example.com", name="Eddie", invitation=token) == a
    assert other_client.get(f"/w/{a}").status_code == 200
    settings = other_client.get(f"/w/{a}/settings")
    assert settings.status_code == 200 and "Eddie" in settings.text and "Alice" in settings.text
    assert "/settings/avoid-days" in settings.text and "/settings/team/invite" not in settings.text
    # The link worked once.
    log_out(other_client)
    again = post_form(other_client, "/signup", {"email": "someone@example.com", "name": "S", "password":
                      "correct horse battery", "invitation": token}, page="/signup")
    assert again.status_code == 422 and "not valid or was used already" in again.text

    # Someone with an account already accepts while signed in, as a viewer.
    b = sign_up(other_client, "bob@example.com", "Bravo", name="Bob")
    token = invite(client, a, "bob@example.com", "viewer")
    page = other_client.get(f"/invitations/{token}")
    assert page.status_code == 200 and "Alpha" in page.text
    accepted = post_form(other_client, f"/invitations/{token}", {}, page=f"/invitations/{token}",
                         follow_redirects=True)
    assert accepted.status_code == 200 and str(accepted.url).endswith(f"/w/{a}")
    assert other_client.get(f"/w/{b}").status_code == 200  # still in his own workspace too

    # A viewer reads and changes nothing.
    assert other_client.get(f"/w/{a}/settings").status_code == 200
    for action, data in (("/mix", {"preset": "thirds"}), ("/avoid-days", {"day": "2027-03-10"}),
                         ("/team/invite", {"email": "x@example.com", "role": "owner"})):
        refused = post_form(other_client, f"/w/{a}/settings{action}", data, page=f"/w/{a}/settings")
        assert refused.status_code == 403, action
    with db.session_scope() as session:
        workspace = session.get(Workspace, a)
        assert workspace is not None and workspace.preset == "80/20"
        assert session.scalars(select(AvoidDay)).all() == []

    # The last owner cannot step down, nor leave.
    with db.session_scope() as session:
        alice_id = session.scalars(select(User.id).where(User.email == "alice@example.com")).one()
    for action, data in ((f"/team/{alice_id}/role", {"role": "editor"}), (f"/team/{alice_id}/remove", {})):
        refused = post_form(client, f"/w/{a}/settings{action}", data, page=f"/w/{a}/settings")
        assert refused.status_code == 422 and "a workspace keeps at least one owner" in refused.text
    with db.session_scope() as session:
        roles = {m.user_id: m.role for m in session.scalars(select(Membership).where(Membership.workspace_id == a))}
        assert roles[alice_id] == "owner" and sorted(roles.values()) == ["editor", "owner", "viewer"]


def test_an_invitation_is_for_the_address_it_was_sent_to(client: TestClient, other_client: TestClient) -> None:
    a = sign_up(client, "alice@example.com", "Alpha", name="Alice")
    assert a
    token = invite(client, a, "carol@example.com", "editor")
    sign_up(other_client, "mallory@example.com", "Mallory Co")
    taken = post_form(other_client, f"/invitations/{token}", {}, page=f"/invitations/{token}")
    assert taken.status_code == 422 and "this invitation is for carol@example.com" in taken.text
    assert other_client.get(f"/w/{a}").status_code == 404
    # Carol, who has an account, logs in and takes it.
    log_out(other_client)
    sign_up(other_client, "carol@example.com", "Carol Co")
    log_out(other_client)
    log_in(other_client, "carol@example.com")
    accepted = post_form(other_client, f"/invitations/{token}", {}, page="/", follow_redirects=True)
    assert str(accepted.url).endswith(f"/w/{a}")
