"""Driving the web app through its own forms in tests: sign up, log in, and post with the CSRF token
the page gave, as a browser does."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient
from httpx import Response

_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
PASSWORD = "correct horse battery"


def csrf(client: TestClient, path: str = "/login") -> str:
    """The CSRF token of the client's session, read from a page's form."""
    page = client.get(path)
    found = _TOKEN.search(page.text)
    assert found, f"no CSRF token on {path}"
    return found.group(1)


def post_form(client: TestClient, path: str, data: dict[str, Any], *, page: str = "/login",
              **kwargs: Any) -> Response:
    return client.post(path, data={"csrf_token": csrf(client, page), **data}, **kwargs)


def sign_up(client: TestClient, email: str, workspace: str | None = "Acme", name: str = "Sara",
            invitation: str | None = None) -> int | None:
    """A new account (and its workspace); returns the workspace id the app lands on."""
    data = {"email": email, "name": name, "password": PASSWORD}
    if invitation:
        data["invitation"] = invitation
    elif workspace:
        data["workspace"] = workspace
    answer = post_form(client, "/signup", data, page="/signup", follow_redirects=True)
    assert answer.status_code == 200, answer.text
    found = re.search(r"/w/(\d+)", str(answer.url))
    return int(found.group(1)) if found else None


def log_in(client: TestClient, email: str, password: str = PASSWORD) -> Response:
    return post_form(client, "/login", {"email": email, "password": password}, follow_redirects=True)


def log_out(client: TestClient) -> None:
    post_form(client, "/logout", {}, page="/")
