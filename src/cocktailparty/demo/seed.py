"""The demo workspace: a Riyadh bakery posting in Arabic and a Dubai coffee roaster posting in English,
with their real sample histories as published posts, the next two weeks scheduled through the
guardrail, library items, and a demo log-in."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from cocktailparty.audit.importers import iter_posts
from cocktailparty.channels import service as channels
from cocktailparty.classify import Classifier
from cocktailparty.errors import CocktailError
from cocktailparty.members import service as members
from cocktailparty.members.repository import user_by_email, workspace_named
from cocktailparty.models import Channel, LibraryItem, Post, PostState, Workspace
from cocktailparty.posts import service as posts

SAMPLES = Path(__file__).parent.parent / "samples"
EMAIL = "demo@cocktailparty.example"
PASSWORD = "cocktail-party-demo"
WORKSPACE = "Demo: Riyadh Bakery & Dubai Coffee"
HISTORY = 60  # the latest posts of each sample account become the published history


@dataclass(frozen=True)
class DemoChannel:
    name: str
    sample: str
    timezone: str
    slots: tuple[str, ...]
    soon: str  # a value post due two minutes after the demo starts, to watch the worker publish it
    upcoming: tuple[tuple[str, str], ...]  # (text, category or "" for the classifier)
    library: tuple[tuple[str, str, bool], ...]  # (text, category, evergreen)


CHANNELS = (
    DemoChannel(
        name="bakery", sample="riyadh-bakery-x", timezone="Asia/Riyadh",
        slots=("Sun 09:00", "Tue 18:00", "Thu 12:00", "Sat 10:00"),
        soon="صباح الخير من فريق المخبز! ما المعجنات التي تفضلونها مع قهوة الصباح؟",
        upcoming=(
            ("نصيحة اليوم: احفظوا الخبز في كيس قماشي ليبقى طريًا حتى اليوم التالي", ""),
            ("تعرفوا على أم خالد، أقدم خبازة في فريقنا، تعمل معنا منذ ١٢ عامًا", ""),
            ("خصم ٢٠٪ على كيك الزعفران طوال عطلة نهاية الأسبوع! اطلبوه الآن من التطبيق", ""),
            ("أيهما تفضلون: الكليجا بالتمر أم بالهيل؟ صوتوا في الردود", ""),
            ("كيف تعرف أن العجين تخمر كفاية؟ اضغط عليه بإصبعك: إذا عاد ببطء فهو جاهز", ""),
            ("مبروك لزميلنا فهد على مولوده الجديد! ألف مبارك", ""),
        ),
        library=(
            ("سر القشرة المقرمشة: بخار الماء في أول عشر دقائق من الخبز", "educational", True),
            ("شاركونا صور فطوركم اليوم مع الوسم #فطور_الجمعة", "question", True),
            ("جديدنا: خبز الشعير الكامل متوفر يوميًا بـ ١٥ ريالًا", "promotional", False),
        ),
    ),
    DemoChannel(
        name="coffee", sample="dubai-coffee-x", timezone="Asia/Dubai",
        slots=("Mon 08:30", "Wed 13:00", "Fri 10:00", "Sat 17:00"),
        soon="Good morning from the roastery! How do you take your first coffee of the day?",
        upcoming=(
            ("Brewing tip: rinse your paper filter with hot water first to lose the papery taste", ""),
            ("Meet Priya, our head roaster, who tastes every batch before it ships", ""),
            ("This week only: 15% off our Ethiopian single origin with code SUNRISE", ""),
            ("Espresso or filter for your afternoon break? Tell us below", ""),
            ("Why grind right before brewing? Ground coffee loses most of its aroma within 15 minutes", ""),
            ("Congratulations to Omar on ten years with the team!", ""),
        ),
        library=(
            ("How to dial in a grinder in three cups: start fine, taste, go coarser", "educational", True),
            ("What song is playing in your kitchen while the kettle boils?", "question", True),
            ("New: cold brew bottles in every branch, AED 18", "promotional", False),
        ),
    ),
)


def exists(session: Session) -> bool:
    return user_by_email(session, EMAIL) is not None


def seed(session: Session, classifier: Classifier, now: datetime, mastodon_url: str | None,
         make_token: object = None) -> Workspace:
    """Create the demo account and workspace. With `mastodon_url`, channels publish to that server
    (`make_token(name)` makes an account there and returns its token); without it they are saved
    unverified and publishing to them fails with a clear reason."""
    user = members.sign_up(session, email=EMAIL, name="Demo", password=PASSWORD, workspace_name=WORKSPACE)
    workspace = workspace_named(session, WORKSPACE)
    assert workspace is not None  # sign_up made it
    for demo in CHANNELS:
        token = make_token(demo.name) if callable(make_token) else "demo-token-without-a-server"
        channel = channels.add(session, workspace, network="mastodon", name=demo.name,
                               base_url=mastodon_url or "http://127.0.0.1:9", token=token,
                               timezone=demo.timezone, slots=list(demo.slots), verify=mastodon_url is not None)
        _history(session, workspace, channel, demo.sample, now)
        _upcoming(session, workspace, channel, demo, classifier, now)
        for text, category, evergreen in demo.library:
            session.add(LibraryItem(workspace_id=workspace.id, channel_id=channel.id, text=text, category=category,
                                    evergreen=evergreen, min_gap_days=14 if evergreen else 0))
    session.flush()
    assert user.id
    return workspace


def _history(session: Session, workspace: Workspace, channel: Channel, sample: str, now: datetime) -> None:
    labels = {}
    for line in (SAMPLES / "labels" / f"{sample}.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        labels[record["id"]] = record["category"]
    history = sorted((post for post in iter_posts(SAMPLES / sample) if post.id in labels),
                     key=lambda post: post.created_at)[-HISTORY:]
    if not history:
        raise CocktailError("demo.sample_unlabelled", "the sample %(sample)s has no labelled posts", sample=sample)
    # Shift the history so its last post went out yesterday, keeping its rhythm.
    shift = (now - timedelta(days=1)) - history[-1].created_at
    for post in history:
        at = post.created_at + shift
        session.add(Post(workspace_id=workspace.id, channel_id=channel.id, text=post.text, category=labels[post.id],
                         category_source="manual", state=PostState.PUBLISHED, due_at=at, published_at=at,
                         attempts=1))
    session.flush()


def _upcoming(session: Session, workspace: Workspace, channel: Channel, demo: DemoChannel, classifier: Classifier,
              now: datetime) -> None:
    posts.schedule(session, workspace, channel, demo.soon, now + timedelta(minutes=2), classifier, now=now)
    slot_times = _next_slots(demo, now, len(demo.upcoming))
    for (text, category), at in zip(demo.upcoming, slot_times, strict=True):
        try:
            posts.schedule(session, workspace, channel, text, at, classifier, category=category or None, now=now)
        except posts.GuardrailRefused:
            continue  # the demo keeps the mix too: a promotion that would break it is left out


def _next_slots(demo: DemoChannel, now: datetime, count: int) -> list[datetime]:
    zone = ZoneInfo(demo.timezone)
    days = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}
    found: list[datetime] = []
    local = now.astimezone(zone)
    for offset in range(1, 60):
        day = (local + timedelta(days=offset)).date()
        for slot in demo.slots:
            weekday, clock = slot.split()
            if days[weekday] == day.weekday():
                hour, minute = map(int, clock.split(":"))
                found.append(datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone).astimezone(UTC))
        if len(found) >= count:
            return found[:count]
    return found
