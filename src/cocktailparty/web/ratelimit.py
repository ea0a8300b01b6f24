"""The log-in rate limit: a moving window per address and per e-mail, kept in Redis when REDIS_URL
is set (so every app process shares it) and in memory otherwise.

Counting by e-mail alone would let anyone lock a person out by failing on their address. A browser that
has logged in to an account before carries a signed "device" cookie saying so (OWASP's device cookies):
its attempts for that account are counted apart, so an attack on the e-mail slows the attacker and new
browsers, never the person on their own browser.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from functools import lru_cache

from itsdangerous import BadSignature, URLSafeSerializer
from limits import RateLimitItem, parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from cocktailparty.config import get_settings
from cocktailparty.errors import CocktailError, Message, Param, plural

PER_EMAIL = parse("5/minute")
PER_ADDRESS = parse("30/15minutes")


class TooManyAttempts(CocktailError):
    status_code = 429

    def __init__(self, code: str, template: str | Message, /, retry_after: int, **params: Param) -> None:
        super().__init__(code, template, **params)
        self.retry_after = retry_after


@lru_cache(maxsize=2)
def _limiter(storage_url: str) -> MovingWindowRateLimiter:
    return MovingWindowRateLimiter(storage_from_string(storage_url))


def _storage_url() -> str:
    redis_url = get_settings().redis_url
    return redis_url if redis_url else "memory://"


def check_login(address: str, email: str, device: str | None = None) -> None:
    """Count one log-in attempt; refuse it once either window is full. `device` is the id of a browser
    known to have logged in to this e-mail before (see `known_device`)."""
    limiter = _limiter(_storage_url())
    account = email.strip().lower()
    checks: tuple[tuple[RateLimitItem, str], ...] = (
        (PER_EMAIL, f"login:email:{account}:device:{device}" if device else f"login:email:{account}"),
        (PER_ADDRESS, f"login:address:{address}"),
    )
    for item, key in checks:
        if not limiter.hit(item, key):
            reset = limiter.get_window_stats(item, key).reset_time
            wait = max(1, int(reset - time.time()))
            raise TooManyAttempts("web.too_many_attempts",
                                  plural("too many log-in attempts: try again in %(num)s second",
                                         "too many log-in attempts: try again in %(num)s seconds", wait),
                                  retry_after=wait)


def reset() -> None:
    """Forget every count (tests, and after the settings change)."""
    _limiter.cache_clear()


DEVICE_COOKIE = "cocktail_device"
DEVICE_DAYS = 365
_DEVICE_ACCOUNTS = 10  # the accounts a browser remembers having logged in to


def _device_serializer(key: str) -> URLSafeSerializer:
    return URLSafeSerializer(key, salt="cocktailparty device cookie")


def _account(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]


def known_device(cookie: str | None, email: str, key: str) -> str | None:
    """The device id in `cookie` if this browser logged in to `email` before; None otherwise."""
    if not cookie:
        return None
    try:
        data = _device_serializer(key).loads(cookie)
    except BadSignature:
        return None
    if not isinstance(data, dict) or _account(email) not in data.get("accounts", []):
        return None
    device = data.get("id")
    return device if isinstance(device, str) else None


def remember_device(cookie: str | None, email: str, key: str) -> str:
    """The cookie value after a successful log-in to `email` from this browser."""
    data: dict[str, object] = {}
    if cookie:
        try:
            loaded = _device_serializer(key).loads(cookie)
            data = loaded if isinstance(loaded, dict) else {}
        except BadSignature:
            data = {}
    device = data.get("id") if isinstance(data.get("id"), str) else secrets.token_urlsafe(16)
    remembered = data.get("accounts")
    accounts = [a for a in remembered if isinstance(a, str)] if isinstance(remembered, list) else []
    account = _account(email)
    accounts = [account, *[a for a in accounts if a != account]][:_DEVICE_ACCOUNTS]
    return _device_serializer(key).dumps({"id": device, "accounts": accounts})
