"""Sign-up, log-in, log-out, sessions, CSRF and the log-in rate limit, through the pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select

from cocktailparty import db
from cocktailparty.models import Membership, User, WebSession
from webclient import PASSWORD, csrf, log_in, log_out, post_form, sign_up


def test_sign_up_creates_an_owner_and_lands_on_the_dashboard(client: TestClient) -> None:
    workspace_id = sign_up(client, "Sara@Example.com", "Riyadh Bakery")
    page = client.get(f"/w/{workspace_id}")
    assert page.status_code == 200
    assert "Riyadh Bakery" in page.text and "No channel is connected yet." in page.text
    with db.session_scope() as session:
        user = session.scalar(select(User))
        assert user is not None and user.email == "sara@example.com"
        assert user.password_hash.startswith("$argon2id$") and PASSWORD not in user.password_hash
        membership = session.scalar(select(Membership))
        assert membership is not None and membership.role == "owner"


def test_the_session_cookie_is_http_only_and_same_site(client: TestClient) -> None:
    answer = post_form(client, "/signup", {"email": "s@example.com", "name": "S", "password": PASSWORD,
                                           "workspace": "Acme"}, page="/signup", follow_redirects=False)
    cookie = answer.headers["set-cookie"].lower()
    assert cookie.startswith("cocktail_session=") and "httponly" in cookie and "samesite=lax" in cookie
    assert PASSWORD not in cookie


def test_bad_sign_ups_name_the_problem_and_save_nothing(client: TestClient) -> None:
    answer = post_form(client, "/signup", {"email": "not-an-address", "name": "S", "password": PASSWORD,
                                           "workspace": "Acme"}, page="/signup")
    assert answer.status_code == 422 and "is not an e-mail address" in answer.text
    answer = post_form(client, "/signup", {"email": "s@example.com", "name": "S", "password": "short",
                                           "workspace": "Acme"}, page="/signup")
    assert answer.status_code == 422 and "at least 10 characters" in answer.text
    sign_up(client, "s@example.com")
    log_out(client)
    answer = post_form(client, "/signup", {"email": "S@example.com", "name": "S", "password": PASSWORD,
                                           "workspace": "Other"}, page="/signup")
    assert answer.status_code == 422 and "exists already" in answer.text
    with db.session_scope() as session:
        assert len(session.scalars(select(User)).all()) == 1


def test_log_in_and_log_out(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    log_out(client)
    redirect = client.get(f"/w/{workspace_id}", follow_redirects=False)
    assert redirect.headers["location"] == f"/login?next=/w/{workspace_id}"
    wrong = post_form(client, "/login", {"email": "sara@example.com", "password": "wrong password!"})
    assert wrong.status_code == 401 and "wrong e-mail or password" in wrong.text
    unknown = post_form(client, "/login", {"email": "nobody@example.com", "password": PASSWORD})
    assert unknown.status_code == 401 and "wrong e-mail or password" in unknown.text
    assert str(log_in(client, "SARA@example.com").url).endswith(f"/w/{workspace_id}")


def test_log_in_goes_back_to_the_page_asked_for_but_never_off_site(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    log_out(client)
    answer = post_form(client, "/login", {"email": "sara@example.com", "password": PASSWORD,
                                          "next": f"/w/{workspace_id}"}, follow_redirects=False)
    assert answer.headers["location"] == f"/w/{workspace_id}"
    log_out(client)
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        answer = post_form(client, "/login", {"email": "sara@example.com", "password": PASSWORD, "next": target},
                           follow_redirects=False)
        assert answer.headers["location"] == "/"
        log_out(client)


def test_forms_without_the_csrf_token_are_refused(client: TestClient) -> None:
    sign_up(client, "sara@example.com")
    answer = client.post("/workspaces/new", data={"name": "Sneaky"})
    assert answer.status_code == 403 and "reload the page" in answer.text
    answer = client.post("/workspaces/new", data={"name": "Sneaky", "csrf_token": "forged"})
    assert answer.status_code == 403
    # The token of another session does not work either.
    with TestClient(client.app) as stranger:
        token = csrf(stranger)
    assert client.post("/workspaces/new", data={"name": "Sneaky", "csrf_token": token}).status_code == 403
    answer = client.post("/workspaces/new", data={"name": "Fine"}, headers={"X-CSRF-Token": csrf(client, "/")})
    assert answer.status_code == 200 and "Fine" in answer.text


def test_log_in_is_rate_limited_per_e_mail(client: TestClient) -> None:
    sign_up(client, "sara@example.com")
    log_out(client)
    token = csrf(client)
    statuses = [client.post("/login", data={"csrf_token": token, "email": "sara@example.com",
                                            "password": "guess number x"}).status_code for _ in range(6)]
    assert statuses[:5] == [401] * 5 and statuses[5] == 429
    refused = client.post("/login", data={"csrf_token": token, "email": "sara@example.com", "password": PASSWORD})
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0
    assert "too many log-in attempts" in refused.text


def test_security_headers_on_every_page(client: TestClient) -> None:
    headers = client.get("/login").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff"


def test_the_language_switch_is_remembered_for_the_user(client: TestClient, other_client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    post_form(client, "/language", {"lang": "ar", "next": f"/w/{workspace_id}"}, page="/")
    page = client.get(f"/w/{workspace_id}")
    assert '<html lang="ar" dir="rtl">' in page.text and "لوحة التحكم" in page.text
    # Another browser, with no cookie of ours: the account remembers Arabic from the log-in on.
    assert '<html lang="en" dir="ltr">' in other_client.get("/login").text
    page = log_in(other_client, "sara@example.com")
    assert '<html lang="ar" dir="rtl">' in page.text
    post_form(other_client, "/language", {"lang": "en", "next": "/"}, page="/")
    assert '<html lang="en" dir="ltr">' in other_client.get(f"/w/{workspace_id}").text


def _session_cookie(client: TestClient) -> str:
    value = client.cookies.get("cocktail_session")
    assert value
    return value


def test_log_out_ends_the_session_even_for_a_copied_cookie(client: TestClient, other_client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    stolen = _session_cookie(client)
    log_out(client)
    other_client.cookies.set("cocktail_session", stolen)
    answer = other_client.get(f"/w/{workspace_id}", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"].startswith("/login")
    with db.session_scope() as session:
        assert session.scalars(select(WebSession)).all() == []


def test_sessions_are_listed_and_ended_from_settings(client: TestClient, other_client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    log_in(other_client, "sara@example.com")  # a second browser
    settings = client.get(f"/w/{workspace_id}/settings").text
    assert settings.count('class="web-session"') == 2 and "this browser" in settings
    ended = post_form(client, f"/w/{workspace_id}/settings/sessions/end-others", {},
                      page=f"/w/{workspace_id}/settings", follow_redirects=True)
    assert "1 other session was logged out." in ended.text
    assert other_client.get(f"/w/{workspace_id}", follow_redirects=False).status_code == 303
    assert client.get(f"/w/{workspace_id}").status_code == 200
    # One session by id: and another user's session id is not found.
    log_in(other_client, "sara@example.com")
    with db.session_scope() as session:
        second = max(found.id for found in session.scalars(select(WebSession)))
    post_form(client, f"/w/{workspace_id}/settings/sessions/{second}/end", {}, page=f"/w/{workspace_id}/settings")
    assert other_client.get(f"/w/{workspace_id}", follow_redirects=False).status_code == 303
    with TestClient(client.app, base_url="http://testserver") as stranger:
        theirs = sign_up(stranger, "omar@example.com", "Other")
        with db.session_scope() as session:
            omar_session = max(found.id for found in session.scalars(select(WebSession)))
        answer = post_form(client, f"/w/{workspace_id}/settings/sessions/{omar_session}/end", {},
                           page=f"/w/{workspace_id}/settings")
        assert answer.status_code == 404
        assert stranger.get(f"/w/{theirs}").status_code == 200


def test_password_change_needs_the_current_password_and_ends_other_sessions(
    client: TestClient, other_client: TestClient
) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    log_in(other_client, "sara@example.com")
    page = f"/w/{workspace_id}/settings"
    wrong = post_form(client, f"{page}/password", {"current": "not my password", "new": "a brand new secret"},
                      page=page)
    assert wrong.status_code == 422 and "the current password is not right" in wrong.text
    short = post_form(client, f"{page}/password", {"current": PASSWORD, "new": "short"}, page=page)
    assert short.status_code == 422 and "at least 10 characters" in short.text
    assert other_client.get(f"/w/{workspace_id}").status_code == 200  # nothing changed yet
    done = post_form(client, f"{page}/password", {"current": PASSWORD, "new": "a brand new secret"}, page=page,
                     follow_redirects=True)
    assert done.status_code == 200 and "1 other session was logged out" in done.text
    assert other_client.get(f"/w/{workspace_id}", follow_redirects=False).status_code == 303
    assert client.get(f"/w/{workspace_id}").status_code == 200
    log_out(client)
    assert log_in(client, "sara@example.com").status_code == 401
    assert str(log_in(client, "sara@example.com", "a brand new secret").url).endswith(f"/w/{workspace_id}")


def test_an_expired_or_idle_session_ends(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    with db.session_scope() as session:
        found = session.scalars(select(WebSession)).one()
        found.last_seen_at = found.last_seen_at - timedelta(days=15)  # idle longer than 14 days
    assert client.get(f"/w/{workspace_id}", follow_redirects=False).status_code == 303
    log_in(client, "sara@example.com")
    with db.session_scope() as session:
        found = session.scalars(select(WebSession)).one()  # the idle one was cleared at log-in
        found.expires_at = datetime.now(UTC) - timedelta(seconds=1)
    assert client.get(f"/w/{workspace_id}", follow_redirects=False).status_code == 303


def test_failures_on_an_e_mail_do_not_lock_out_a_browser_that_logged_in_before(
    client: TestClient, other_client: TestClient
) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    log_out(client)
    assert str(log_in(client, "sara@example.com").url).endswith(f"/w/{workspace_id}")  # Sara's own browser
    log_out(client)
    # Someone else guesses at her e-mail until the e-mail's window is full.
    token = csrf(other_client)
    guesses = [other_client.post("/login", data={"csrf_token": token, "email": "sara@example.com",
                                                  "password": "guess number x"}).status_code for _ in range(6)]
    assert guesses[-1] == 429
    # Sara, on the browser she logged in from before, still gets in.
    assert str(log_in(client, "sara@example.com").url).endswith(f"/w/{workspace_id}")


def test_the_address_limit_ignores_x_forwarded_for(client: TestClient) -> None:
    token = csrf(client)
    statuses = [client.post("/login", data={"csrf_token": token, "email": f"n{i}@example.com", "password": "x" * 12},
                            headers={"X-Forwarded-For": f"203.0.113.{i}"}).status_code for i in range(31)]
    assert statuses[:30] == [401] * 30 and statuses[30] == 429


def test_a_password_easy_to_guess_is_refused(client: TestClient) -> None:
    for weak in ("password123", "qwertyuiop12", "sara@example.com"):
        answer = post_form(client, "/signup", {"email": "sara@example.com", "name": "Sara", "password": weak,
                                               "workspace": "Acme"}, page="/signup")
        assert answer.status_code == 422 and "too easy to guess" in answer.text, weak
    with db.session_scope() as session:
        assert session.scalars(select(User)).all() == []
