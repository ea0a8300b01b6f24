"""Scheduling a post: classify it (unless the category is given), check the network's limits, and
let the guardrail refuse a promotion that would break the mix, unless overridden with a reason."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cocktailparty.channels.service import connector_of
from cocktailparty.classify import Classifier
from cocktailparty.errors import CocktailError, InputError
from cocktailparty.media import service as media_library
from cocktailparty.mix.guardrail import Verdict, check
from cocktailparty.models import Channel, Post, PostState, Workspace
from cocktailparty.posts.csv_io import Row
from cocktailparty.posts.repository import WorkspacePosts
from cocktailparty.taxonomy import check_category
from cocktailparty.workspaces.service import preset_for

# A time a little in the past still goes out (the dispatcher sends it at once); older is a mistake.
PAST_GRACE = timedelta(minutes=5)


class IdempotencyKeyReused(CocktailError):
    exit_code = 2
    status_code = 422


class GuardrailRefused(CocktailError):
    """Scheduling would break the mix. Carries the guardrail's verdict (its reason and its fix)."""

    exit_code = 3
    status_code = 409

    def __init__(self, verdict: Verdict, where: str = "") -> None:
        super().__init__(f"{where}refused: {verdict.reason}. To fix: {verdict.fix}.")
        self.verdict = verdict

    def at_line(self, line: int) -> GuardrailRefused:
        return GuardrailRefused(self.verdict, f"line {line}: ")


def schedule(
    session: Session,
    workspace: Workspace,
    channel: Channel,
    text: str,
    at: datetime,
    classifier: Classifier,
    *,
    category: str | None = None,
    force: bool = False,
    reason: str | None = None,
    media: list[str] | None = None,
    link: str | None = None,
    idempotency_key: str | None = None,
    now: datetime | None = None,
    attachments: Sequence[media_library.Attachment] = (),
) -> Post:
    if not text.strip():
        raise InputError("the post has no text")
    if at.tzinfo is None:
        raise InputError(f"{at.isoformat()} has no time zone: add one (e.g. +03:00 or Z)")
    if at < (now or datetime.now(UTC)) - PAST_GRACE:
        raise InputError("the time is in the past: choose a later one")
    if channel.secret is None:
        raise InputError(f"the channel {channel.name!r} is disconnected: reconnect it before scheduling on it")
    if force and not (reason and reason.strip()):
        raise InputError("an override of the guardrail needs a reason: it is recorded with the post")
    confidence = None
    if category:
        try:
            check_category(category)
        except ValueError as exc:
            raise InputError(str(exc)) from None
    else:
        result = classifier.classify(text)
        category, confidence = result.category, result.confidence
    problems = _limit_problems(channel, text)
    if problems:
        raise InputError(f"the {channel.network} channel {channel.name!r} cannot take this post: {'; '.join(problems)}")
    # The network's media rules, checked with the text's and before the guardrail: a refusal saves nothing.
    files = media_library.chosen(session, workspace.id, attachments)
    media_library.check_or_raise(channel.network, files)
    preset = preset_for(workspace, channel)
    nearby = WorkspacePosts(session, workspace.id).mix_around(channel.id, at, preset.window_days * 2,
                                                              preset.window_posts * 2)
    verdict = check(nearby, at, category, preset)
    if not verdict.allowed and not force:
        raise GuardrailRefused(verdict)
    post = Post(
        workspace_id=workspace.id, channel_id=channel.id, text=text, media=media or [], link=link,
        category=category, category_source="classifier" if confidence is not None else "manual",
        confidence=confidence, state=PostState.SCHEDULED, due_at=at, next_attempt_at=at,
        override_reason=reason.strip() if force and not verdict.allowed and reason else None,
        idempotency_key=idempotency_key,
    )
    session.add(post)
    session.flush()
    if files:
        media_library.attach(session, workspace.id, post, files)
    return post


def schedule_once(
    session: Session,
    workspace: Workspace,
    channel: Channel,
    text: str,
    at: datetime,
    classifier: Classifier,
    *,
    idempotency_key: str,
    **options: Any,
) -> tuple[Post, bool]:
    """`schedule`, once per key: a request repeated with the same key (a client retrying after a timeout)
    gets the post the first one made, not a second post. Returns the post and whether it is new."""
    posts = WorkspacePosts(session, workspace.id)
    existing = posts.by_idempotency_key(idempotency_key)
    if existing is None:
        try:
            with session.begin_nested():
                return schedule(session, workspace, channel, text, at, classifier,
                                idempotency_key=idempotency_key, **options), True
        except IntegrityError:  # the same key, sent twice at the same moment: the other one won
            existing = posts.by_idempotency_key(idempotency_key)
            if existing is None:
                raise
    if (existing.channel_id, existing.text, existing.due_at) != (channel.id, text, at):
        raise IdempotencyKeyReused("this Idempotency-Key was used for another post: use a new key for a new post")
    return existing, False


def _limit_problems(channel: Channel, text: str) -> list[str]:
    from cocktailparty.connectors.base import ConnectorError, OutgoingPost

    try:
        connector = connector_of(channel)
    except (ImportError, ValueError):
        return []  # the network's connector is not installed: the publisher will say so
    except ConnectorError as error:  # saved without verification, and missing what the network needs
        raise InputError(f"the {channel.network} channel {channel.name!r} is not set up: {error.message}") from None
    return connector.limits.problems(OutgoingPost(key="check", text=text))


def import_rows(
    session: Session,
    workspace: Workspace,
    rows: list[Row],
    classifier: Classifier,
    *,
    default_channel: Channel | None = None,
    skip_refused: bool = False,
) -> tuple[list[int], list[tuple[int, str]]]:
    """Schedule every row; any problem names its line and, unless `skip_refused` covers it, saves
    nothing (the caller's transaction rolls back). Returns the new ids and the refused (line, why)."""
    from cocktailparty.channels.service import get_or_raise

    created: list[int] = []
    refused: list[tuple[int, str]] = []
    for row in rows:
        try:
            if row.channel:
                channel = get_or_raise(session, workspace, row.channel)
            elif default_channel is not None:
                channel = default_channel
            else:
                raise InputError("no channel column and no --channel given")
            post = schedule(session, workspace, channel, row.text, row.at, classifier, category=row.category,
                            media=row.media, link=row.link)
            created.append(post.id)
        except GuardrailRefused as refusal:
            if not skip_refused:
                raise GuardrailRefused(refusal.verdict).at_line(row.line) from None
            refused.append((row.line, str(refusal)))
        except CocktailError as error:
            raise InputError(f"line {row.line}: {error}") from None
    return created, refused
