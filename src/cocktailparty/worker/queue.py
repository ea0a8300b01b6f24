"""The task queue: Huey on SQLite in the data directory by default, on Redis when REDIS_URL is set."""

from __future__ import annotations

from huey import Huey, RedisHuey, SqliteHuey

from cocktailparty.config import Settings


def make_huey(settings: Settings) -> Huey:
    if settings.redis_url:
        return RedisHuey("cocktailparty", url=settings.redis_url, results=False)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return SqliteHuey("cocktailparty", filename=str(settings.data_dir / "queue.db"), results=False)
