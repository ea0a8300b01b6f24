"""The post's whole life, one write path for every door (pages, API, command line, jobs): look a post up,
schedule it (to one channel or to several at once), keep it as a draft, edit, move, cancel, delete, retry
a failed one, duplicate it. Every rule lives here: not in the past, the network's limits, the guardrail
(and an override of it needs a reason), one post per Idempotency-Key. Nothing here commits: the door does.

Scheduling to several channels is all or nothing: each channel is judged on its own (its guardrail, its
network's limits); when any refuses, nothing is saved and `ChannelsRefused` carries each channel's answer,
so the door can say which channels took the post and which did not and why."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cocktailparty.channels import service as channel_service
from cocktailparty.channels.repository import channel_in
from cocktailparty.channels.service import connector_of
from cocktailparty.classify import Classifier
from cocktailparty.connectors.base import ConnectorError, OutgoingPost, Poll
from cocktailparty.errors import CocktailError, InputError, Message, NotFound, message, percent
from cocktailparty.media import service as media_library
from cocktailparty.mix.guardrail import Verdict, check
from cocktailparty.mix.ledger import MixLedger, WindowKind
from cocktailparty.mix.presets import MixPreset
from cocktailparty.models import Channel, Post, PostState, Workspace
from cocktailparty.plan.slots import local_time
from cocktailparty.posts import corrections, polls
from cocktailparty.posts.csv_io import Row
from cocktailparty.posts.repository import WorkspacePosts
from cocktailparty.taxonomy import CATEGORIES, PROMOTIONAL
from cocktailparty.workspaces.service import preset_for

# A time a little in the past still goes out (the dispatcher sends it at once); older is a mistake.
PAST_GRACE = timedelta(minutes=5)
# What may still change: a post going out or gone is the network's now.
EDITABLE = (PostState.DRAFT, PostState.SCHEDULED)
# What may be deleted: never a post that is (or is being) published, which counts in the measured mix.
DELETABLE = (PostState.DRAFT, PostState.SCHEDULED, PostState.CANCELLED, PostState.FAILED)



class IdempotencyKeyReused(CocktailError):
    exit_code = 2
    status_code = 422


class GuardrailRefused(CocktailError):
    """Scheduling would break the mix. Carries the guardrail's verdict (its reason and its fix)."""

    exit_code = 3
    status_code = 409

    def __init__(self, verdict: Verdict, line: int | None = None) -> None:
        if line is None:
            super().__init__("post.guardrail_refused", "refused: %(reason)s. To fix: %(fix)s.", reason=verdict.reason,
                             fix=verdict.fix)
        else:
            super().__init__("post.guardrail_refused", "line %(line)s: refused: %(reason)s. To fix: %(fix)s.",
                             line=line, reason=verdict.reason, fix=verdict.fix)
        self.verdict = verdict

    def at_line(self, line: int) -> GuardrailRefused:
        return GuardrailRefused(self.verdict, line)


@dataclass(frozen=True)
class ChannelAnswer:
    """One channel's answer when a post is scheduled to several: the post made, or the refusal."""

    channel: Channel
    post: Post | None = None
    error: CocktailError | None = None


class ChannelsRefused(CocktailError):
    """Some channels of a post scheduled to several refused it: nothing was saved. `answers` says, channel by
    channel, which would have taken it and why the others did not."""

    exit_code = 3
    status_code = 409

    def __init__(self, answers: list[ChannelAnswer]) -> None:
        refused = [answer for answer in answers if answer.error is not None]
        problems = [message("%(channel)s: %(problem)s", channel=answer.channel.name, problem=answer.error.detail)
                    for answer in refused if answer.error is not None]
        super().__init__("post.channels_refused",
                         "nothing was scheduled: %(refused)s of %(total)s channels refused the post "
                            "(%(problems)s)",
                         refused=len(refused), total=len(answers), problems=problems)
        self.answers = answers


# --- Looking a post up -------------------------------------------------------------------------------------


def get_or_raise(session: Session, workspace: Workspace, post_id: int) -> Post:
    """The workspace's post with this id; another workspace's post does not exist here."""
    post = WorkspacePosts(session, workspace.id).get(post_id)
    if post is None:
        raise NotFound("post.not_found", "no such post in this workspace")
    return post


def channel_of(session: Session, workspace: Workspace, post: Post) -> Channel:
    channel = channel_in(session, workspace.id, post.channel_id)
    if channel is None:  # a post always belongs to a channel of its own workspace
        raise NotFound("post.not_found", "no such post in this workspace")
    return channel


# --- The rules ---------------------------------------------------------------------------------------------


def check_time(at: datetime, now: datetime | None = None, *, moving: bool = False) -> None:
    """A time a post can go out at: with a zone, and not (more than a moment) in the past."""
    if at.tzinfo is None:
        raise InputError("post.no_zone", "%(time)s has no time zone: add one (e.g. +03:00 or Z)",
                         time=at.isoformat())
    if at < (now or datetime.now(UTC)) - PAST_GRACE:
        if moving:
            raise InputError("post.moved_into_past", "a post cannot be moved into the past: pick a later time")
        raise InputError("post.in_past", "the time is in the past: choose a later one")


def check_override(force: bool, reason: str | None) -> str | None:
    """The reason an override of the guardrail is recorded with; an override without one is refused."""
    if not force:
        return None
    if not (reason and reason.strip()):
        raise InputError("post.override_needs_reason",
                         "an override of the guardrail needs a reason: it is recorded with the post")
    return reason.strip()


def check_category(category: str | None) -> str | None:
    """A category chosen by hand, or None for the classifier's. Raises InputError for an unknown one."""
    if not category:
        return None
    if category not in CATEGORIES:
        raise InputError("post.unknown_category", "unknown category %(category)s; expected one of: %(known)s",
                         category=repr(category), known=list(CATEGORIES))
    return category


def _check_text(text: str) -> None:
    if not text.strip():
        raise InputError("post.no_text", "the post has no text")


def _check_channel(channel: Channel, text: str, poll: Poll | None = None) -> None:
    _check_connected(channel)
    _check_limits(channel, text, poll)


def _check_connected(channel: Channel) -> None:
    if channel.secret is None:
        raise InputError("post.channel_disconnected",
                         "the channel %(channel)s is disconnected: reconnect it before scheduling on it",
                         channel=repr(channel.name))


def _check_limits(channel: Channel, text: str, poll: Poll | None = None) -> None:
    problems = _limit_problems(channel, text, poll)
    if problems:
        raise InputError("post.over_limits",
                         "the %(network)s channel %(channel_name)s cannot take this post: %(problems)s",
                         network=channel.network, channel_name=repr(channel.name), problems=problems)


def _categorise(text: str, classifier: Classifier, category: str | None, category_reason: str | None = None,
                *, by_rule: bool = False) -> tuple[str, float | None, corrections.Reading | None]:
    """(category counted, confidence, override): the one chosen by hand (confidence None), or the
    classifier's. A value category chosen against a confident promotional verdict is an override: it needs
    `category_reason`, and the post counts as promotional (with the classifier's confidence) until an owner
    accepts it (the override is returned, to be recorded once the post exists)."""
    chosen = check_category(category)
    if chosen is None:
        result = classifier.classify(text)
        return result.category, result.confidence, None
    if chosen == PROMOTIONAL or by_rule:  # a rule of the product's own (a reply answering a price question), no person
        return chosen, None, None
    reading = corrections.read(classifier, text, chosen)
    if not reading.override:
        return chosen, None, None
    corrections.needs_reason(reading, category_reason)
    return reading.counted, reading.confidence, reading


# --- Scheduling --------------------------------------------------------------------------------------------


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
    category_reason: str | None = None,
    by: int | None = None,
    attachments: Sequence[media_library.Attachment] = (),
    category_by_rule: bool = False,
    poll: Poll | None = None,
) -> Post:
    """Schedule a post on one channel. `category_reason` is why a category chosen by hand overrides a confident
    promotional verdict; `by`, the user scheduling it (recorded with such an override). `category_by_rule` says
    the category comes from one of the mix's edge rules (the inbox's replies), not from a person. A `poll` is
    checked against the channel's network (polls.check_poll made it; it is checked again for this channel)."""
    _check_text(text)
    check_time(at, now)
    _check_connected(channel)
    override = check_override(force, reason)
    category, confidence, relabel = _categorise(text, classifier, category, category_reason, by_rule=category_by_rule)
    poll = polls.check_poll(channel.network, poll.options, poll.duration_minutes) if poll else None
    _check_limits(channel, text, poll)
    # The network's media rules, checked with the text's and before the guardrail: a refusal saves nothing.
    files = media_library.chosen(session, workspace.id, attachments)
    media_library.check_or_raise(channel.network, files)
    verdict = _judge(session, workspace, channel, None, at, category)
    if not verdict.allowed and override is None:
        raise GuardrailRefused(verdict)
    post = Post(
        workspace_id=workspace.id, channel_id=channel.id, text=text, media=media or [], link=link,
        category=category, category_source="classifier" if confidence is not None else "manual",
        confidence=confidence, state=PostState.SCHEDULED, due_at=at, next_attempt_at=at,
        override_reason=override if not verdict.allowed else None, idempotency_key=idempotency_key,
        poll=polls.recorded(poll),
    )
    session.add(post)
    session.flush()
    if relabel is not None:
        corrections.record_relabel(session, workspace, post, relabel, category_reason, by)
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
        raise IdempotencyKeyReused("post.idempotency_key_reused",
                                   "this Idempotency-Key was used for another post: use a new key for a new post")
    return existing, False


def schedule_many(
    session: Session,
    workspace: Workspace,
    channels: Sequence[Channel],
    text: str,
    at: datetime,
    classifier: Classifier,
    *,
    idempotency_key: str | None = None,
    **options: Any,
) -> tuple[list[Post], bool]:
    """One post to several channels at once, all or nothing: each channel's guardrail and limits judge its
    own copy; when any refuses, nothing is saved and `ChannelsRefused` says what each channel answered.
    With a key, each channel's copy is scheduled once (the key and the channel's id make its own key).
    Returns the posts, in the channels' order, and whether they are new."""
    if not channels:
        raise InputError("post.no_channel", "choose a channel")
    if len({channel.id for channel in channels}) != len(channels):
        raise InputError("post.channel_twice", "a channel is chosen twice")
    # What holds for every channel is said once, not once per channel.
    _check_text(text)
    check_time(at, options.get("now"))
    check_override(bool(options.get("force")), options.get("reason"))
    check_category(options.get("category"))
    if len(channels) == 1:
        if idempotency_key is None:
            return [schedule(session, workspace, channels[0], text, at, classifier, **options)], True
        post, new = schedule_once(session, workspace, channels[0], text, at, classifier,
                                  idempotency_key=idempotency_key, **options)
        return [post], new
    answers: list[ChannelAnswer] = []
    new = False
    savepoint = session.begin_nested()
    for channel in channels:
        try:
            with session.begin_nested():
                if idempotency_key is None:
                    post, made = schedule(session, workspace, channel, text, at, classifier, **options), True
                else:
                    key = idempotency_key if len(channels) == 1 else f"{idempotency_key}#{channel.id}"
                    post, made = schedule_once(session, workspace, channel, text, at, classifier,
                                               idempotency_key=key, **options)
            new = new or made
            answers.append(ChannelAnswer(channel, post))
        except CocktailError as error:
            answers.append(ChannelAnswer(channel, error=error))
    if any(answer.error is not None for answer in answers):
        savepoint.rollback()
        raise ChannelsRefused([ChannelAnswer(answer.channel, None, answer.error) for answer in answers])
    savepoint.commit()
    return [answer.post for answer in answers if answer.post is not None], new


def save_draft(
    session: Session, workspace: Workspace, channel: Channel, text: str, classifier: Classifier,
    category: str | None = None, *, category_reason: str | None = None, by: int | None = None,
    poll: Poll | None = None,
    attachments: Sequence[media_library.Attachment] = (),
) -> Post:
    """A draft: classified now, no time, counted in no mix until it is scheduled. Its files (`attachments`, the
    workspace's own, with their alt text) are kept with it; the network's media rules judge them when it is
    scheduled, as they judge its text."""
    _check_text(text)
    files = media_library.chosen(session, workspace.id, attachments)
    category, confidence, relabel = _categorise(text, classifier, category, category_reason)
    poll = polls.check_poll(channel.network, poll.options, poll.duration_minutes) if poll else None
    post = Post(
        workspace_id=workspace.id, channel_id=channel.id, text=text, media=[], category=category,
        category_source="classifier" if confidence is not None else "manual", confidence=confidence,
        state=PostState.DRAFT, due_at=None, next_attempt_at=None, poll=polls.recorded(poll),
    )
    session.add(post)
    session.flush()
    if relabel is not None:
        corrections.record_relabel(session, workspace, post, relabel, category_reason, by)
    if files:
        media_library.attach(session, workspace.id, post, files)
    return post


# --- Changing a post ---------------------------------------------------------------------------------------


def edit(
    session: Session,
    workspace: Workspace,
    post_id: int,
    classifier: Classifier,
    *,
    text: str | None = None,
    at: datetime | None = None,
    category: str | None = None,
    force: bool = False,
    reason: str | None = None,
    now: datetime | None = None,
    category_reason: str | None = None,
    by: int | None = None,
    attachments: Sequence[media_library.Attachment] | None = None,
) -> Post:
    """Change a draft's or a scheduled post's text, time, category or files, under the rules of scheduling: the
    network's limits (the files' too), not in the past, the guardrail (the post itself judged at its new time and
    category, not counted at its old ones). A draft given a time is scheduled. `category` "" returns the choice to
    the classifier; None keeps how it was chosen (a classified post is classified again when its text changes).
    `attachments` None keeps the post's files and their alt text; a list (empty too) replaces them."""
    post = get_or_raise(session, workspace, post_id)
    if post.state not in EDITABLE:
        raise InputError("post.not_editable",
                         "only a draft or a scheduled post can be edited; this one is %(state)s", state=post.state)
    channel = channel_of(session, workspace, post)
    new_text = post.text if text is None else text
    _check_text(new_text)
    files = (media_library.attached_to(session, workspace.id, post.id) if attachments is None
             else media_library.chosen(session, workspace.id, attachments))
    if at is not None:
        check_time(at, now)
    new_at = at if at is not None else post.due_at
    override = check_override(force, reason)
    relabel: corrections.Reading | None = None
    if category is None and new_text == post.text:
        new_category, confidence = post.category, post.confidence
    elif category is None and post.category_source == "manual":
        # A new text under a category chosen by hand is judged again: a promotion written in cannot hide.
        new_category, confidence, relabel = _categorise(new_text, classifier, post.category, category_reason)
    else:
        new_category, confidence, relabel = _categorise(new_text, classifier, category or None, category_reason)
    scheduling = new_at is not None
    new_override = post.override_reason
    if new_at is not None:
        _check_channel(channel, new_text, polls.poll_of(post))
        media_library.check_or_raise(channel.network, files)
        counted_before = post.state == PostState.SCHEDULED
        verdict = _judge(session, workspace, channel, post.id if counted_before else None, new_at, new_category,
                         old=(post.due_at, post.category) if counted_before and post.due_at else None)
        if not verdict.allowed and override is None:
            raise GuardrailRefused(verdict)
        if not verdict.allowed:
            new_override = override
    # Conditional on the state read above, so a worker claiming the post now wins or loses cleanly.
    changed = WorkspacePosts(session, workspace.id).update_if_in_state(
        post.id, post.state, text=new_text, category=new_category, confidence=confidence,
        category_source="classifier" if confidence is not None else "manual", due_at=new_at, next_attempt_at=new_at,
        state=PostState.SCHEDULED if scheduling else PostState.DRAFT, override_reason=new_override)
    session.refresh(post)
    if not changed:
        raise InputError("post.not_editable",
                         "only a draft or a scheduled post can be edited; this one is %(state)s", state=post.state)
    if relabel is not None:
        corrections.record_relabel(session, workspace, post, relabel, category_reason, by)
    if attachments is not None:
        media_library.attach(session, workspace.id, post, files)
    return post


def movable(session: Session, workspace: Workspace, post_id: int) -> tuple[Post, Channel]:
    """A scheduled post of the workspace and its channel; anything else cannot move."""
    post = get_or_raise(session, workspace, post_id)
    channel = channel_of(session, workspace, post)
    if post.state != PostState.SCHEDULED or post.due_at is None:
        raise InputError("post.not_movable", "only scheduled posts can be moved; this one is %(state)s",
                         state=post.state)
    return post, channel


def new_time(
    post: Post, channel: Channel, *, at: datetime | None = None, day: date | None = None, hour: int | None = None
) -> datetime:
    """Where a move puts the post, on the channel's wall clock: at the local time `at` (naive), or on `day`
    at the local time of day it had (at `hour` when given, keeping its minutes)."""
    zone = ZoneInfo(channel.timezone)
    if at is not None:
        return local_time(at.date(), at.time().replace(second=0, microsecond=0), zone)
    if day is None:
        raise InputError("post.move_needs_time", "give the new day or the new date and time")
    assert post.due_at is not None
    clock = post.due_at.astimezone(zone).time()
    if hour is not None:
        if not 0 <= hour <= 23:
            raise InputError("post.bad_hour", "hour must be 0 to 23, got %(hour)s", hour=str(hour))
        clock = clock.replace(hour=hour)
    return local_time(day, clock, zone)


def move(session: Session, workspace: Workspace, post: Post, channel: Channel, at: datetime,
         now: datetime | None = None) -> Post:
    """Move a scheduled post to `at`, unless the guardrail refuses the channel's mix with the post there."""
    assert post.due_at is not None
    check_time(at, now, moving=True)
    if at == post.due_at:
        return post
    verdict = judge_move(session, workspace, channel, post, at)
    if not verdict.allowed:
        raise GuardrailRefused(verdict)
    post.due_at = at
    post.next_attempt_at = at
    session.flush()
    return post


def judge_move(session: Session, workspace: Workspace, channel: Channel, post: Post, at: datetime) -> Verdict:
    assert post.due_at is not None
    return _judge(session, workspace, channel, post.id, at, post.category, old=(post.due_at, post.category))


def cancel(session: Session, workspace: Workspace, post_id: int) -> Post:
    """Cancel a scheduled post of the workspace; one already going out or gone cannot be."""
    post = get_or_raise(session, workspace, post_id)
    # Conditional, so a worker claiming the post at this moment wins or loses cleanly, never both.
    changed = WorkspacePosts(session, workspace.id).update_if_in_state(
        post.id, PostState.SCHEDULED, state=PostState.CANCELLED, next_attempt_at=None)
    session.refresh(post)
    if not changed:
        raise InputError("post.not_cancellable", "only a scheduled post can be cancelled; this one is %(state)s",
                         state=post.state)
    return post


def delete(session: Session, workspace: Workspace, post_id: int) -> None:
    """Delete a draft, a scheduled, a cancelled or a failed post. A post going out or published stays: it is
    on the network and counts in the measured mix."""
    post = get_or_raise(session, workspace, post_id)
    if not WorkspacePosts(session, workspace.id).delete_if_in_states(post.id, DELETABLE):
        session.refresh(post)
        raise InputError("post.not_deletable",
                         "a post that is going out or published cannot be deleted here; this one is %(state)s",
                         state=post.state)
    session.expunge(post)


def retry(session: Session, workspace: Workspace, post_id: int, *, force: bool = False, reason: str | None = None,
          now: datetime | None = None) -> Post:
    """Send a failed post again, now. It counts in its channel's mix again, so the guardrail judges it at its
    time. Its attempts are kept above one, so the publisher first looks for it on the network (a failed
    attempt may have reached it) and never posts it twice."""
    now = now or datetime.now(UTC)
    post = get_or_raise(session, workspace, post_id)
    if post.state != PostState.FAILED:
        raise InputError("post.not_retryable", "only a failed post can be retried; this one is %(state)s",
                         state=post.state)
    channel = channel_of(session, workspace, post)
    _check_channel(channel, post.text, polls.poll_of(post))
    override = check_override(force, reason)
    due = post.due_at or now
    verdict = _judge(session, workspace, channel, post.id, due, post.category)
    if not verdict.allowed and override is None:
        raise GuardrailRefused(verdict)
    changed = WorkspacePosts(session, workspace.id).update_if_in_state(
        post.id, PostState.FAILED, state=PostState.SCHEDULED, due_at=due, next_attempt_at=now, claimed_at=None,
        attempts=min(post.attempts, 1), last_error=None, last_error_detail=None,
        override_reason=override if not verdict.allowed else post.override_reason)
    session.refresh(post)
    if not changed:
        raise InputError("post.not_retryable", "only a failed post can be retried; this one is %(state)s",
                         state=post.state)
    return post


def duplicate(
    session: Session,
    workspace: Workspace,
    post_id: int,
    classifier: Classifier,
    *,
    channels: Sequence[Channel] = (),
    at: datetime | None = None,
    force: bool = False,
    reason: str | None = None,
    now: datetime | None = None,
) -> list[Post]:
    """A copy of a post (any state): a draft on its channel (or on `channels`), or, with `at`, scheduled on
    them under every rule of scheduling. Its category comes along when it was chosen by hand."""
    original = get_or_raise(session, workspace, post_id)
    targets = list(channels) or [channel_of(session, workspace, original)]
    category = original.category if original.category_source == "manual" else None
    # A category an owner accepted comes along; judged again, it is recorded as coming from the original.
    why = f"a copy of post {original.id}"
    # The library files come along with their alt text (the files are shared, not copied: one file, several posts).
    attachments = [media_library.Attachment(media.id, alt)
                   for media, alt in media_library.attached_to(session, workspace.id, original.id)]
    if at is None:
        copies = [save_draft(session, workspace, channel, original.text, classifier, category, category_reason=why,
                             poll=polls.poll_of(original), attachments=attachments) for channel in targets]
        for copy in copies:
            copy.media, copy.link = list(original.media or []), original.link
        return copies
    copies, _ = schedule_many(session, workspace, targets, original.text, at, classifier, category=category,
                              force=force, reason=reason, media=list(original.media or []), link=original.link,
                              now=now, category_reason=why, poll=polls.poll_of(original), attachments=attachments)
    return copies


# --- The guardrail's judgement of one post among the channel's others --------------------------------------


def _judge(
    session: Session, workspace: Workspace, channel: Channel, post_id: int | None, at: datetime, category: str,
    *, old: tuple[datetime, str] | None = None,
) -> Verdict:
    """The guardrail's verdict on the channel's mix with a post of `category` at `at`, the post itself (when it
    is already counted, at `old`) left out of the posts it is judged against. A promotion is judged at its
    new time; a value post moved or relabelled away can leave the promotions around its old time above the
    cap, so that is refused when it makes more rolling windows break the cap than before."""
    preset = preset_for(workspace, channel)
    first, last = (min(old[0], at), max(old[0], at)) if old else (at, at)
    sample = WorkspacePosts(session, workspace.id).mix_sample(channel.id, first, last, preset.window_days * 2,
                                                              preset.window_posts * 2)
    others = [(due_at, kind) for found, due_at, kind in sample if found != post_id]
    if category == PROMOTIONAL or old is None:
        return check(others, at, category, preset)
    if _breaking_windows([*others, (at, category)], preset) <= _breaking_windows([*others, old], preset):
        return Verdict(True)
    return Verdict(
        False,
        reason=message("without this post, promotion around %(day)s would pass the %(cap)s cap of %(preset)s",
                       day=old[0].date(), cap=percent(preset.cap), preset=preset.name),
        fix=message("keep it nearer its current time, or schedule another value post around %(day)s first",
                    day=old[0].date()),
    )


def _breaking_windows(posts: list[tuple[datetime, str]], preset: MixPreset) -> int:
    """How many rolling windows, by posts and by days, hold more promotion than the cap allows."""
    ledger = MixLedger.from_posts(posts)
    cumulative = np.concatenate([[0], np.cumsum(ledger.promotional)])
    cap = Fraction(preset.cap).limit_denominator(1000)  # as the ledger judges windows
    kinds: tuple[WindowKind, ...] = ("posts", "days")
    count = 0
    for kind in kinds:
        firsts, lasts = ledger.rolling(kind, preset)
        promotional = cumulative[lasts + 1] - cumulative[firsts]
        count += int(np.count_nonzero(promotional * cap.denominator > (lasts - firsts + 1) * cap.numerator))
    return count


def _limit_problems(channel: Channel, text: str, poll: Poll | None = None) -> list[Message]:
    try:
        connector = connector_of(channel)
    except (ImportError, ValueError):
        return []  # the network's connector is not installed: the publisher will say so
    except ConnectorError as error:  # saved without verification, and missing what the network needs
        raise InputError("post.channel_not_set_up",
                         "the %(network)s channel %(channel)s is not set up: %(problem)s", network=channel.network,
                         channel=repr(channel.name), problem=error.message) from None
    return connector.limits.problems(OutgoingPost(key="check", text=text, poll=poll))


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
    created: list[int] = []
    refused: list[tuple[int, str]] = []
    for row in rows:
        try:
            if row.channel:
                channel = channel_service.get_or_raise(session, workspace, row.channel)
            elif default_channel is not None:
                channel = default_channel
            else:
                raise InputError("post.import_no_channel", "no channel column and no --channel given")
            post = schedule(session, workspace, channel, row.text, row.at, classifier, category=row.category,
                            media=row.media, link=row.link, category_reason="the category column of an imported file")
            created.append(post.id)
        except GuardrailRefused as refusal:
            if not skip_refused:
                raise GuardrailRefused(refusal.verdict).at_line(row.line) from None
            refused.append((row.line, str(refusal)))
        except CocktailError as error:
            raise InputError("post.import_line", "line %(line)s: %(problem)s", line=row.line,
                             problem=error.detail) from None
    return created, refused
