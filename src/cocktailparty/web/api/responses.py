"""The error answers each kind of operation can give, declared once so the OpenAPI says what a client
(and schemathesis) should expect: every one is JSON with a `detail`."""

from __future__ import annotations

from typing import Any

from cocktailparty.web.api.schemas import ChannelsRefusal, Error, Refusal

_AUTH: dict[int | str, dict[str, Any]] = {
    401: {"model": Error, "description": "No API token, or one that is not valid.",
          "headers": {"WWW-Authenticate": {"schema": {"type": "string"}, "description": "Bearer"}}},
    422: {"model": Error, "description": "Invalid input: the message (or each item's `loc`) names the field."},
}
READ = _AUTH
ONE = {**_AUTH, 404: {"model": Error, "description": "No such thing in this workspace."}}
WRITE = {**_AUTH, 403: {"model": Error, "description": "The token's user is a viewer here."}}
WRITE_ONE = {**WRITE, 404: ONE[404]}
GUARDED = {**WRITE_ONE, 409: {"model": Refusal, "description":
                              "The guardrail refused: why, and the fix."}}

# To one channel the guardrail's refusal is the one-post answer (Refusal); to several, each channel's answer.
MANY = {**WRITE_ONE, 409: {"model": ChannelsRefusal | Refusal, "description":
                           "Some channels refused (a guardrail, the network's limits): nothing was scheduled; each "
                           "channel's answer is listed. With one channel, the guardrail's reason and fix, as for one "
                           "post."}}

NETWORK = {**WRITE_ONE, 502: {"model": Error, "description":
                              "The network did not do it (its reason in the message); nothing was recorded."}}
