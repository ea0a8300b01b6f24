"""One periodic job of the worker (worker/timers.py): when it runs next, and which worker holds it now. The
lease is taken by one conditional UPDATE, so two worker processes never run the same job at once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.db.types import UTCDateTime
from cocktailparty.models.base import Base


class TimerLease(Base):
    __tablename__ = "timer_leases"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    holder: Mapped[str | None] = mapped_column(String(120))  # host:pid of the worker running it, while it runs
    leased_until: Mapped[datetime | None] = mapped_column(UTCDateTime)  # past it, a holder that died loses it
    next_run_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    runs: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[int] = mapped_column(Integer, default=0)  # in a row; 0 after a run that succeeded
