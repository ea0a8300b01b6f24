"""A NUL character (U+0000) in any text the API takes is refused with 422 naming the field (FastAPI's shape: its
`loc`, and a `msg` in the language asked for), before anything stores it: PostgreSQL cannot hold one, and without
this a NUL in any field was a server error there. Every text field of every operation is tried, as the API
describes them, so a new field is covered the day it is added."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from api_team import Team
from fastapi.testclient import TestClient

NUL_TEXT = "مرحبا\x00بكم"


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _text_fields(spec: dict[str, Any], schema: dict[str, Any], where: tuple[str | int, ...] = (),
                 depth: int = 0) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """Every text field of a request body, with a body holding a NUL there (and nothing else)."""
    schema = _resolve(spec, schema)
    if depth > 4:
        return
    for option in schema.get("anyOf", []) + schema.get("oneOf", []):
        yield from _text_fields(spec, option, where, depth + 1)
    if schema.get("type") == "string" and "enum" not in schema and "format" not in schema:
        yield where, NUL_TEXT
    elif schema.get("type") == "array":
        for inner, value in _text_fields(spec, schema.get("items", {}), (*where, 0), depth + 1):
            yield inner, [value]
    elif schema.get("type") == "object" or "properties" in schema:
        for name, field in schema.get("properties", {}).items():
            for inner, value in _text_fields(spec, field, (*where, name), depth + 1):
                yield inner, {name: value}


def _name(where: tuple[str | int, ...]) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in where).lstrip(".")


def test_every_text_field_of_every_operation_refuses_a_nul(api: TestClient, team: Team) -> None:
    spec = api.get("/openapi.json").json()
    tried, wrong = 0, []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            content = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if content is None:
                continue
            url = path
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "path":
                    url = url.replace("{" + parameter["name"] + "}", "1")
            for where, body in dict((_name(w), (w, b)) for w, b in _text_fields(spec, content["schema"])).values():
                tried += 1
                answer = api.request(method.upper(), url, json=body, headers=team.auth())
                issues = answer.json().get("detail") if answer.status_code == 422 else None
                if issues != [{"type": "nul_character", "loc": ["body", *where],
                               "msg": f"{_name(where)}: a NUL character (U+0000) cannot be stored; remove it"}]:
                    wrong.append(f"{method.upper()} {path} {_name(where)}: {answer.status_code} {answer.text[:200]}")
    assert tried >= 40  # the walk reached the API's text fields, not none of them
    assert not wrong, "\n".join(wrong)


def test_a_nul_in_a_query_parameter_is_refused_naming_it(api: TestClient, team: Team) -> None:
    answer = api.get("/media", params={"q": "شاي\x00"}, headers={**team.auth(), "Accept-Language": "ar"})
    assert answer.status_code == 422
    [issue] = answer.json()["detail"]
    assert issue["type"] == "nul_character" and issue["loc"] == ["query", "q"]
    assert issue["msg"].startswith("q: ") and "U+0000" in issue["msg"]


def test_text_without_a_nul_still_goes_through(api: TestClient, team: Team) -> None:
    answer = api.post("/library", json={"text": "قهوة الصباح مع الفريق\u200c ☕"}, headers=team.auth())
    assert answer.status_code == 201, answer.text
    # "\\u0000" written as text (a backslash, then u0000) is no NUL: kept as it was written.
    answer = api.post("/library", json={"text": "escape: \\u0000"}, headers=team.auth())
    assert answer.status_code == 201 and answer.json()["text"] == "escape: \\u0000"


def test_a_body_sent_without_a_content_type_is_checked_too(api: TestClient, team: Team) -> None:
    """FastAPI reads a body with no Content-Type as JSON: the check reads it the same way."""
    answer = api.post("/library", content='{"text": "قهوة\\u0000"}'.encode(), headers=team.auth())
    assert answer.status_code == 422 and answer.json()["detail"][0]["loc"] == ["body", "text"]
