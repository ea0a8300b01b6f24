"""Posts through the API: scheduling with the classifier, the guardrail (409 with the fix) and the
network's limits (422), moving, cancelling, and listing a page at a time."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from api_team import Team
from fastapi.testclient import TestClient
from sqlalchemy import event, insert

import factories
from cocktailparty import db
from cocktailparty.models import Post, Role, Workspace

SOON = (datetime.now(UTC) + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)


def _schedule(api: TestClient, team: Team, text: str, at: datetime, **extra: Any) -> Any:
    return api.post("/posts", headers=team.auth(), json={"channel_id": team.channel_id, "text": text,
                                                         "at": at.isoformat(), **extra})


def test_schedule_classifies_and_answers_201_with_the_post(api: TestClient, team: Team) -> None:
    answer = _schedule(api, team, "Which flavour should we bake next week: pistachio or rose?", SOON)
    assert answer.status_code == 201, answer.text
    post = answer.json()
    assert post["category"] == "question" and post["kind"] == "value"
    assert post["category_source"] == "classifier" and 0 < post["confidence"] <= 1
    assert post["state"] == "scheduled" and post["channel_id"] == team.channel_id
    assert datetime.fromisoformat(post["due_at"]) == SOON
    assert api.get(f"/posts/{post['id']}", headers=team.auth()).json() == post


def test_the_guardrail_refuses_with_409_the_reason_and_the_fix(api: TestClient, team: Team) -> None:
    for hour in range(4):
        news = f"Rain expected in Riyadh tonight, update {hour}"
        assert _schedule(api, team, news, SOON + timedelta(hours=hour), category="news").status_code == 201
    assert _schedule(api, team, "Sale!", SOON + timedelta(hours=5), category="promotional").status_code == 201
    refused = _schedule(api, team, "Another sale!", SOON + timedelta(hours=6), category="promotional")
    assert refused.status_code == 409
    body = refused.json()
    assert set(body) == {"detail", "fix", "value_posts_needed", "fits_after"}
    assert "above the 20% cap of 80/20" in body["detail"]
    assert body["value_posts_needed"] == 4
    assert "four more value posts" in body["fix"] and "move it after" in body["fix"]
    assert datetime.fromisoformat(body["fits_after"]) > SOON + timedelta(days=29)
    assert len(api.get("/posts", headers=team.auth()).json()["items"]) == 5  # nothing saved

    unexplained = _schedule(api, team, "Another sale!", SOON + timedelta(hours=6), category="promotional", force=True)
    assert unexplained.status_code == 422 and "reason" in unexplained.json()["detail"]
    forced = _schedule(api, team, "Another sale!", SOON + timedelta(hours=6), category="promotional", force=True,
                       reason="launch day")
    assert forced.status_code == 201 and forced.json()["override_reason"] == "launch day"


def test_what_the_network_cannot_take_or_a_past_time_is_422(api: TestClient, team: Team) -> None:
    too_long = _schedule(api, team, "x" * 101, SOON)  # the fake network takes 100 characters
    assert too_long.status_code == 422 and "testnet" in too_long.json()["detail"]
    past = _schedule(api, team, "Tea?", datetime.now(UTC) - timedelta(days=1))
    assert past.status_code == 422 and "past" in past.json()["detail"]
    unknown = _schedule(api, team, "Tea?", SOON, category="spam")
    assert unknown.status_code == 422 and unknown.json()["detail"][0]["loc"] == ["body", "category"]
    blank = _schedule(api, team, "   ", SOON)
    assert blank.status_code == 422 and blank.json()["detail"][0]["loc"] == ["body", "text"]


def test_move_rechecks_the_guardrail_without_the_post_itself(api: TestClient, team: Team) -> None:
    for hour in range(4):
        _schedule(api, team, f"Rain expected in Riyadh tonight, update {hour}", SOON + timedelta(hours=hour),
                  category="news")
    first = _schedule(api, team, "Sale!", SOON + timedelta(hours=9), category="promotional").json()
    second = _schedule(api, team, "Sale two!", SOON + timedelta(days=40), category="promotional").json()
    # The first promotion moved an hour later still fits: it is not judged against itself.
    moved = api.post(f"/posts/{first['id']}/move", headers=team.auth(),
                     json={"at": (SOON + timedelta(hours=10)).isoformat()})
    assert moved.status_code == 200, moved.text
    assert datetime.fromisoformat(moved.json()["due_at"]) == SOON + timedelta(hours=10)
    # The second one next to it would make two promotions in six posts.
    refused = api.post(f"/posts/{second['id']}/move", headers=team.auth(),
                       json={"at": (SOON + timedelta(hours=11)).isoformat()})
    assert refused.status_code == 409 and refused.json()["fix"]
    assert api.get(f"/posts/{second['id']}", headers=team.auth()).json()["due_at"] == second["due_at"]
    naive = api.post(f"/posts/{second['id']}/move", headers=team.auth(), json={"at": "2031-01-01T09:00"})
    assert naive.status_code == 422 and naive.json()["detail"][0]["loc"] == ["body", "at"]


def test_cancel_then_no_more_changes(api: TestClient, team: Team) -> None:
    post = _schedule(api, team, "Tea or coffee?", SOON).json()
    cancelled = api.post(f"/posts/{post['id']}/cancel", headers=team.auth(Role.EDITOR))
    assert cancelled.status_code == 200 and cancelled.json()["state"] == "cancelled"
    again = api.post(f"/posts/{post['id']}/cancel", headers=team.auth())
    assert again.status_code == 422 and "cancelled" in again.json()["detail"]
    moved = api.post(f"/posts/{post['id']}/move", headers=team.auth(), json={"at": SOON.isoformat()})
    assert moved.status_code == 422 and "scheduled" in moved.json()["detail"]


# --- Listing --------------------------------------------------------------------------------------------------


CATEGORIES = ("news", "question", "promotional", "culture")
STATES = ("scheduled", "published", "failed", "cancelled")
START = datetime(2030, 1, 1, tzinfo=UTC)


def _fill(team: Team, count: int) -> None:
    """`count` posts over two channels, several due at the same time, and three drafts without a time."""
    with db.session_scope() as session:
        workspace = session.get(Workspace, team.workspace_id)
        assert workspace is not None
        second = factories.channel(session, workspace, "second", token="t")
        rows = [
            {"workspace_id": team.workspace_id, "channel_id": (team.channel_id, second.id)[i % 2], "text": f"post {i}",
             "media": [], "category": CATEGORIES[i % 4], "category_source": "manual", "state": STATES[i % 3],
             "due_at": START + timedelta(hours=i // 3), "attempts": 0}
            for i in range(count)
        ]
        rows += [{"workspace_id": team.workspace_id, "channel_id": team.channel_id, "text": f"draft {i}", "media": [],
                  "category": "news", "category_source": "manual", "state": "draft", "due_at": None, "attempts": 0}
                 for i in range(3)]
        session.execute(insert(Post), rows)


def _walk(api: TestClient, team: Team, query: str, limit: int) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = api.get(f"/posts?limit={limit}{query}" + (f"&cursor={cursor}" if cursor else ""), headers=team.auth())
        assert page.status_code == 200, page.text
        body = page.json()
        assert len(body["items"]) <= limit
        items += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            return items


def _order(post: dict[str, Any]) -> tuple[int, str, int]:
    return (post["due_at"] is None, post["due_at"] or "", post["id"])


def test_pages_walk_every_post_once_in_due_order_drafts_last(api: TestClient, teams: Callable[[str], Team]
                                                             ) -> None:
    team, other = teams("Acme"), teams("Other Co")
    _fill(team, 300)
    _fill(other, 30)
    everything = _walk(api, team, "", 37)
    assert len(everything) == 303 and len({post["id"] for post in everything}) == 303
    assert everything == sorted(everything, key=_order)
    assert [post["state"] for post in everything[-3:]] == ["draft"] * 3
    first = api.get("/posts", headers=team.auth()).json()
    assert len(first["items"]) == 50 and first["next_cursor"]  # the default page
    assert _walk(api, team, "", 200) == everything


def test_filters_combine(api: TestClient, team: Team) -> None:
    _fill(team, 300)
    everything = _walk(api, team, "", 200)
    since, until = START + timedelta(hours=20), START + timedelta(hours=70)
    cases = {
        "&state=failed": lambda p: p["state"] == "failed",
        "&state=draft": lambda p: p["state"] == "draft",
        f"&channel_id={team.channel_id}&category=news": lambda p: p["channel_id"] == team.channel_id
        and p["category"] == "news",
        "&from=2030-01-01T20:00:00Z&to=2030-01-03T22:00:00%2B00:00": lambda p: p["due_at"] is not None
        and since <= datetime.fromisoformat(p["due_at"]) < until,
        "&from=2030-01-02T01:00:00%2B05:00&state=scheduled&category=promotional": lambda p: p["due_at"] is not None
        and datetime.fromisoformat(p["due_at"]) >= START + timedelta(hours=20) and p["state"] == "scheduled"
        and p["category"] == "promotional",
    }
    for query, wanted in cases.items():
        expected = [post for post in everything if wanted(post)]
        assert expected, query
        assert _walk(api, team, query, 23) == expected, query


def test_bad_list_parameters_are_422_naming_the_parameter(api: TestClient, team: Team) -> None:
    for query, name in (("limit=0", "limit"), ("limit=201", "limit"), ("from=2030-01-01T09:00", "from"),
                        ("to=tomorrow", "to"), ("state=lost", "state"), ("category=spam", "category"),
                        ("channel_id=0", "channel_id"), ("from=0001-01-01T00:00:00%2B05:00", "from")):
        answer = api.get(f"/posts?{query}", headers=team.auth())
        assert answer.status_code == 422, query
        assert answer.json()["detail"][0]["loc"] == ["query", name], query
    hostile = ["not-a-cursor", "0001-01-01T00:00:00+05:00|1", "2030-01-01T00:00:00|1", "|99999999999999999999",
               "2030-01-01T00:00:00+00:00|x"]
    for cursor in hostile:
        encoded = base64.urlsafe_b64encode(cursor.encode()).decode() if "|" in cursor else cursor
        bad = api.get("/posts", params={"cursor": encoded}, headers=team.auth())
        assert bad.status_code == 422 and bad.json()["detail"].startswith("cursor:"), cursor


def test_text_a_database_cannot_store_is_422(api: TestClient, team: Team) -> None:
    for raw in (b'{"text": "tea\\u0000"}', b'{"text": "tea \\ud800"}'):
        answer = api.post("/classify", headers={**team.auth(), "Content-Type": "application/json"}, content=raw)
        assert answer.status_code == 422, raw
        assert answer.json()["detail"][0]["loc"] == ["body", "text"]
    assert api.get("/posts/%ED%A0%80", headers=team.auth()).status_code == 422


@contextmanager
def _statements() -> Iterator[list[str]]:
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    engine = db.get_engine()
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_a_page_costs_the_same_queries_whatever_its_size(api: TestClient, team: Team) -> None:
    _fill(team, 300)
    api.get("/posts?limit=1", headers=team.auth())  # the token's last use is written once a minute at most
    with _statements() as small:
        api.get("/posts?limit=2", headers=team.auth())
    with _statements() as large:
        api.get("/posts?limit=200", headers=team.auth())
    assert len(small) == len(large)
    assert sum("FROM posts" in statement for statement in large) == 1


def test_a_channel_missing_what_its_network_needs_is_422(api: TestClient, team: Team) -> None:
    with db.session_scope() as session:
        workspace = session.get(Workspace, team.workspace_id)
        assert workspace is not None
        # Saved without asking the network: a Mastodon channel needs its instance's address.
        channel = factories.channel(session, workspace, "toots", network="mastodon", token="t")
        channel_id = channel.id
    answer = api.post("/posts", headers=team.auth(), json={"channel_id": channel_id, "text": "Tea?",
                                                            "at": SOON.isoformat()})
    assert answer.status_code == 422 and "'toots' is not set up: no instance URL" in answer.json()["detail"]


def test_a_page_is_read_in_index_order_not_sorted(api: TestClient, team: Team) -> None:
    """With 100,000 posts a sort of the whole workspace is what would make a page slow."""
    _fill(team, 300)
    engine = db.get_engine()
    if engine.dialect.name != "sqlite":
        return  # PostgreSQL's planner is judged by the load benchmark (bench/web_load.py)
    seen: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
        if "FROM posts" in statement:
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        first = api.get("/posts?limit=20", headers=team.auth()).json()
        api.get(f"/posts?limit=20&cursor={first['next_cursor']}", headers=team.auth())
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert len(seen) == 2
    with engine.connect() as connection:
        for statement, parameters in seen:
            plan = " | ".join(str(row[-1]) for row in connection.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {statement}", parameters))
            assert "ix_posts_workspace_id_due_at" in plan and "TEMP B-TREE" not in plan, plan


def test_an_idempotency_key_makes_a_retried_request_schedule_one_post(api: TestClient, team: Team) -> None:
    key = {"Idempotency-Key": "3f1c2e7a-retry-me"}
    first = api.post("/posts", headers={**team.auth(), **key},
                     json={"channel_id": team.channel_id, "text": "Tea or coffee?", "at": SOON.isoformat()})
    again = api.post("/posts", headers={**team.auth(), **key},
                     json={"channel_id": team.channel_id, "text": "Tea or coffee?", "at": SOON.isoformat()})
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json()
    other = api.post("/posts", headers={**team.auth(), **key},
                     json={"channel_id": team.channel_id, "text": "Something else", "at": SOON.isoformat()})
    assert other.status_code == 422 and "Idempotency-Key was used for another post" in other.json()["detail"]
    assert len(api.get("/posts", headers=team.auth()).json()["items"]) == 1


def test_a_channel_whose_credentials_cannot_be_read_answers_422(
    api: TestClient, team: Team, monkeypatch: Any
) -> None:
    from cryptography.fernet import Fernet

    from cocktailparty.config import get_settings

    monkeypatch.setenv("COCKTAIL_SECRET_KEY", Fernet.generate_key().decode())
    get_settings.cache_clear()
    answer = _schedule(api, team, "Tea or coffee?", SOON)
    assert answer.status_code == 422 and "reconnect the channel" in answer.json()["detail"]


def test_a_copy_refused_by_the_guardrail_answers_as_the_api_describes(api: TestClient, team: Team) -> None:
    """Copied (or scheduled as a batch) to one channel, a refusal is the guardrail's own 409 (reason, fix); the
    API's description says so, as well as the list of each channel's answers for several (found by the fuzzing)."""
    import jsonschema

    for hour in range(4):
        news = f"أمطار متوقعة في الرياض الليلة، تحديث {hour}"
        assert _schedule(api, team, news, SOON + timedelta(hours=hour), category="news").status_code == 201
    sale = _schedule(api, team, "تخفيضات اليوم فقط!", SOON + timedelta(hours=5), category="promotional")
    assert sale.status_code == 201
    refused = api.post(f"/posts/{sale.json()['id']}/duplicate", headers=team.auth(),
                       json={"at": (SOON + timedelta(hours=6)).isoformat()})
    assert refused.status_code == 409 and set(refused.json()) == {"detail", "fix", "value_posts_needed", "fits_after"}
    spec = api.get("/openapi.json").json()
    for path in ("/posts/{post_id}/duplicate", "/posts/batch"):
        schema = spec["paths"][path]["post"]["responses"]["409"]["content"]["application/json"]["schema"]
        jsonschema.validate(refused.json(), {**schema, "components": spec["components"]})
