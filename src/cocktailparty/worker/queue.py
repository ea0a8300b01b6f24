"""The task queue: Huey on SQLite in the data directory by default, on Redis when REDIS_URL is set."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cocktailparty.config import Settings

if TYPE_CHECKING:
    from huey import Huey


def make_huey(settings: Settings) -> Huey:
    # Huey is imported with the queue, not with the modules that may enqueue: importing it tries every storage it
    # knows (redis, psycopg, gevent), about 20 MB that the web process needs only once it queues a job.
    from huey import RedisHuey, SqliteHuey

    if settings.redis_url:
        return RedisHuey("cocktailparty", url=settings.redis_url, results=False)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return SqliteHuey("cocktailparty", filename=str(settings.data_dir / "queue.db"), results=False)
