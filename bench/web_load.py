"""The web app under load: with 100,000 posts in the database, the latency and throughput of the
dashboard, the calendar (month and week) and the JSON API's post list, next to /healthz (no database,
no template) as the floor, asked by locust from a second process (bench/web_locustfile.py).

For each database and number of app processes: a fresh data directory, one workspace with 10 channels
and 100,000 posts over two years (about 20% promotional; most published, the last month scheduled, a
few failed, cancelled or drafts), a signed-in user and an API token; then `cocktail serve` is started
and each endpoint is asked alone for `--seconds`, in two loads:
  paced  `--users` users each asking `--pace` times a second at random moments (a Poisson process, as
         people at work click independently; latency is the figure)
  lockstep the same rate, every user asking in the same instant every 1/`--pace` s (bursts of `--users`
         requests; the paced load of the figures before 7 Dec 2026 evening was this one)
  writes the paced load while posts of the month around today change `--writes` times a second (each
         change makes the app build the calendar and the dashboard again: the worst case of its cache)
  max    `--users` users asking again as soon as the answer comes (throughput is the figure)
The first `--warmup` seconds of each run are not counted (users starting, the app's first answers).
locust runs on the same 2 cores as the app, so the max figures are a floor of what the app does alone.

    python bench/web_load.py [--posts 100000] [--users 10] [--pace 2] [--seconds 30]
                             [--processes 1 2] [--backends sqlite postgres] [--loads paced writes max]
                             [--only dashboard calendar] [--writes 1] [--warmup 5]

PostgreSQL is BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/test; its tables are emptied).

The tables are analyzed after seeding (PostgreSQL's autovacuum would within a minute; on SQLite the app
analyzes when it starts). The load average is printed before and after: other work on the machine
shows in the paced latencies first (a sleeping app process waits to be scheduled).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

PG_URL = os.environ.get("BENCH_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
HERE = Path(__file__).parent
EMAIL, PASSWORD = "bench@example.com", "bench password 1"
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')

# Post texts by category: the pages show them, so their length matters more than their wording.
TEXTS = {
    "promotional": ["Only this week: {n}% off every plan. Use code SAVE{n} at checkout and tell a friend!",
                    "خصم {n}% على جميع الباقات حتى نهاية الأسبوع، اطلبوا الآن عبر الرابط في الحساب"],
    "curated": ["Worth reading: a field study of {n} small shops that moved their books online.",
                "مقال يستحق القراءة عن {n} تجربة ناجحة في التجارة الإلكترونية"],
    "news": ["We opened our second office in Riyadh today, with {n} new colleagues.",
             "أطلقنا اليوم الإصدار {n} من تطبيقنا مع دعم كامل للغة العربية"],
    "contest": ["Guess how many cups of coffee the team drank in March and win one of {n} mugs.",
                "مسابقة الأسبوع: أجب عن السؤال واربح واحدة من {n} هدايا"],
    "question": ["Which feature should we build next? Reply with a number from 1 to {n}.",
                 "ما هي الميزة التي تريدونها في التحديث القادم؟ {n}"],
    "educational": ["Five ways to cut your cloud bill by {n}%: right-size, schedule, reserve, cache, delete.",
                    "كيف تختار كلمة مرور قوية؟ {n} نصائح بسيطة تحمي حسابك من الاختراق"],
    "culture": ["Behind the scenes: how the team ships {n} releases a year.",
                "من وراء الكواليس: يوم في حياة فريق الدعم، {n} محادثة"],
    "celebration": ["Eid Mubarak to everyone who celebrates, from all {n} of us.",
                    "كل عام وأنتم بخير، تهنئة من فريقنا المكون من {n} شخصاً"],
    "reply": ["@sara thank you, the export is fixed in version {n}.",
              "شكراً لملاحظتك، تم إصلاح المشكلة في الإصدار {n}"],
}


def seed(data_dir: Path, database_url: str | None, posts: int, channels: int) -> tuple[int, str]:
    """A fresh database with one workspace, `channels` channels and `posts` posts; returns the
    workspace id and an API token."""
    os.environ["COCKTAIL_DATA_DIR"] = str(data_dir)
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    from sqlalchemy import insert, text

    from cocktailparty import db
    from cocktailparty.channels import service as channels_service
    from cocktailparty.config import get_settings
    from cocktailparty.members import service as users
    from cocktailparty.models import Base, Post, PostState, Role
    from cocktailparty.taxonomy import CATEGORIES, PROMOTIONAL, VALUE_CATEGORIES

    assert set(TEXTS) == set(CATEGORIES)
    get_settings.cache_clear()
    db.forget_engines()
    if database_url:
        with db.get_engine().begin() as connection:
            tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    random.seed(7)
    now = datetime.now(UTC).replace(microsecond=0)
    start = now - timedelta(days=700)
    with db.session_scope() as session:
        user = users.sign_up(session, email=EMAIL, name="Bench", password=PASSWORD, workspace_name="Bench Co")
        workspace_id = users.repository.workspaces_of(session, user.id)[0][0].id
        access = users.access(session, user, workspace_id)
        assert access is not None and access.role == Role.OWNER
        _, token = users.create_api_token(session, access, "load benchmark")
        zones = ["Asia/Riyadh", "Asia/Dubai", "Africa/Cairo", "UTC", "Europe/London"]
        channel_ids = [
            channels_service.add(session, access.workspace, network="mastodon", name=f"Channel {number + 1}",
                                 base_url="https://social.example", token="bench-token", verify=False,
                                 timezone=zones[number % len(zones)]).id
            for number in range(channels)
        ]
    # Spread over 730 days: the first 700 in the past, the last 30 ahead (scheduled).
    span = timedelta(days=730).total_seconds()
    rows = []
    for number in range(posts):
        due = start + timedelta(seconds=int(span * number / posts) + random.randint(0, 3600))
        category = PROMOTIONAL if random.random() < 0.2 else random.choice(VALUE_CATEGORIES)
        roll = random.random()
        if due > now:
            state = PostState.DRAFT if roll < 0.05 else PostState.SCHEDULED
        elif roll < 0.01:
            state = PostState.FAILED
        elif roll < 0.02:
            state = PostState.CANCELLED
        else:
            state = PostState.PUBLISHED
        published = due + timedelta(seconds=random.randint(1, 30)) if state == PostState.PUBLISHED else None
        rows.append({
            "workspace_id": workspace_id, "channel_id": channel_ids[number % channels],
            "text": random.choice(TEXTS[category]).format(n=random.randint(2, 60)), "media": [],
            "link": None, "category": category, "category_source": "classifier",
            "confidence": round(random.uniform(0.5, 0.99), 2), "state": state,
            "due_at": None if state == PostState.DRAFT else due,
            "next_attempt_at": due if state == PostState.SCHEDULED else None,
            "attempts": 5 if state == PostState.FAILED else int(published is not None),
            "last_error": "the network refused the token (401)" if state == PostState.FAILED else None,
            "remote_id": str(10**9 + number) if published else None,
            "remote_url": f"https://social.example/@bench/{10**9 + number}" if published else None,
            "published_at": published, "created_at": due - timedelta(days=3), "updated_at": published or due,
        })
    engine = db.get_engine()
    with engine.begin() as connection:
        for first in range(0, len(rows), 5000):
            connection.execute(insert(Post.__table__), rows[first:first + 5000])
    with engine.begin() as connection:
        connection.execute(text("ANALYZE"))
    # The classifier, trained before the app starts and shared by every data directory of the bench: each
    # app process would otherwise train it on start (tens of seconds of CPU, holding the interpreter), which
    # lands on the first figures.
    from cocktailparty.workspaces.classifier import classifier_for

    shared = Path(tempfile.gettempdir()) / f"cocktail-bench-models-{os.getuid()}"
    shared.mkdir(exist_ok=True)
    models = get_settings().model_dir
    if models.exists() and not models.is_symlink():
        shutil.rmtree(models)
    if not models.exists():
        models.symlink_to(shared, target_is_directory=True)
    classifier_for()
    db.forget_engines()
    engine.dispose()
    return workspace_id, token


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_app(data_dir: Path, database_url: str | None, port: int, processes: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "COCKTAIL_DATA_DIR": str(data_dir)}
    env.pop("DATABASE_URL", None)
    if database_url:
        env["DATABASE_URL"] = database_url
    app = subprocess.Popen([sys.executable, "-m", "cocktailparty", "serve", "--port", str(port),
                            "--processes", str(processes)], env=env, stdout=subprocess.DEVNULL,
                           start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                wait_until_idle(app.pid)
                return app
        except httpx.HTTPError:
            pass
        if app.poll() is not None:
            raise SystemExit(f"the app stopped with code {app.returncode}")
        time.sleep(0.2)
    stop(app)
    raise SystemExit("the app did not answer /healthz within 60 s")


def wait_until_idle(pid: int, limit: float = 180.0) -> None:
    """Until the app's processes use under a tenth of a core for two seconds running: each process loads the
    classifier in a thread after it starts, which would land on the first figures."""
    import psutil  # a dependency of locust

    def busy() -> float:
        root = psutil.Process(pid)
        total = 0.0
        for process in [root, *root.children(recursive=True)]:
            try:
                times = process.cpu_times()
                total += times.user + times.system
            except psutil.NoSuchProcess:
                pass
        return total

    deadline, quiet = time.monotonic() + limit, 0
    before = busy()
    while time.monotonic() < deadline and quiet < 2:
        time.sleep(1)
        now = busy()
        quiet = quiet + 1 if now - before < 0.1 else 0
        before = now


def stop(app: subprocess.Popen[bytes]) -> None:
    if app.poll() is None:
        os.killpg(app.pid, signal.SIGTERM)
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(app.pid, signal.SIGKILL)
            app.wait()


def log_in(base: str) -> str:
    """The session cookie of the bench user, signed in through the log-in form like a browser."""
    with httpx.Client(base_url=base, timeout=30) as client:
        page = client.get("/login")
        found = _CSRF.search(page.text)
        assert found, "no CSRF token on /login"
        answer = client.post("/login", data={"csrf_token": found.group(1), "email": EMAIL, "password": PASSWORD})
        assert answer.status_code == 303, f"log-in failed: {answer.status_code}"
        cookie = client.cookies.get("cocktail_session")
        assert cookie, "no session cookie after log-in"
        return cookie


def endpoints(workspace_id: int) -> list[tuple[str, str, str]]:
    """(label, path, how it signs in)."""
    return [
        ("floor: /healthz", "/healthz", "none"),
        ("dashboard", f"/w/{workspace_id}", "cookie"),
        ("calendar month", f"/w/{workspace_id}/calendar?view=month", "cookie"),
        ("calendar week", f"/w/{workspace_id}/calendar?view=week", "cookie"),
        ("API posts (50)", "/api/v1/posts?limit=50", "token"),
    ]


class Writer(threading.Thread):
    """Changes a random post of the month around today `per_second` times a second, as the worker and the
    team would, through the database (the app learns of it from the workspace's stamp)."""

    def __init__(self, data_dir: Path, database_url: str | None, per_second: float) -> None:
        super().__init__(daemon=True)
        from sqlalchemy import create_engine

        self.engine = create_engine(database_url or f"sqlite:///{data_dir / 'cocktail.db'}",
                                    connect_args={} if database_url else {"timeout": 30})
        self.per_second = per_second
        self.done = threading.Event()
        self.writes = 0
        self.ids: list[int] = []

    def run(self) -> None:
        while not self.done.wait(1 / self.per_second):
            self.change_one()

    def change_one(self) -> None:
        from sqlalchemy import text

        if not self.ids:
            now = datetime.now(UTC).replace(tzinfo=None)
            with self.engine.connect() as connection:
                self.ids = [row[0] for row in connection.execute(
                    text("SELECT id FROM posts WHERE due_at >= :first AND due_at < :last"),
                    {"first": now - timedelta(days=15), "last": now + timedelta(days=15)})]
        with self.engine.begin() as connection:
            connection.execute(text("UPDATE posts SET updated_at = :now WHERE id = :id"),
                               {"now": datetime.now(UTC).replace(tzinfo=None), "id": random.choice(self.ids)})
        self.writes += 1

    def stop(self) -> None:
        self.done.set()
        self.join()
        self.engine.dispose()


def percentile(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def measure(base: str, path: str, auth: dict[str, str], users: int, pace: float, seconds: int,
            out_dir: Path, warmup: int = 5, lockstep: bool = False) -> dict[str, float | int | str]:
    headers = {"Cookie": f"cocktail_session={auth['cookie']}"} if "cookie" in auth else {}
    if "token" in auth:
        headers = {"Authorization": f"Bearer {auth['token']}"}
    status = 0
    for _ in range(20):  # warm: templates compiled, caches filled, every app process touched
        status = httpx.get(base + path, headers=headers, timeout=30).status_code
    if status != 200:
        return {"skipped": f"answers {status}"}
    out = out_dir / "latencies.json"
    env = {**os.environ, "BENCH_PATH": path, "BENCH_PACE": str(pace), "BENCH_OUT": str(out),
           "BENCH_COOKIE": auth.get("cookie", ""), "BENCH_TOKEN": auth.get("token", ""), "BENCH_WARMUP": str(warmup),
           "BENCH_LOCKSTEP": "1" if lockstep else "0"}
    subprocess.run([sys.executable, "-m", "locust", "-f", str(HERE / "web_locustfile.py"), "--headless",
                    "-u", str(users), "-r", str(users), "-t", f"{seconds + warmup}s", "--host", base, "--only-summary",
                    "--stop-timeout", "5", "--exit-code-on-error", "0", "--loglevel", "ERROR"],
                   env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    result = json.loads(out.read_text())
    latencies = sorted(result["latencies_ms"])
    if not latencies:
        return {"skipped": f"no answer; failures: {result['first_failures']}"}
    return {
        "requests": len(latencies) + result["failures"], "rps": len(latencies) / max(result["seconds"], 1e-9),
        "p50": statistics.median(latencies), "p95": percentile(latencies, 0.95),
        "p99": percentile(latencies, 0.99), "failures": result["failures"],
    }


def print_row(first: str, row: dict[str, float | int | str]) -> None:
    """One line of the table: `first` (what was measured), then the figures `measure` returned."""
    if "skipped" in row:
        print(f"{first} skipped: {row['skipped']}", flush=True)
        return
    print(f"{first} {row['requests']:>8,} {row['rps']:>7.1f} {row['p50']:>7.1f} "
          f"{row['p95']:>7.1f} {row['p99']:>7.1f} {row['failures']:>6}", flush=True)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--channels", type=int, default=10)
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--pace", type=float, default=2.0, help="requests a second per user in the paced load")
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--backends", nargs="+", choices=["sqlite", "postgres"], default=["sqlite"])
    parser.add_argument("--loads", nargs="+", choices=["paced", "lockstep", "writes", "max"], default=["paced", "max"])
    parser.add_argument("--writes", type=float, default=1.0, help="posts changed a second in the writes load")
    parser.add_argument("--warmup", type=int, default=5, help="seconds not counted at the start of each run")
    parser.add_argument("--only", nargs="+", help="run the endpoints whose label has one of these words")
    args = parser.parse_args()
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {_cpu_model()}, {os.cpu_count()} cores. {args.posts:,} posts on "
          f"{args.channels} channels; {args.users} locust users, {args.seconds} s per endpoint after "
          f"{args.warmup} s of warm-up; paced = {args.pace:g} requests/s per user. locust shares the cores with the "
          f"app. Load average before: {os.getloadavg()[0]:.2f}.", flush=True)
    header = (f"{'backend':<9} {'procs':>5} {'load':<8} {'endpoint':<16} {'requests':>8} {'req/s':>7} "
              f"{'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'failed':>6}")
    for backend in args.backends:
        database_url = PG_URL if backend == "postgres" else None
        with tempfile.TemporaryDirectory(prefix="cocktail-web-load-") as tmp:
            data_dir = Path(tmp)
            began = time.perf_counter()
            workspace_id, token = seed(data_dir, database_url, args.posts, args.channels)
            print(f"{backend}: seeded in {time.perf_counter() - began:.1f} s", flush=True)
            print(header, flush=True)
            for processes in args.processes:
                port = free_port()
                base = f"http://127.0.0.1:{port}"
                app = start_app(data_dir, database_url, port, processes)
                try:
                    auth = {"cookie": log_in(base), "token": token}
                    for load in args.loads:
                        pace = 0.0 if load == "max" else args.pace
                        for label, path, how in endpoints(workspace_id):
                            if args.only and not any(word in label for word in args.only):
                                continue
                            chosen = {how: auth[how]} if how in auth else {}
                            writer = Writer(data_dir, database_url, args.writes) if load == "writes" else None
                            if writer:
                                writer.start()
                            try:
                                row = measure(base, path, chosen, args.users, pace, args.seconds, data_dir,
                                              args.warmup, lockstep=load == "lockstep")
                            finally:
                                if writer:
                                    writer.stop()
                            print_row(f"{backend:<9} {processes:>5} {load:<8} {label:<16}", row)
                finally:
                    stop(app)
    print(f"Load average after: {os.getloadavg()[0]:.2f}", flush=True)


if __name__ == "__main__":
    main()
