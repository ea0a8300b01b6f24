"""Queries about users, memberships, invitations and API tokens."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from cocktailparty.models import ApiToken, FeedToken, Invitation, Membership, User, WebSession, Workspace


def workspace_named(session: Session, name: str) -> Workspace | None:
    return session.scalar(select(Workspace).where(Workspace.name == name))


def user_by_email(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(User.email == email.strip().lower()))


def membership(session: Session, user_id: int, workspace_id: int) -> Membership | None:
    return session.scalar(
        select(Membership).where(Membership.user_id == user_id, Membership.workspace_id == workspace_id)
    )


def workspaces_of(session: Session, user_id: int) -> list[tuple[Workspace, str]]:
    rows = session.execute(
        select(Workspace, Membership.role)
        .join(Membership, Membership.workspace_id == Workspace.id)
        .where(Membership.user_id == user_id)
        .order_by(Workspace.name)
    ).all()
    return [(workspace, role) for workspace, role in rows]


def members_of(session: Session, workspace_id: int) -> list[tuple[User, str]]:
    rows = session.execute(
        select(User, Membership.role)
        .join(Membership, Membership.user_id == User.id)
        .where(Membership.workspace_id == workspace_id)
        .order_by(User.name)
    ).all()
    return [(user, role) for user, role in rows]


def invitation_by_hash(session: Session, token_hash: str) -> Invitation | None:
    return session.scalar(select(Invitation).where(Invitation.token_hash == token_hash))


def pending_invitations(session: Session, workspace_id: int) -> list[Invitation]:
    return list(
        session.scalars(
            select(Invitation)
            .where(Invitation.workspace_id == workspace_id, Invitation.accepted_at.is_(None))
            .order_by(Invitation.created_at.desc())
        )
    )


def api_token_by_hash(session: Session, token_hash: str) -> ApiToken | None:
    return session.scalar(select(ApiToken).where(ApiToken.token_hash == token_hash))


def api_tokens_of(session: Session, user_id: int, workspace_id: int) -> list[ApiToken]:
    return list(
        session.scalars(
            select(ApiToken)
            .where(ApiToken.user_id == user_id, ApiToken.workspace_id == workspace_id)
            .order_by(ApiToken.created_at.desc())
        )
    )


def api_tokens_in(session: Session, workspace_id: int) -> list[tuple[ApiToken, User]]:
    """Every token of the workspace with the person it acts as (what an owner oversees)."""
    rows = session.execute(
        select(ApiToken, User)
        .join(User, User.id == ApiToken.user_id)
        .where(ApiToken.workspace_id == workspace_id)
        .order_by(ApiToken.created_at.desc())
    ).all()
    return [(token, user) for token, user in rows]


def api_token_in(session: Session, workspace_id: int, token_id: int) -> ApiToken | None:
    return session.scalar(select(ApiToken).where(ApiToken.workspace_id == workspace_id, ApiToken.id == token_id))


def invitation_in(session: Session, workspace_id: int, invitation_id: int) -> Invitation | None:
    return session.scalar(
        select(Invitation).where(Invitation.workspace_id == workspace_id, Invitation.id == invitation_id)
    )


def web_session_by_hash(session: Session, token_hash: str) -> WebSession | None:
    return session.scalar(select(WebSession).where(WebSession.token_hash == token_hash))


def web_sessions_of(session: Session, user_id: int) -> list[WebSession]:
    return list(
        session.scalars(
            select(WebSession).where(WebSession.user_id == user_id).order_by(WebSession.last_seen_at.desc())
        )
    )


def web_session_of(session: Session, user_id: int, session_id: int) -> WebSession | None:
    return session.scalar(select(WebSession).where(WebSession.user_id == user_id, WebSession.id == session_id))


def feed_token_of(session: Session, workspace_id: int, user_id: int) -> FeedToken | None:
    return session.scalar(
        select(FeedToken).where(FeedToken.workspace_id == workspace_id, FeedToken.user_id == user_id)
    )


def feed_token_by_hash(session: Session, token_hash: str) -> FeedToken | None:
    return session.scalar(select(FeedToken).where(FeedToken.token_hash == token_hash))


def write_last_used(session: Session, column: InstrumentedAttribute[datetime | None], row_id: int, at: datetime,
                    *, stale: datetime) -> None:
    """Set a row's last-used `column` to `at` unless it already says `stale` or later (one conditional UPDATE, so
    concurrent requests do not fight over the row)."""
    table = column.class_
    session.execute(
        update(table).where(table.id == row_id, or_(column.is_(None), column < stale)).values({column.key: at})
    )
