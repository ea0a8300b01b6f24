"""Queries behind the audit page: a workspace's runs, newest first, and one run of a workspace."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from cocktailparty.models import AuditRun

RECENT_RUNS = 50


def runs_of(session: Session, workspace_id: int, limit: int = RECENT_RUNS) -> list[AuditRun]:
    return list(
        session.scalars(
            select(AuditRun)
            .where(AuditRun.workspace_id == workspace_id)
            .order_by(AuditRun.created_at.desc(), AuditRun.id.desc())
            .limit(limit)
        )
    )


def run_of(session: Session, workspace_id: int, run_id: int) -> AuditRun | None:
    """The run, only when it belongs to the workspace: another workspace's run does not exist here."""
    return session.scalar(select(AuditRun).where(AuditRun.id == run_id, AuditRun.workspace_id == workspace_id))


def set_progress(session: Session, run_id: int, done: int, total: int | None = None) -> None:
    values: dict[str, Any] = {"progress_done": done}
    if total is not None:
        values["progress_total"] = total
    session.execute(update(AuditRun).where(AuditRun.id == run_id).values(**values))


def finish(session: Session, run_id: int, status: str, finished_at: datetime, **values: Any) -> None:
    session.execute(
        update(AuditRun).where(AuditRun.id == run_id).values(status=status, finished_at=finished_at, **values)
    )


def runs_with_archives(session: Session, workspace_id: int) -> list[AuditRun]:
    """The workspace's runs whose uploaded archive is still kept, oldest first."""
    return list(
        session.scalars(
            select(AuditRun)
            .where(AuditRun.workspace_id == workspace_id, AuditRun.path != "")
            .order_by(AuditRun.created_at, AuditRun.id)
        )
    )
