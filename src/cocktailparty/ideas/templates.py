"""Starting points per category, written for a company that keeps its social media at 80% value: questions to
the audience, tips, behind the scenes. English here, Arabic in the catalog. Never a sales call (a template that
sold would be promotional, and fill a value slot with the wrong kind of post)."""

from __future__ import annotations


def N_(text: str) -> str:  # the name Babel's extractor looks for
    return text


TEMPLATES: dict[str, tuple[str, ...]] = {
    "question": (
        N_("Quick question for you: what is the one thing you wish more companies in our field did better?"),
        N_("This or that? Tell us which you pick and why, in the comments."),
        N_("What is the best tip you have ever been given about this? Share it with everyone below."),
    ),
    "educational": (
        N_("Tip of the week: one small change that saves time every day. Here is how it works, step by step."),
        N_("Three things most people do not know about our industry, explained in one minute."),
        N_("A common mistake and how to avoid it: a short guide from our team."),
    ),
    "culture": (
        N_("Behind the scenes: a look at how our team starts the day."),
        N_("Meet the team: who makes things happen here, and what they love about their work."),
        N_("A small win the team celebrated this week, and what we learned on the way."),
    ),
    "curated": (
        N_("We read this and thought of you: a piece worth your time, by someone whose work we admire."),
        N_("Our pick of the week from around the web, with credit to its author."),
    ),
    "news": (
        N_("What is new in our field this week, and what it means for you."),
        N_("In case you missed it: the news from our city this week, in three lines."),
    ),
    "contest": (
        N_("Giveaway! Reply with your favourite memory with us and tag a friend to enter. The draw is public and "
           "anyone can check it."),
    ),
    "celebration": (
        N_("A big thank you to our community: you make every day better. Happy day to all of you!"),
        N_("Congratulations to everyone celebrating today!"),
    ),
}
