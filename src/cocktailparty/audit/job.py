"""The audit job: run the audit of an uploaded archive in the worker, writing its progress to the run
as it goes, then its HTML report and JSON summary. The job carries the run id only."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cocktailparty.audit import repository
from cocktailparty.audit.importers import detect_importer
from cocktailparty.audit.report import write_html, write_json
from cocktailparty.audit.runs import FINISHED, reports_dir
from cocktailparty.audit.service import run_audit
from cocktailparty.config import get_settings
from cocktailparty.db import session_scope
from cocktailparty.errors import ArchiveError, CocktailError, Message, message
from cocktailparty.i18n import Lang
from cocktailparty.models import AuditRun, AuditStatus, Workspace
from cocktailparty.translation import describe
from cocktailparty.workspaces.classifier import classifier_for
from cocktailparty.workspaces.service import preset_for

log = logging.getLogger(__name__)

# Progress is written to the database at most this often: the page polls once a second.
PROGRESS_INTERVAL = 0.5
UNEXPECTED = message("the audit stopped on an unexpected error; the worker's log has the details")


class _Progress:
    """The importer's progress callback, throttled to one write every PROGRESS_INTERVAL seconds."""

    def __init__(self, run_id: int, interval: float = PROGRESS_INTERVAL,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.run_id, self.interval, self.clock = run_id, interval, clock
        self.last = clock()

    def __call__(self, done: int) -> None:
        now = self.clock()
        if now - self.last < self.interval:
            return
        self.last = now
        with session_scope(write=True) as session:
            repository.set_progress(session, self.run_id, done)


def _headline(data: dict[str, Any]) -> dict[str, Any]:
    """What the list of runs and the run page show without opening the summary file."""
    return {
        "posts": data["posts"],
        "format": data["format"],
        "promotional_share": data["promotional_share"],
        "within_cap": data["within_cap"],
        "preset": data["preset"]["name"],
        "cap": data["preset"]["cap"],
        "violations": len(data["violations"]),
        "period": data["period"],
        "by_category": data["by_category"],
        "recommendations": data["recommendations"],
        "corrections_changed": data.get("corrections_changed"),
        "rows": data.get("rows", []),
    }


def _named(error: CocktailError, stored: Path, file_name: str) -> CocktailError:
    """The importer's error naming the file as the user knows it rather than where we stored it."""
    return error.naming(stored, file_name) if isinstance(error, ArchiveError) else error


def audit_run(run_id: int) -> None:
    """Run the audit of one queued run and record how it ended (a failure with its reason)."""
    settings = get_settings()
    with session_scope(write=True) as session:
        run = session.get(AuditRun, run_id)
        if run is None or run.status in FINISHED:
            return  # deleted with its workspace, or run already
        workspace = session.get(Workspace, run.workspace_id)
        assert workspace is not None  # the run's foreign key
        run.status, run.started_at, run.progress_done, run.error = AuditStatus.RUNNING, datetime.now(UTC), 0, None
        source, file_name, lang = settings.data_dir / run.path, run.file_name, run.lang
        workspace_id, preset = workspace.id, preset_for(workspace)
    report = reports_dir(settings, workspace_id) / f"{run_id}.html"
    summary = report.with_suffix(".json")
    try:
        importer = detect_importer(source)
        total = importer.size_hint(source)
        with session_scope(write=True) as session:
            repository.set_progress(session, run_id, 0, total)
        classifier = classifier_for(workspace_id, wait=True)
        corpus = classifier_for(None)
        result = run_audit(source, importer, classifier, preset, progress=_Progress(run_id),
                           compare_with=corpus if classifier is not corpus else None)
        result = replace(result, source=file_name)  # the report names the file as uploaded, not our path
        report.parent.mkdir(parents=True, exist_ok=True)
        language: Lang = "ar" if lang == "ar" else "en"
        write_json(result, summary, language)
        write_html(result, report, language)
        data = json.loads(summary.read_text(encoding="utf-8"))
    except CocktailError as error:
        fail_run(run_id, _named(error, source, file_name))
        return
    except Exception:
        log.exception("audit run %s failed unexpectedly", run_id)
        fail_run(run_id, UNEXPECTED)
        return
    with session_scope(write=True) as session:
        repository.finish(
            session, run_id, AuditStatus.DONE, datetime.now(UTC), progress_done=total, progress_total=total,
            result=_headline(data), report_path=str(report.relative_to(settings.data_dir)),
            summary_path=str(summary.relative_to(settings.data_dir)),
        )


def fail_run(run_id: int, why: Message | CocktailError) -> None:
    """End a run as failed, with why (its job could not even start), in the language the run was asked in."""
    with session_scope(write=True) as session:
        run = session.get(AuditRun, run_id)
        lang: Lang = "ar" if run is not None and run.lang == "ar" else "en"
        repository.finish(session, run_id, AuditStatus.FAILED, datetime.now(UTC), error=describe(why, lang))
