"""Fixtures for audit tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from timelines import write_timeline


@pytest.fixture
def timeline(tmp_path: Path) -> Path:
    # 40 posts over 40 days: a promotional burst in the middle (posts 10-17), 8 promotional posts in all.
    return write_timeline(tmp_path / "posts.csv", "V" * 10 + "PPPPVPPP" + "V" * 10 + "PVVVVVVVVVVV"[:12])
