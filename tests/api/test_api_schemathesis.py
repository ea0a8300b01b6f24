"""Schemathesis against the API's own OpenAPI description: generated requests, valid and invalid, with
a real token on a workspace holding a channel and a few posts. No answer may be a server error, and
every answer must match the schema the API publishes.

(Driven with Hypothesis directly: schemathesis' pytest integration does not run on pytest 9 yet.)"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import schemathesis
from api_team import Team
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error, response_schema_conformance

EXAMPLES = 25


@pytest.fixture
def post_ids(api_app: FastAPI, team: Team) -> list[int]:
    """A few posts and a library item in the team's workspace, so generated requests also reach them."""
    ids = []
    soon = datetime.now(UTC) + timedelta(days=1)
    with TestClient(api_app, base_url="http://testserver/api/v1") as client:
        for hour, (text, category) in enumerate([("Tea or coffee?", None), ("News of the week", "news"),
                                                 ("Sale: 30% off", "promotional")]):
            answer = client.post("/posts", headers=team.auth(), json={
                "channel_id": team.channel_id, "text": text, "at": (soon + timedelta(hours=hour)).isoformat(),
                "category": category})
            assert answer.status_code == 201, answer.text
            ids.append(answer.json()["id"])
        assert client.post("/library", headers=team.auth(), json={"text": "Tea?"}).status_code == 201
    return ids


def _aimed(case: schemathesis.Case, team: Team, post_ids: list[int], pick: int) -> schemathesis.Case:
    """Point half the valid cases at the workspace's own channel and posts: random ids are almost all 404."""
    if pick % 2:
        return case
    if isinstance(case.body, dict) and "channel_id" in case.body:
        case.body["channel_id"] = team.channel_id
    if isinstance(case.body, dict) and "at" in case.body:
        case.body["at"] = (datetime.now(UTC) + timedelta(days=1, hours=pick)).isoformat()
    if case.path_parameters and "post_id" in case.path_parameters:
        case.path_parameters["post_id"] = post_ids[pick % len(post_ids)]
    return case


def _fuzz(operation: schemathesis.APIOperation, mode: schemathesis.GenerationMode, team: Team, post_ids: list[int],
          answered: set[int]) -> None:
    cases = operation.as_strategy(mode)
    if mode == schemathesis.GenerationMode.POSITIVE:
        cases = st.tuples(cases, st.integers(0, 5)).map(lambda drawn: _aimed(drawn[0], team, post_ids, drawn[1]))

    @given(case=cases)
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    def check(case: schemathesis.Case) -> None:
        response = case.call_and_validate(headers=team.auth(), checks=[not_a_server_error, response_schema_conformance])
        answered.add(response.status_code)

    check()


@pytest.mark.timeout(900)  # about forty operations, each fuzzed twice: minutes on a shared two-core machine
def test_no_server_errors(api_app: FastAPI, team: Team, post_ids: list[int]) -> None:
    """Every operation, with valid then invalid input; the failures of all of them are reported together."""
    failures = []
    answered: dict[str, set[int]] = {}
    api_schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", api_app)
    # Deleting comes last: fuzzed first, it would delete the posts the other operations are aimed at.
    operations = sorted((result.ok() for result in api_schema.get_all_operations()),
                        key=lambda operation: operation.method.upper() == "DELETE")
    assert len(operations) >= 9
    for operation in operations:
        for mode in (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE):
            try:
                _fuzz(operation, mode, team, post_ids, answered.setdefault(operation.label, set()))
            except Exception as failure:
                notes = "\n".join(getattr(failure, "__notes__", []))  # Hypothesis' falsifying example
                failures.append(f"{operation.label} ({mode.value}): {failure}\n{notes}")
    assert not failures, "\n\n".join(failures)
    # The generated requests reached the work, not only the validation in front of it.
    for label, status in (("POST /posts", 201), ("POST /posts/{post_id}/move", 200),
                          ("GET /posts/{post_id}", 200), ("POST /classify", 200),
                          ("POST /library", 201), ("GET /posts", 200)):
        assert status in answered[label], (label, answered[label])
