from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

import factories
from cocktailparty.db import session_scope
from cocktailparty.errors import InputError
from cocktailparty.models import Channel, Post
from cocktailparty.posts.csv_io import read_rows, write_posts
from cocktailparty.posts.ical import calendar_of
from cocktailparty.posts.service import GuardrailRefused, import_rows
from cocktailparty.workspaces.classifier import classifier_for
from cocktailparty.workspaces.service import get_or_create

# Next year's December: always ahead, so the rows can be scheduled (a time in the past is refused).
YEAR = datetime.now(UTC).year + 1
HOOTSUITE_STYLE = f"""Date,Message,Link,Image URL
01/12/{YEAR} 09:00,"Which Eid sweet is your favourite? ماعمول ولا كليجة؟",,
02/12/{YEAR} 18:30,"How to keep dates fresh: store them in the fridge in an airtight box",https://ex.example/dates,
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_rows_from_another_schedulers_csv(tmp_path: Path) -> None:
    rows = read_rows(write(tmp_path, "bulk.csv", HOOTSUITE_STYLE), "Asia/Riyadh")
    assert [r.line for r in rows] == [2, 3]
    assert rows[0].at == datetime(YEAR, 12, 1, 6, 0, tzinfo=UTC)  # 09:00 in Riyadh
    assert "ماعمول" in rows[0].text and rows[1].link == "https://ex.example/dates"


@pytest.mark.parametrize(("content", "message"), [
    ("Message,Link\nhi,\n", "no date/time column"),
    ("Date,Message\nsoon,hello\n", "line 2, field date/time: 'soon"),
    ("Date,Message\n01/12/2026 09:00,\n", "line 2, field text: empty"),
    ("تاريخ,نص\n".encode("cp1256"), "not UTF-8"),
])
def test_bad_csv_names_the_problem(tmp_path: Path, content: str | bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_rows(write(tmp_path, "bad.csv", content))


def test_import_is_all_or_nothing_and_export_round_trips(rollback_env: Path, tmp_path: Path) -> None:
    rows = read_rows(write(tmp_path, "bulk.csv", HOOTSUITE_STYLE + f"03/12/{YEAR} 10:00,hello,,\n"), "UTC")
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        channel = factories.channel(session, workspace)
        created, refused = import_rows(session, workspace, rows, classifier_for(), default_channel=channel)
    assert len(created) == 3 and refused == []
    promotions = "Date,Message\n" + "".join(
        f"0{d}/12/{YEAR} 12:00,Flash sale {d}: 50% off everything\n" for d in range(4, 8)
    )
    with pytest.raises(GuardrailRefused, match="line 3: refused"), session_scope() as session:
        workspace = get_or_create(session, "default")
        import_rows(session, workspace, read_rows(write(tmp_path, "promo.csv", promotions)), classifier_for(),
                    default_channel=session.query(Channel).one())
    with session_scope() as session:
        assert session.query(Post).count() == 3  # the refused import saved nothing
        out = tmp_path / "out.csv"
        write_posts(session.query(Post).order_by(Post.id).all(), {c.id: c.name for c in session.query(Channel)}, out)
    exported = out.read_text(encoding="utf-8")
    assert "ماعمول" in exported and exported.count("\n") == 4


def test_ical_feed_has_one_event_per_post(rollback_env: Path, tmp_path: Path) -> None:
    rows = read_rows(write(tmp_path, "bulk.csv", HOOTSUITE_STYLE), "UTC")
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        channel = factories.channel(session, workspace)
        import_rows(session, workspace, rows, classifier_for(), default_channel=channel)
        made = session.query(Post).order_by(Post.id).all()
        feed = calendar_of(made, {channel.id: "brand"})
    events = Calendar.from_ical(feed).walk("VEVENT")
    assert len(events) == 2
    assert {str(e["uid"]) for e in events} == {f"post-{post.id}@cocktailparty" for post in made}
    assert events[0].decoded("dtstart") == datetime(YEAR, 12, 1, 9, 0, tzinfo=UTC)
    assert "ماعمول" in str(events[0]["description"])
