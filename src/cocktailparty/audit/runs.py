"""Audit runs of the web app: where an uploaded archive and its report live, starting a run, and
finding a workspace's runs. The audit itself runs in the worker (audit/job.py)."""

from __future__ import annotations

import re
import time
import unicodedata
from pathlib import Path

from sqlalchemy.orm import Session

from cocktailparty.audit import repository
from cocktailparty.audit.upload import Upload
from cocktailparty.config import Settings
from cocktailparty.errors import InputError, NotFound
from cocktailparty.i18n import LANGS, Lang
from cocktailparty.members.service import Access
from cocktailparty.models import AuditRun, AuditStatus
from cocktailparty.names import without_controls

FINISHED = (AuditStatus.DONE, AuditStatus.FAILED)
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")



def uploads_dir(settings: Settings, workspace_id: int) -> Path:
    return settings.data_dir / "uploads" / str(workspace_id)


def reports_dir(settings: Settings, workspace_id: int) -> Path:
    return settings.data_dir / "reports" / str(workspace_id)


def safe_name(file_name: str) -> str:
    """A name that is safe on any file system and keeps the extension the importers detect by."""
    base = Path(file_name.replace("\\", "/")).name
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = suffix, ""
    stem, suffix = _ascii(stem)[:100] or "upload", _ascii(suffix)[:20]
    return f"{stem}.{suffix}" if suffix else stem


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _UNSAFE.sub("_", plain).strip("._")


def language(value: str | None, default: Lang) -> Lang:
    if not value:
        return default
    if value not in LANGS:
        raise InputError("audit.unknown_language", "the report language must be one of %(join)s", join=", ".join(LANGS))
    return "ar" if value == "ar" else "en"


def create(session: Session, settings: Settings, access: Access, upload: Upload, lang: Lang) -> AuditRun:
    """A queued run of the uploaded archive, which moves to a folder of its own, `<run id>/<safe name>`:
    a folder rather than a prefix because importers recognise a lone outbox.json, Shares.csv or
    tweets.js by its exact name. Enqueue the run's job only after the transaction commits."""
    run = AuditRun(
        workspace_id=access.workspace.id, user_id=access.user.id, path="", size=upload.size,
        # Shown in the list of audits: no direction override may turn the text after it around (nor NUL be kept).
        file_name=without_controls(upload.file_name)[-255:], lang=lang, status=AuditStatus.QUEUED,
    )
    make_room(session, settings, access.workspace.id, upload.size)
    session.add(run)
    session.flush()
    final = uploads_dir(settings, access.workspace.id) / str(run.id) / safe_name(upload.file_name)
    final.parent.mkdir(exist_ok=True)
    upload.path.replace(final)
    run.path = str(final.relative_to(settings.data_dir))
    return run


def rerun(session: Session, settings: Settings, access: Access, run: AuditRun) -> AuditRun:
    """Queue a finished run again on the archive it kept, classified with the workspace's classifier as it is
    now (its corrections learnt). Enqueue the run's job only after the transaction commits."""
    if run.status not in FINISHED:
        raise InputError("audit.still_running", "this audit is still running: wait for it to end")
    if not run.path or not (settings.data_dir / run.path).is_file():
        raise InputError("audit.archive_removed",
                         "this audit's archive was removed to make room for newer ones: upload it again")
    run.status, run.progress_done, run.error, run.user_id = AuditStatus.QUEUED, 0, None, access.user.id
    session.flush()
    return run


def make_room(session: Session, settings: Settings, workspace_id: int, incoming: int) -> None:
    """Keep the workspace's uploaded archives within its quota: the oldest finished audits' archives are
    removed (their reports stay) until `incoming` more bytes fit; refused if they never would."""
    quota = settings.upload_quota_mb * 2**20
    if incoming > quota:
        raise InputError("audit.quota_exceeded",
                         "the archive is larger than this workspace's room for uploads (%(upload_quota_mb)s MB)",
                         upload_quota_mb=settings.upload_quota_mb)
    kept = repository.runs_with_archives(session, workspace_id)
    used = sum(run.size for run in kept)
    for run in kept:
        if used + incoming <= quota:
            return
        if run.status in FINISHED:
            remove_archive(settings, run)
            used -= run.size
    if used + incoming > quota:
        raise InputError("audit.quota_busy",
                         "this workspace's room for uploads is taken by audits still running: try again when they end")


def remove_archive(settings: Settings, run: AuditRun) -> None:
    """Delete the run's uploaded archive (its report and summary stay)."""
    if run.path:
        folder = (settings.data_dir / run.path).parent
        for path in (settings.data_dir / run.path, folder):
            if path.is_file():
                path.unlink()
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
        run.path = ""


# An upload still arriving is younger than this; an older unfinished one was left by a crash.
STALE_INCOMING_SECONDS = 6 * 3600


def remove_stale_incoming(settings: Settings, now: float | None = None) -> int:
    """Delete half-received uploads left behind by a crash; returns how many."""

    now = now or time.time()
    removed = 0
    for path in (settings.data_dir / "uploads").glob("*/.incoming-*"):
        try:
            if now - path.stat().st_mtime > STALE_INCOMING_SECONDS:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            pass
    return removed


def get_or_raise(session: Session, access: Access, run_id: int) -> AuditRun:
    run = repository.run_of(session, access.workspace.id, run_id)
    if run is None:
        raise NotFound("audit.not_found", "no such audit")
    return run


def report_file(settings: Settings, run: AuditRun) -> Path:
    if run.status != AuditStatus.DONE or not run.report_path:
        raise NotFound("audit.no_report", "this audit has no report (yet)")
    return _existing(settings.data_dir / run.report_path)


def summary_file(settings: Settings, run: AuditRun) -> Path:
    if run.status != AuditStatus.DONE or not run.summary_path:
        raise NotFound("audit.no_summary", "this audit has no summary (yet)")
    return _existing(settings.data_dir / run.summary_path)


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise NotFound("audit.file_removed", "the file of this audit was removed from the data directory")
    return path
