"""Audit runs of the web app: where an uploaded archive and its report live, starting a run, and
finding a workspace's runs. The audit itself runs in the worker (audit/tasks.py)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from sqlalchemy.orm import Session

from cocktailparty.audit import repository
from cocktailparty.audit.upload import Upload
from cocktailparty.config import Settings
from cocktailparty.errors import InputError, NotFound
from cocktailparty.i18n import LANGS, Lang
from cocktailparty.models import AuditRun, AuditStatus
from cocktailparty.users.service import Access

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
        raise InputError(f"the report language must be one of {', '.join(LANGS)}")
    return "ar" if value == "ar" else "en"


def create(session: Session, settings: Settings, access: Access, upload: Upload, lang: Lang) -> AuditRun:
    """A queued run of the uploaded archive, which moves to a folder of its own, `<run id>/<safe name>`:
    a folder rather than a prefix because importers recognise a lone outbox.json, Shares.csv or
    tweets.js by its exact name. Enqueue the run's job only after the transaction commits."""
    run = AuditRun(
        workspace_id=access.workspace.id, user_id=access.user.id, file_name=upload.file_name[-255:], path="",
        size=upload.size, lang=lang, status=AuditStatus.QUEUED,
    )
    session.add(run)
    session.flush()
    final = uploads_dir(settings, access.workspace.id) / str(run.id) / safe_name(upload.file_name)
    final.parent.mkdir(exist_ok=True)
    upload.path.replace(final)
    run.path = str(final.relative_to(settings.data_dir))
    return run


def get_or_raise(session: Session, access: Access, run_id: int) -> AuditRun:
    run = repository.run_of(session, access.workspace.id, run_id)
    if run is None:
        raise NotFound("no such audit")
    return run


def report_file(settings: Settings, run: AuditRun) -> Path:
    if run.status != AuditStatus.DONE or not run.report_path:
        raise NotFound("this audit has no report (yet)")
    return _existing(settings.data_dir / run.report_path)


def summary_file(settings: Settings, run: AuditRun) -> Path:
    if run.status != AuditStatus.DONE or not run.summary_path:
        raise NotFound("this audit has no summary (yet)")
    return _existing(settings.data_dir / run.summary_path)


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise NotFound("the file of this audit was removed from the data directory")
    return path
