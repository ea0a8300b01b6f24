"""Queries behind occasions: a workspace's settings row and the days without promotion its occasions made."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cocktailparty.models import AvoidDay, OccasionDraft, OccasionSettings, Workspace

MARK = "occasion:"  # the reason of an avoid day made from an occasion starts with it


def settings_row(session: Session, workspace_id: int) -> OccasionSettings | None:
    return session.get(OccasionSettings, workspace_id)


def avoid_days_from(session: Session, workspace_id: int, first: date) -> list[AvoidDay]:
    return list(session.scalars(select(AvoidDay).where(
        AvoidDay.workspace_id == workspace_id, AvoidDay.channel_id.is_(None), AvoidDay.day >= first,
    ).order_by(AvoidDay.day)))


def forget_occasion_days(session: Session, workspace_id: int, first: date) -> None:
    """Drop the days without promotion that occasions made, from `first` on (those made by hand stay)."""
    session.execute(delete(AvoidDay).where(
        AvoidDay.workspace_id == workspace_id, AvoidDay.day >= first, AvoidDay.reason.startswith(MARK),
    ))


def workspace_ids(session: Session) -> list[int]:
    """Every workspace (each sees its country's occasions, with the defaults until it saves its settings)."""
    return list(session.scalars(select(Workspace.id).order_by(Workspace.id)))


def drafted_on(session: Session, workspace_id: int, day: date) -> set[tuple[str, str]]:
    """The (occasion key, language) pairs whose greeting the daily job already drafted for `day`."""
    return {(key, lang) for key, lang in session.execute(
        select(OccasionDraft.key, OccasionDraft.lang).where(OccasionDraft.workspace_id == workspace_id,
                                                            OccasionDraft.day == day))}
