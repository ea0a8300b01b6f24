"""`cocktail audit`: classify every post of an account's archive and report its mix against the cap."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from cocktailparty.audit.importers import detect_importer
from cocktailparty.audit.report import summary, write_html, write_json
from cocktailparty.audit.service import run_audit
from cocktailparty.cli.classify import classifier_of
from cocktailparty.cli.common import failures
from cocktailparty.errors import InputError
from cocktailparty.i18n import LANGS, Lang, category_name, percent
from cocktailparty.mix import get_preset
from cocktailparty.taxonomy import kind_of
from cocktailparty.terminal import console, errors

# Archives smaller than this finish before a progress bar would be readable.
PROGRESS_THRESHOLD_BYTES = 2_000_000


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
    with failures():
        if lang not in LANGS:
            raise InputError("cli.unknown_lang", "--lang must be one of %(langs)s, got %(value)s",
                             langs=", ".join(LANGS), value=repr(lang))
        language: Lang = "ar" if lang == "ar" else "en"
        rule = get_preset(preset, cap=cap, window_posts=window_posts, window_days=window_days)
        if not path.exists():
            raise InputError("file.missing", "%(file)s: no such file or folder", file=str(path))
        importer = detect_importer(path)
        classifier = classifier_of(workspace)
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
