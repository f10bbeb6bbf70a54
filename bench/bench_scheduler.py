"""Reminder loop benchmarks (run by hand; prints figures for docs/perf/scheduler.md).

    .venv/bin/python -m bench.bench_scheduler [--only burst|precision|memory]
        [--database-url postgresql://...] [--burst N] [--rate R] [--spread S]
    (default CRMBOT_DATABASE_URL, else SQLite; on PostgreSQL a schema of its own per run)

1. burst: N reminders (default 10,000) due in the same minute, through a notifier
   that *enforces* a platform-like limit (per-chat 1/s and an overall R/s, default
   100/s; any send over the limit counts as a violation and is refused with a 429),
   behind the production pacer. Figures: delivered, duplicates, violations, drain
   time vs the limit's theoretical minimum.
2. precision: 200 reminders spread over S seconds (default 120) with the real
   APScheduler loop; p50/p99 of |fired - due|.
3. memory: resident set size with 100,000 pending reminders and the loop running.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import statistics
import tempfile
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert, text

from bench.common import add_database_arg, bench_db
from handlers.types import Reply
from scheduler.delivery import Target, TransientError
from scheduler.dispatcher import Dispatcher
from scheduler.loop import ReminderLoop
from scheduler.pacing import Limits, PacedNotifier, Pacer
from storage.db import make_engine, make_sessionmaker, transaction, upgrade
from storage.models import Reminder
from storage.types import utcnow
from storage.workspaces import ensure_user, get_or_create_workspace


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def fresh_db(url: str | None, tmp: Path, name: str):  # type: ignore[no-untyped-def]
    """An empty database: an SQLite file, or a PostgreSQL schema of its own (never public)."""
    engine = make_engine(bench_db(url, tmp, name, reset=True))
    upgrade(engine)
    return engine, make_sessionmaker(engine)


def seed(sessions, users: int, dues: list) -> list[int]:  # type: ignore[no-untyped-def]
    """``users`` console users, reminders at ``dues`` assigned round-robin; returns ids."""
    now = utcnow()
    with transaction(sessions) as s:
        ws = get_or_create_workspace(s, "bench", "Europe/Madrid")
        uids = [ensure_user(s, ws, "console", f"u{i}", f"u{i}").id for i in range(users)]
        rows = [
            {
                "workspace_id": ws.id,
                "user_id": uids[i % users],
                "text": f"reminder {i}",
                "due_at": due,
                "kind": "manual",
                "status": "pending",
                "attempts": 0,
                "created_at": now,
                "updated_at": now,
            }
            for i, due in enumerate(dues)
        ]
        for k in range(0, len(rows), 5000):
            s.execute(insert(Reminder), rows[k : k + 5000])
    return uids


class EnforcingNotifier:
    """A fake platform: refuses (429) any send over per-chat 1/s or the overall rate."""

    platform = "console"

    def __init__(self, overall: float, per_chat: float = 1.0, burst: int = 5) -> None:
        self.overall, self.per_chat, self.burst = overall, per_chat, burst
        self.chat_last: dict[str, float] = {}
        self.window: list[float] = []
        self.delivered: Counter[str] = Counter()
        self.violations = 0
        self.chat_violations = 0
        self.first = self.last = 0.0

    async def send(self, target: Target, reply: Reply) -> None:
        now = time.monotonic()
        last = self.chat_last.get(target.chat_id)
        # 5 % slack for timer jitter: a real platform tolerates short bursts too.
        if last is not None and now - last < 0.95 / self.per_chat:
            self.violations += 1
            self.chat_violations += 1
            raise TransientError("429 per-chat", retry_after=1)
        self.window = [t for t in self.window if now - t < 1.0]
        if len(self.window) >= self.overall * 1.05 + self.burst:
            self.violations += 1
            raise TransientError("429 overall", retry_after=1)
        self.window.append(now)
        self.chat_last[target.chat_id] = now
        rid = reply.buttons[0].action.rsplit(" ", 1)[1]
        self.delivered[rid] += 1
        self.first = self.first or now
        self.last = now


async def bench_burst(kind: str, tmp: Path, n: int, rate: float) -> None:
    engine, sessions = fresh_db(kind, tmp, "burst")
    users = max(1, n // 10)
    now = utcnow()
    seed(sessions, users, [now - timedelta(seconds=random.uniform(0, 59)) for _ in range(n)])
    platform = EnforcingNotifier(overall=rate)
    limits = Limits(overall=rate, overall_burst=5, per_chat=1.0, per_chat_burst=1)
    d = Dispatcher(sessions, {"console": PacedNotifier(platform, Pacer(limits))}, batch=500)
    t0 = time.monotonic()
    total = 0
    while total < n:
        stats = await d.run_once()
        total += stats.delivered
        if stats.delivered == 0:
            await asyncio.sleep(0.5)  # only retries left: wait for their backoff
        if time.monotonic() - t0 > 3 * n / rate + 120:
            break
    drain = time.monotonic() - t0
    per_chat_min = (n / users - 1) / 1.0
    overall_min = (n - 5) / rate
    minimum = max(per_chat_min, overall_min)
    dupes = sum(c - 1 for c in platform.delivered.values() if c > 1)
    with sessions() as s:
        statuses = Counter(s.scalars(text("SELECT status FROM reminders")).all())
    print(f"[burst] {n:,} reminders due in one minute, {users:,} chats, limit {rate:g}/s overall "
          f"+ 1/s per chat ({kind})")  # fmt: skip
    print(f"  delivered {len(platform.delivered):,} / {n:,}; duplicates {dupes}; "
          f"limit violations (429s) {platform.violations} ({platform.chat_violations} per-chat); "
          f"rows {dict(statuses)}")  # fmt: skip
    print(f"  drain {drain:.1f} s vs theoretical minimum {minimum:.1f} s "
          f"({drain / minimum:.2f}x); throughput {n / drain:.1f} msg/s")  # fmt: skip
    engine.dispose()


async def bench_precision(kind: str, tmp: Path, count: int, spread: float) -> None:
    engine, sessions = fresh_db(kind, tmp, "precision")
    start = utcnow() + timedelta(seconds=3)
    dues = sorted(start + timedelta(seconds=random.uniform(0, spread)) for _ in range(count))
    seed(sessions, 20, dues)
    errors: list[float] = []

    class Clocked:
        platform = "console"

        async def send(self, target: Target, reply: Reply) -> None:
            pass

    d = Dispatcher(sessions, {"console": Clocked()})
    d.on_sent = lambda c, at: errors.append(abs((utcnow() - c.due_at).total_seconds()))
    loop = ReminderLoop(d, sweep_seconds=5)
    await loop.start()
    deadline = time.monotonic() + spread + 30
    while len(errors) < count and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
    await loop.stop()
    errors.sort()
    p = statistics.quantiles(errors, n=100, method="inclusive") if len(errors) > 1 else [0] * 99
    print(f"[precision] {count} reminders over {spread:g} s, APScheduler wake-up + 5 s sweep "
          f"({kind})")  # fmt: skip
    print(f"  fired {len(errors)}/{count}; |fired - due| p50 {p[49] * 1000:.0f} ms, "
          f"p99 {p[98] * 1000:.0f} ms, max {errors[-1] * 1000:.0f} ms")  # fmt: skip
    engine.dispose()


async def bench_memory(kind: str, tmp: Path, n: int) -> None:
    gc.collect()
    base = rss_mb()
    engine, sessions = fresh_db(kind, tmp, "memory")
    now = utcnow()
    t0 = time.perf_counter()
    seed(sessions, 500, [now + timedelta(minutes=5 + i * 5) for i in range(n)])
    seeded = time.perf_counter() - t0
    gc.collect()
    after_seed = rss_mb()

    class Null:
        platform = "console"

        async def send(self, target: Target, reply: Reply) -> None:
            pass

    loop = ReminderLoop(Dispatcher(sessions, {"console": Null()}), sweep_seconds=0.5)
    await loop.start()
    t1 = time.perf_counter()
    await loop.tick()
    tick_ms = (time.perf_counter() - t1) * 1000
    await asyncio.sleep(3)  # a few sweeps
    running = rss_mb()
    await loop.stop()
    print(f"[memory] {n:,} pending reminders ({kind}); seeded in {seeded:.1f} s")
    print(f"  RSS: {base:.0f} MB before the database, {after_seed:.0f} MB after seeding, "
          f"{running:.0f} MB with the loop running (+{running - after_seed:.1f} MB)")  # fmt: skip
    print(f"  one sweep (claim nothing + plan next wake) over {n:,} rows: {tick_ms:.1f} ms")
    engine.dispose()


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=["burst", "precision", "memory"])
    add_database_arg(ap)
    ap.add_argument("--burst", type=int, default=10_000)
    ap.add_argument("--rate", type=float, default=100.0)
    ap.add_argument("--spread", type=float, default=120.0)
    ns = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if ns.only in (None, "memory"):
            await bench_memory(ns.database_url, tmp, 100_000)
        if ns.only in (None, "precision"):
            await bench_precision(ns.database_url, tmp, 200, ns.spread)
        if ns.only in (None, "burst"):
            await bench_burst(ns.database_url, tmp, ns.burst, ns.rate)


if __name__ == "__main__":
    asyncio.run(main())
