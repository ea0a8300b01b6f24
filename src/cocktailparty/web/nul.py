"""NUL characters (U+0000) are refused where requests come in, once for every field of the pages and the API.

No field of ours means a NUL, and PostgreSQL cannot store one in text (psycopg refuses the whole statement: a
server error where the user should hear which field was wrong). Rather than a check on each field of each form
and model, where a new field is one more place to forget, the doors ask here for every text the request brings:
its path and query parameters, its form fields, and every string (and key) of its JSON body, nested or not.

Only what the framework has read already is looked at: a body is never read here, so an upload streamed by its
route (an archive, a picture) is not held in memory to look for a NUL in it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.datastructures import UploadFile

from cocktailparty.errors import InputError
from cocktailparty.translation import describe
from cocktailparty.web.i18n import pick_lang

NUL = "\x00"
# How a NUL is written in JSON text: a raw NUL byte cannot be in a JSON string, only this escape.
_JSON_NUL = b"\\u0000"

Where = tuple[str | int, ...]


async def nul_fields(request: Request) -> list[Where]:
    """Where the request carries a NUL, in FastAPI's `loc` form: ("query", "q"), ("body", "media", 0, "alt_text")."""
    found: list[Where] = [("path", name) for name, value in request.path_params.items() if NUL in str(value)]
    found += [("query", name) for name, value in request.query_params.multi_items() if NUL in name + value]
    if not _body_was_read(request):
        return found
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.form()  # the form the framework parsed already (kept on the request)
        found += [("body", name) for name, value in form.multi_items()
                  if NUL in name or (not isinstance(value, UploadFile) and NUL in value)]
    elif content_type in ("", "application/json") or content_type.endswith("+json"):  # none: read as JSON
        raw = await request.body()  # read already: the framework keeps it on the request
        if _JSON_NUL in raw:  # a NUL can only be written so: the document is parsed again only then
            try:
                document = json.loads(raw)
            except ValueError:
                return found  # not JSON: the framework answers that itself
            found += [("body", *where) for where in _in_json(document, ())]
    return found


def _body_was_read(request: Request) -> bool:
    """Whether the route takes its body as fields (a form or a JSON model), which the framework has then read
    before any dependency runs; a route that streams its body itself (an upload) is left to do so."""
    route = request.scope.get("route")
    return isinstance(route, APIRoute) and route.body_field is not None


def _in_json(value: Any, where: Where) -> Iterator[Where]:
    if isinstance(value, str):
        if NUL in value:
            yield where
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _in_json(item, (*where, index))
    elif isinstance(value, dict):
        for key, item in value.items():
            if NUL in key:
                yield (*where, key)
            else:
                yield from _in_json(item, (*where, key))


def field_name(where: Where) -> str:
    """The field as the request named it: "title", "media[0].alt_text", "q" (a query parameter)."""
    _kind, *path = where
    name = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(".")
    return name.replace(NUL, "\\0")


class NulCharacter(InputError):
    """A field of the request holds a NUL: answered 422 naming the fields, before anything else reads them."""


def _refusal(where: Where) -> NulCharacter:
    return NulCharacter("input.nul_character", "%(field)s: a NUL character (U+0000) cannot be stored; remove it",
                        field=field_name(where))


async def refuse_nul(request: Request) -> None:
    """A dependency of every page route (web/routers.py): the page says which field, in the reader's language."""
    found = await nul_fields(request)
    if found:
        raise NulCharacter("input.nul_character", "%(field)s: a NUL character (U+0000) cannot be stored; remove it",
                           field=", ".join(dict.fromkeys(field_name(where) for where in found)))


async def refuse_nul_in_api(request: Request) -> None:
    """A dependency of every API operation (web/api/app.py): invalid input in FastAPI's own shape, one item per
    field with its `loc`, its `msg` in the language asked for (Accept-Language)."""
    found = await nul_fields(request)
    if found:
        lang = pick_lang(request.headers.get("accept-language"))
        raise RequestValidationError([{"type": "nul_character", "loc": where, "msg": describe(_refusal(where), lang)}
                                      for where in found])
