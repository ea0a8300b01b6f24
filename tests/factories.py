"""Factories for the rows tests need, each made the way the product makes it: a person signs up, a workspace is
created by its owner, a member is invited and accepts, a channel is connected, a post is scheduled, a library item
is added, comments are recorded by the inbox's own write path, a file is taken into the media library. Only
where a test needs a state no service makes directly (a post already published or failed) is the row built
from its model. Every factory takes the test's session and flushes, so the rows have their ids.

(Typed functions rather than factory_boy: every core row goes through a service with its own rules, so a
declarative model factory would only wrap these calls.)"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from cocktailparty.channels import service as channels
from cocktailparty.classify import Classifier
from cocktailparty.connectors.base import Comment
from cocktailparty.inbox import service as inbox
from cocktailparty.library import service as library
from cocktailparty.media import service as media_library
from cocktailparty.members import repository as members_repository
from cocktailparty.members import service as members
from cocktailparty.models import Channel, InboxItem, LibraryItem, MediaFile, Post, PostState, Role, User, Workspace
from cocktailparty.posts import service as posts
from cocktailparty.workspaces import service as workspaces

PASSWORD = "a long enough password for tests"
SOON = (datetime.now(UTC) + timedelta(days=3)).replace(minute=0, second=0, microsecond=0)
_serial = count(1)


def user(session: Session, email: str | None = None, *, name: str = "Noura", password: str = PASSWORD) -> User:
    """A person who signed up (e-mail normalised, password checked and hashed), in no workspace yet."""
    return members.sign_up(session, email=email or f"person{next(_serial)}@bakery.example", name=name,
                           password=password, workspace_name=None)


def owner(session: Session, workspace_name: str = "Riyadh Bakery", email: str | None = None, *,
          name: str = "Noura", password: str = PASSWORD) -> members.Access:
    """A person who signed up with a new workspace, which they own."""
    person = user(session, email, name=name, password=password)
    workspace = members.create_workspace(session, person, workspace_name)
    found = members.access(session, person, workspace.id)
    assert found is not None and found.role == Role.OWNER
    return found


def member(session: Session, by: members.Access, role: str = "editor", email: str | None = None, *,
           name: str = "Sara", password: str = PASSWORD) -> members.Access:
    """A person invited to `by`'s workspace with `role`, who signed up and accepted."""
    person = user(session, email, name=name, password=password)
    _, token = members.invite(session, by, person.email, role)
    members.accept(session, person, token)
    found = members.access(session, person, by.workspace.id)
    assert found is not None
    return found


def joined(session: Session, email: str, workspace_id: int, role: str = "viewer") -> members.Access:
    """Someone who already has an account (signed up through the pages, say) invited to the workspace by its owner
    with `role`, who accepted."""
    person = members_repository.user_by_email(session, email)
    owner = next(user for user, held in members_repository.members_of(session, workspace_id) if held == Role.OWNER)
    by = members.access(session, owner, workspace_id)
    assert person is not None and by is not None
    _, token = members.invite(session, by, person.email, role)
    members.accept(session, person, token)
    found = members.access(session, person, workspace_id)
    assert found is not None and found.role == role
    return found


def workspace(session: Session, name: str = "Acme") -> Workspace:
    """A workspace as the command line makes it (by name, with no owner yet)."""
    return workspaces.get_or_create(session, name)


def channel(session: Session, in_workspace: Workspace, name: str = "brand", *, network: str = "testnet",
            token: str = "good-token", **options: Any) -> Channel:
    """A channel connected without asking the network (its token is encrypted like any other)."""
    return channels.add(session, in_workspace, network=network, name=name, token=token, verify=False, **options)


def post(session: Session, in_workspace: Workspace, on: Channel, text: str = "Tea or coffee this morning?", *,
         category: str = "question", at: datetime | None = SOON, state: str = PostState.SCHEDULED,
         category_source: str = "manual", **fields: Any) -> Post:
    """A post row in any state (published, failed...) with its category set by hand, as no service makes it
    directly; `scheduled` goes through the rules."""
    row = Post(workspace_id=in_workspace.id, channel_id=on.id, text=text, media=[], category=category,
               category_source=category_source, state=state, due_at=at, next_attempt_at=at, **fields)
    session.add(row)
    session.flush()
    return row


def scheduled(session: Session, in_workspace: Workspace, on: Channel, classifier: Classifier,
              text: str = "Tea or coffee this morning?", at: datetime = SOON, **options: Any) -> Post:
    """A post scheduled through the posts service: its limits, its time and the channel's guardrail."""
    return posts.schedule(session, in_workspace, on, text, at, classifier, **options)


def library_item(session: Session, in_workspace: Workspace, text: str = "How we pick our coffee beans", *,
                 category: str | None = "educational", **options: Any) -> LibraryItem:
    return library.add(session, in_workspace, text=text, category=category, **options)


def comment(remote_id: str, text: str, *, at: datetime, author: str = "fan", **fields: Any) -> Comment:
    """Something said to the account, as a connector returns it."""
    return Comment(remote_id=remote_id, author=author, text=text, created_at=at, **fields)


def inbox_items(session: Session, on: Channel, *said: Comment, now: datetime | None = None) -> list[InboxItem]:
    """Comments recorded as a fetch records them (triaged, duplicates dropped, the cursor moved)."""
    return inbox.record(session, on, list(said), None, now or datetime.now(UTC))


def media(session: Session, in_workspace: Workspace, path: Path, **options: Any) -> MediaFile:
    """A file taken into the workspace's media library (checked by its content, metadata stripped, stored)."""
    return media_library.ingest_path(session, in_workspace.id, path, **options)
