"""Rendered parts of pages (the calendar's grid, the dashboard's board) kept in memory, per app process,
until their workspace changes.

A part is stored under a key that names its workspace and everything else its HTML depends on (the
language, the reader's role and Hijri setting, the range shown, today's date) and under the workspace's
change stamp, which the database raises on every write to its posts, channels or settings (migration
0006). The stamp is read before the data a part is built from, so a part is never older than the stamp
it is stored under: a write committed in between only makes the next reader build it again. Parts also
carry a time after which they are built again (when a post's time passes, what the part shows changes
without a write), and never live longer than MAX_AGE.

The CSRF token of the session is not stored: a part is rendered with a placeholder that each response
replaces with the reader's own token.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime, timedelta

from markupsafe import Markup
from sqlalchemy.orm import Session

from cocktailparty.workspaces import repository as workspaces_repository

MAX_AGE = timedelta(seconds=60)
MAX_BYTES = 32 * 1024 * 1024  # per app process; a month's grid is about 150 KB
# Stands for the reader's CSRF token in a stored part (random per process, so no post text can hold it).
CSRF_PLACEHOLDER = "csrf-" + secrets.token_hex(16)


def workspace_stamp(session: Session, workspace_id: int) -> int | None:
    """The workspace's change stamp (None for a workspace without one: its parts are not kept)."""
    return workspaces_repository.change_stamp(session, workspace_id)


@dataclass(frozen=True)
class _Part:
    stamp: int
    until: datetime
    html: str


class FragmentCache:
    """A bounded, least-recently-used store of rendered parts, safe across the app's threads."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self._parts: OrderedDict[Hashable, _Part] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self._builders = [threading.Lock() for _ in range(64)]  # by the key's hash: one build per key at a time
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable, stamp: int | None, now: datetime, csrf_token: str) -> Markup | None:
        if stamp is None:
            return None
        with self._lock:
            part = self._parts.get(key)
            # A part built from a newer stamp than the reader's is newer than the data the reader would read.
            if part is None or part.stamp < stamp or now >= part.until:
                self.misses += 1
                return None
            self._parts.move_to_end(key)
            self.hits += 1
        return Markup(part.html.replace(CSRF_PLACEHOLDER, csrf_token))

    def kept_or_built(
        self, key: Hashable, stamp: int | None, now: datetime, csrf_token: str,
        build: Callable[[], tuple[str, datetime | None]],
    ) -> Markup:
        """The kept part, or the one `build` returns (its HTML, rendered with CSRF_PLACEHOLDER, and when it
        changes with time alone). One build per key at a time: when a change makes many readers of a page miss
        at once, one builds it and the others wait for it, instead of all building the same part together."""
        found = self.get(key, stamp, now, csrf_token)
        if found is not None:
            return found
        with self._builders[hash(key) % len(self._builders)]:
            found = self.get(key, stamp, now, csrf_token)  # built while this reader waited
            if found is not None:
                return found
            html, until = build()
            self.put(key, stamp, html, now, until)
        return Markup(html.replace(CSRF_PLACEHOLDER, csrf_token))

    def put(self, key: Hashable, stamp: int | None, html: str, now: datetime, until: datetime | None = None) -> None:
        """Keep `html` (rendered with CSRF_PLACEHOLDER as the token) until the stamp changes or `until`."""
        if stamp is None:
            return
        part = _Part(stamp, min(until or now + MAX_AGE, now + MAX_AGE), html)
        with self._lock:
            old = self._parts.pop(key, None)
            if old is not None:
                self._bytes -= len(old.html)
            # Another reader may have stored a newer part meanwhile; the older stamp loses nothing but a hit.
            if old is not None and old.stamp > stamp:
                part = old
            self._parts[key] = part
            self._bytes += len(part.html)
            while self._bytes > self.max_bytes and self._parts:
                _, dropped = self._parts.popitem(last=False)
                self._bytes -= len(dropped.html)

    def clear(self) -> None:
        with self._lock:
            self._parts.clear()
            self._bytes = 0


parts = FragmentCache()
