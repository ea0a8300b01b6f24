"""Finds every sentence the code writes for a person outside `_()`: errors built with a code and an English
template, and `message()` / `plural()`, by reading the source. `make translations` extracts them through
`extract` (babel.cfg), and the tests check each one has its Arabic.

An error is a call of a class (a capitalised name, or `super().__init__` in a subclass) whose first or second
argument is a dotted code and the next one the template (words, so with a space), both literals:
`InputError("post.in_past", "the time is in the past")`, `RateLimited(network, "connector.rate_limited", "slow
down")`, `ArchiveError(path, "archive.corrupt_zip", "truncated or corrupt zip")`.
"""

from __future__ import annotations

import ast
import io
import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import IO, Any

from babel.messages.extract import extract_python

CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")


@dataclass(frozen=True, slots=True)
class Found:
    """One sentence in the source: its line, the error's code (None for a message), its template, and the
    plural template when the words follow a number."""

    line: int
    code: str | None
    template: str
    plural: str | None = None


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def found_in(tree: ast.AST) -> Iterator[Found]:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name, texts = _name(node), [_text(arg) for arg in node.args]
        if name == "message" and texts and texts[0] is not None:
            yield Found(node.lineno, None, texts[0])
        elif name == "plural" and len(texts) >= 2 and texts[0] is not None and texts[1] is not None:
            yield Found(node.lineno, None, texts[0], texts[1])
        elif name[:1].isupper() or name == "__init__":  # a class, or a subclass's super().__init__(...)
            for at in (0, 1):
                code, template = texts[at : at + 2] if len(texts) >= at + 2 else (None, None)
                if code is not None and template is not None and CODE.match(code) and " " in template:
                    yield Found(node.lineno, code, template)
                    break


def extract(fileobj: IO[bytes], keywords: Mapping[str, Any] | Collection[str], comment_tags: Collection[str],
            options: Mapping[str, Any]) -> Iterator[tuple[Any, ...]]:
    """Babel's extractor for our Python: what `_()`, `gettext()` and `ngettext()` mark, and every `Found`."""
    source = fileobj.read()
    yield from extract_python(io.BytesIO(source), keywords, comment_tags, options)  # type: ignore[arg-type]
    for found in found_in(ast.parse(source)):
        comments = [found.code] if found.code else []
        if found.plural is not None:
            yield found.line, "ngettext", (found.template, found.plural), comments
        else:
            yield found.line, "gettext", found.template, comments

