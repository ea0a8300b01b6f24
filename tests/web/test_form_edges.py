"""Every text field of every page's form, taken from the app's own routes so a new form is covered the day it is
added: a NUL character (U+0000) is refused with 422 naming the field, and nothing is stored (on PostgreSQL a NUL
that reached the database was a server error); a value far longer than any column is never a server error."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from cocktailparty import db
from cocktailparty.models import LibraryItem
from webclient import csrf, sign_up

NUL_TEXT = "عيد\x00سعيد"


def _form_fields(route: APIRoute) -> list[str]:
    return [field.alias for field in route.dependant.body_params if field.field_info.annotation in (str, list[str])]


def _routes(routes: list[Any]) -> Iterator[APIRoute]:
    """Every route, inside the routers the app includes too (the page routers have no prefix)."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        elif hasattr(route, "original_router"):  # an included router (FastAPI keeps it whole)
            yield from _routes(route.original_router.routes)


def _form_posts(web_app: FastAPI, workspace_id: int) -> Iterator[tuple[str, str]]:
    """(path, field) for every text field of every form; path ids are the workspace's, and 1 for the rest."""
    for route in _routes(web_app.routes):
        if "POST" not in route.methods or route.path == "/logout":
            continue
        path = re.sub(r"\{[a-z_]+\}", "1", route.path.replace("{workspace_id}", str(workspace_id)))
        for field in _form_fields(route):
            yield path, field


def test_every_text_field_of_every_form_refuses_a_nul(client: TestClient, web_app: FastAPI) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    token = csrf(client, f"/w/{workspace_id}")
    tried, wrong = 0, []
    for path, field in _form_posts(web_app, workspace_id):
        tried += 1
        answer = client.post(path, data={"csrf_token": token, field: NUL_TEXT}, follow_redirects=False)
        if answer.status_code != 422 or "U+0000" not in answer.text or field not in answer.text:
            wrong.append(f"POST {path} {field}: {answer.status_code} {answer.text[:120]!r}")
    assert tried >= 60  # the walk reached the forms' fields
    assert not wrong, "\n".join(wrong)


def test_no_form_field_far_too_long_is_a_server_error(client: TestClient, web_app: FastAPI) -> None:
    """PostgreSQL refuses a value longer than its column (SQLite keeps it): each form must say so first."""
    workspace_id = sign_up(client, "sara@example.com")
    token = csrf(client, f"/w/{workspace_id}")
    wrong = []
    for path, field in _form_posts(web_app, workspace_id):
        answer = client.post(path, data={"csrf_token": token, field: "ش" * 5000}, follow_redirects=False)
        if answer.status_code >= 500:
            wrong.append(f"POST {path} {field}: {answer.status_code}")
    assert not wrong, "\n".join(wrong)


def test_a_nul_is_refused_before_anything_is_stored(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    page = f"/w/{workspace_id}/library"
    answer = client.post(page, data={"csrf_token": csrf(client, page), "text": "قهوة\x00 الصباح"})
    assert answer.status_code == 422 and "text: a NUL character (U+0000) cannot be stored" in answer.text
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(LibraryItem)) == 0
    # Without the NUL the same form goes through.
    answer = client.post(page, data={"csrf_token": csrf(client, page), "text": "قهوة الصباح"})
    assert answer.status_code == 200
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(LibraryItem)) == 1
