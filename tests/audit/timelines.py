"""Timelines for audit tests: CSV archives whose mix is known post by post."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

# Posts written for these tests, each clearly one category, with engagement that differs by kind.
PROMOTIONAL = [
    "Flash sale! 40% off all sneakers this weekend only, shop now at kicks.example.com",
    "خصم ٣٠٪ على جميع العبايات اليوم فقط! اطلبوا الآن من المتجر",
    "New burger alert 🍔 the Smoky Double is here for just 35 AED, order now in the app",
    "عرض خاص: اشترِ قطعتين والثالثة مجانًا، سارعوا قبل نفاد الكمية #عرض_خاص",
]
VALUE = [
    ("Tea or coffee to start your Sunday? Tell us below 👇", "question"),
    ("عيدكم مبارك وكل عام وأنتم بخير من أسرة المخبز 🌙", "celebration"),
    ("@sara_k sorry for the wait, Sara! We've sent you a DM to sort out your order.", "reply"),
    ("Tip: store your coffee beans in an airtight jar away from sunlight to keep them fresh.", "educational"),
    ("Welcome to the team, Omar! Our new barista starts at the Marina branch today 👋", "culture"),
    ("شو رأيكن: كنافة بالجبنة ولا بالقشطة؟ 🤔", "question"),
]


def write_timeline(path: Path, pattern: str, start: datetime | None = None) -> Path:
    """A CSV with one post a day; `pattern` is a string of P (promotional) and V (value) posts."""
    start = start or datetime(2026, 1, 1, 9, tzinfo=UTC)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "created_at", "likes", "shares"])
        for i, kind in enumerate(pattern):
            if kind == "P":
                text, likes = PROMOTIONAL[i % len(PROMOTIONAL)], 5
            else:
                text, likes = VALUE[i % len(VALUE)][0], 50
            writer.writerow([f"p{i}", text, (start + timedelta(days=i)).isoformat(), likes, 1])
    return path
