"""The `cocktail` command line. Commands only translate arguments and output; the work is elsewhere."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from cocktailparty.classify import Classifier
from cocktailparty.cli_api import register as register_api
from cocktailparty.cli_publish import register as register_publishing
from cocktailparty.config import get_settings
from cocktailparty.errors import CocktailError, InputError
from cocktailparty.i18n import LANGS, Lang, category_name, percent
from cocktailparty.taxonomy import kind_of
from cocktailparty.terminal import console, errors, fail
from cocktailparty.workspaces.classifier import classifier_for

app = typer.Typer(help="CocktailParty: keep your social media at 80% value, 20% promotion.", no_args_is_help=True)
model_app = typer.Typer(help="The classifier's model: build it, add your own examples.", no_args_is_help=True)
app.add_typer(model_app, name="model")
db_app = typer.Typer(help="The database: bring its schema up to date.", no_args_is_help=True)
app.add_typer(db_app, name="db")
register_publishing(app)
register_api(app)

JSONL_BATCH = 2_000
# Archives smaller than this finish before a progress bar would be readable.
PROGRESS_THRESHOLD_BYTES = 2_000_000


@app.command()
def classify(
    text: Annotated[str | None, typer.Argument(help="The post to classify.")] = None,
    jsonl: Annotated[str | None, typer.Option("--jsonl", help='File of {"id", "text"} lines, or - for stdin.')] = None,
    workspace: Annotated[str | None, typer.Option(help="Use this workspace's own examples too.")] = None,
) -> None:
    """Classify one post, or a JSONL file of posts (one JSON result per line, same order)."""
    try:
        if (text is None) == (jsonl is None):
            raise InputError("give either a TEXT to classify or --jsonl FILE (or - for stdin), not both")
        classifier = _classifier_of(workspace)
        if jsonl is not None:
            _classify_jsonl(classifier, jsonl)
            return
        assert text is not None
        result = classifier.classify(text)
    except CocktailError as error:
        raise fail(error) from None
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
        raise InputError(f"{source}: cannot open ({exc.strerror})") from None
    name = "stdin" if source == "-" else source
    with stream:
        try:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{name}: line {number}: invalid JSON ({exc.msg})") from None
                if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                    raise InputError(f'{name}: line {number}: expected an object with a "text" string')
                yield number, row.get("id"), row["text"]
        except UnicodeDecodeError:
            raise InputError(f"{name}: not UTF-8 text") from None


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


@app.command()
def audit(
    path: Annotated[
        Path,
        typer.Argument(
            help="An archive: X zip or folder, Facebook/Instagram export, "
            "Mastodon outbox, LinkedIn Shares.csv, or any CSV/JSONL."
        ),
    ],
    preset: Annotated[str, typer.Option(help="Mix rule: 80/20, 4-1-1, 5-3-2, thirds or custom.")] = "80/20",
    cap: Annotated[float | None, typer.Option(help="The promotional cap (0-1) for a custom rule.")] = None,
    window_posts: Annotated[int | None, typer.Option(help="Rolling window size in posts.")] = None,
    window_days: Annotated[int | None, typer.Option(help="Rolling window size in days.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the JSON summary here.")] = None,
    html_out: Annotated[Path | None, typer.Option("--html", help="Write the HTML report here.")] = None,
    lang: Annotated[str, typer.Option(help="Report language: en or ar.")] = "en",
    workspace: Annotated[str | None, typer.Option(help="Use this workspace's own examples too.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", help="Print nothing but errors.")] = False,
) -> None:
    """Classify every post of an account's archive and report its mix against the cap."""
    from cocktailparty.audit.importers import detect_importer
    from cocktailparty.audit.report import summary, write_html, write_json
    from cocktailparty.audit.service import run_audit
    from cocktailparty.mix import get_preset

    try:
        if lang not in LANGS:
            raise InputError(f"--lang must be one of {', '.join(LANGS)}, got {lang!r}")
        language: Lang = "ar" if lang == "ar" else "en"
        try:
            rule = get_preset(preset, cap=cap, window_posts=window_posts, window_days=window_days)
        except ValueError as exc:
            raise InputError(str(exc)) from None
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        importer = detect_importer(path)
        classifier = _classifier_of(workspace)
        total = importer.size_hint(path)
        with Progress(
            TextColumn("[bold]auditing[/] {task.description}"),
            BarColumn(),
            DownloadColumn(),
            TimeRemainingColumn(),
            console=errors,
            transient=True,
            disable=total < PROGRESS_THRESHOLD_BYTES or not errors.is_terminal,
        ) as progress:
            task = progress.add_task(path.name, total=total or None)
            result = run_audit(
                path, importer, classifier, rule, progress=lambda done: progress.update(task, completed=done)
            )
        data = summary(result, language)
        if json_out:
            write_json(result, json_out, language)
        if html_out:
            write_html(result, html_out, language)
    except CocktailError as error:
        raise fail(error) from None
    if quiet:
        return
    _print_summary(data, language)
    for label, out in (("JSON", json_out), ("HTML report", html_out)):
        if out:
            console.print(f"{label}: [link=file://{out.resolve()}]{out}[/link]")


def _print_summary(data: dict[str, object], lang: Lang) -> None:
    share = float(data["promotional_share"])  # type: ignore[arg-type]
    cap = float(data["preset"]["cap"])  # type: ignore[index]
    colour = "green" if share <= cap else "red"
    console.print(
        f"[bold]{data['posts']:,}[/] posts ({data['format']}) · promotional "
        f"[bold {colour}]{percent(share, 'en', 1)}[/] against a cap of {percent(cap, 'en')} "
        f"({data['preset']['name']}) · {len(data['violations'])} stretches over the cap"  # type: ignore[index, arg-type]
    )
    table = Table(title="Mix by category")
    table.add_column("category")
    table.add_column("kind")
    table.add_column("posts", justify="right")
    table.add_column("share", justify="right")
    table.add_column("engagement / post", justify="right")
    by_category: dict[str, int] = data["by_category"]  # type: ignore[assignment]
    engagement: dict[str, dict[str, float]] = data["engagement_by_category"]  # type: ignore[assignment]
    total = max(int(data["posts"]), 1)  # type: ignore[call-overload]
    for category, count in sorted(by_category.items(), key=lambda item: -item[1]):
        table.add_row(
            category_name(category, lang),
            kind_of(category),
            f"{count:,}",
            percent(count / total, "en", 1),
            f"{engagement[category]['mean']:.1f}",
        )
    console.print(table)
    for line in data["recommendations"]:  # type: ignore[attr-defined]
        console.print(f"• {line}")


@model_app.command("build")
def model_build(workspace: Annotated[str | None, typer.Option()] = None) -> None:
    """Train the classifier now (it is otherwise trained on first use) and cache it."""
    try:
        classifier = _classifier_of(workspace)
    except CocktailError as error:
        raise fail(error) from None
    console.print(
        f"model ready: {len(classifier.model.vocabulary):,} features, {len(classifier.model.categories)} categories"
    )


@model_app.command("add-examples")
def model_add_examples(
    file: Annotated[Path, typer.Argument(help="CSV or JSONL with text and category.")],
    workspace: Annotated[str | None, typer.Option()] = None,
) -> None:
    """Add a workspace's own labelled examples; the model adapts to them on its next use."""
    from cocktailparty.classify.examples import add_examples

    try:
        from cocktailparty.db import session_scope
        from cocktailparty.workspaces.classifier import examples_dir
        from cocktailparty.workspaces.service import get_or_create

        with session_scope(write=True) as session:
            workspace_id = get_or_create(session, workspace or get_settings().workspace).id
        added, target = add_examples(file, examples_dir(workspace_id))
    except CocktailError as error:
        raise fail(error) from None
    console.print(f"added {added} examples to {target}; the model retrains on next use")


def _classifier_of(workspace: str | None) -> Classifier:
    """The classifier of the named workspace (its own examples too); the corpus model when it has none."""
    if workspace is None:
        return classifier_for()
    from sqlalchemy import select

    from cocktailparty.db import session_scope
    from cocktailparty.models import Workspace

    with session_scope() as session:
        workspace_id = session.scalar(select(Workspace.id).where(Workspace.name == workspace))
    return classifier_for(workspace_id, wait=True)


def main() -> None:
    app()


if __name__ == "__main__":
    main()


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply the database migrations now (every command and `cocktail serve` also does, under a lock, on start)."""
    from cocktailparty.db import make_engine, restrict_files
    from cocktailparty.db.migrate import current, upgrade

    settings = get_settings()
    try:
        url = settings.sqlalchemy_url
        if url.startswith("sqlite:///"):
            from cocktailparty.db import private_folder

            private_folder(Path(url.removeprefix("sqlite:///")).parent)
        engine = make_engine(url, settings)
        changed = upgrade(engine, settings)
        restrict_files(engine)
        with engine.connect() as connection:
            revision = current(connection)
        engine.dispose()
    except CocktailError as error:
        raise fail(error) from None
    print(f"database at revision {revision}" + (" (upgraded)" if changed else " (already up to date)"))
