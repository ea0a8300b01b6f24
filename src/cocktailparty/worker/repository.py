"""The periodic jobs' leases (worker/timers.py): one row per job, claimed by one conditional UPDATE so that
two worker processes (on one machine or many, SQLite or PostgreSQL) never run the same job at once."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from cocktailparty.models import TimerLease


def leases(session: Session, names: list[str]) -> dict[str, TimerLease]:
    return {lease.name: lease for lease in session.scalars(select(TimerLease).where(TimerLease.name.in_(names)))}


def add_missing(session: Session, names: list[str], now: datetime) -> None:
    """A row for each job seen for the first time, due at once. Two workers adding the same row at once: the
    loser's flush fails on the primary key, and its caller tries again next tick (the row is there then)."""
    known = set(leases(session, names))
    for name in names:
        if name not in known:
            session.add(TimerLease(name=name, next_run_at=now, runs=0, failures=0))
    session.flush()


def claim(session: Session, name: str, holder: str, now: datetime, lease: timedelta) -> bool:
    """Take the job when it is due and nobody holds it (or its holder's lease ran out): True when this worker
    got it."""
    free = or_(TimerLease.leased_until.is_(None), TimerLease.leased_until < now)
    taken = session.execute(
        update(TimerLease).where(TimerLease.name == name, TimerLease.next_run_at <= now, free)
        .values(holder=holder, leased_until=now + lease, last_started_at=now)
        .execution_options(synchronize_session=False)
    )
    return bool(taken.rowcount == 1)  # type: ignore[attr-defined]


def release(session: Session, name: str, holder: str, now: datetime, next_run_at: datetime,
            error: str | None) -> None:
    """The run is over: free the lease (only if this worker still holds it) and say when the job runs next."""
    values: dict[str, object] = {"holder": None, "leased_until": None, "next_run_at": next_run_at,
                                 "last_finished_at": now, "runs": TimerLease.runs + 1}
    if error is None:
        values.update(last_error=None, failures=0)
    else:
        values.update(last_error=error[:2000], failures=TimerLease.failures + 1)
    session.execute(update(TimerLease).where(and_(TimerLease.name == name, TimerLease.holder == holder))
                    .values(**values).execution_options(synchronize_session=False))


def bring_forward(session: Session, name: str, when: datetime) -> None:
    """Make the job due at `when` if it was due later (a poll that closes before the job's next tick). A job not
    seen yet has no row: it runs at once when a worker first sees it."""
    session.execute(update(TimerLease).where(TimerLease.name == name, TimerLease.next_run_at > when)
                    .values(next_run_at=when).execution_options(synchronize_session=False))
