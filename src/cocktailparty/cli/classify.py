"""`cocktail classify` and `cocktail model`: one post or a JSONL file through the classifier, and the
model itself (build it now, add a workspace's own examples)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.table import Table

from cocktailparty.classify import Classifier
from cocktailparty.classify.examples import add_examples
from cocktailparty.cli.common import failures, workspace_of
from cocktailparty.db import session_scope
from cocktailparty.errors import InputError, plural
from cocktailparty.members.repository import workspace_named
from cocktailparty.taxonomy import kind_of
from cocktailparty.terminal import console, say
from cocktailparty.workspaces.classifier import classifier_for, examples_dir

model_app = typer.Typer(help="The classifier's model: build it, add your own examples.", no_args_is_help=True)
JSONL_BATCH = 2_000


def classify(
    text: Annotated[str | None, typer.Argument(help="The post to classify.")] = None,
    jsonl: Annotated[str | None, typer.Option("--jsonl", help='File of {"id", "text"} lines, or - for stdin.')] = None,
    workspace: Annotated[str | None, typer.Option(help="Use this workspace's own examples too.")] = None,
) -> None:
    """Classify one post, or a JSONL file of posts (one JSON result per line, same order)."""
    with failures():
        if (text is None) == (jsonl is None):
            raise InputError("cli.classify_what", "give either a TEXT to classify or --jsonl FILE (or - for stdin), "
                             "not both")
        classifier = classifier_of(workspace)
        if jsonl is not None:
            _classify_jsonl(classifier, jsonl)
            return
        assert text is not None
        result = classifier.classify(text)
    table = Table(show_header=False, box=None)
    table.add_row("category", f"[bold]{result.category}[/]")
    table.add_row("kind", result.kind)
    table.add_row("confidence", f"{result.confidence:.2f}")
    table.add_row("explanation", result.explanation)
    console.print(table)


def _read_jsonl(source: str) -> Iterator[tuple[int, object, str]]:
    stream: IO[str]
    try:
        stream = sys.stdin if source == "-" else open(source, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        raise InputError("file.cannot_open", "%(file)s: cannot open (%(reason)s)", file=source,
                         reason=exc.strerror or "") from None
    name = "stdin" if source == "-" else source
    with stream:
        try:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError("jsonl.invalid", "%(file)s: line %(line)s: invalid JSON (%(reason)s)", file=name,
                                     line=number, reason=exc.msg) from None
                if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                    raise InputError("jsonl.no_text", '%(file)s: line %(line)s: expected an object with a "text" '
                                     "string", file=name, line=number)
                yield number, row.get("id"), row["text"]
        except UnicodeDecodeError:
            raise InputError("file.not_utf8", "%(file)s: not UTF-8 text", file=name) from None


def _classify_jsonl(classifier: Classifier, source: str) -> None:
    batch: list[tuple[int, object, str]] = []

    def flush() -> None:
        results = classifier.classify_many([text for _, _, text in batch])
        lines = [
            json.dumps(
                {"id": id_, "category": category, "kind": kind_of(category), "confidence": confidence},
                ensure_ascii=False,
            )
            for (_, id_, _), (category, confidence) in zip(batch, results, strict=True)
        ]
        sys.stdout.write("\n".join(lines) + "\n")
        sys.stdout.flush()
        batch.clear()

    for row in _read_jsonl(source):
        batch.append(row)
        if len(batch) >= JSONL_BATCH:
            flush()
    if batch:
        flush()


@model_app.command("build")
def model_build(workspace: Annotated[str | None, typer.Option()] = None) -> None:
    """Train the classifier now (it is otherwise trained on first use) and cache it."""
    with failures():
        classifier = classifier_of(workspace)
    console.print(
        f"model ready: {len(classifier.model.vocabulary):,} features, {len(classifier.model.categories)} categories"
    )


@model_app.command("add-examples")
def model_add_examples(
    file: Annotated[Path, typer.Argument(help="CSV or JSONL with text and category.")],
    workspace: Annotated[str | None, typer.Option()] = None,
) -> None:
    """Add a workspace's own labelled examples; the model adapts to them on its next use."""
    with failures():
        with session_scope(write=True) as session:
            workspace_id = workspace_of(session, workspace).id
        added, target = add_examples(file, examples_dir(workspace_id))
    say(plural("added %(num)s example to %(target)s; the model retrains on next use",
               "added %(num)s examples to %(target)s; the model retrains on next use", added, target=str(target)))


def classifier_of(workspace: str | None) -> Classifier:
    """The classifier of the named workspace (its own examples too); the corpus model when it has none."""
    if workspace is None:
        return classifier_for()

    with session_scope() as session:
        found = workspace_named(session, workspace)
        workspace_id = found.id if found else None
    return classifier_for(workspace_id, wait=True)
