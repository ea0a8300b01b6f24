"""The log-in rate limit: a moving window per address and per e-mail, kept in Redis when REDIS_URL
is set (so every app process shares it) and in memory otherwise."""

from __future__ import annotations

import time
from functools import lru_cache

from limits import RateLimitItem, parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from cocktailparty.config import get_settings
from cocktailparty.errors import CocktailError

PER_EMAIL = parse("5/minute")
PER_ADDRESS = parse("30/15minutes")


class TooManyAttempts(CocktailError):
    status_code = 429

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@lru_cache(maxsize=2)
def _limiter(storage_url: str) -> MovingWindowRateLimiter:
    return MovingWindowRateLimiter(storage_from_string(storage_url))


def _storage_url() -> str:
    redis_url = get_settings().redis_url
    return redis_url if redis_url else "memory://"


def check_login(address: str, email: str) -> None:
    """Count one log-in attempt; refuse it once either window is full."""
    limiter = _limiter(_storage_url())
    checks: tuple[tuple[RateLimitItem, str], ...] = (
        (PER_EMAIL, f"login:email:{email.strip().lower()}"),
        (PER_ADDRESS, f"login:address:{address}"),
    )
    for item, key in checks:
        if not limiter.hit(item, key):
            reset = limiter.get_window_stats(item, key).reset_time
            wait = max(1, int(reset - time.time()))
            raise TooManyAttempts(f"too many log-in attempts: try again in {wait} seconds", wait)


def reset() -> None:
    """Forget every count (tests, and after the settings change)."""
    _limiter.cache_clear()
