"""Queries behind team moments: a workspace's people, their moments, consents and the drafts made from them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cocktailparty.models import LibraryItem, MomentConsent, MomentDraft, TeamMember, TeamMoment


def members_of(session: Session, workspace_id: int) -> list[TeamMember]:
    return list(session.scalars(select(TeamMember).where(TeamMember.workspace_id == workspace_id)
                                .order_by(TeamMember.name, TeamMember.id)))


def member_in(session: Session, workspace_id: int, member_id: int) -> TeamMember | None:
    return session.scalar(select(TeamMember).where(TeamMember.id == member_id,
                                                   TeamMember.workspace_id == workspace_id))


def moments_of(session: Session, member_ids: list[int]) -> list[TeamMoment]:
    return list(session.scalars(select(TeamMoment).where(TeamMoment.member_id.in_(member_ids))
                                .order_by(TeamMoment.day)))


def consents_of(session: Session, member_ids: list[int]) -> list[MomentConsent]:
    return list(session.scalars(select(MomentConsent).where(MomentConsent.member_id.in_(member_ids))
                                .order_by(MomentConsent.granted_at, MomentConsent.id)))


def drafts_of(session: Session, member_id: int, kind: str | None = None) -> list[MomentDraft]:
    query = select(MomentDraft).where(MomentDraft.member_id == member_id)
    if kind is not None:
        query = query.where(MomentDraft.kind == kind)
    return list(session.scalars(query))


def draft_of_item(session: Session, workspace_id: int, library_item_id: int) -> MomentDraft | None:
    """The moment draft behind a library item of this workspace, if the item is one."""
    return session.scalar(select(MomentDraft).join(TeamMember, TeamMember.id == MomentDraft.member_id)
                          .where(MomentDraft.library_item_id == library_item_id,
                                 TeamMember.workspace_id == workspace_id))


def drafts_in_library(session: Session, workspace_id: int) -> list[tuple[MomentDraft, TeamMember, LibraryItem]]:
    """The workspace's moment drafts still in the library, soonest first."""
    return [(draft, member, item) for draft, member, item in session.execute(
        select(MomentDraft, TeamMember, LibraryItem).join(TeamMember, TeamMember.id == MomentDraft.member_id)
        .join(LibraryItem, LibraryItem.id == MomentDraft.library_item_id)
        .where(TeamMember.workspace_id == workspace_id, LibraryItem.workspace_id == workspace_id)
        .order_by(MomentDraft.day, MomentDraft.id)).all()]


def workspaces_with_consents(session: Session) -> list[int]:
    """The workspaces where someone has consented to a moment being shared (no one else's moments are drafted)."""
    return list(session.scalars(
        select(TeamMember.workspace_id).join(MomentConsent, MomentConsent.member_id == TeamMember.id)
        .where(MomentConsent.withdrawn_at.is_(None)).distinct().order_by(TeamMember.workspace_id)))
