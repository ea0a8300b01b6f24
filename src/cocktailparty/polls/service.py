"""What happens when a poll's votes are read: they are kept on the post, and when people voted, a follow-up post
telling them the result is drafted in the poll's language for the library (category `question`: it carries the
conversation on)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from cocktailparty.connectors.base import PollResult
from cocktailparty.errors import Message, message, percent, plural
from cocktailparty.i18n import Lang
from cocktailparty.language import script_of
from cocktailparty.library import service as library
from cocktailparty.models import Channel, LibraryItem, Post, Workspace
from cocktailparty.posts.polls import Votes, votes_of, votes_record
from cocktailparty.translation import describe

QUESTION_CHARS = 100  # the poll's text quoted in the follow-up, at most


def keep_votes(session: Session, workspace: Workspace, channel: Channel, post: Post, result: PollResult,
               now: datetime) -> Votes:
    """Keep the votes on the post and, when anyone voted, draft the follow-up (once: votes are read once)."""
    follow_up: LibraryItem | None = None
    if result.votes > 0:
        lang: Lang = "ar" if script_of(post.text) == "ar" else "en"
        follow_up = library.add(session, workspace, text=describe(follow_up_words(post.text, result), lang),
                                category="question", channel=channel)
    post.poll_results = votes_record(result, now, follow_up.id if follow_up else None)
    session.flush()
    votes = votes_of(post)
    assert votes is not None
    return votes


def follow_up_words(question: str, result: PollResult) -> Message:
    """"The results of our poll “Coffee or tea?”: Coffee 67%, Tea 33% (3 votes). Thank you for voting! What should
    we ask you next?" in words each language translates."""
    total = result.votes
    question = question.strip()
    if len(question) > QUESTION_CHARS:
        question = question[: QUESTION_CHARS - 1].rstrip() + "…"
    ranked = sorted(result.options, key=lambda option: -option[1])  # sorted() keeps the poll's order among equals
    shares = [message("%(option)s %(share)s", option=title, share=percent(votes / total)) for title, votes in ranked]
    return message("The results of our poll “%(question)s”: %(shares)s (%(votes)s). Thank you for voting! What "
                   "should we ask you next?", question=question, shares=shares,
                   votes=plural("%(num)s vote", "%(num)s votes", total))
